"""Closed (yes/no) answers that state the asked finding plainly and are still left unparsed (session 53).

Blind set 53 left 15 of 85 clear closed answers unparsed (17.6%), most of them plain statements of the asked finding.
These minimal forms isolate what blocks the implicit readers, so the next change has a target that is not a phrase
family: an intensifier before the finding ("significant" is one of ``hedges.STRENGTH``, read as a hedge outside a
denial), a passive sighting ("X is seen in ..."), "without X" after a clause about the asked place's subject, an
alignment statement before "without displacement". Each is a strict xfail: when a reader starts answering it, the
test fails and the expectation moves to a passing test. The near misses beside them must keep their answers."""
from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> tuple[str | None, str]:
    found = extract(text, Sample(id="t", question=question, answer="yes", answer_type=AnswerType("closed")))
    return found.answer, found.status.value


# Session 54 (lane closed54) answers the intensifier, the passive sighting and "without X" after the place's
# description: those four forms moved to tests/test_closed_polarity54.py.
GAPS = [
    ("Is the fracture displaced?", "The fragments are in anatomic alignment without displacement.", "no"),
    ("Is there coronary artery calcification?", "Dense calcified plaque lines the proximal coronary arteries.", "yes"),
]


@pytest.mark.parametrize(("question", "text", "expected"), GAPS)
@pytest.mark.xfail(strict=True, reason="known gap of the implicit closed readers (module docstring)")
def test_plain_statement_of_the_asked_finding(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == (expected, "scored")


@pytest.mark.parametrize(("question", "text", "expected"), [
    ("Is there mass effect?", "There is mass effect.", "yes"),
    ("Is there a pleural effusion?", "There is a large pleural effusion.", "yes"),
    ("Are there calcifications within the mass?", "The mass shows no calcification.", "no"),
    ("Is there increased uptake in the thyroid?", "There is increased uptake in the thyroid.", "yes"),
    ("Is the fracture displaced?", "There is no displacement.", "no"),
    ("Is there a pleural effusion?", "No significant pleural effusion.", "no"),
])
def test_the_plain_forms_beside_them_answer(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == (expected, "scored")
