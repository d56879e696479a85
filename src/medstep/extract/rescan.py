"""Whether a pattern matches from a position up to a sentence's end, the sentence scanned once (issue #12, lane speed57).

Why: a reader that weighs every reference of a sentence asks, for each, whether a pattern occurs between a point
before the reference and the sentence's end (``affirmed_option``: a recalled past, a word of habit). In a long text
without sentence stops the end is the text's end, and each question scanned the rest of the text again: quadratic in
the references (about 3 s at 2,000 references). Here the scan of ``[base, end)`` is kept per pattern, text and end,
and a later question from ``start >= base`` is answered from it by bisect.

Exact: ``finditer(text, start, end)`` tries each position from ``start`` as the scan from ``base`` does (the same
string and end; lookbehinds and ``\\b`` see the text before ``start`` either way), so once no match of the kept scan
runs across ``start`` both yield the same matches from there. A question from before ``base``, or one whose start a
kept match runs across, is scanned directly, as are short stretches (no list is built for them).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from functools import lru_cache

# Stretches shorter than this are scanned directly: the kept scan pays only where a sentence is long.
_DIRECT = 1000
_KEPT = 16  # scans kept (patterns times texts times ends of one reading)


@dataclass(frozen=True)
class _Scan:
    """The matches of one pattern in ``[base, end)`` of one text, and which of them from each index on is good."""

    base: int
    starts: list[int]
    ends: list[int]
    good_from: list[bool]  # good_from[i]: some match at index i or later is accepted (one more entry: False)


_SCANS: OrderedDict[tuple[object, str, int, object], _Scan] = OrderedDict()


@lru_cache(maxsize=None)
def not_followed_by(tail: str) -> Callable[[re.Match[str]], bool]:
    """A ``good`` accepting a match the text does not go on with ``tail`` right after ("history" but not "history
    as"); one function per tail, so the scans kept for it are found again."""
    return lambda found: not found.string.startswith(tail, found.end())


def _any(pattern: re.Pattern[str], text: str, start: int, end: int, good: Callable[[re.Match[str]], bool] | None) -> bool:
    return any(good is None or good(found) for found in pattern.finditer(text, start, end))


def found_between(pattern: re.Pattern[str], text: str, start: int, end: int,
                  good: Callable[[re.Match[str]], bool] | None = None) -> bool:
    """Whether ``pattern.finditer(text, start, end)`` yields a match (one ``good`` accepts, when given): the same
    answer as that scan (module docstring). ``good`` must read only the text and the match."""
    if end - start < _DIRECT:
        return _any(pattern, text, start, end, good)
    key = (pattern, text, end, good)
    scan = _SCANS.get(key)
    if scan is None or start < scan.base:
        matches = list(pattern.finditer(text, start, end))
        if any(not found.group() for found in matches):
            return _any(pattern, text, start, end, good)  # (an empty match steps on by one: no sync to rely on)
        flags = [good is None or good(found) for found in matches]
        good_from = [False] * (len(flags) + 1)
        for i in range(len(flags) - 1, -1, -1):
            good_from[i] = flags[i] or good_from[i + 1]
        scan = _Scan(start, [f.start() for f in matches], [f.end() for f in matches], good_from)
        _SCANS[key] = scan
        if len(_SCANS) > _KEPT:
            _SCANS.popitem(last=False)
    else:
        _SCANS.move_to_end(key)
    i = bisect_left(scan.starts, start)
    if i and scan.ends[i - 1] > start:
        return _any(pattern, text, start, end, good)  # a kept match runs across the start: scanned afresh
    return scan.good_from[i]




class Overlaps:
    """Which spans overlap any of a fixed set of spans, by bisect (``any(n.start < end and start < n.end for n in
    spans)`` asked once per reference was quadratic in the references: issue #12)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach: list[int] = []  # the furthest end among the spans up to each index
        furthest = -1
        for _, e in ordered:
            furthest = max(furthest, e)
            self._reach.append(furthest)

    def any(self, start: int, end: int) -> bool:
        """Whether some span ``(s, e)`` has ``s < end`` and ``start < e``: of the spans starting before ``end``, the
        furthest end lies past ``start``."""
        i = bisect_left(self._starts, end)
        return i > 0 and self._reach[i - 1] > start


def next_start(starts: list[int], at: int, end: int) -> int:
    """The first of ``starts`` (ascending) at or after ``at``, or ``end`` when that is sooner or none is: ``min([s for s
    in starts if s >= at] + [end])`` by bisect."""
    i = bisect_left(starts, at)
    return min(starts[i], end) if i < len(starts) else end


def index_of(starts: list[int], at: int) -> int | None:
    """The index of the first of ``starts`` (ascending) equal to ``at``, None when none is."""
    i = bisect_left(starts, at)
    return i if i < len(starts) and starts[i] == at else None


_LAST: list[tuple[list[Any], list[int]]] = []  # the last list ``starts_of`` read, and its starts


def starts_of(spans: list[Any]) -> list[int]:
    """The ``start`` of each of ``spans`` (a list a reader asks of again and again, kept unchanged meanwhile), for
    ``next_start`` and ``index_of``: found again for the same list object, not rebuilt per question."""
    last = _LAST[0] if _LAST else None
    if last is not None and last[0] is spans and len(last[1]) == len(spans):
        return last[1]
    starts = [s.start for s in spans]
    _LAST[:] = [(spans, starts)]
    return starts


__all__ = ["starts_of", "Overlaps", "found_between", "index_of", "next_start", "not_followed_by"]
