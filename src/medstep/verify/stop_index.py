"""A pattern's matches in one text, scanned once, answering "the last match before" and "the first match from" by
bisect (issue #12, lane speed57b).

Why: ``aligned_grades.graded_nouns`` asked, for every grade word of a report, for the last clause stop before it
(``finditer(low, 0, s)``: from the text's start each time) and the first after it (``search(low, e)``: to the text's
end when no stop follows): quadratic in the grade words of one long sentence (0.9 s at 30,000 characters).

Exact, not approximate (no verdict may move):

* ``finditer(text, pos, end)`` tries positions left to right as the whole-text scan does; an attempt at ``p`` reads
  the text from ``p - 1`` (a ``\\b``) to before ``p + reach`` only (``reach``: the caller's bound for its pattern), so an
  attempt with ``p + reach <= end`` succeeds or fails as in the whole-text scan. The scans agree up to the last kept
  match starting at or before ``end - reach``; the few positions after it are scanned directly, under ``end``.
* ``search(text, pos)`` (no end) is the whole-text scan's next match at or after ``pos``, unless a kept match runs
  across ``pos``: the positions it covers were never tried, and are tried one by one (``match``) first.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right


class StopIndex:
    """The matches of ``pattern`` (never empty) in ``text``, kept as starts and ends."""

    def __init__(self, pattern: re.Pattern[str], text: str, reach: int) -> None:
        self._pattern = pattern
        self._text = text
        self._reach = reach
        found = list(pattern.finditer(text))
        if any(not m.group() for m in found):
            raise ValueError("a pattern that matches empty: positions step on by one, the scans need not agree")
        self._starts = [m.start() for m in found]
        self._ends = [m.end() for m in found]

    def last_end_before(self, end: int) -> int:
        """``max([m.end() for m in pattern.finditer(text, 0, end)], default=0)`` (module docstring)."""
        safe = end - self._reach  # attempts at or before this position read nothing at or past ``end``
        i = bisect_right(self._starts, safe) if safe >= 0 else 0
        last = self._ends[i - 1] if i else 0
        for m in self._pattern.finditer(self._text, max(last, safe + 1, 0), end):
            last = m.end()
        return last

    def first_from(self, pos: int) -> int | None:
        """``pattern.search(text, pos)``'s start, None when it finds nothing (module docstring)."""
        i = bisect_left(self._starts, pos)
        if i and self._ends[i - 1] > pos:  # a kept match runs across ``pos``: its other positions were never tried
            for q in range(pos, self._ends[i - 1]):
                if self._pattern.match(self._text, q):
                    return q
        return self._starts[i] if i < len(self._starts) else None


class Within:
    """Which of a list of positions lie in ``[a, b)``, as their indices in the list's own order: ``[i for i, x in
    enumerate(positions) if a <= x < b]`` asked once per sentence was quadratic in the sentences of a long report
    (2,000 bullets: ``descriptors.read_descriptors``, ``device_changes.kept_changes``; issue #12). The order kept is
    the list's, not the positions': a reader downstream may depend on it."""

    def __init__(self, positions: list[int]) -> None:
        self._order = sorted(range(len(positions)), key=positions.__getitem__)
        self._sorted = [positions[i] for i in self._order]

    def indices(self, a: int, b: int) -> list[int]:
        """The indices of the positions in ``[a, b)``, ascending."""
        return sorted(self._order[bisect_left(self._sorted, a):bisect_left(self._sorted, b)])


__all__ = ["StopIndex", "Within"]
