"""Wrong readings review9 found that predate session 9, each now declined (or read as it should be).

A checklist value that says nothing of presence, a clause about image quality, a verdict for a case contrary to
fact, and a letter judged in a question ending in a full-width question mark were all read as answers.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

OPTIONS = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Normal"}


def _closed(question: str, text: str) -> str | None:
    return extract(text, Sample(id="t", question=question, answer="yes", answer_type=AnswerType.CLOSED)).answer


@pytest.mark.parametrize("question, text, expected", [
    ("Is there a pleural effusion?", "Effusion - unremarkable", None),
    ("Is there a pleural effusion?", "Effusion - see above", None),
    ("Is there a pleural effusion?", "Step 2 - effusion", None),
    ("Is there a pleural effusion?", "Effusion - present", "yes"),
    ("Is there a pleural effusion?", "Effusion: none", "no"),
    ("Is there a pleural effusion?", "Small left pleural effusion.", "yes"),
    ("Is the image normal?", "The image quality is normal.", None),
    ("Is the study normal?", "The study is technically normal.", None),
    ("Is this chest X-ray normal?", "Normal study.", "yes"),
    ("Is there a pneumothorax?", "If there were one, I'd say yes.", None),
    ("Is there a pneumothorax?", "If you are asking whether there is a pneumothorax: yes.", "yes"),
])
def test_closed_readings(question: str, text: str, expected: str | None) -> None:
    assert _closed(question, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("C is correct？", None),
    ("C is correct?", None),
    ("C is correct。", "C"),
    ("C is correct.", "C"),
])
def test_full_width_question_mark_asks(text: str, expected: str | None) -> None:
    sample = Sample(id="t", question="Which finding?", answer="A", answer_type=AnswerType.CHOICE, options=OPTIONS)
    assert extract(text, sample).answer == expected
