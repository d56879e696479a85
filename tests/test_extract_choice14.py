"""Choice answers that set one letter against another (``extract/letters.py``, ``extract/lines.py``): a whole output
setting a letter aside and giving another ("Not A, but B."), and "as opposed to" read with the other contrast words
of ``answers/negation.INSTEAD``. One invented sentence per case."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample, Status

OPTIONS = {"A": "Pneumonia", "B": "Atelectasis", "C": "Pleural effusion", "D": "Pneumothorax"}


def _read(text: str) -> tuple[str | None, Status]:
    got = extract(text, Sample(id="c14", question="Which is the most likely diagnosis?", answer="A",
                               answer_type=AnswerType.CHOICE, options=OPTIONS))
    return got.answer, got.status


@pytest.mark.parametrize(("text", "letter"), [
    ("Not A, but B.", "B"),
    ("Not A. B.", "B"),
    ("The answer is not A, it is B.", "B"),
    ("It is not C but D.", "D"),
    ("B, as opposed to A.", "B"),
    ("A, as opposed to C. The costophrenic angle is sharp.", "A"),
])
def test_a_letter_set_against_another_is_the_answer(text: str, letter: str) -> None:
    assert _read(text) == (letter, Status.SCORED)


@pytest.mark.parametrize("text", ["Not A or B.", "Not A.", "Not A, not B.", "The answer is not A."])
def test_letters_only_set_aside_choose_nothing(text: str) -> None:
    assert _read(text)[0] is None
