"""Which claim an attribute written before a run of adjectives belongs to: a side or a size that opens a noun
phrase whose adjectives are split by commas ("bilateral, fairly symmetric FLAIR hyperintensity", "a 4 cm lobulated,
partly cystic mass"). A comma starts a new chunk for the scope rules of ``verify/mentions.py``; these tests tell when
the attribute still describes the head noun after it. Split from ``mentions.py`` to keep it readable.
"""

from __future__ import annotations

from medstep.answers import negation
from medstep.lazyre import lazy_compile
from medstep.verify.lexicon import K_ATTR, K_CONCEPT, K_NEG_PRE

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
    if _COORDINATE.fullmatch(low, end, start) is None:  # (first: the words are split only where it holds, at most
        return False  # three; split first, a side far before its claim split the text between them, issue #12)
    words = low[end:start].split()
    return _NOT_ADJECTIVES.isdisjoint(words) and not any(w.endswith("ing") for w in words) \
        and not low.endswith("the ", 0, pos)


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


# a forward denial trigger (triggers.tsv's neg_pre rows: "rather than", "instead of", "not") set between two
# attributes of one kind right before their noun ("a right rather than left pneumothorax") contrasts the attributes
_BETWEEN_ATTRS = lazy_compile(r"\s+(?:(?:a|an|the)\s+)?")  # (trigger to second attribute: "rather than a left")
_SPACE = lazy_compile(r"\s+")


def attribute_contrast(clause: list, i: int, low: str) -> int:
    """The index of the second attribute where the event ``clause[i]`` is a forward denial trigger that only sets two
    attributes of one kind against each other right before their noun ("a right rather than left pneumothorax", "a
    partial rather than complete tear"), else -1. The noun is claimed with the first attribute: the contrast denies the
    second attribute, not the finding (faith42: "a large rather than small effusion" was read as no effusion, so the
    chain's own effusion stood against the report's). The trigger is any of triggers.tsv's neg_pre rows (their one
    home), read only in this tight shape: attribute, trigger, optional article, attribute, noun, spaces between. Only
    attributes the lexicon reads as one kind (two sides, two grades) qualify: "a skin fold rather than a small
    pneumothorax" has no attribute before the trigger and keeps its denial, and a comma between them ("a large, not
    small, effusion") starts a chunk and is not read here. ``clause``: the clause's events (start, end, kind, payload,
    attrs)."""
    if i == 0 or i + 2 >= len(clause) or clause[i][2] != K_NEG_PRE:
        return -1
    first, second, noun = clause[i - 1], clause[i + 1], clause[i + 2]
    if first[2] != K_ATTR or second[2] != K_ATTR or noun[2] != K_CONCEPT or not first[4] or not second[4]:
        return -1
    keys_a, keys_b = {k for k, _v in first[4]}, {k for k, _v in second[4]}
    if keys_a != keys_b or set(first[4]) == set(second[4]):
        return -1  # (attributes of two kinds, or the same one twice, set nothing against each other)
    if _SPACE.fullmatch(low, first[1], clause[i][0]) is None \
            or _BETWEEN_ATTRS.fullmatch(low, clause[i][1], second[0]) is None \
            or _SPACE.fullmatch(low, second[1], noun[0]) is None:
        return -1
    return i + 1
