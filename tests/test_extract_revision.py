"""An answer taken back by a later revision sentence naming another option (review7 probe). Invented texts."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample, Status

CHOICE = Sample(id="r", question="Which finding is present?", answer="C", answer_type=AnswerType.CHOICE,
                options={"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Pneumonia"})


@pytest.mark.parametrize("text", [
    "The answer is B. Wait, actually, looking again at the heart border, it is C.",
    "Answer: B\n\nHmm, on reflection D is actually correct.",
    "Final answer: B. On second thought the silhouette is too wide: C.",
])
def test_a_revision_naming_another_option_withdraws_the_answer(text: str) -> None:
    got = extract(text, CHOICE)
    assert (got.answer, got.status) == (None, Status.AMBIGUOUS)


@pytest.mark.parametrize("text", [
    "The answer is B. Wait, actually, C is unlikely here.",
    "The answer is B. Actually, A would be wrong because the lung markings reach the edge.",
    "Answer: B. Wait, actually yes, B it is.",
    "Final answer: B\nActually, rule out C first: it is not C.",
    "The answer is B. A is a pneumothorax, which would show a pleural line.",
])
def test_a_revision_that_rejects_or_repeats_keeps_the_answer(text: str) -> None:
    got = extract(text, CHOICE)
    assert (got.answer, got.status) == ("B", Status.SCORED)
