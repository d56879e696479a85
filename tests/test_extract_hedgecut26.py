"""An open reply cut right after its hedge (gen26, issue #7): "The diagnosis is likely" names no answer, its subject
only frames one; "Pneumonia is likely" names its answer in the subject and still reads."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.cut import hedge_cut
from medstep.types import AnswerType, Sample, Status


def _read(text: str, question: str) -> tuple[str | None, Status]:
    e = extract(text, Sample(id="h", question=question, answer="x", answer_type=AnswerType.OPEN))
    return e.answer, e.status


@pytest.mark.parametrize(("question", "text"), [
    ("What is the diagnosis?", "The diagnosis is likely"),
    ("What is the diagnosis?", "The diagnosis here is most probably"),
    ("What abnormality is seen?", "The abnormality is possibly"),
    ("What is the most likely cause of the opacity?", "The fat-density rim is noted. The cause of the opacity is likely"),
])
def test_a_reply_cut_after_its_hedge_is_truncated(question: str, text: str) -> None:
    assert hedge_cut(text, question)
    assert _read(text, question) == (None, Status.TRUNCATED)


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("What is the diagnosis?", "Pneumonia is most likely", "pneumonia"),
    ("What is the diagnosis?", "The diagnosis is likely sarcoidosis.", "sarcoidosis"),
])
def test_a_hedge_with_its_answer_still_reads(question: str, text: str, answer: str) -> None:
    assert not hedge_cut(text, question)
    assert _read(text, question)[0] == answer


def test_the_same_hedge_finished_gives_no_answer() -> None:
    assert _read("The diagnosis is likely.", "What is the diagnosis?") == (None, Status.UNPARSED)
