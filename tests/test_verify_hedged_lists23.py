"""Hedged lists (vneg23, issue #8): a list introduced by its plural noun of candidates ("Possibilities include A, B and
C") holds possibilities, not observations; a hedge after alternatives joined by "or" ("A, B or C might explain it")
governs each, and the alternatives end at an "and". Every sentence here is written for this test."""

from __future__ import annotations

import pytest

from medstep.verify import extract_findings


def claims(text: str) -> set[tuple[str, str]]:
    return {(f.concept, f.polarity.value) for f in extract_findings(text) if f.is_claim and f.category != "modality"}


@pytest.mark.parametrize(("text", "hedged"), [
    ("Possibilities include pneumonia, atelectasis and aspiration.", ("pneumonia", "atelectasis", "aspiration")),
    ("The main possibilities are lymphoma, sarcoidosis or tuberculosis.", ("lymphoma", "sarcoidosis", "tuberculosis")),
    ("Other considerations are sarcoid and lymphoma.", ("sarcoidosis", "lymphoma")),
    ("Causes include heart failure and pneumonia.", ("heart_failure", "pneumonia")),
])
def test_a_list_of_candidates_holds_possibilities(text: str, hedged: tuple) -> None:
    got = claims(text)
    assert {(c, "uncertain") for c in hedged} <= got
    assert not any(p == "present" for _c, p in got)


def test_a_finding_stated_beside_the_candidates_stays_present() -> None:
    got = claims("There is a right lower lobe consolidation; possibilities include pneumonia and aspiration.")
    assert {("consolidation", "present"), ("pneumonia", "uncertain"), ("aspiration", "uncertain")} <= got


@pytest.mark.parametrize(("text", "expected"), [
    ("Pneumonia, atelectasis or aspiration might explain it.",  # only aspiration was hedged before
     {("pneumonia", "uncertain"), ("atelectasis", "uncertain"), ("aspiration", "uncertain")}),
    ("A pneumothorax or a bulla may be responsible.", {("pneumothorax", "uncertain"), ("bulla", "uncertain")}),
    ("Oedema, pneumonia, pneumothorax or some other thing might explain it.",  # an "or" after the last claim
     {("edema", "uncertain"), ("pneumonia", "uncertain"), ("pneumothorax", "uncertain")}),
])
def test_a_hedge_after_alternatives_governs_each(text: str, expected: set) -> None:
    assert expected <= claims(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Cardiomegaly and pneumonia or atelectasis might explain the findings.",
     {("cardiomegaly", "present"), ("pneumonia", "uncertain"), ("atelectasis", "uncertain")}),
    ("There is an effusion, and pneumonia or atelectasis could cause it.",
     {("pleural_effusion", "present"), ("pneumonia", "uncertain"), ("atelectasis", "uncertain")}),
    ("Cardiomegaly, effusion and possibly pneumonia.",
     {("cardiomegaly", "present"), ("pleural_effusion", "present"), ("pneumonia", "uncertain")}),
])
def test_the_alternatives_end_at_an_and(text: str, expected: set) -> None:
    assert expected <= claims(text)
