"""The closed recall round (session 12)'s cases (``support/closedr12_cases.py``): each reads out as a human would."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import NO_ANSWER
from support.closedr12_cases import CLOSEDR12_CASES


@pytest.mark.parametrize("case", CLOSEDR12_CASES, ids=[c.id for c in CLOSEDR12_CASES])
def test_closedr12_case(case) -> None:
    got = extract(case.text, case.sample, server_reasoning=case.server_reasoning)
    assert (got.answer, got.rule) == (case.answer, case.rule)
    assert (got.answer is None) == (got.rule in {s.value for s in NO_ANSWER})


def test_closedr12_ids_unique() -> None:
    assert len({c.id for c in CLOSEDR12_CASES}) == len(CLOSEDR12_CASES)
