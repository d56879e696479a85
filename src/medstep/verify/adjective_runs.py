"""Which claim an attribute written before a run of adjectives belongs to: a side or a size that opens a noun
phrase whose adjectives are split by commas ("bilateral, fairly symmetric FLAIR hyperintensity", "a 4 cm lobulated,
partly cystic mass"). A comma starts a new chunk for the scope rules of ``verify/mentions.py``; these tests tell when
the attribute still describes the head noun after it. Split from ``mentions.py`` to keep it readable.
"""

from __future__ import annotations

from medstep.answers import negation
from medstep.lazyre import lazy_compile

# words that end a noun phrase: a connector, a preposition, a verb or a negation (``mentions._shares_side`` too)
NOT_IN_A_NOUN_PHRASE = frozenset({*negation.DENY, *negation.NEITHER, "and", "or", "with", "plus", "but", "than", "versus",
                                  "vs", "in", "on", "of", "at", "to", "from", "by", "is", "are", "was", "were"})

# a comma between coordinate adjectives of one noun ("bilateral, fairly symmetric FLAIR hyperintensity"): a side before
# it is the noun's, though the comma starts a new chunk (vpara25: a report's bilateral finding took the side of a later
# clause instead)
_COORDINATE = lazy_compile(r",\s*(?:[a-z]+\s+){1,3}")
_NOT_ADJECTIVES = NOT_IN_A_NOUN_PHRASE | {"the", "a", "an", "there", "which", "that", "it"}


def coordinate(low: str, pos: int, end: int, start: int) -> bool:
    """Whether the side word at ``pos``-``end`` is an adjective (no "the" before it: "shifts to the right, indicating
    ...") with only a comma and adjectives (no "-ing" word) between it and a claim at ``start``."""
    words = low[end:start].split()
    return _COORDINATE.fullmatch(low, end, start) is not None and _NOT_ADJECTIVES.isdisjoint(words) \
        and not any(w.endswith("ing") for w in words) and not low.endswith("the ", 0, pos)


# a size that opens a noun phrase ("a 4 cm lobulated, partly cystic mass", "an 8 x 6 mm smooth, round nodule"): the
# head noun's, though a comma between the adjectives starts a new chunk (issue #8: the size was read as no one's, so a
# wrong size in a chain was never compared); only after "a"/"an"/"another" or at a clause start, so "the liver
# measures 18 cm, ..." keeps its size for the claim before it
_OPENS_PHRASE = lazy_compile(r"(?:^|(?<!\d)[.:;\n]\s*|\b(?:a|an|another)\s+)(?<![\d.])(?:\d+(?:\.\d+)?\s*(?:x|by|×)\s*)*\d+(?:\.\d+)?"
                             r"\s*-?\s*$")
_ADJECTIVE_RUN = lazy_compile(r"(?:\s*,?\s*[a-z]+(?:-[a-z]+)*){0,6}\s*,?\s*")
_RUN_WORDS = _NOT_ADJECTIVES - {"and"}  # "a 4 cm lobulated and partly cystic mass"


def size_opens_phrase(low: str, pos: int, end: int, start: int) -> bool:
    """Whether the unit at ``pos``-``end`` ends a size that opens a noun phrase ("a 4 cm") with only adjectives,
    commas and "and" (no article, preposition, verb or negation) between it and a claim at ``start``."""
    return _OPENS_PHRASE.search(low, max(0, pos - 40), pos) is not None \
        and _ADJECTIVE_RUN.fullmatch(low, end, start) is not None \
        and _RUN_WORDS.isdisjoint(low[end:start].replace(",", " ").split())
