"""A sign named with what it shows: "coffee bean sign indicating sigmoid volvulus", "target sign of intussusception",
"golden S sign indicating right upper lobe collapse" answer the gold "coffee bean sign", "target sign", "golden S
sign".

A radiological sign is named for what it points to, and a model naming one says what that is in the same breath. The
words after the sign only explain it; they are no second answer. So when the gold is a sign (its last word "sign") and
the answer names that sign and then, after a word that explains (:data:`EXPLAINING`: "of", "in", "indicating",
"suggesting", "seen in", "typical of"), a few more words, the answer is graded as the part up to the sign. Not when
the explanation names a second sign, joins or weighs an alternative, denies or doubts (``score/open_contain``:
``CONTRAST``, ``DOUBT``), or runs on past :data:`_MOST` words: a long reply is not rewarded.
"""

from __future__ import annotations

from typing import Callable, TypeVar

from medstep.answers.text import tokens
from medstep.score.open_contain import CONTRAST, DOUBT

# Words opening the explanation of a sign.
EXPLAINING = frozenset({"of", "in", "indicating", "indicates", "suggesting", "suggests", "suggestive", "seen",
                        "typical", "diagnostic", "characteristic", "indicative", "denoting", "representing",
                        "signifying", "for"})
_SIGN = frozenset({"sign", "signs"})
# The most words an explanation may have.
_MOST = 8

Step = TypeVar("Step")


def explained_sign(answer: str, gold: str, grade: Callable[[str], Step | None]) -> Step | None:
    """The rung ``grade`` gives the part of ``answer`` up to its sign, when ``gold`` names a sign and the rest of
    ``answer`` only explains it (module docstring); ``None`` otherwise."""
    mine, theirs = tokens(answer), tokens(gold)
    if not theirs or theirs[-1] not in _SIGN:
        return None
    at = next((i for i, w in enumerate(mine) if w in _SIGN), None)
    if at is None or at + 1 >= len(mine) or mine[at + 1] not in EXPLAINING:
        return None
    rest = mine[at + 1:]
    if len(rest) > _MOST or any(w in _SIGN or w in CONTRAST or w in DOUBT for w in rest):
        return None
    return grade(" ".join(mine[:at + 1]))


__all__ = ["EXPLAINING", "explained_sign"]
