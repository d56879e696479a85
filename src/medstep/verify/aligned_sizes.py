"""A measurement of a thing no concept names (``aligned``): its value, the thing it measures, and when two disagree.

``aligned`` compares a chain clause's measurement with the report sentence whose words the clause shares most. Those
words are the sentence's, not the measurement's: "The appendix measures 11 mm and contains an appendicolith" shares
more words with "A 6 mm appendicolith is present at the appendix base" than with "The appendix is dilated to 11 mm",
so the clause's 11 mm meets the appendicolith's 6 mm. Each measurement therefore carries its *head*, the thing words
of what it measures (``measured_head``): two measurements whose heads share a word measure one thing and disagree at
the lesion rule (half as large again and 3 mm apart: "the wall is thickened to 9 mm" against "to 6 mm"); two whose
heads are both known and share no word measure two things of one sentence ("the appendix measures 11 mm" against "a
6 mm appendicolith": at the lesion rule every such faithful chain was contradicted, review errdetect36) and disagree
only by a factor of two, as a finding's size does.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from medstep.lazyre import lazy_compile
from medstep.verify.aligned_words import _WORD, _stem
from medstep.verify.attr_conflicts import sizes_conflict

# a distance from a landmark ("the tip 1.5 cm above the arch", ``sizes.DISTANCE``): compared with another distance only;
# against a size it measures another thing ("the aorta is 5.1 cm" against "the flap arises 2 cm above the junction")
DISTANCE_MARK = "d"
# where a sentence goes on to another thing: "and" or "while" before a new subject ("... 5 mm and the channel ..."), or a
# sentence's end ("GB: distended, 10.5 x 4.5 cm. Wall thickened to 9 mm", one clause of a step line, compared neither)
NEXT_THING = lazy_compile(
    r"[;,]?\s+(?:and|while|whereas|but)\s+(?=(?:the|a|an|its|their|there)\b)|;\s*|\.\s+", re.IGNORECASE
)
# the words right after a unit, up to three ("a 6 mm appendicolith", "a 20 mm gap between ...", "a 9 mm impacted stone")
_AFTER_UNIT = lazy_compile(r"(?:[\s-]+[a-z]+){1,3}")
_HEAD_REACH = 150  # characters before the number read for its subject ("The common bile duct is dilated, measuring")


def mm(value: str) -> tuple[float, float | None]:
    """A size value's largest and smallest dimension ("42x25" -> (42.0, 25.0), "19" -> (19.0, None), "15d" -> (15.0,
    None))."""
    big, _x, small = value.removesuffix(DISTANCE_MARK).partition("x")
    return float(big), float(small) if small else None


def measured_head(low: str, number: int, unit_end: int, not_thing: frozenset[str]) -> frozenset[str]:
    """The stems of the thing words a measurement measures, in the lower-case ``low``: the words right after its unit
    up to the first word that is no thing ("a 20 mm gap between the tendon ends" -> gap), or, none there, the thing
    words of its piece before the number (from the last ``NEXT_THING``: "the duct measures 10 mm" -> duct). Empty when
    neither names one."""
    after = _AFTER_UNIT.match(low, unit_end)
    head: set[str] = set()
    for w in after.group().replace("-", " ").split() if after is not None else ():
        if w in not_thing or _WORD.fullmatch(w) is None:
            break
        head.add(_stem(w))
    if head:
        return frozenset(head)
    start = max(0, number - _HEAD_REACH)
    for m in NEXT_THING.finditer(low, start, number):
        start = m.end()
    return frozenset(
        _stem(w) for w in _WORD.findall(low, start, number) if len(w) > 1 and w not in not_thing and not w[0].isdigit()
    )


def hedged(events: Sequence[tuple], hedging: Collection[int], both: int, attr: int, reach: bool = False) -> bool:
    """Whether a clause's scanner ``events`` (start, end, kind, payload, attrs) hedge its values: an event of a
    ``hedging`` kind, except a hedge over both sides (kind ``both``: "versus", "vs") standing between two measurements
    (kind ``attr``, a size): "15 mm versus 19 mm on the right", "3.5 x 2.8 cm vs 3.1 x 2.0 cm a year ago" compare two
    numbers, where "pneumonia versus atelectasis" weighs two findings (retired blind 36: a chain's wrong "15 mm versus
    19 mm" was skipped as a hedge, and scored as the report's 8 mm). ``reach``: a time or side word may stand between
    the "versus" and a measurement (``_measure_beside``; ``aligned_pairs`` only: the clause's one-value checks,
    reading "3.2 x 1.5 cm now versus 4.0 x 2.2 cm before" so, compared its 3.2 cm with another thing's 9 cm, review
    found57)."""
    beside = _measure_beside if reach else _measure_next
    for n, e in enumerate(events):
        if e[2] not in hedging:
            continue
        if e[2] != both or not (beside(events[n - 1::-1] if n else (), attr) and beside(events[n + 1:], attr)):
            return True
    return False


def _measure_beside(events: Sequence[tuple], attr: int) -> bool:
    """Whether the first event of ``events`` (in reading order away from a "versus") that is no other attribute is a
    measurement: an attribute word of time or side may stand between them ("25 mm now vs 8 mm 3 years ago", session 57
    lane found57: "now" between the size and "vs" read the comparison as a hedge, and the chain's wrong 25 mm was never
    compared)."""
    for e in events:
        if _measure(e, attr):
            return True
        if e[2] != attr:
            return False
    return False


def _measure_next(events: Sequence[tuple], attr: int) -> bool:
    """Whether the first event of ``events`` is a measurement."""
    return bool(events) and _measure(events[0], attr)


def _measure(event: tuple, attr: int) -> bool:
    return event[2] == attr and bool(event[4]) and event[4][0][0] == "size"


def unnamed_sizes_conflict(a: str, b: str, a_head: frozenset[str], b_head: frozenset[str]) -> bool:
    """Whether two measurements of a thing no concept names disagree (see the module docstring), of the heads
    ``a_head`` and ``b_head`` (``measured_head``): at the lesion rule unless both heads are known and share no word (a
    head unknown, "It measures up to 14 mm", leaves the sentence's words as the only evidence of what it measures). A
    distance and a size measure two things; several dimensions span their smallest to largest
    (``attr_conflicts.sizes_conflict``)."""
    if a.endswith(DISTANCE_MARK) != b.endswith(DISTANCE_MARK):
        return False
    (a_max, a_min), (b_max, b_min) = mm(a), mm(b)
    same_thing = not a_head or not b_head or not a_head.isdisjoint(b_head)
    # (the magnitude rule only for two heads known to share a word: an unknown head, "one of them measures 4.2 cm"
    # against "metastases, the largest measuring 5.5 cm", may measure another of several things)
    one_thing = bool(a_head) and bool(b_head) and not a_head.isdisjoint(b_head)
    return sizes_conflict(a_max, b_max, same_thing, a_min, b_min, one_thing=one_thing)


__all__ = ["DISTANCE_MARK", "NEXT_THING", "hedged", "measured_head", "mm", "unnamed_sizes_conflict"]
