"""Session 58 lane speed58b (issue #12): a step's asserted spans memoised on its text and clauses.

The memo must be exact: its key holds everything ``asserted_spans`` reads (the step's text and clause tuples), so a
hit gives what a fresh reading gives, and two steps of one text read with other clauses (other roles) are told apart.
"""

from __future__ import annotations

from medstep.verify import default_verifier
from medstep.verify import aligned_denials
from medstep.verify.aligned_denials import _asserted_spans, asserted_spans
from medstep.verify.results import StepVerdict
from medstep.verify.roles import SentenceRole
from medstep.verify.verdicts import Verdict

OBS, NEG, HEDGE = SentenceRole.OBSERVATION, SentenceRole.NEGATED, SentenceRole.HEDGED
TEXT = "There is a small left effusion; no pneumothorax; ASPECTS is 3."


def _step(clauses: tuple | list, text: str = TEXT) -> StepVerdict:
    return StepVerdict(1, text, (), (), Verdict.NEUTRAL, False, OBS, clauses)  # type: ignore[arg-type]


def test_asserted_spans_exact_spans() -> None:
    s = _step(((0, 30, OBS, 1, 1), (31, 47, NEG, 1, 1)))
    # (spans trimmed of spaces) the last asserted sentence stretches over the clause without a lexicon word after it
    assert asserted_spans(s) == ((0, 32), (32, len(TEXT)))
    assert asserted_spans(s) == _asserted_spans(s)


def test_memo_hit_equals_fresh_reading() -> None:
    aligned_denials._ASSERTED_MEMO.clear()
    s = _step(((0, 30, OBS, 1, 1), (31, 47, NEG, 1, 1)))
    first = asserted_spans(s)
    assert len(aligned_denials._ASSERTED_MEMO) == 1
    again = asserted_spans(_step(((0, 30, OBS, 1, 1), (31, 47, NEG, 1, 1))))  # another step, same text and clauses
    assert again is first
    assert again == _asserted_spans(s)


def test_same_text_other_roles_not_confused() -> None:
    """Near miss: one text, its first clause hedged in one reading: the hedged clause asserts nothing."""
    aligned_denials._ASSERTED_MEMO.clear()
    firm = _step(((0, 30, OBS, 1, 1), (31, 47, NEG, 1, 1)))
    hedged = _step(((0, 30, HEDGE, 1, 1), (31, 47, NEG, 1, 1)))
    assert asserted_spans(firm) == ((0, 32), (32, len(TEXT)))
    assert asserted_spans(hedged) == ((32, len(TEXT)),)
    assert asserted_spans(firm) == ((0, 32), (32, len(TEXT)))


def test_same_clauses_other_text_not_confused() -> None:
    """Near miss: the same clause spans in a longer text stretch to that text's end."""
    aligned_denials._ASSERTED_MEMO.clear()
    clauses = ((0, 30, OBS, 1, 1),)
    longer = TEXT + " Stable."
    assert asserted_spans(_step(clauses)) == ((0, len(TEXT)),)
    assert asserted_spans(_step(clauses, longer)) == ((0, len(longer)),)


def test_list_clauses_read_unmemoised() -> None:
    aligned_denials._ASSERTED_MEMO.clear()
    s = _step([[0, 30, OBS, 1, 1]])
    assert asserted_spans(s) == ((0, len(TEXT)),)
    assert not aligned_denials._ASSERTED_MEMO


def test_verify_same_result_with_memo_warm() -> None:
    """A chain verified with the memo cold and warm gives the same result, verdicts and rules included."""
    v = default_verifier()
    chain = "1. The effusion is on the right side.\n2. There is no pneumothorax.\n3. Heart size is normal."
    report = "Small left pleural effusion. No pneumothorax. Normal heart size."
    aligned_denials._ASSERTED_MEMO.clear()
    cold = v.verify(chain, report=report).to_json()
    warm = v.verify(chain, report=report).to_json()
    assert cold == warm
    assert [s["verdict"] for s in cold["steps"]] == [s["verdict"] for s in warm["steps"]]
