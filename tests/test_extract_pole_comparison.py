"""A comparison's referent ends at a turn or a joined clause, which may state the other pole (review12)."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

Q = "Is the lesion hyperdense?"


@pytest.mark.parametrize("text", [
    "The lesion is hypodense compared with muscle but hyperdense to fluid.",
    "The lesion is hypodense relative to muscle and hyperdense relative to fluid.",
])
def test_both_poles_after_a_comparison_read_nothing(text: str) -> None:
    got = extract(text, Sample(id="t", question=Q, answer="yes", answer_type=AnswerType.CLOSED))
    assert got.answer is None, got.rule


def test_one_pole_with_its_comparison_is_still_read() -> None:
    got = extract("The lesion is hypodense compared with muscle.",
                  Sample(id="t", question=Q, answer="yes", answer_type=AnswerType.CLOSED))
    assert got.answer == "no"
