"""Organs listed under one state: "The liver, spleen, pancreas and kidneys are unremarkable." (the concept reader,
``extract/findings.py``, gives a normal word to the organ nearest it; the organs joined to that one by commas and
"and" only share it), and one organ labelled on two lines. Kept apart to keep ``findings.py`` under its size limit.
"""

from __future__ import annotations

import re

from medstep.answers.concepts import Mention, normalize
from medstep.lazyre import lazy_compile

# What joins the organs of one list ("the liver, spleen and both kidneys", "kidneys, ureters and bladder").
_JOINED = lazy_compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+|both\s+)?$")


def coordinated(organs: list[Mention], organ: Mention, low: str) -> list[Mention]:
    """``organ`` and the organs listed with it, one state said of them all: each neighbour joined by a comma or
    "and" only ("the liver, spleen, pancreas and kidneys")."""
    ordered = sorted(organs, key=lambda o: o.start)
    k = ordered.index(organ)
    lo = hi = k
    while lo > 0 and _JOINED.match(low[ordered[lo - 1].end:ordered[lo].start]):
        lo -= 1
    while hi + 1 < len(ordered) and _JOINED.match(low[ordered[hi].end:ordered[hi + 1].start]):
        hi += 1
    return ordered[lo:hi + 1]


def relabelled(sentences: list[str], label: re.Pattern[str]) -> bool:
    """Whether two sentences open with the same label (``label``'s second group: "Liver: unremarkable. Liver: coarse
    echotexture ..." leaves open which line holds the organ's state)."""
    labels = [normalize(m.group(2)) for m in map(label.match, sentences) if m is not None]
    return len(labels) != len(set(labels))


__all__ = ["coordinated", "relabelled"]
