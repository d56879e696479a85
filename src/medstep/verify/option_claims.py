"""What is left of an option heading's clauses once its claims are dropped (``option_heads``, ``explained_echo``).

Why a module of its own: the heading readers of ``option_heads`` grew past the size a module keeps; these two readings
need no scanner or vocabulary: whether a denial belongs to its own comma piece, and the clauses recounted after
claims were dropped (a clause left with no claim is shown as an option listing, so it counts as no observation).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from medstep.verify.findings import Finding
from medstep.verify.roles import SentenceRole

__all__ = ["denies_here", "unclaimed"]


def denies_here(rest: str, at: int, trigger: str) -> bool:
    """Whether a denial read at offset ``at`` of ``rest`` (certainty set aside) has its ``trigger`` in its own comma
    piece: a denial the reader spread over a comma from an earlier piece ("no doubt about it, a pleural line is seen",
    "rather than a skin fold, a true pleural line") denies nothing there. An empty ``rest`` or trigger keeps it."""
    if not rest or not trigger:
        return True
    lo = rest.rfind(",", 0, at) + 1
    hi = rest.find(",", at)
    piece = rest[lo : hi if hi >= 0 else len(rest)]
    return re.search(r"(?i)\b" + re.escape(trigger) + r"\b", piece) is not None


def unclaimed(clauses: Sequence, kept: Sequence[Finding], gone: Sequence[int], marks: Sequence[int]) -> list:
    """``clauses`` recounted after their findings starting at ``gone`` (sorted) were dropped, and those holding one of
    ``marks`` (a heading's start): a clause left with no claim is shown as an option listing."""
    out = []
    for c in clauses:
        g = bisect_left(gone, c[0])
        if not (g < len(gone) and gone[g] < c[1]) and not any(c[0] <= m < c[1] for m in marks):
            out.append(c)
            continue
        left = sum(1 for f in kept if c[0] <= f.start < c[1])
        out.append((c[0], c[1], c[2] if left else SentenceRole.OPTION_LISTING, left, c[4]))
    return out
