"""Two values of the asked kind, the second offered in place of the first, answer nothing (extract/open_between.py)."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _read(text: str, question: str) -> tuple[str | None, str]:
    got = extract(text, Sample(id="b", question=question, answer="9 mm", answer_type=AnswerType.OPEN))
    return got.answer, got.status.value


@pytest.mark.parametrize("text, question", [
    ("I'd guess 9 mm, maybe 12 mm.", "How large is the nodule?"),
    ("Either 35% or 45%, hard to say.", "What is the ejection fraction?"),
    ("It might be two, but it could equally be three.", "How many cysts are there?"),
    ("Around 9 mm or perhaps 1.2 cm across.", "What is the size of the nodule?"),
])
def test_a_second_value_offered_in_place_of_the_first_is_ambiguous(text: str, question: str) -> None:
    assert _read(text, question) == (None, "ambiguous")


@pytest.mark.parametrize("text, question", [
    ("The nodule measures 9 mm. The other one, possibly a lymph node, measures 12 mm.", "How large is the nodule?"),
    ("Three (possibly four).", "How many ribs are fractured?"),  # a bracketed hedge after a pick
    ("The nodule measures 9 mm, unchanged from 9 mm before.", "How large is the nodule?"),  # the same value twice
])
def test_values_said_apart_repeated_or_bracketed_are_not_weighed(text: str, question: str) -> None:
    assert _read(text, question)[1] != "ambiguous"


def test_a_question_asking_no_number_weighs_no_values() -> None:
    from medstep.extract.open_between import weighs_two

    assert weighs_two("I'd guess 9 mm, maybe 12 mm.", "How large is the nodule?")
    assert not weighs_two("I'd guess 9 mm, maybe 12 mm.", "What is the diagnosis?")
