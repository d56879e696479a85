"""Where the last of some marks stands before a position (``max(text.rfind(c, 0, pos) for c in chars)``), or the first
after it, read in time that does not grow with the distance.

Why this exists (issue #12): the verifier asks this of one text at every trigger or side of it ("is the trigger inside
an open bracket?", "where does the sentence of this side open?"). ``str.rfind`` scans back to the nearest mark, and on a
text without one (a long reply with no brackets, a list with no full stops) every call scanned back to the text's start:
quadratic in the text ("too fast for " * 6,000: 0.9 s of ``rfind`` alone). The answer is looked for near ``pos`` first
(the usual case: a mark a few words back), and only past that window is it read from the positions of the marks in the
text, listed once per text and kept for the few texts read last (a scoping loop asks of the same string again and
again: the identity of the string object is the key, so a string kept here can never be mistaken for a new one).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import TypeVar, cast

_NEAR = 256  # characters looked at directly before the positions are listed
_KEPT = 8  # texts whose mark positions are kept
_recent: tuple[tuple[str, str, object], ...] = ()
T = TypeVar("T")


def per_text(text: str, key: str, build: Callable[[str], T]) -> T:
    """``build(text)``, kept for the few texts read last under ``key`` (the text object's identity: see above)."""
    global _recent
    for kept, name, value in _recent:
        if kept is text and name == key:
            return cast(T, value)
    value = build(text)
    _recent = ((text, key, value), *_recent[:_KEPT - 1])
    return value


def _positions(text: str, chars: str) -> list[int]:
    """The positions of ``chars`` in ``text``, in order (kept for the texts read last)."""
    return per_text(text, chars, lambda t: [m.start() for m in re.finditer("[" + re.escape(chars) + "]", t)])


def last_of(text: str, chars: str, pos: int) -> int:
    """``max(text.rfind(c, 0, pos) for c in chars)`` (``chars``: single characters; ``pos`` as ``rfind``'s end,
    negative counted from the end): the last of those marks before ``pos``, -1 when none."""
    n = len(text)
    end = min(max(pos + n if pos < 0 else pos, 0), n)
    lo = end - _NEAR
    if lo <= 0:
        return max(text.rfind(c, 0, end) for c in chars)
    near = max(text.rfind(c, lo, end) for c in chars)
    if near >= 0:
        return near
    at = _positions(text, chars)
    k = bisect_left(at, lo) - 1  # none in [lo, end): the last one before lo
    return at[k] if k >= 0 else -1


def next_of(text: str, chars: str, pos: int) -> int:
    """``min(i for i in (text.find(c, pos) for c in chars) if i >= 0)``, -1 when none (``pos`` >= 0): the first of
    those marks at or after ``pos``."""
    near = [i for i in (text.find(c, pos, pos + _NEAR) for c in chars) if i >= 0]
    if near:
        return min(near)
    if pos + _NEAR >= len(text):
        return -1
    at = _positions(text, chars)
    k = bisect_left(at, pos + _NEAR)
    return at[k] if k < len(at) else -1
