"""One-error chains the verifier did not see (issue #8, lane errdetect36): a compound place ("anteromedial" against
"posterolateral"), a ventral against a dorsal place, a measurement half as large again as the report's of the same
thing ("thickened to 9 mm" against "to 6 mm"), and a measurement in the second sentence of a step line that opens with
another measurement. Each error is found; the faithful wording is not contradicted. Sentences of our own."""

import time

from medstep.verify import verify
from medstep.verify.aligned_said import read_sentence
from medstep.verify.aligned_places import opposed, places
from medstep.verify.aligned_sizes import measured_head, unnamed_sizes_conflict
from medstep.verify.changes import measured_change
from medstep.verify.verifier import default_verifier

_SHOULDER = ("Radiographs of the right shoulder. The humeral head lies anterior and inferior to the glenoid. There is a "
             "wedge-shaped impaction defect of the posterolateral aspect of the humeral head.")
_SPINE = ("MRI of the lumbar spine. A ventral epidural collection with peripheral enhancement narrows the thecal sac "
          "at L3. The conus is normal.")
_TRACHEA = ("Radiograph of the neck and chest. A mass in the right superior mediastinum displaces the trachea to the "
            "left. The tracheal lumen at the thoracic inlet is narrowed to about 9 mm. The lungs are clear.")
_GALLBLADDER = ("Ultrasound of the right upper quadrant. The gallbladder is distended, measuring 10.5 x 4.5 cm. The "
                "gallbladder wall is diffusely thickened to 6 mm with a striated layer. The common bile duct is normal.")


def _rules(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts]


def test_a_compound_place_names_both_of_its_places():
    got = {(m, n) for m, n, _at in places("a defect of the posterolateral aspect of the head")}
    assert got == {("posterior", "aspect"), ("lateral", "aspect")}
    assert {(m, n) for m, n, _at in places("the antero-medial wall")} == {("anterior", "wall"), ("medial", "wall")}
    assert {(m, n) for m, n, _at in places("an inferolateral defect")} == {("lower", "defect"), ("lateral", "defect")}
    assert opposed("dorsal", "ventral") and not opposed("ventral", "lateral")


def test_the_other_compound_place_is_contradicted_and_the_same_one_is_not():
    assert "aligned-place-conflict" in _rules(
        "There is an impaction defect of the anteromedial aspect of the humeral head.", _SHOULDER)
    assert "aligned-place-conflict" not in _rules(
        "There is an impaction defect of the posterolateral aspect of the humeral head.", _SHOULDER)
    assert "aligned-place-conflict" not in _rules(
        "There is an impaction defect of the postero-lateral aspect of the humeral head.", _SHOULDER)


def test_a_dorsal_place_against_a_ventral_one():
    assert "aligned-place-conflict" in _rules(
        "A peripherally enhancing dorsal epidural collection narrows the thecal sac.", _SPINE)
    assert "aligned-place-conflict" not in _rules(
        "A peripherally enhancing ventral epidural collection narrows the thecal sac.", _SPINE)


def test_a_measurement_half_as_large_again_as_the_reports():
    # (no concept names the lumen or the bare wall: the aligned report sentence's number is the one compared)
    assert "aligned-size-conflict" in _rules("The tracheal lumen at the thoracic inlet measures about 15 mm.", _TRACHEA)
    assert "aligned-size-conflict" in _rules("Wall diffusely thickened to 9 mm.", _GALLBLADDER)
    for faithful, report in (("The tracheal lumen at the thoracic inlet measures about 9 mm.", _TRACHEA),
                             ("The tracheal lumen at the thoracic inlet measures about 11 mm.", _TRACHEA),  # (noise)
                             ("Wall diffusely thickened to 6 mm.", _GALLBLADDER),
                             ("Wall diffusely thickened to about 7 mm.", _GALLBLADDER)):  # (1 mm: noise)
        assert "aligned-size-conflict" not in _rules(faithful, report)


def test_a_measurement_in_the_second_sentence_of_a_line():
    wrong = "GB: distended, 10.5 x 4.5 cm. Wall diffusely thickened to 9 mm, striated layer."
    assert "aligned-size-conflict" in _rules(wrong, _GALLBLADDER)
    assert "aligned-size-conflict" not in _rules(wrong.replace("9 mm", "6 mm"), _GALLBLADDER)
    said = read_sentence(default_verifier().extractor.scanner, " 10.5 x 4.5 cm. Wall diffusely thickened to 9 mm,")
    assert [p.values["size"][0] for p in said.parts] == ["105x45", "9"]


