"""The closed recall round's cases (``support/closedr11_cases.py``): each reads out as a human would."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import NO_ANSWER
from support.closedr11_cases import CLOSEDR11_CASES


@pytest.mark.parametrize("case", CLOSEDR11_CASES, ids=[c.id for c in CLOSEDR11_CASES])
def test_closedr11_case(case) -> None:
    got = extract(case.text, case.sample, server_reasoning=case.server_reasoning)
    assert (got.answer, got.rule) == (case.answer, case.rule)
    assert (got.answer is None) == (got.rule in {s.value for s in NO_ANSWER})


def test_closedr11_ids_unique() -> None:
    assert len({c.id for c in CLOSEDR11_CASES}) == len(CLOSEDR11_CASES)
