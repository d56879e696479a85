"""Sides named relative to another: "contralateral", "ipsilateral", "the opposite side", "the same side".

"Large left pneumothorax. The mediastinum is shifted to the contralateral side." shifts it to the right, and
"The trachea is pushed to the contralateral side" after "a dense opacity in the right upper zone. The horizontal
fissure is elevated." pushes it to the left (one-error dev 3, P10 and P11). The lexicon reads no side there,
so a chain that turned "shifted to the right, away from it" into "shifted to the ipsilateral side" was judged
on an unsided shift. Here the side is resolved from the side named last before the relative word, in its own
sentence or the one before (a side word, or the minor / horizontal fissure, which is always on the right), and
given to the nearest unsided finding of the relative word's sentence. No side named there: nothing is resolved.

"the contralateral lung is clear" keeps its own reading (``scope_words.other_side_before``): it names no
finding. This runs over one text (the chain, the report, one reference step), after the extractor, since
the side it needs may lie in the step before.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace

from medstep.answers import hedges
from medstep.answers.concepts import OTHER_SIDE
from medstep.lazyre import lazy_compile
from medstep.textmarks import per_text
from medstep.verify.findings import Finding

# the other of the pair (``answers/hedges.OTHER_OF_PAIR``): "contralateral" names a side itself, the others with "side"
_CONTRA = tuple(w if w.endswith("lateral") else f"{w} side" for w in hedges.OTHER_OF_PAIR)
_IPSI = ("ipsilateral", "same side")
_RELATIVE = lazy_compile(r"\b(?:(" + "|".join(_CONTRA) + ")|(" + "|".join(_IPSI) + r"))\b")
# a side word, a terse letter side ("Large L effusion", not "2 L"; the trigger table's ``short_attr`` rows), or the
# minor / horizontal fissure (right)
_SIDE = lazy_compile(r"\b(?:(left|(?<![\d.] )(?<![\d.])lt?(?![\w'/&]))|right|(?<![\d.] )(?<![\d.])rt?(?![\w'/&])|"
                     r"(?:minor|horizontal) fissure)\b")
_SENTENCE_END = lazy_compile(r"[.!?;\n](?=\s|$)")
_OTHER = OTHER_SIDE  # (``answers/concepts.OTHER_SIDE``)


_LONGEST = max(len(w) for w in (*_CONTRA, *_IPSI))


def names_relative(low: str, start: int, end: int) -> bool:
    """Whether ``low`` names a side relative to another between ``start`` and ``end`` (the sentence's end; -1: the
    text's): "with an effusion on the other side" takes no side of a place label before it.

    A long span is read from the relative words of the whole text (listed once per text, ``textmarks.per_text``): each
    place label searched on to its sentence's end, a text of labels and no full stop ("Left base: " * 2,000) cost
    the labels times the text (issue #12). The same answer: a match of the whole text inside the span is one of the
    span, and a match of the span alone that the whole text lacks ends at the span's end ("other side|s"), so the
    last words of the span are searched as the span is."""
    if end < 0:
        end = len(low)
    if end - start <= 4 * _LONGEST:
        return _RELATIVE.search(low, start, end) is not None
    found = per_text(low, "relative_sides", lambda t: [m.span() for m in _RELATIVE.finditer(t)])
    k = bisect_left(found, (start, -1))
    return (k < len(found) and found[k][1] <= end) or _RELATIVE.search(low, end - _LONGEST, end) is not None


def _sentence_starts(low: str) -> list[int]:
    return [0] + [m.end() for m in _SENTENCE_END.finditer(low)]


class _Unsided:
    """The unsided findings a relative word may give its side to, by position in the text, each taken at most once.

    Why: each relative word looked at every finding of the text, and each finding given a side leaves the pool, so
    a text of many relative words and findings ("left effusion on the other side" * 1000) cost their product. Here
    the positions are sorted once and a taken position is skipped by pointers that jump over runs of taken ones."""

    def __init__(self, out: list[list[Finding]], offsets: Sequence[int]) -> None:
        groups: dict[int, list[tuple[int, int]]] = {}
        for si, fs in enumerate(out):
            for fi, f in enumerate(fs):
                if f.laterality is None and f.category == "finding" and f.source == "mention":
                    groups.setdefault(f.start + offsets[si], []).append((si, fi))  # (in the order of the segments)
        self.pos = sorted(groups)
        self.groups = [groups[p] for p in self.pos]  # each position's findings not yet taken, first first
        n = len(self.pos)
        self._left = [i - 1 for i in range(n)]  # read once a position is taken: towards the free one on its side
        self._right = [i + 1 for i in range(n)]

    def _free(self, jump: list[int], i: int) -> int:
        """The free position nearest ``i`` (``i`` itself included) along ``jump``; -1 or n: none. The taken positions
        passed on the way now point straight at it (positions are only ever taken, so they stay right)."""
        path = []
        while 0 <= i < len(self.pos) and not self.groups[i]:
            path.append(i)
            i = jump[i]
        for j in path:
            jump[j] = i
        return i

    def take_nearest(self, at: int, lo: int, hi: int) -> tuple[int, int] | None:
        """The free finding nearest ``at`` with its position in ``[lo, hi)`` (of equal distances, the first in the order
        of the segments and their findings), now taken; None when there is none."""
        r = bisect_left(self.pos, at)
        left, right = self._free(self._left, r - 1), self._free(self._right, r)
        cands = []
        if left >= 0 and self.pos[left] >= lo:
            cands.append((at - self.pos[left], self.groups[left][0], left))
        if right < len(self.pos) and self.pos[right] < hi:
            cands.append((self.pos[right] - at, self.groups[right][0], right))
        if not cands:
            return None
        _d, found, i = min(cands)
        self.groups[i].pop(0)
        return found


def resolve(text: str, findings: Sequence[Sequence[Finding]], offsets: Sequence[int]) -> list[list[Finding]] | None:
    """``findings`` per segment of ``text`` (segment k starts at ``offsets[k]``; spans are segment-relative) with
    relative sides resolved, or None when ``text`` names none (the common case: nothing is copied).

    Each lookup is by bisection over positions read once (the sentence starts, the side words, the unsided
    findings: ``_Unsided``), for a scan of the text and of all findings per relative word was quadratic. A side word
    never runs into a relative word nor across a sentence start, so the side matches of the whole text before the
    word are those a search between the sentence before and the word finds."""
    low = text.lower()
    if not any(w in low for w in _CONTRA) and not any(w in low for w in _IPSI):
        return None  # (a match holds one of the words: "bilateral" and "left side" no longer cost a search)
    hits = list(_RELATIVE.finditer(low))
    if not hits:
        return None
    starts = _sentence_starts(low)
    sides = [(s.start(), "left" if s.group(1) else "right") for s in _SIDE.finditer(low)]
    side_starts = [s for s, _ in sides]
    out = [list(fs) for fs in findings]
    pool = _Unsided(out, offsets)
    changed = False
    for m in hits:
        k = bisect_right(starts, m.start()) - 1
        a = starts[k - 1] if k else 0  # the sentence before, and this one up to the word
        j = bisect_left(side_starts, m.start()) - 1  # the last side word before the relative word
        if j < 0 or side_starts[j] < a:
            continue
        ref = sides[j][1]
        side = _OTHER[ref] if m.group(1) else ref
        b = starts[k + 1] if k + 1 < len(starts) else len(low)
        best = pool.take_nearest(m.start(), starts[k], b)
        if best is not None:
            si, fi = best
            out[si][fi] = replace(out[si][fi], laterality=side)
            changed = True
    return out if changed else None
