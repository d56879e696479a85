"""The words of a side being the larger of two ("larger / worse / more extensive on the right"), defined once.

``dominance.py`` reads which side of a two-sided finding is the larger from them; the clause scoper
(``scope.py``) asks ``side_dominant`` so that the side word of such a comparison is not given to the finding as
its side: "bilateral, fairly symmetric FLAIR hyperintensity, slightly more extensive on the right" is a bilateral
finding (vpara25: read right, against a terse chain's "Bilat ..., R > L"), "patchy consolidation, worse on the left"
names no side of its own. Kept apart from ``dominance.py``, which the scoper cannot import (it reads verdicts).
"""

from __future__ import annotations

from medstep.lazyre import lazy_compile

MORE = r"(?:larger|bigger|greater|worse|more(?:\s+\w+)?|most(?:\s+\w+)?|predominant(?:ly)?|mainly|mostly|chiefly|"\
       r"primarily|prominent|denser|heavier)"
LESS = r"(?:smaller|less(?:\s+\w+)?|lesser|milder)"
_DOMINANT_BEFORE = lazy_compile(rf"\b{MORE}\s+(?:on|in|at|over)\s+(?:the\s+)?$")


def side_dominant(low: str, start: int) -> bool:
    """Whether the side word at ``start`` (of lower-cased ``low``) ends a comparison naming the larger side."""
    return _DOMINANT_BEFORE.search(low, max(0, start - 40), start) is not None


__all__ = ["LESS", "MORE", "side_dominant"]
