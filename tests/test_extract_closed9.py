"""The sixth closed-question round's cases (``support/closed9_cases.py``): each reads out as a human would."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import NO_ANSWER
from support.closed9_cases import CLOSED9_CASES


@pytest.mark.parametrize("case", CLOSED9_CASES, ids=[c.id for c in CLOSED9_CASES])
def test_closed9_case(case) -> None:
    got = extract(case.text, case.sample, server_reasoning=case.server_reasoning)
    assert (got.answer, got.rule) == (case.answer, case.rule)
    assert (got.answer is None) == (got.rule in {s.value for s in NO_ANSWER})


def test_closed9_ids_unique() -> None:
    assert len({c.id for c in CLOSED9_CASES}) == len(CLOSED9_CASES)
