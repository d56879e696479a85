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
from medstep.verify.scope_words import EARLIER_TIME, EARLIER_WORDS

MORE = r"(?:larger|bigger|greater|worse|more(?:\s+\w+)?|most(?:\s+\w+)?|predominant(?:ly)?|mainly|mostly|chiefly|"\
       r"primarily|prominent|denser|heavier)"
LESS = r"(?:smaller|less(?:\s+\w+)?|lesser|milder)"
_DOMINANT_BEFORE = lazy_compile(rf"\b{MORE}\s+(?:on|in|at|over)\s+(?:the\s+)?$")


# a side opening its chunk as the subject of a comparative right after it ("..., the right slightly larger", "(left
# worse)", "with the right side much bigger", " - the right worse - ": a dash the lower-cased text spaces), a degree
# word between
_DEGREE = r"(?:(?:slightly|much|somewhat|a\s+little|a\s+bit|marginally|considerably|rather|far|mildly|also|" \
          r"a\s+touch)\s+)?"
_SIDE_BEFORE = lazy_compile(r"(?:^|[,;(:\u2013\u2014]|\s{3}|\b(?:and|with|while|whereas))\s*(?:the\s+)?(?:left|right)(?:\s+side)?\s+"
                            r"(?:(?:is|being|was|looks|appears)\s+)?" + _DEGREE + "$")
# a side the other side follows as its yardstick ("volume loss, right greater than left", "left more than right"): the
# larger side of a finding on both; and the side of the largest of several ("bullae at the apices, the largest in the
# right apex"): one instance's side, with no noun of its own after the superlative (session 45, issue #8: read as the
# finding's side, a faithful chain's "both upper lobes" and "bilateral apical bullae" met a side conflict)
_DOMINANT_AFTER = lazy_compile(r"(?:left|right)(?:\s+side)?\s+(?:(?:is|being|was)\s+)?" + _DEGREE + MORE
                               + r"\s+than\s+(?:on\s+|in\s+)?(?:the\s+)?(?:left|right|other|contralateral)\b")
_LARGEST_BEFORE = lazy_compile(r"\b(?:largest|biggest|dominant|worst)(?:\s+one)?(?:\s+(?:measuring\s+)?(?:about\s+)?"
                               r"\d+(?:\.\d+)?\s*(?:mm|cm))?\s+(?:(?:is|being|lies|lying|sits)\s+)?"
                               r"(?:in|on|at|over|within)\s+(?:the\s+)?$")


# (review of medi45: dropped outright, the side of "effusions, right greater than left" or "nodules, the largest in
# the right upper lobe" left a chain's finding sideless, and a report's one-sided finding no longer caught it: 12 of
# 12 hostile side probes lost.) A side that a comparison with the other side opens makes the finding bilateral, and
# so does the side of the largest where the finding's own words already spread it over both sides ("bullae at the
# apices, the largest on the left": a paired part in the plural, "both", "bilateral"; ``side_both``); otherwise the
# largest's side is the one side named, as before.
_SPREAD = lazy_compile(r"\b(?:both|bilateral(?:ly)?|bi(?:basal|basilar|apical|hilar)|apices|bases|hila|hemithoraces|"
                       r"(?:upper|lower|mid|middle)\s+(?:lobes|zones)|sides)\b")


def side_dominant(low: str, start: int) -> bool:
    """Whether the side word at ``start`` (of lower-cased ``low``) ends a comparison naming the larger side."""
    return _DOMINANT_BEFORE.search(low, max(0, start - 40), start) is not None


def side_both(low: str, start: int) -> bool:
    """Whether the side word at ``start`` opens a comparison with the other side ("right greater than left") or names
    the largest of several that its sentence already spreads over both sides: the finding is on both sides (above)."""
    if _DOMINANT_AFTER.match(low, start, start + 60) is not None:
        return True
    m = _LARGEST_BEFORE.search(low, max(0, start - 48), start)
    if m is None:
        return False
    a = max(low.rfind(c, 0, m.start()) for c in ".;!?\n") + 1
    return _SPREAD.search(low, a, m.start()) is not None


_COMPARATIVE = lazy_compile(rf"(?:{MORE}|{LESS})")
# ... but a comparison with a time all the same (review of change43): "than" not naming a side ("than on the film of 3
# days ago"), "today", "now", "on this film" after it, or an earlier time in its own chunk; a chunk before the side's
# that is a time phrase ("since yesterday, right larger", "compared with admission, the left worse"); or one
# comparative said of both sides in one sentence, which no weighing of one side against the other can be ("right
# larger, left larger, right worse, left worse")
_TIME_AFTER = lazy_compile(r"\s+(?:[\w']+\s+){0,2}?(?:than\b(?!\s+(?:on\s+|in\s+)?(?:the\s+)?(?:left|right|other|"
                           r"contralateral|opposite)\b)|today\b|now\b|since\b|compared\b|versus\b|vs\b|"
                           r"on\s+(?:today|this|the\s+current)\b)")
_TIME_CHUNK = lazy_compile(r"\s*(?:and\s+)?(?:since|compared|in\s+comparison|relative|versus|vs|interval\w*|today|now|"
                           r"on\s+(?:today|this|the\s+current))\b")
_EARLIER = lazy_compile(EARLIER_WORDS)
_SIDE_DIRECTION = lazy_compile(r"\b(left|right)(?:\s+side)?\s+(?:(?:is|being|was|looks|appears)\s+)?" + _DEGREE
                               + rf"({LESS}|{MORE})\b")


def _compares_times(low: str, opening: int, start: int, end: int) -> bool:
    """Whether the side comparison opening at ``opening`` with its comparative at ``start``..``end`` compares with a
    time after all (see above)."""
    a = low.rfind(".", 0, start) + 1
    b = low.find(".", end)
    b = len(low) if b < 0 else b
    chunk_end = min((i for i in (low.find(c, end, b) for c in ",;)") if i >= 0), default=b)
    if _TIME_AFTER.match(low, end) or _EARLIER.search(low, end, chunk_end):
        return True
    prev = max(low.rfind(c, a, opening) for c in ",;:(")
    before = low[max(a, prev + 1):opening]
    if _TIME_CHUNK.match(before) or (len(before.split()) <= 4 and _EARLIER.search(before)):
        return True
    directions: dict[str, set[str]] = {}  # the same comparative said of both sides
    for m in _SIDE_DIRECTION.finditer(low, a, b):
        directions.setdefault(m.group(2), set()).add(m.group(1))
    return any(len(sides) == 2 for sides in directions.values())


def side_before_comparison(low: str, start: int, end: int) -> bool:
    """Whether the change word ``low[start:end]`` is a comparative whose subject is a side opening its chunk ("the
    right slightly larger") and no earlier time follows it: a comparison of sides, not a change (module docstring)."""
    if _COMPARATIVE.fullmatch(low, start, end) is None or EARLIER_TIME.match(low, end) is not None:
        return False
    m = _SIDE_BEFORE.search(low, max(0, start - 48), start)
    return m is not None and not _compares_times(low, m.start(), start, end)


__all__ = ["LESS", "MORE", "side_both", "side_before_comparison", "side_dominant"]
