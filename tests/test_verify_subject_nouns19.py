"""A sentence whose subject is a general noun for the finding before it ("The changes ...", "The abnormality ...",
"The involvement ...", "The extent ..."): its place, grade, change or size is that finding's, on the chain's side and
the report's (verify/subject_nouns.py; issue #8, verr19). Sentences of our own."""

from medstep.verify import verify
from medstep.verify.verifier import default_verifier

_LUNGS = ("CT chest. Patchy consolidation with air bronchograms in both lungs. The changes are most marked in the "
          "lower zones. No pleural effusion.")
_LIVER = ("CT abdomen, compared with the CT of three months ago. A 4 cm hypodense liver mass in the right lobe. "
          "The abnormality has grown since the earlier study. No ascites.")


def _verdicts(chain: str, report: str) -> list[str]:
    return [s.verdict.value for s in verify(chain, report=report).steps]


def _rules(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts]


def test_the_place_of_the_changes_is_the_place_of_the_finding_before():
    wrong = "Both lungs show patchy consolidation with air bronchograms. The changes predominate in the upper zones."
    assert "location-conflict" in _rules(wrong, _LUNGS)
    right = "Both lungs show patchy consolidation with air bronchograms. These changes are basal, in the lower zones."
    assert "contradicted" not in _verdicts(right, _LUNGS)
    # the same place said of the finding by name agrees with the report's general-noun sentence
    assert "contradicted" not in _verdicts("Patchy bilateral lower zone consolidation with air bronchograms.", _LUNGS)
    assert "location-conflict" in _rules("Patchy bilateral upper zone consolidation with air bronchograms.", _LUNGS)


def test_the_change_of_the_abnormality_is_the_change_of_the_mass_before():
    wrong = "There is a 4 cm hypodense liver mass. Compared with three months ago, the abnormality has become smaller."
    assert "change-conflict" in _rules(wrong, _LIVER)
    right = "There is a 4 cm hypodense liver mass. The abnormality is bigger than on the CT three months ago."
    assert "contradicted" not in _verdicts(right, _LIVER)


def test_the_change_of_the_extent_is_the_change_of_the_finding_before():
    report = ("MRI of the right knee, compared with the MRI of May. Bone marrow oedema in the medial femoral condyle. "
              "The extent has decreased since the MRI of May. The menisci are intact.")
    assert "change-conflict" in _rules("Marrow oedema in the medial femoral condyle. The extent has increased since May.",
                                       report)
    assert "contradicted" not in _verdicts("Marrow oedema in the medial femoral condyle. The extent is smaller than in "
                                           "May.", report)


def test_the_grade_of_the_involvement_is_the_grade_of_the_finding_before():
    report = ("MRI of the left ankle. Bone marrow oedema in the talar dome. The involvement is mild. The ligaments "
              "are intact.")
    wrong = "Bone marrow oedema is present in the dome of the talus. The involvement is severe."
    assert "severity-conflict" in _rules(wrong, report)
    assert "contradicted" not in _verdicts("Mild marrow oedema is present in the talar dome.", report)
    assert "severity-conflict" in _rules("Severe marrow oedema is present in the talar dome.", report)


def test_a_report_stating_the_grade_so_contradicts_a_chain_naming_the_finding():
    report = "Renal ultrasound. Hydronephrosis of the left kidney. The abnormality is moderate. The right kidney is normal."
    assert "severity-conflict" in _rules("There is mild left hydronephrosis.", report)
    assert "contradicted" not in _verdicts("There is moderate hydronephrosis on the left.", report)


def test_a_sentence_about_something_else_ends_the_reference():
    v = default_verifier()
    found = v._claims("Consolidation in both lungs. The heart is normal in size. The changes are in the upper zones.")
    assert [f.concept for f in found if f.location] == []
    found = v._claims("Consolidation in both lungs. The changes are in the upper zones.")
    assert [(f.concept, f.location) for f in found if f.location] == [("consolidation", "upper zone")]


def test_the_appearances_and_a_part_of_the_finding_are_not_carried():
    v = default_verifier()
    # the whole film ("changes.py" reads it), and "the extent of" a named thing
    assert not any(f.source == "subject" for f in v._claims(
        "A left pleural effusion. The appearances are unchanged from last week."))
    assert not any(f.source == "subject" for f in v._claims(
        "A left pleural effusion. The extent of the left hemidiaphragm is normal."))


def test_a_clause_with_a_subject_of_its_own_is_not_read_with_the_noun():
    v = default_verifier()
    found = v._claims("Gallbladder wall thickening with gallstones. The process is mild, and the common duct measures "
                      "9 mm.")
    carried = [f for f in found if f.source == "subject"]
    assert carried and all(f.severity == "mild" and f.size is None for f in carried)


def test_a_restatement_the_evidence_does_not_decide_claims_nothing():
    report = "Chest radiograph. The lungs are clear. No pleural effusion."
    steps = verify("A nodule is seen. The abnormality is in the right upper lobe.", report=report).steps
    assert steps[1].findings == ()


def test_a_change_of_the_changes_alone_stays_the_whole_films():
    # "the changes" after several findings: their change alone is every finding's, not only the last sentence's
    report = ("Chest radiograph compared with the film of Monday. Left lower lobe consolidation. Small left pleural "
              "effusion. The changes have improved since Monday.")
    assert "change-conflict" in _rules("The left lower lobe consolidation is worse than on Monday.", report)
    assert "contradicted" not in _verdicts("The left lower lobe consolidation has improved since Monday.", report)
