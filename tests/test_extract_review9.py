"""The session 9 review's cases (``support/review9_cases.py``): each reads out as a human would, or not at all."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from support.review9_cases import REVIEW9_CASES


@pytest.mark.parametrize("case", REVIEW9_CASES, ids=[c.id for c in REVIEW9_CASES])
def test_review9_case(case) -> None:
    got = extract(case.text, case.sample, server_reasoning=case.server_reasoning)
    assert (got.answer, got.rule) == (case.answer, case.rule)
