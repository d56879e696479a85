"""Hedges in any modal or with an adverb and the gaming chains' hedges (vscope21, issue #8)."""

from __future__ import annotations

import pytest

from medstep.verify import extract_findings
from medstep.verify.lexicon import alternatives


def claims(text: str) -> list[tuple[str, str]]:
    return [(f.concept, f.polarity.value) for f in extract_findings(text) if f.is_claim and f.category != "modality"]


def test_a_row_with_choices_is_a_phrase_per_choice() -> None:
    assert alternatives("cannot be {|entirely|fully} {excluded|ruled out}") == [
        "cannot be excluded", "cannot be ruled out", "cannot be entirely excluded", "cannot be entirely ruled out",
        "cannot be fully excluded", "cannot be fully ruled out"]
    assert alternatives("is a possibility") == ["is a possibility"]


@pytest.mark.parametrize(("text", "claimed"), [
    ("Pneumothorax can't be excluded.", [("pneumothorax", "uncertain")]),  # read present before
    ("Pneumothorax could not be excluded.", [("pneumothorax", "uncertain")]),  # read present before
    ("Pneumothorax couldn't be ruled out.", [("pneumothorax", "uncertain")]),  # read ABSENT before
    ("Pneumothorax cannot be entirely excluded.", [("pneumothorax", "uncertain")]),
    ("Pneumothorax is not completely excluded.", [("pneumothorax", "uncertain")]),
    ("Pneumothorax can be confidently excluded.", [("pneumothorax", "absent")]),
    ("Pneumothorax can be safely ruled out.", [("pneumothorax", "absent")]),
    ("Cardiomegaly is one possibility.", [("cardiomegaly", "uncertain")]),
    ("Air trapping could perhaps be present, or might not be.", [("air_trapping", "uncertain")]),
    ("Fibrosis is possibly absent but cannot be excluded.", [("pulmonary_fibrosis", "uncertain")]),
    ("An aneurysm or a pneumothorax are all conceivable.", [("aneurysm", "uncertain"), ("pneumothorax", "uncertain")]),
])
def test_the_hedge_is_read(text: str, claimed) -> None:
    assert claims(text) == claimed


@pytest.mark.parametrize(("text", "claimed"), [
    ("Pneumothorax can be excluded.", [("pneumothorax", "absent")]),
    ("Pneumothorax is excluded.", [("pneumothorax", "absent")]),
    ("Pneumothorax is absent.", [("pneumothorax", "absent")]),
])
def test_the_firm_near_miss_stays_firm(text: str, claimed) -> None:
    assert claims(text) == claimed


@pytest.mark.parametrize(("text", "claimed"), [
    ("A pneumothorax is not impossible.", [("pneumothorax", "uncertain")]),  # read PRESENT before
    ("Pneumothorax is not unlikely.", [("pneumothorax", "uncertain")]),
    ("An opacity, if there is one, would be at the right base.", [("lung_opacity", "uncertain")]),
    # near misses: a plain denial, a statement before a supposition of its own conjunct
    ("A pneumothorax is not present.", [("pneumothorax", "absent")]),
    ("There is an opacity, and if there is one more it is hidden.", [("lung_opacity", "present")]),
])
def test_a_denied_doubt_and_a_supposed_thing_are_hedged(text: str, claimed) -> None:
    assert claims(text) == claimed
