"""Review of lane/decline (``extract/disclaimers.py``): the disclaimer scan is linear over long blank runs, and a
re-read without the disclaimer does not take an answer from a textbook aside, an echo of the question, a hedge or a
decline to guess."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.disclaimers import without_disclaimers
from medstep.types import AnswerType, Sample
from support.timing import Grown, reads_linearly, rep

_PTX = "Is there a pneumothorax?"
_OPTIONS = {"A": "Pneumonia", "B": "Pulmonary edema", "C": "Pneumothorax", "D": "Lung cancer"}


def _closed(text: str) -> tuple[str | None, str]:
    got = extract(text, Sample(id="x", question=_PTX, answer="yes", answer_type=AnswerType.CLOSED))
    return got.answer, got.rule


def _choice(text: str) -> str | None:
    sample = Sample(id="x", question="What is the most likely diagnosis?", answer="A",
                    answer_type=AnswerType.CHOICE, options=_OPTIONS)
    return extract(text, sample).answer


def _without_and_read(text: str) -> None:
    without_disclaimers(text)
    _closed(text)


@pytest.mark.parametrize("text", [rep("\n", 20000), rep("\n", 6000, "I'm not sure.", "Hmm."),
                                  rep("I can't say more" + "\n" * 20, 555), rep(".\n", 10000, tail="x")])
def test_long_blank_runs_are_linear(text: Grown[str]) -> None:
    _closed("No pneumothorax.")  # warm the vocabularies
    reads_linearly(_without_and_read, text)


def test_disclaimer_after_blank_lines_still_removed() -> None:
    assert without_disclaimers("No pneumothorax.\n\n\n  I cannot comment further.") == "No pneumothorax."
    assert without_disclaimers("The pleura is thin and I cannot comment further.") is None


@pytest.mark.parametrize("text", [
    "I can't provide a definitive diagnosis, but patients with a pneumothorax typically present with sudden chest pain.",
    "I can't provide a definitive diagnosis, but there is a possibility of a pneumothorax.",
    "I can't give medical advice. No, I won't speculate on whether there is a pneumothorax.",
])
def test_weak_closed_rereads_keep_old_status(text: str) -> None:
    assert _closed(text)[0] is None


@pytest.mark.parametrize("text", [
    "I can't provide a diagnosis, but you asked about option C: Pneumothorax.",
    "I cannot provide a definitive diagnosis. Option C (Pneumothorax) is common in trauma patients.",
])
def test_weak_choice_rereads_keep_old_status(text: str) -> None:
    assert _choice(text) is None


@pytest.mark.parametrize("text, expected", [
    ("I can't provide a definitive diagnosis, but there is a small right apical pneumothorax.", "yes"),
    ("I can't comment further. No pneumothorax.", "no"),
    ("I cannot provide a definitive diagnosis. There is a pneumothorax on the left.", "yes"),
])
def test_committed_rereads_still_answer(text: str, expected: str) -> None:
    assert _closed(text)[0] == expected
