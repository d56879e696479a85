"""What a reader takes from one place in an output: a commitment to an option, and how final it is.

Shared by the line rules (:mod:`medstep.extract.lines`) and the
decision-sentence reader (:mod:`medstep.extract.decision`), which resolves
the commitments of an output into one decision.
"""

from __future__ import annotations

from enum import IntEnum
from typing import NamedTuple

from medstep.lazyre import lazy_compile


class Tier(IntEnum):
    """How strongly a place in the output commits to an option (higher wins, see ``resolve.resolve``)."""

    CONDITIONAL = -1  # "C is correct if ...": a caveat, neither chosen nor in conflict
    HEDGE = 0  # modal or a question ("this would point towards D"): never chosen, makes a decision ambiguous
    WEAK = 1  # "the image shows <option text>": chosen only when nothing stronger is said
    DECISION = 2
    FINAL = 3  # worded as the final word: wins over earlier commitments


class Commitment(NamedTuple):
    """An option committed to at ``pos`` by the rule ``rule``, with its strength."""

    pos: int
    letter: str  # option letter or CONFLICT
    tier: Tier
    rule: str


class Decision(NamedTuple):
    """A reader's verdict: ``letter`` and ``rule`` when decided; ``ambiguous`` when it conflicts."""

    letter: str | None
    rule: str
    ambiguous: bool = False
    weak: bool = False  # decided by descriptions alone ("Bronchiectasis is seen."), nothing committing named


NONE = Decision(None, "")


# Words that make a commitment final ("therefore", "in conclusion", "on reflection", "final answer").
FINAL_WORDS = frozenset({
    "final", "finally", "therefore", "thus", "hence", "consequently", "conclusion", "conclude", "overall",
    "ultimately", "summary", "reflection", "balance", "actually", "so", "wait", "changing", "change",
})


# A concluding label heading a line or sentence ("**Conclusion:**", "Final impression -", "Bottom line:"):
# the one list of label words, used by the closed-question and concluding-statement readers.
CONCLUDING_LABEL = (r"(?:final\s+|overall\s+)?(?:conclusion|impression|summary|verdict|bottom\s+line|assessment|"
                    r"interpretation)")


FINAL_PHRASES = ("all things considered", "taking everything", "taking all", "putting it", "putting this",
                  "putting everything", "after review", "after careful", "after reconsideration")


def is_final(left: str) -> bool:
    low = left[-160:].lower()
    return not FINAL_WORDS.isdisjoint(WORD.findall(low)) or any(map(low.__contains__, FINAL_PHRASES))


WORD = lazy_compile(r"[a-z']+")
