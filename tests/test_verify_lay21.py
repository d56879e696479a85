"""Lay and British wording (vlay21): an amount of a substance does not hide where the substance lies ("a little fluid
around the left lung"), and British spellings of the vocabulary's words read as the American ones ("haematoma",
"oesophageal", "necrotising"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from medstep.verify import Polarity, extract_findings

ABSENT, PRESENT = Polarity.ABSENT, Polarity.PRESENT


def read(text: str) -> set[tuple[str, Polarity]]:
    return {(f.concept, f.polarity) for f in extract_findings(text)}


def sides(text: str, concept: str) -> set[str | None]:
    return {f.laterality for f in extract_findings(text) if f.concept == concept}


@pytest.mark.parametrize("text, concept", [
    ("There is a little fluid around the left lung.", "pleural_effusion"),
    ("Some fluid at the base of the right lung, nothing else.", "pleural_effusion"),
    ("We see a bit of fluid around the heart.", "pericardial_effusion"),
    ("A small amount of fluid in the lungs, so they are wet.", "edema"),
])
def test_an_amount_of_a_substance_does_not_hide_where_it_lies(text: str, concept: str) -> None:
    assert (concept, PRESENT) in read(text)


def test_the_place_keeps_its_side() -> None:
    assert sides("There is a little fluid around the left lung.", "pleural_effusion") == {"left"}


def test_an_amount_with_no_place_after_it_is_read_as_before() -> None:
    # near miss: the substance is followed by a comma, not by a place; the amount word alone still names an effusion
    assert read("A little fluid, and the lungs themselves are clear.") >= {("pleural_effusion", PRESENT)}
    assert ("pericardial_effusion", PRESENT) not in read("A little fluid, and the heart is normal in size.")
