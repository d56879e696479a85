"""A memo bounded by the characters of the texts behind its entries, oldest entries leaving first.

Why: a benchmark asks several questions of one report, not always next to each other, so the
verifier's evidence memos must reach back further than a few thousand entries to find a report
again; what an entry holds (findings, an evidence index, memoised verdicts) grows with its texts'
length, so the bound is in characters, not entries, and memory stays bounded whatever the length
of a benchmark's reports.
"""

from __future__ import annotations

from collections import deque
from typing import Callable, Generic, Hashable, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class CharBudgetMemo(Generic[K, V]):
    """``get``/``put`` over a dict, evicting the oldest entries once their weights pass ``budget``.

    ``weight(key)`` is the characters of text an entry was computed from (at least 1)."""

    def __init__(self, budget: int, weight: Callable[[K], int]) -> None:
        self.budget = budget
        self._weight = weight
        self.values: dict[K, V] = {}
        self._order: deque[K] = deque()
        self._chars = 0

    def get(self, key: K) -> V | None:
        return self.values.get(key)

    def put(self, key: K, value: V) -> V:
        """Store ``value`` under ``key``; a key already held keeps its place and its characters are not counted
        again (counting them twice would evict entries early and queue the key twice)."""
        if key in self.values:
            self.values[key] = value
            return value
        self._chars += self._weight(key)
        while self._chars > self.budget and self._order:
            oldest = self._order.popleft()
            del self.values[oldest]
            self._chars -= self._weight(oldest)
        self.values[key] = value
        self._order.append(key)
        return value

    def clear(self) -> None:
        self.values.clear()
        self._order.clear()
        self._chars = 0

    def __len__(self) -> int:
        return len(self.values)
