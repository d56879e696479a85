"""Two values of the asked kind, the second offered as an alternative to the first: "I'd guess 9 mm, maybe 12 mm.",
"It could be 3, but it could equally be 2.", "Either 35% or 45%." To a question asking a count or a measurement, such
a reply weighs two answers and commits to neither: ``ambiguous``, not a text to grade.

Only where the words between the two values offer the second in place of the first (an alternative, a possibility
or a doubt: "or", "maybe", "perhaps", "could", "equally", ``hedges``) within one sentence; two values said of two
things ("The nodule measures 9 mm; the other is 12 mm."), a range ("9-12 mm", read by ``extract/open_measure.py``) or a
second value in brackets after the first ("Three (possibly four).", which the corpus labels a hedged pick of three)
are not. The count and measure readers have already declined such a reply (they read one firm value only).
"""

from __future__ import annotations

from medstep.answers import hedges
from medstep.extract import open_count, open_measure
from medstep.lazyre import lazy_compile

# Words offering the second value in place of the first.
_OFFERS = lazy_compile("(?i)" + hedges.words(hedges.POSSIBILITY, hedges.ALTERNATIVE, hedges.DOUBT, ("or", "either")))
# A sentence's end between the two values: they are then said apart.
_APART = lazy_compile(r"[.!?;。！？]\s|\n")
# Most characters between the two values.
_GAP = 60


def weighs_two(region: str, question: str) -> bool:
    """Whether ``region`` offers two different values of the kind ``question`` asks, the second in place of the
    first (module docstring)."""
    found = open_measure.values(region, question) or open_count.numbers(region, question)
    for (_, end, first), (start, _, second) in zip(found, found[1:]):
        between = region[end:start]
        if first != second and len(between) <= _GAP and _APART.search(between) is None and "(" not in between \
                and _OFFERS.search(region[max(0, end - _GAP):start]) is not None:
            return True
    return False


__all__ = ["weighs_two"]
