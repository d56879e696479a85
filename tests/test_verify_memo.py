"""The verifier's evidence memos are bounded in characters and let the oldest entries go first.

Why: they must reach back far enough to find a report asked about again many samples later, without
memory growing with the run (``verify/memo.py``)."""

from __future__ import annotations

from medstep.verify import Verifier
from medstep.verify.memo import CharBudgetMemo, bounded_put, owner_memo


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


def test_a_full_entry_bounded_memo_keeps_its_newest_entries_in_order() -> None:
    """``bounded_put`` on a memo that churns (a chain of new lines each sample): it never holds more than ``limit``
    entries, and what it holds are the newest, in the order they came (the oldest eighth leaves at once)."""
    values: dict[int, int] = {}
    for i in range(10_000):
        bounded_put(values, i, -i, 64)
        assert len(values) <= 64
    kept = list(values)
    assert kept == list(range(10_000 - len(kept), 10_000)) and len(kept) > 64 - 8 and values[9_999] == -9_999
    bounded_put(values, 9_999, 0, 64)  # a key held keeps its place
    assert list(values)[-1] == 9_999 and values[9_999] == 0


def test_an_owner_memo_is_an_entry_bounded_memo_of_the_whole_input() -> None:
    calls: list[str] = []

    class Owner:
        pass

    @owner_memo(3)
    def read(owner: Owner, text: str) -> int:
        calls.append(text)
        return len(text)

    owner = Owner()
    assert [read(owner, t) for t in ("a", "bb", "a", "ccc", "dddd", "a")] == [1, 2, 1, 3, 4, 1]
    assert calls == ["a", "bb", "ccc", "dddd", "a"]  # "a", the oldest, left for "dddd" (a hit does not refresh it)
