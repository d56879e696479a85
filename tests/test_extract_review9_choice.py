"""Session 9 review, multiple choice: a Chinese judgement after a letter chooses it only when it is stated, not asked
or doubted ("C选项正确吗？" asks whether C is right). Invented texts, written for these tests."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

_SAMPLE = Sample(id="r9c", question="What is the most likely diagnosis?", answer="C", answer_type=AnswerType.CHOICE,
                 options={"A": "Pneumothorax", "B": "Pleural effusion", "C": "Pneumonia", "D": "Pulmonary embolism"})

CASES = [
    ("C选项正确。", "C", "letter_judgement"),  # "option C is correct."
    ("C选项正确吗？", None, "unparsed"),  # "is option C correct?"
    ("C是最可能的吗", None, "unparsed"),  # "is C the most likely?" (no question mark)
    ("C选项正确与否需要进一步检查。", None, "unparsed"),  # "whether C is correct needs further work-up"
    ("C选项正确的可能性较小。", None, "unparsed"),  # "C is unlikely to be correct"
    ("C最符合吗？不确定。", None, "refused"),  # "does C fit best? not sure."
]


@pytest.mark.parametrize(("text", "answer", "rule"), CASES)
def test_zh_judgement_stated_not_asked(text: str, answer: str | None, rule: str) -> None:
    got = extract(text, _SAMPLE)
    assert (got.answer, got.rule) == (answer, rule)
