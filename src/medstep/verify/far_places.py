"""Where a place written away from its claim goes (``mentions.attach``), split from ``mentions.py`` (at its size limit)
in session 26 (issue #8):

- after a fronted phrase too long for the opening reach, the claim "there is" introduces at its end ("In the right
  breast, upper outer quadrant at 2 o'clock and 6 cm from the nipple, there are fine linear calcifications": the side
  and the quadrant were lost, and a chain that moved the calcifications to the other breast read as faithful), and a
  place later in that phrase too (``fronted_run``: the quadrant after "In the left breast,");
- a second lobe joined to the first ("in the right lower lobe and the posterior segment of the right upper lobe",
  "RML/RLL"): the finding lies in both (``lexicon.joined_lobes``); read as its first lobe only, a faithful chain
  naming the second was contradicted; not a place with a verb of its own ("consolidation in the right lower lobe and
  the right middle lobe is clear": the middle lobe is the subject of "is clear", ``joined_place``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from medstep.answers import negation
from medstep.lazyre import lazy_compile
from medstep.textmarks import last_of
from medstep.verify.scope_words import THERE_IS

_EXISTENTIAL_END = lazy_compile(r"[^.;:!?\n]{0,200}?\b" + THERE_IS + r"\b")
# the end of the head of what "there is" introduces: a claim after "with", "containing", "no", ... is not it ("there is
# a tubal ring containing a yolk sac but no fetal pole" does not put the fetal pole on the side)
_PHRASE_BREAK = lazy_compile(r"\b(?:" + "|".join(("with", "containing", "contains", "but", *negation.DENY, "which", "that",
                                                      "where", "while", "whose")) + r")\b")
# a second place joined to the first by "and", "or", "/" with a few words between, none that excludes it ("sparing the
# upper lobe", "rather than", "not the upper lobe")
JOINED_PLACE = lazy_compile(r"(?:\b(?:and|or|as\s+well\s+as)\s+|[/&]\s*)(?!(?:[a-z-]+\s+){0,6}?(?:"
                            + "|".join((*negation.DENY, "sparing", "spared", "except", "rather", "than"))
                            + r")\b)(?:[a-z-]+\s+){0,6}$")

# a verb or a normal word of the second place's own after it ("the right middle lobe is clear", "the lingula is
# normal"): that place is a new clause's subject, not a second place of the finding before it
_OWN_PREDICATE = lazy_compile(r"\s+(?:is|are|was|were|appears?|remains?|looks?|seems?|shows?)\b|[\s,]+(?:normal|"
                              r"clear|spared|unremarkable|preserved|uninvolved)\b")


def joined_place(low: str, pos: int, end: int) -> bool:
    """Whether the place at ``pos``..``end`` is joined to a place before it (``JOINED_PLACE``) and no subject of its own."""
    return JOINED_PLACE.search(low, max(0, pos - 60), pos) is not None and _OWN_PREDICATE.match(low, end) is None


class _Claim(Protocol):
    start: int


C = TypeVar("C", bound=_Claim)


def introduced(low: str, pos: int, claims: Sequence[C]) -> C | None:
    """The first claim right after the "there is" that ends the fronted phrase at ``pos``, none standing before it."""
    m = _EXISTENTIAL_END.match(low, pos)
    if m is None or any(pos <= c.start < m.end() for c in claims):
        return None
    head = next((c for c in claims if m.end() <= c.start <= m.end() + 100), None)
    return None if head is None or _PHRASE_BREAK.search(low, m.end(), head.start) is not None else head


# a sentence opened by a preposition ("In the left breast, ...", "At the 2 o'clock position, ...")
_PREPOSITION_OPENS = lazy_compile(r"\s*(?:in|on|at|within|over|along|near|towards?)\b")


def fronted_run(low: str, pos: int) -> bool:
    """Whether the place at ``pos`` lies in a sentence a preposition opens (the caller knows no claim precedes it)."""
    return _PREPOSITION_OPENS.match(low, last_of(low, ".;:!?\n", pos) + 1) is not None
