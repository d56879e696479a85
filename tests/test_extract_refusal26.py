"""Torn between candidates and declining (gen26, issue #7): "It is difficult to choose between a carcinoma and a
granuloma", "I won't commit to one" decline to answer; a general remark that telling two apart "can be difficult",
beside the answer, does not."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample, Status


def _read(text: str, question: str = "What is the diagnosis?") -> tuple[str | None, Status]:
    e = extract(text, Sample(id="r", question=question, answer="x", answer_type=AnswerType.OPEN))
    return e.answer, e.status


@pytest.mark.parametrize("text", [
    "A rounded opacity is noted in the upper lobe. It is difficult to choose between a carcinoma and a granuloma.",
    "It's hard to differentiate between an abscess and a necrotic tumour here.",
    "There is a ring-enhancing lesion. I won't commit to a single diagnosis.",
    "We cannot commit to one diagnosis from a single slice.",
])
def test_declining_between_candidates_is_a_refusal(text: str) -> None:
    assert _read(text) == (None, Status.REFUSED)


def test_a_general_remark_beside_the_answer_is_no_refusal() -> None:
    text = "Carcinoma. It can be difficult to distinguish between a carcinoma and a granuloma, but spiculation favours it."
    assert _read(text)[1] is Status.SCORED


@pytest.mark.parametrize(("text", "answer"), [
    ("Abscess. It was easy to choose between an abscess and a tumour given the gas.", "abscess"),
])
def test_an_easy_choice_still_reads(text: str, answer: str) -> None:
    assert _read(text)[0] is not None and answer in _read(text)[0]
