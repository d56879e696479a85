"""Wrong readings found in review of session 10's extraction rules (review10), one sentence per case.
Each was a verdict the text does not give; invented texts."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

OPTIONS = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Normal"}


def _closed(question: str, text: str) -> str | None:
    return extract(text, Sample(id="r10", question=question, answer="yes", answer_type=AnswerType.CLOSED)).answer


def _choice(text: str) -> str | None:
    sample = Sample(id="r10", question="Which finding?", answer="A", answer_type=AnswerType.CHOICE, options=OPTIONS)
    return extract(text, sample).answer


@pytest.mark.parametrize("question, text, expected", [
    # c3636db: "acute" inside a denial denied every kind, also the old one asked (read no)
    ("Is there a chronic infarct?", "No acute infarct.", None),
    ("Is there an old infarct?", "No acute infarct.", None),
    ("Is there an acute infarct?", "No acute infarct.", "no"),
    # c3636db turned "abnormality in the lungs?" into "Are the lungs normal?", where one lung's normality read for
    # both (read no; "Are the lungs normal?" read yes before the session)
    ("Is there any abnormality in the lungs?", "The left lung is clear.", None),
    ("Is there any abnormality in the kidneys?", "The left kidney is normal.", None),
    ("Are the lungs normal?", "The left lung is clear.", None),
    ("Are the lungs normal?", "The right lung is normal.", None),
    ("Is there any abnormality in the lungs?", "Both lungs are clear.", "no"),
    ("Is the left kidney normal?", "The left kidney is normal.", "yes"),
])
def test_closed_review10(question: str, text: str, expected: str | None) -> None:
    assert _closed(question, text) == expected


@pytest.mark.parametrize("text, expected", [
    # 0180678: a choice verb of another language under a negation it did not know (read C)
    ("Não escolho a C.", None),
    ("Ich wähle C nicht.", None),
    ("Escolho a C.", "C"),
    ("Ich wähle C.", "C"),
])
def test_choice_review10(text: str, expected: str | None) -> None:
    assert _choice(text) == expected
