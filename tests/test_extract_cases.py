"""The hand-written case table: every realistic output reads out as a human would."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import NO_ANSWER
from support.choice_cases import FIELD_CASES, LAST_MENTION_CASES, OPTION_WORD_CASES, TALLY_CASES
from support.choice8_cases import (
    FORM_CASES, INITIALS_CASES, MARKUP_CASES, ODD_ONE_CASES, PRECISION_CASES, REVIEW8_CASES, TABLE_VERDICT_CASES,
)
from support.closed4_cases import OPEN_CASES
from support.closed_cases import CLOSED_CASES
from support.extract_cases import CASES as _CASES

CASES = (_CASES + CLOSED_CASES + LAST_MENTION_CASES + OPTION_WORD_CASES + FIELD_CASES + TALLY_CASES + OPEN_CASES
         + MARKUP_CASES + FORM_CASES + INITIALS_CASES + ODD_ONE_CASES + TABLE_VERDICT_CASES
         + PRECISION_CASES + REVIEW8_CASES)


def test_table_is_large_and_ids_unique() -> None:
    assert len(CASES) >= 60
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case(case) -> None:
    got = extract(case.text, case.sample, server_reasoning=case.server_reasoning)
    assert (got.answer, got.rule) == (case.answer, case.rule)
    # The documented invariant: no answer exactly when the rule names a no-answer status.
    assert (got.answer is None) == (got.rule in {s.value for s in NO_ANSWER})
