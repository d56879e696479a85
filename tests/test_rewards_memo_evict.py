"""The reward functions' shared memo (``rewards/memo.py``) stays bounded when full, dropping its oldest entries a batch
at a time through ``verify.memo.bounded_put`` (vfast41b), and a hit is never computed again."""

from __future__ import annotations

from medstep.rewards.memo import _Memo


def test_a_full_memo_stays_bounded_and_keeps_the_newest() -> None:
    memo = _Memo(limit=16)
    calls: list[int] = []
    for k in range(100):
        assert memo.get(k, lambda k=k: calls.append(k) or k * 2) == k * 2
    assert len(memo.values) <= 16
    assert 99 in memo.values and 0 not in memo.values
    assert memo.get(99, lambda: -1) == 198  # (a hit: not computed again)
    assert calls == list(range(100))
