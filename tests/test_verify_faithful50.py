"""Lane faithful50 (issue #8): faithful chains contradicted through a denial that reached too far.

A compound denial ("fat-free", "symptom free") in front of a noun denies only the word it is joined to (a denial said
of the compound's own word, or a predicate, stays a denial), and a normal statement of "the right side of the brain"
is of that side only.
"""

from __future__ import annotations

import pytest

from medstep.verify import extract_findings, verify
from medstep.verify.findings import Polarity
from medstep.verify.post_verdicts import post_reach
from medstep.verify.scope_words import side_before


def _contradicted(report: str, step: str) -> bool:
    return any(s.verdict.value == "contradicted" for s in verify(step, report=report).steps)


def _polarity(text: str, concept: str) -> Polarity:
    return next(f.polarity for f in extract_findings(text) if f.concept == concept)


@pytest.mark.parametrize("text,concept", [
    ("A necrotic, avidly enhancing, fat-free solid renal mass.", "necrosis"),
    ("A calcified, symptom-free adrenal mass.", "calcification"),
    ("Left effusion, free layering on the decubitus film.", "pleural_effusion"),
])
def test_a_compound_denial_denies_its_own_word_only(text: str, concept: str) -> None:
    assert _polarity(text, concept) is Polarity.PRESENT


@pytest.mark.parametrize("text,concept", [
    ("The left pleural space is effusion-free.", "pleural_effusion"),
    ("Effusion and pneumothorax free.", "pneumothorax"),
    ("The lungs are free of consolidation.", "consolidation"),
])
def test_a_predicate_compound_still_denies(text: str, concept: str) -> None:
    assert _polarity(text, concept) is Polarity.ABSENT


def test_post_reach() -> None:
    low = "a necrotic, fat free solid mass"
    at = low.index("free")
    assert post_reach(low, at, at + 4, low.index(","), 2) == low.index("fat")
    low = "effusion free."
    assert post_reach(low, 9, 13, -1, 0) == -1


@pytest.mark.parametrize("report,step", [
    ("Large left renal mass with central necrosis.", "A necrotic, avidly enhancing, fat-free solid renal mass."),
    ("A calcified mass in the left adrenal gland.", "A calcified, symptom-free adrenal mass on the left."),
])
def test_faithful_steps_are_not_contradicted(report: str, step: str) -> None:
    assert not _contradicted(report, step)


@pytest.mark.parametrize("report,step", [
    ("Left pleural effusion.", "No pneumothorax, effusion or consolidation is seen."),
    ("Small left pleural effusion.", "The left pleural space is effusion-free."),
    ("Dilated small bowel loops.", "No free gas, bowel loops are not dilated."),
])
def test_real_contradictions_stay(report: str, step: str) -> None:
    assert _contradicted(report, step)


@pytest.mark.parametrize("text,organ,side", [
    ("the right side of the brain", "brain", "right"),
    ("the left half of the chest", "chest", "left"),
    ("both sides of the chest", "chest", "bilateral"),
    ("right sided ribs", "ribs", "right"),
    ("the right side bones", "bones", "right"),
    ("the side ribs", "ribs", None),
])
def test_side_before_reads_a_side_of_the_organ(text: str, organ: str, side: str | None) -> None:
    assert side_before(text, text.rindex(organ)) == side


def test_a_normal_side_of_an_organ_is_that_side_only() -> None:
    report = "Small acute infarct in the left parietal lobe."
    assert not _contradicted(report, "No haemorrhage, and the right side of the brain is normal.")
    assert _contradicted(report, "The left side of the brain is normal.")


@pytest.mark.parametrize("text,concept", [
    ("Sinuses of the skull base free on both sides.", "sinuses"),
    ("Pneumothorax and effusion free bilaterally.", "pleural_effusion"),
    ("The right chest is pleural effusion free since drainage.", "pleural_effusion"),
    ("A pleural effusion-free left chest.", "pleural_effusion"),
])
def test_review_a_predicate_free_going_on_still_denies(text: str, concept: str) -> None:
    # review: "free" before an adverb, a preposition or a conjunction is no compound in front of a noun, and a
    # compound joined to the end of a mention of several words denies the whole mention
    assert _polarity(text, concept) is Polarity.ABSENT


def test_review_the_right_side_of_the_heart_is_no_body_side() -> None:
    assert side_before("the right side of the heart", 24) is None
    assert _contradicted("Dilated right ventricle.", "The right side of the heart is normal.")
