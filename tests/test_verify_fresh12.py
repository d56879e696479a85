"""Mechanisms a fresh held-out set showed failing (issue #8, judge 66, verify12).

Why: a rule built from one set's phrasings did not move a single score on the next set. Each case here is a
sentence of our own for a general mechanism: a denial that names an earlier time (the finding is new, not absent),
a side written after the organ of a normal statement, a grade adverb the grade words lacked, and air-fluid levels
in a chest film read as bowel obstruction.
"""

from medstep.verify import Polarity, extract_findings, verify


def _only(text: str, concept: str):
    found = [f for f in extract_findings(text) if f.concept == concept]
    assert len(found) == 1, found
    return found[0]


def test_denial_naming_an_earlier_time_makes_the_finding_new():
    f = _only("A right chest drain, not present on the previous film, is seen.", "chest_tube")
    assert f.polarity is Polarity.PRESENT and f.change == "new"
    assert _only("Pneumothorax not seen.", "pneumothorax").polarity is Polarity.ABSENT


def test_new_device_not_present_yesterday_is_supported_by_the_report():
    v = verify("A new left arm PICC, not present yesterday, crosses the midline.",
               report="New left arm PICC crossing the midline. No pneumothorax.")
    assert [fv.verdict.value for fv in v.steps[0].verdicts if fv.finding.concept == "picc"] == ["supported"]


def test_side_after_the_organ_sides_a_normal_statement():
    f = _only("The ribs on the left are intact.", "rib_fracture")
    assert f.polarity is Polarity.ABSENT and f.laterality == "left"
    v = verify("The ribs on the left are intact.", report="Fractured right seventh rib.")
    assert not v.has_contradiction


def test_massively_is_a_severe_grade():
    assert _only("The heart is massively enlarged.", "cardiomegaly").severity == "severe"
    v = verify("The heart is massively enlarged.", report="Heart size is mildly enlarged.")
    assert v.has_contradiction


def test_air_fluid_levels_in_lung_rings_are_no_bowel_obstruction():
    concepts = {f.concept for f in extract_findings("Several ring shadows in the left lower zone hold air-fluid levels.")}
    assert "bowel_obstruction" not in concepts
