"""Verdict words of other languages joined to their opposite (review10 of 0180678): "Ja, nein." took the first
word as the answer, where "Yes, no." is ambiguous. Invented texts, one sentence per case."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _closed(text: str) -> str | None:
    sample = Sample(id="r10", question="Is there a pneumothorax?", answer="yes", answer_type=AnswerType.CLOSED)
    return extract(text, sample).answer


@pytest.mark.parametrize("text, expected", [
    ("Ja, nein.", None),
    ("Oui, non.", None),
    ("Nein, no pneumothorax.", "no"),  # the same verdict in two languages
    ("Ja, ja.", "yes"),
    ("No, I mean yes: a pneumothorax.", "yes"),  # 'I mean' revises the lead (read no, before the session too)
    ("No, I mean, not that I can see.", "no"),
])
def test_other_language_verdict_pairs(text: str, expected: str | None) -> None:
    assert _closed(text) == expected
