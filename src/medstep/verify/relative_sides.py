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

import re
from collections.abc import Sequence
from dataclasses import replace

from medstep.lazyre import lazy_compile
from medstep.verify.findings import Finding

_CONTRA = ("contralateral", "opposite side", "other side")
_IPSI = ("ipsilateral", "same side")
_RELATIVE = lazy_compile(r"\b(?:(" + "|".join(_CONTRA) + ")|(" + "|".join(_IPSI) + r"))\b")
# a side word, a terse letter side ("Large L effusion", not "2 L"; the trigger table's ``short_attr`` rows), or the
# minor / horizontal fissure (right)
_SIDE = lazy_compile(r"\b(?:(left|(?<![\d.] )(?<![\d.])lt?(?![\w'/&]))|right|(?<![\d.] )(?<![\d.])rt?(?![\w'/&])|"
                     r"(?:minor|horizontal) fissure)\b")
_SENTENCE_END = lazy_compile(r"[.!?;\n](?=\s|$)")
_OTHER = {"left": "right", "right": "left"}


def names_relative(low: str, start: int, stop: re.Match[str] | None) -> bool:
    """Whether ``low`` names a side relative to another between ``start`` and ``stop`` (a match of the sentence's end;
    None: the text's end): "with an effusion on the other side" takes no side of a place label before it."""
    return _RELATIVE.search(low, start, len(low) if stop is None else stop.start()) is not None


def _sentence_starts(low: str) -> list[int]:
    return [0] + [m.end() for m in _SENTENCE_END.finditer(low)]


def resolve(text: str, findings: Sequence[Sequence[Finding]], offsets: Sequence[int]) -> list[list[Finding]] | None:
    """``findings`` per segment of ``text`` (segment k starts at ``offsets[k]``; spans are segment-relative) with
    relative sides resolved, or None when ``text`` names none (the common case: nothing is copied)."""
    low = text.lower()
    if not any(w in low for w in _CONTRA) and not any(w in low for w in _IPSI):
        return None  # (a match holds one of the words: "bilateral" and "left side" no longer cost a search)
    hits = list(_RELATIVE.finditer(low))
    if not hits:
        return None
    starts = _sentence_starts(low)
    out = [list(fs) for fs in findings]
    changed = False
    for m in hits:
        k = max(i for i, s in enumerate(starts) if s <= m.start())
        a = starts[k - 1] if k else 0  # the sentence before, and this one up to the word
        ref = None
        for s in _SIDE.finditer(low, a, m.start()):
            ref = "left" if s.group(1) else "right"
        if ref is None:
            continue
        side = _OTHER[ref] if m.group(1) else ref
        b = starts[k + 1] if k + 1 < len(starts) else len(low)
        best = None
        for si, fs in enumerate(out):
            off = offsets[si]
            for fi, f in enumerate(fs):
                pos = f.start + off
                if f.laterality is None and f.category == "finding" and f.source == "mention" and starts[k] <= pos < b:
                    d = abs(pos - m.start())
                    if best is None or d < best[0]:
                        best = (d, si, fi)
        if best is not None:
            _d, si, fi = best
            out[si][fi] = replace(out[si][fi], laterality=side)
            changed = True
    return out if changed else None
