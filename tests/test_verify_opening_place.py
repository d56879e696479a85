"""A place that opens its sentence ("In the right lung there is ...", "At the top of the right lung ...") sides and
places the sentence's first finding (issue #8, verify11).

Why: only "on/over/at the <side>" did; "In the right lung there is a small nodule." read an unsided nodule, "In the
left lower zone there is consolidation." lost side and zone, and the lay chain b4-v10 ("At the top of the right lung
you can see a thin white line ..., meaning a little air has leaked around the lung") recalled no sided reference
statement (completeness 0.25).
"""

import pytest

from medstep.verify.lexicon import locations_conflict
from medstep.verify.verifier import extract_findings


@pytest.mark.parametrize("text, concept, side, location", [
    ("In the right lung there is a small nodule.", "pulmonary_nodule", "right", None),
    ("In the left lower zone there is consolidation.", "consolidation", "left", "lower zone"),
    ("In the right upper lobe there is a mass.", "mass", "right", "upper lobe"),
    ("At the top of the right lung you can see a thin white line with nothing but black air outside it, meaning a "
     "little air has leaked around the lung.", "pneumothorax", "right", None),
    ("On the right there is a pneumothorax.", "pneumothorax", "right", None),
])
def test_an_opening_place_sides_the_first_finding(text: str, concept: str, side: str, location: str | None) -> None:
    found = [(f.concept, f.laterality, f.location) for f in extract_findings(text) if f.category == "finding"]
    assert found == [(concept, side, location)]


def test_a_side_named_later_in_the_sentence_keeps_its_own_finding() -> None:
    found = {(f.concept, f.polarity.value, f.laterality) for f in extract_findings(
        "In the right lung, the lung is clear, and there is an effusion on the left.")}
    assert ("pleural_effusion", "present", "left") in found


@pytest.mark.parametrize("text, location, within, outside", [
    ("Hazy veil-like opacity over the left upper and mid zones.", "upper and mid zone", "upper zone", "lower zone"),
    ("Opacity in the right mid and lower zones.", "mid and lower zone", "base", "apex"),
])
def test_two_zones_named_together_are_one_location_spanning_both(text: str, location: str, within: str,
                                                                  outside: str) -> None:
    # verify11: "the left upper and mid zones" read the mid zone only, so a terse chain's "left upper zone veil opacity"
    # was a location conflict (retired blind 9 Z2, RadRScore 0.361)
    assert [f.location for f in extract_findings(text) if f.category == "finding"] == [location]
    assert not locations_conflict(within, location) and locations_conflict(outside, location)