def test_the_new_patterns_are_linear_on_hostile_input():
    # (the compound pattern on 21,000 characters of prefixes; the sentence cut of a measurement's pieces on 20,000
    # characters of sentence ends. read_sentence on "antero-" * 3000 is slow on main already, outside this lane)
    for text in ("postero" * 3000 + " ", "antero-" * 3000 + "medial", "infero" * 3500 + "lateral"):
        start = time.perf_counter()
        places(text)
        assert time.perf_counter() - start < 1.0
    start = time.perf_counter()
    read_sentence(default_verifier().extractor.scanner, ". " * 10000 + "9 mm. 4 mm and 5 mm")
    assert time.perf_counter() - start < 1.0


_AORTA = ("CT aortogram. Maximal descending aortic diameter is 41 mm (previously 33 mm). The ascending aorta measures "
          "36 mm.")


def test_a_measurement_now_beside_one_before_is_a_change():
    # ("41 mm (previously 33 mm)": the earlier word after 41 mm names 33 mm's time, not 41 mm's)
    assert measured_change("maximal descending aortic diameter is 41 mm (previously 33 mm).")[0] == "worsened"
    assert measured_change("the nodule measures 8 mm (previously 12 mm).")[0] == "improved"
    assert measured_change("the node measures 10 mm (previously 10 mm).")[0] == "stable"
    assert "aligned-change-conflict" in _rules(
        "The maximal descending aortic diameter is 41 mm, which is unchanged from the CT three years ago.", _AORTA)
    for faithful in ("The maximal descending aortic diameter is 41 mm, which has increased from the CT three years ago.",
                     "The maximal descending aortic diameter is 41 mm."):
        assert "aligned-change-conflict" not in _rules(faithful, _AORTA)


_HIP = ("Radiographs of the pelvis. The frog-leg lateral view confirms posteromedial displacement of the left capital "
        "epiphysis relative to the metaphysis. The right hip is normal.")


def test_a_place_written_as_an_adverb_of_a_movement():
    assert {(m, n) for m, n, _at in places("the epiphysis is displaced anterolaterally")} == {
        ("anterior", "displac"), ("lateral", "displac")}
    assert {(m, n) for m, n, _at in places("posteromedial displacement")} == {
        ("posterior", "displac"), ("medial", "displac")}
    assert "aligned-place-conflict" in _rules(
        "The frog-leg lateral view shows the left capital epiphysis displaced anterolaterally relative to the "
        "metaphysis.", _HIP)
    for faithful in ("The frog-leg lateral view shows the left capital epiphysis displaced posteromedially relative to "
                     "the metaphysis.", "The frog-leg lateral view shows posteromedial displacement of the left capital "
                     "epiphysis relative to the metaphysis."):
        assert "aligned-place-conflict" not in _rules(faithful, _HIP)
    start = time.perf_counter()
    places("displaced " * 2000 + "posteromedially " * 500 + "aaaaed" * 2000 + "ly")
    assert time.perf_counter() - start < 1.0


_LUNGS = "Chest radiograph. The heart is normal in size. Mild bibasal reticulation is unchanged."


def _graded(chain: str) -> list[tuple[str, str | None, str]]:
    return [(f.concept, f.severity, v.rule) for s in verify(chain, report=_LUNGS).steps
            for f, v in zip(s.findings, s.verdicts)]


def test_a_grade_among_comma_split_adjectives_is_the_nouns():
    # ("extensive, coarse bibasal reticulation" was read as ungraded; without the comma it was graded already)
    for wrong in ("There is extensive, coarse bibasal reticulation.", "There is extensive coarse bibasal reticulation."):
        assert any(rule == "severity-conflict" for _c, _s, rule in _graded(wrong))
    for faithful in ("There is mild, fine bibasal reticulation.", "There is mild bibasal reticulation."):
        assert not any(rule == "severity-conflict" for _c, _s, rule in _graded(faithful))
    # (a grade with a verb or a preposition between it and the next noun stays the claim's before it)
    assert not any(rule == "severity-conflict" for _c, _s, rule in _graded(
        "The bibasal reticulation is mild, with no effusion."))


