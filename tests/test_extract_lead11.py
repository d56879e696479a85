"""A closing verdict given to a short label answers the labelled finding, not necessarily the question."""

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> str | None:
    return extract(text, Sample(id="t", question=question, answer="yes", answer_type=AnswerType.CLOSED)).answer


@pytest.mark.parametrize(("question", "text", "expected"), [
    ("Is there a pneumothorax?", "Effusion, yes.", None),  # answers whether there is an effusion
    ("Is there a pneumothorax?", "Small effusion, yes.", None),
    ("Is the spleen enlarged?", "Hepatomegaly: yes.", None),
    ("Is there a pneumothorax?", "Pneumothorax, yes.", "yes"),  # the asked finding labelled
    ("Is there a pneumothorax?", "Tension pneumothorax, yes.", "yes"),  # a kind of the asked finding
    ("Is the liver enlarged?", "Hepatomegaly: yes.", "yes"),  # the organ's abnormal word is the finding
    ("Is there a pneumothorax?", "Right-sided, yes.", "yes"),  # a side, no finding named
    ("Is there a pneumothorax?", "There is a left effusion. Pneumothorax, no.", "no"),
])
def test_labelled_closing_verdict(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected
