"""The verifier's evidence memos are bounded in characters and let the oldest entries go first.

Why: they must reach back far enough to find a report asked about again many samples later, without
memory growing with the run (``verify/memo.py``)."""

from __future__ import annotations

from medstep.verify import Verifier
from medstep.verify.memo import CharBudgetMemo


def test_oldest_entries_leave_once_the_budget_is_passed() -> None:
    memo: CharBudgetMemo[str, int] = CharBudgetMemo(10, len)
    memo.put("abcd", 1)
    memo.put("efgh", 2)
    assert memo.get("abcd") == 1
    memo.put("ijkl", 3)  # 12 characters: the oldest leaves, whatever was read since
    assert memo.get("abcd") is None and memo.get("efgh") == 2 and memo.get("ijkl") == 3
    assert len(memo) == 2


def test_a_key_put_again_is_counted_once() -> None:
    memo: CharBudgetMemo[str, int] = CharBudgetMemo(10, len)
    memo.put("abcd", 1)
    memo.put("abcd", 2)  # 4 characters held, not 8
    memo.put("efgh", 3)
    assert memo.get("abcd") == 2 and memo.get("efgh") == 3
    memo.put("ijkl", 4)  # 12 characters: "abcd" leaves once, and only it
    assert memo.get("abcd") is None and memo.get("efgh") == 3 and memo.get("ijkl") == 4
    assert len(memo) == 2


def test_a_report_seen_thousands_of_samples_earlier_is_still_memoised() -> None:
    v = Verifier()
    report = "Small left pleural effusion. The heart size is normal."
    v.verify("There is a left effusion.", report=report)
    for k in range(5000):  # other samples' reports in between (more than the old 4,096-entry limit)
        v.verify("The lungs are clear.", report=f"Case {k}: no pneumothorax.")
    first = v._cache.get(report)
    assert first is not None
    v.verify("There is a left effusion.", report=report)
    assert v._cache.get(report) is first
