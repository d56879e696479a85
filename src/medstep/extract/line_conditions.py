"""Conditions in the line of a stated answer: "(B) if this is a supine film, otherwise (D)" makes the line two
answers, while a condition conceded after the answer or a later sentence supposing another case does not (used by
:func:`medstep.extract.lines.phrase`; one home for these line-condition readings)."""

from __future__ import annotations

from medstep.answers import hedges
from medstep.lazyre import lazy_compile

# In the stated answer's line, a condition naming another option makes it two answers:
# "(B) if this is a supine film, otherwise (D)".
CONDITIONAL = lazy_compile(r"(?i)" + hedges.words(hedges.IF, ("otherwise", "or else", "depending", "alternatively")))
# "seborrheic keratosis, although a biopsy would be reasonable if there is concern about melanoma": the condition
# sits inside a concession after the answer; it qualifies the answer's management, it offers no other answer.
_CONCEDED_CONDITION = lazy_compile(r"(?i),\s*" + hedges.words(hedges.CONCESSION) + r"[^.;]*" + hedges.words(hedges.IF))


def conceded_condition(rest: str) -> bool:
    found = _CONCEDED_CONDITION.search(rest)
    return found is not None and CONDITIONAL.search(rest, 0, found.start()) is None


# The answer's own sentence ends: "B (pleural effusion)." / "**B.** Left base ..." (a stop, then a space).
_SENTENCE_END = lazy_compile(r"[.;!](?=[\s*_]*\s)")
# A later sentence supposing another case and what it would favour: "If the film were supine, A would be favoured."
_WOULD = lazy_compile(r"(?i)\b(?:would|might)\b|'d\b")


def supposed_later(rest: str) -> bool:
    """The answer's own sentence holds no condition, and each later sentence with one supposes a consequence
    ("Answer: B (effusion). If a pleural line showed, pneumothorax would be favoured instead."): a caveat after the
    answer, not "B if ..., otherwise D" (each later mention is then read on its own, ``extract/decision.py``)."""
    stops = [m.end() for m in _SENTENCE_END.finditer(rest)]
    if not stops or CONDITIONAL.search(rest, 0, stops[0]) is not None:
        return False
    bounds = stops + [len(rest)]
    return all(_WOULD.search(rest[a:b]) is not None for a, b in zip(bounds, bounds[1:])
               if CONDITIONAL.search(rest[a:b]) is not None)




def last_conditional(text: str, end: int) -> int:
    """Start of the last :data:`CONDITIONAL` match in the line ending at ``end``, -1 if none: found once a line (each
    answer phrase of a line searched the rest of it, 2.6 s for "The answer is " * 2000, lane slow39c)."""
    last = -1
    for found in CONDITIONAL.finditer(text, text.rfind("\n", 0, end) + 1, end):
        last = found.start()
    while last >= 0 and (later := CONDITIONAL.search(text, last + 1, end)) is not None:
        last = later.start()  # (an overlapping match, starting later)
    return last


def conditional_in(rest: str, later: bool) -> bool:
    """``CONDITIONAL.search(rest)`` given whether a match starts after its first character (its ``\\b`` reads alike)."""
    return later or CONDITIONAL.match(rest) is not None
