"""A committed lean, the wrapper after it and a lean after that ("I think this is probably a lipoma.") are no part of
the open answer; a doubt or an alternative after them still is (extract/open_reader.py)."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

Q = "What is the diagnosis?"


def _answer(text: str) -> str | None:
    return extract(text, Sample(id="l", question=Q, answer="lipoma", answer_type=AnswerType.OPEN)).answer


@pytest.mark.parametrize("text", [
    "I think this is probably a lipoma.", "I think it is probably a lipoma.", "I believe it is most likely a lipoma.",
    "I think this is a lipoma.",
])
def test_a_lean_then_a_wrapper_then_a_lean_leave_the_label(text: str) -> None:
    assert _answer(text) == "lipoma"


@pytest.mark.parametrize("text, kept", [
    ("I think it is possibly a lipoma.", "possibly"),  # a doubt is no committed lean
    ("I think this is not a lipoma.", "not"),  # a denial stays
])
def test_a_doubt_an_alternative_or_a_denial_stays_in_the_answer(text: str, kept: str) -> None:
    answer = _answer(text)
    assert answer is not None and kept in answer.split()


def test_an_alternative_after_the_lean_is_two_answers() -> None:
    # (precise23: was read whole, "or" kept; two answers offered are ambiguous, extract/open_reader.py)
    got = extract("I think it is a lipoma or a liposarcoma.", Sample(id="l", question=Q, answer="lipoma",
                                                                     answer_type=AnswerType.OPEN))
    assert (got.answer, got.rule) == (None, "ambiguous")
