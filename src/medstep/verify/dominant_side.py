"""The words of a side being the larger of two ("larger / worse / more extensive on the right"), defined once.

``dominance.py`` reads which side of a two-sided finding is the larger from them; the clause scoper
(``scope.py``) asks ``side_dominant`` so that the side word of such a comparison is not given to the finding as
its side: "bilateral, fairly symmetric FLAIR hyperintensity, slightly more extensive on the right" is a bilateral
finding (vpara25: read right, against a terse chain's "Bilat ..., R > L"), "patchy consolidation, worse on the left"
names no side of its own. Kept apart from ``dominance.py``, which the scoper cannot import (it reads verdicts).

A side may also open the comparison, as its subject: "small bilateral effusions, the right slightly larger",
"bronchiectasis in both lower zones, right worse". The comparative there weighs one side against the other, not the
finding against an earlier study (``side_before_comparison``): read as a change, it made a faithful chain's effusions
"worsened" against a report whose effusions were new, and gave a chain change-without-prior against a report with no
earlier study (session 43, issue #8). "The right larger than before" still compares times.
"""

from __future__ import annotations

from medstep.lazyre import lazy_compile
from medstep.verify.scope_words import EARLIER_TIME

MORE = r"(?:larger|bigger|greater|worse|more(?:\s+\w+)?|most(?:\s+\w+)?|predominant(?:ly)?|mainly|mostly|chiefly|"\
       r"primarily|prominent|denser|heavier)"
LESS = r"(?:smaller|less(?:\s+\w+)?|lesser|milder)"
_DOMINANT_BEFORE = lazy_compile(rf"\b{MORE}\s+(?:on|in|at|over)\s+(?:the\s+)?$")


def side_dominant(low: str, start: int) -> bool:
    """Whether the side word at ``start`` (of lower-cased ``low``) ends a comparison naming the larger side."""
    return _DOMINANT_BEFORE.search(low, max(0, start - 40), start) is not None


# a side opening its chunk as the subject of a comparative right after it ("..., the right slightly larger", "(left
# worse)", "with the right side much bigger", " - the right worse - ": a dash the lower-cased text spaces), a degree
# word between
_SIDE_BEFORE = lazy_compile(r"(?:^|[,;(:\u2013\u2014]|\s{3}|\b(?:and|with|while|whereas))\s*(?:the\s+)?(?:left|right)(?:\s+side)?\s+"
                            r"(?:(?:is|being|was|looks|appears)\s+)?(?:(?:slightly|much|somewhat|a\s+little|a\s+bit|"
                            r"marginally|considerably|rather|far|mildly|also|a\s+touch)\s+)?$")
_COMPARATIVE = lazy_compile(rf"(?:{MORE}|{LESS})")


def side_before_comparison(low: str, start: int, end: int) -> bool:
    """Whether the change word ``low[start:end]`` is a comparative whose subject is a side opening its chunk ("the
    right slightly larger") and no earlier time follows it: a comparison of sides, not a change (module docstring)."""
    return _COMPARATIVE.fullmatch(low, start, end) is not None \
        and _SIDE_BEFORE.search(low, max(0, start - 48), start) is not None and EARLIER_TIME.match(low, end) is None


__all__ = ["LESS", "MORE", "side_before_comparison", "side_dominant"]
