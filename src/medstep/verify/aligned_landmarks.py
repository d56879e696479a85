"""A finding the chain places at a landmark the report places it a distance from: "The tendon is torn at its
insertion." against "a tear of the tendon 5 cm proximal to its insertion" (issue #8, vloc22).

A report sentence that measures where a finding lies from a landmark ("<n> cm/mm proximal to / distal to / above /
below / from its <landmark> | [the|its] <word> <landmark>", the word no side) names a landmark the finding is away
from (a bare "the apex" or "the base" is a region, no landmark), unless some report sentence places something at the
landmark itself ("at [the|its] ... <landmark>"). A chain clause the step asserts, with a present
finding or an abnormal word in it, no denial, normal word or hedge in its sentence up to its end, no distance of its
own before the landmark, sharing a thing word besides the landmark with the report's sentence, that puts something
"at [the|its] [<word>] <landmark>" is contradicted (``aligned-landmark-distance``). A chain that gives the distance in
words of its own ("a hand's breadth above the heel") claims no place at the landmark.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from medstep.lazyre import lazy_compile
from medstep.verify.aligned_places import unnamed_conflict
from medstep.verify.results import StepVerdict
from medstep.verify.scan import lower_text
from medstep.verify.verdicts import FindingVerdict

_AWAY = lazy_compile(r"(?<!\d)\d+(?:\.\d+)?\s*(?:cm|mm|centimet(?:re|er)s?|millimet(?:re|er)s?)\s+(?:(?:proximal|distal|"
                     r"superior|inferior|cranial|caudal)\s+(?:to|of)|above|below|beyond|(?:away\s+)?from)\s+"
                     r"(?:(?:the|its)\s+)?(?!(?:left|right)\s)([a-z-]+\s+)?([a-z]{4,})\b")
_AT = r"\bat\s+(?:the\s+|its\s+)(?:[a-z-]+\s+)?"
_NUMBER = lazy_compile(r"\d")

Landmark = tuple[str, frozenset[str], int, int]  # (the landmark word, its sentence's thing words, the sentence's span)


def landmarks(sentences: Sequence[tuple[int, str]], things: Callable[[str], frozenset[str]]) -> list[Landmark]:
    """The landmarks the report places a finding a distance from (see the module docstring)."""
    found = []
    for start, text in sentences:
        low = lower_text(text)
        for m in _AWAY.finditer(low):
            if m.group(1) or m.group(0).split()[-2] == "its":  # (a landmark of one word is a region: "the apex")
                found.append((m.group(2), things(low) - {m.group(2)}, start, start + len(text)))
    return [x for x in found if not any(re.search(_AT + re.escape(x[0]) + r"\b", lower_text(t)) for _s, t in sentences)]


def landmark_errors(s: StepVerdict, clauses: Sequence[tuple[int, int]], asserted: Sequence[tuple[int, int]],
                    marks: Sequence[Landmark], report: str, unit: int, finding: Callable[[int, int], bool],
                    denies: Callable[[str], bool], things: Callable[[str], frozenset[str]]) -> list[FindingVerdict]:
    """The first clause of step ``s`` it asserts that places a finding at a landmark of ``marks``."""
    for a, b in clauses:
        if not any(x <= a + (b - a) // 2 < y for x, y in asserted):
            continue
        low = lower_text(s.text[a:b])
        for word, said, x, y in marks:
            # (the pattern holds the landmark's word as it is: a clause without it is not searched)
            m = re.search(_AT + "(" + re.escape(word) + r")\b", low) if word in low else None
            if m is None or _NUMBER.search(low, 0, m.start()) or not said & things(low) or not finding(a, b) \
                    or denies(lower_text(s.text[max(s.text.rfind(c, 0, a) for c in ".;!?\n") + 1:b])):
                continue
            return [unnamed_conflict(s, (s.text[a + m.start():a + m.end()], a + m.start(), a + m.end()),
                                     (report[x:y].strip(), x, y), report, "aligned-landmark-distance", unit)]
    return []


__all__ = ["landmark_errors", "landmarks"]
