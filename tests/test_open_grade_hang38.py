"""A long hostile answer holding its gold at every other word is graded, not hung (session 38, lane hang38).

``grade_open("左侧" * 10000, "左")`` ran for more than five minutes: the ``contained`` rung judged every word once per
place the gold stands and read the gold's noun phrase at each (``score/open_contain.py``, ``score/open_narrow.py``).
The bound below is a hang guard only, twenty times what the grader takes; the timings are
``benchmarks/bench_open_grade_worst.py``'s.
"""

from __future__ import annotations

import time

import pytest

from medstep.score.open_grade import MatchStep, grade_open, match_step

HOSTILE = [
    ("左侧" * 10000, "左"),
    ("pneumonia " * 2000, "pneumonia"),
    ("pneumonia within " * 1200 + "pneumonia", "pneumonia"),
    ("the right lung shows a pleural line with absent markings and " * 330, "pleural line"),
    (" ".join(f"{k % 97} cm" for k in range(3400)), "3 cm"),
]


@pytest.mark.parametrize(("answer", "gold"), HOSTILE, ids=["zh", "en", "linked", "sentence", "numbers"])
def test_long_hostile_answer_is_graded_without_hanging(answer: str, gold: str) -> None:
    grade_open("warm", "warm")  # the vocabulary loads once, outside the bound
    start = time.process_time()
    grade = grade_open(answer, gold)
    assert time.process_time() - start < 20.0
    assert not grade.matched  # the gold said thousands of times beside other words is no clean answer


def test_the_gold_named_once_in_a_long_noun_phrase_still_narrows() -> None:
    """The last place of a repeated gold may still be narrowed by everything before it: the spans that skip a place
    without reading its noun phrase must not skip this one."""
    assert match_step("right lower lobe pneumonia", "pneumonia") is MatchStep.NARROWER
    assert match_step("pneumonia in the right lower lobe", "pneumonia") is MatchStep.NARROWER
    assert match_step("base of the fifth metatarsal", "fifth metatarsal") is MatchStep.NARROWER
    assert match_step("the mass measures about 3 cm", "3 cm", "How large is the mass?") is MatchStep.CONTAINED


def test_a_long_answer_naming_a_side_at_every_other_word_is_graded_without_hanging() -> None:
    """The ``typed`` rung read the places of the whole answer once per side it names (``score/open_typed.py``)."""
    grade_open("warm", "warm", "Which lung is affected?")
    start = time.process_time()
    grade = grade_open("right lung left lung " * 1000, "left", "Which lung is affected?")
    assert time.process_time() - start < 20.0
    assert not grade.matched  # both sides named: no one side answered
