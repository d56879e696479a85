"""fixvattr26 (issue #8): the session-26 size, joined-lobe and earlier-state rules had stopped catching wrong claims
that the verifier caught before. Each test states a report, a chain sentence with one error, and that the error is
contradicted again; the faithful form of the claim is checked to pass where the rule exists for it. Sentences of our
own."""

from medstep.verify import extract_findings, verify


def _rules(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts]


def _contradicted(chain: str, report: str) -> bool:
    return any(v.verdict.name == "CONTRADICTED" for s in verify(chain, report=report).steps for v in s.verdicts)


def _sizes(text: str, concept: str) -> list[tuple[float | None, float | None]]:
    return [(f.size, f.size_min) for f in extract_findings(text) if f.concept == concept]


def test_a_distance_after_the_size_leaves_the_size():
    assert _sizes("Axial CT shows a 32 mm mass 6 mm beneath the carina.", "mass") == [(32.0, None)]
    assert "size-conflict" in _rules("A 6 mm mass is seen.", "Axial CT shows a 32 mm mass 6 mm beneath the carina.")
    assert "size-conflict" in _rules("A 12 cm renal mass is seen.",
                                     "The scan shows a 5 cm renal mass sitting 3 cm above the renal hilum.")
    assert "size-conflict" in _rules("A 7 mm nodule is seen.", "A 4 cm nodule lies 2 cm from the oblique fissure.")
    assert "size-conflict" in _rules("There is a 3 cm spiculated mass.",
                                     "An irregular spiculated mass, 5 cm, sits 3 cm from the chest wall.")
    # the faithful size still agrees
    assert "size-conflict" not in _rules("A 32 mm mass is seen.", "Axial CT shows a 32 mm mass 6 mm beneath the carina.")


def test_a_span_between_two_named_ends_is_a_size():
    assert "size-conflict" in _rules("There is a 3 cm splenic abscess.",
                                     "A splenic abscess spans 9 cm from the upper pole to the lower pole.")
    assert "size-conflict" in _rules("There is a 2 cm pelvic haematoma.",
                                     "A pelvic haematoma spans 14 cm from the anterior abdominal wall to the sacrum.")


def test_a_lower_bound_conflicts_with_a_smaller_size_only():
    report = "The abdominal aortic aneurysm measures more than 7 cm."
    assert "size-conflict" in _rules("There is a 4 cm abdominal aortic aneurysm.", report)
    assert "size-conflict" not in _rules("There is an 8 cm abdominal aortic aneurysm.", report)
    assert "size-conflict" not in _rules("There is a 12 cm abdominal aortic aneurysm.", report)
    assert _contradicted("There is a 3 cm renal mass.", "A renal mass greater than 11 cm fills the left flank.")
    assert _contradicted("There is a 2 cm liver lesion.", "A liver lesion of at least 9 cm is seen.")
    assert _contradicted("The mass measures 3 cm.", "The mass measures larger than 8 cm across.")
    assert _contradicted("There is a 1 cm pancreatic mass.", "A pancreatic mass bigger than 5 cm encases the vessels.")
    assert _contradicted("There is a 3 mm nodule in the left upper lobe.",
                         "A nodule of 10 mm or more lies in the left upper lobe.")


def test_a_second_lobe_with_a_verb_of_its_own_is_not_joined():
    assert "location-conflict" in _rules("There is consolidation in the right middle lobe.",
                                         "Consolidation in the right lower lobe and the right middle lobe is clear.")
    assert "location-conflict" in _rules("There is consolidation in the right upper lobe.",
                                         "Consolidation in the right lower lobe and the right upper lobe remains spared.")
    assert "location-conflict" in _rules("There is consolidation in the lingula.",
                                         "Consolidation in the left lower lobe and the lingula appears normal.")
    # a second lobe of the finding still agrees
    assert "location-conflict" not in _rules("There is consolidation in the right middle lobe.",
                                             "Consolidation in the right lower lobe and the right middle lobe.")


def test_progressing_to_something_new_keeps_the_subject_current():
    report = "The left lower lobe consolidation seen on the previous film has progressed to cavitation."
    assert "polarity-conflict" in _rules("There is no consolidation.", report)
    # turning into a grade of itself still makes the subject the earlier state
    report = "The partial-thickness tear seen on the previous MRI has progressed to a full-thickness tear."
    assert "polarity-conflict" in _rules("There is no tear.", report)