# review errdetect36: a clause aligned with the sentence that measures *another* thing of the organ (the stone, the
# appendicolith, the gap between tendon ends) keeps the factor of two; the same thing keeps the lesion rule
_APPENDIX = ("CT of the abdomen. The appendix is dilated to 11 mm with periappendiceal fat stranding. A 6 mm "
             "appendicolith lies at the appendix base.")
_ACHILLES = ("MRI of the ankle. The Achilles tendon is thickened to 12 mm. There is a full-thickness tear with a 20 mm "
             "gap between the tendon ends.")
_DUCT = "MRCP. The common bile duct is dilated, measuring 10 mm. A 6 mm stone lies in the distal common bile duct."


def test_a_measurement_of_another_thing_of_the_sentence_keeps_the_factor_of_two():
    assert measured_head("a 6 mm appendicolith lies at the base.", 2, 6, frozenset({"lies", "at", "the"})) == {
        "appendicolith"}
    assert measured_head("the duct measures 10 mm.", 20, 22, frozenset({"the", "measures"})) == {"duct"}
    for faithful, report in (("The appendix measures 11 mm and contains an appendicolith at its base.", _APPENDIX),
                             ("The Achilles tendon is thickened to 12 mm with a full-thickness tear.", _ACHILLES),
                             ("The distal common bile duct contains a stone and the duct measures 10 mm.", _DUCT)):
        assert "aligned-size-conflict" not in _rules(faithful, report)
    # (the same thing measured wrongly is still found, at the lesion rule: 19 mm against 12 mm)
    assert "aligned-size-conflict" in _rules("The Achilles tendon is thickened to 19 mm.", _ACHILLES)
    assert unnamed_sizes_conflict("9", "6", frozenset({"wall"}), frozenset({"wall"}))
    assert not unnamed_sizes_conflict("9", "6", frozenset({"wall"}), frozenset({"gallston"}))
    assert unnamed_sizes_conflict("9", "6", frozenset({"wall"}), frozenset())  # (a head unknown: the sentence's words)


_KNEE = ("MRI of the right knee. The anterior cruciate ligament is torn. The posterolateral and posteromedial corners "
         "are intact.")


def test_a_compound_place_first_of_a_pair_names_its_noun():
    assert {(m, n) for m, n, _at in places("the posterolateral and posteromedial corners")} == {
        ("posterior", "corner"), ("lateral", "corner"), ("medial", "corner")}
    assert {(m, n) for m, n, _at in places("inferolateral and anterior walls")} == {
        ("lower", "wall"), ("lateral", "wall"), ("anterior", "wall")}
    assert {(m, n) for m, n, _at in places("the dorsolateral aspect")} == {("dorsal", "aspect"), ("lateral", "aspect")}
    assert "aligned-place-conflict" not in _rules("The posterolateral corner is intact.", _KNEE)


def test_a_clause_naming_both_places_of_an_axis_compares_neither():
    # ("the ventral ... duct and the dorsal duct": a pair of anatomical names, not a place of one thing)
    report = "MRCP. Pancreas divisum: the dorsal pancreatic duct drains via the minor papilla. No ductal dilatation."
    assert "aligned-place-conflict" not in _rules(
        "Pancreas divisum is present, with the ventral pancreatic duct draining via the major papilla and the dorsal "
        "duct via the minor papilla.", report)


def test_a_place_nouns_singular_and_plural_are_one_noun():
    # ("fragment" had been cut to "frag" and "fragments" to "fragment": the plural chain's wrong place passed)
    report = "Radiograph of the elbow. A comminuted olecranon fracture with a displaced proximal fragment."
    assert "aligned-place-conflict" in _rules(
        "There are comminuted olecranon fractures with displaced distal fragments.", report)
    assert "aligned-place-conflict" not in _rules(
        "There are comminuted olecranon fractures with displaced proximal fragments.", report)
    assert places("the fragment is noted laterally") == ()  # (no movement: "noted" is no thing)


def test_the_measured_head_and_the_paired_compound_are_linear():
    scanner = default_verifier().extractor.scanner
    for text in ("12 mm " + "gap " * 5000, "posterolateral and " * 1200 + "corners", "the duct " * 2500 + "10 mm"):
        start = time.perf_counter()
        places(text)
        read_sentence(scanner, text)
        measured_head(text, len(text) - 5, len(text) - 2, frozenset())
        assert time.perf_counter() - start < 2.0
