"""The seventh closed-question round's cases (``support/closed10_cases.py``): each reads out as a human would."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import NO_ANSWER
from support.closed10_cases import CLOSED10_CASES


@pytest.mark.parametrize("case", CLOSED10_CASES, ids=[c.id for c in CLOSED10_CASES])
def test_closed10_case(case) -> None:
    got = extract(case.text, case.sample, server_reasoning=case.server_reasoning)
    assert (got.answer, got.rule) == (case.answer, case.rule)
    assert (got.answer is None) == (got.rule in {s.value for s in NO_ANSWER})


def test_closed10_ids_unique() -> None:
    assert len({c.id for c in CLOSED10_CASES}) == len(CLOSED10_CASES)
