"""Session 9 review: a late correction ("Let me correct that: C.") takes back the answer before it. Invented texts."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

_SAMPLE = Sample(id="r9e", question="What is the most likely diagnosis?", answer="C", answer_type=AnswerType.CHOICE,
                 options={"A": "Pneumothorax", "B": "Pleural effusion", "C": "Pneumonia", "D": "Pulmonary embolism"})


@pytest.mark.parametrize("text", ["Answer: B. Let me correct that: C.", "The answer is B. Let me revise: it is C."])
def test_late_correction_takes_the_answer_back(text: str) -> None:
    """1af3095 dropped these cues for speed; both read B, the answer the output withdraws."""
    got = extract(text, _SAMPLE)
    assert (got.answer, got.rule) == (None, "ambiguous")
