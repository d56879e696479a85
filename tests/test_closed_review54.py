"""Review probes of lane closed54 pinned (session 54): the near misses the lane first read wrong.

A strength word or an MRI signal word inside a general ("typically") sentence is no finding of this case; a hedge
before "homogeneous without X" keeps the denial unsure; a one-word partial echo ("Mass?") of a multi-word asked
finding is not an echo of the question; a bare lean taken back ("Probably. Or maybe not") answers nothing."""
from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

E = "Is there a pleural effusion?"
M = "Is there mass effect?"
C = "Are there calcifications within the mass?"
T2 = "Is the lesion hyperintense on T2?"
H = "Are the lungs hyperinflated?"


def _read(question: str, text: str) -> tuple[str | None, str]:
    found = extract(text, Sample(id="t", question=question, answer="yes", answer_type=AnswerType("closed")))
    return found.answer, found.status.value


@pytest.mark.parametrize(("question", "text", "expected"), [
    (M, "There is significant mass effect with effacement of the sulci.", ("yes", "scored")),
    (C, "The mass is homogeneous without calcification.", ("no", "scored")),
    (H, "Hyperinflated? Not really.", ("no", "scored")),
    (T2, "The lesion is bright on T2.", ("yes", "scored")),
    (E, "Probably.", ("yes", "scored")),
    (M, "Mass? No. But there is clear mass effect on the ventricle from the haematoma.", ("yes", "scored")),
])
def test_reads_the_plain_statement(question: str, text: str, expected: tuple[str, str]) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize(("question", "text"), [
    (M, "Significant mass effect is typically seen with large subdural haematomas."),
    (C, "The mass is seemingly homogeneous without calcification."),
    (M, "Mass? No."),
    (T2, "Cysts are typically bright on T2."),
    (E, "Probably. Or maybe not; the angle could be obscured by soft tissue."),
    (E, "Likely. Or possibly not."),
])
def test_near_misses_answer_nothing(question: str, text: str) -> None:
    assert _read(question, text)[0] is None
