"""The closed precision round (closedw11)'s cases (``support/closedw11_cases.py``): each reads out as a human would."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import NO_ANSWER
from support.closedw11_cases import CLOSEDW11_CASES


@pytest.mark.parametrize("case", CLOSEDW11_CASES, ids=[c.id for c in CLOSEDW11_CASES])
def test_closedw11_case(case) -> None:
    got = extract(case.text, case.sample, server_reasoning=case.server_reasoning)
    assert (got.answer, got.rule) == (case.answer, case.rule)
    assert (got.answer is None) == (got.rule in {s.value for s in NO_ANSWER})


def test_closedw11_ids_unique() -> None:
    assert len({c.id for c in CLOSEDW11_CASES}) == len(CLOSEDW11_CASES)
