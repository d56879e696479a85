"""What a sentence says of an imaging plane asked ("Is this an axial image?"), for ``extract/findings.py``.

A sentence naming one plane answers: the asked plane is yes, another plane no ("It is a coronal image."). A plane
denied right before its word ("not axial", "not an axial image") answers too: the asked plane denied is no, another
plane denied says nothing of the asked one. So to "Is this an axial image?", "It's a coronal image, not axial." and
"Not axial — it's coronal." both read no, "Axial, not coronal." reads yes and "Not coronal." is unclear. Anything
else is unclear: a negation that denies no plane ("Coronal image, no fracture."), two planes stated ("Axial and
coronal images.").
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.answers.concepts import IMAGING_PLANES, normalize
from medstep.extract.stance import Stance
from medstep.lazyre import lazy_compile

_WORD = lazy_compile(r"[a-z0-9]+")
_NEGATION_WORD = lazy_compile(hedges.words(negation.DENY, negation.NEITHER, negation.NEVER, negation.NONE,
                                           negation.ABSENT, negation.ABSENCE, negation.NEGATIVE, negation.BEFORE,
                                           negation.EXCLUDED, negation.LOSS, negation.CANNOT) + "|" + negation.CONTRACTION)
# A negation right before a plane's word: "not axial", "not an axial", "non axial" (hyphens are spaces once normalized).
_DENIED_BEFORE = lazy_compile(r"(?:" + hedges.words(negation.DENY, negation.NEVER, negation.NON) + "|"
                              + negation.CONTRACTION + r")(?:\s+(?:a|an|the))?\s*\Z")


def plane_stance(sentence: str, asked: str) -> Stance | None:
    """The stance of ``sentence`` on the plane ``asked`` (a value of ``IMAGING_PLANES``), ``None`` where it names no
    plane (module docstring)."""
    low = normalize(sentence)
    stances: set[Stance] = set()
    denials: set[int] = set()
    named = False
    for m in _WORD.finditer(low):
        plane = IMAGING_PLANES.get(m.group())
        if plane is None:
            continue
        denied = _DENIED_BEFORE.search(low, 0, m.start())
        if denied is not None:
            denials.add(denied.start())
        named = True
        if plane == asked:
            stances.add(Stance.NO if denied else Stance.YES)
        elif not denied:  # (another plane denied says nothing of the asked one: "Axial, not coronal.")
            stances.add(Stance.NO)
    if not named:
        return None
    if any(n.start() not in denials for n in _NEGATION_WORD.finditer(low)) or len(stances) != 1:  # ("Not coronal.")
        return Stance.UNCLEAR
    return stances.pop()


__all__ = ["plane_stance"]
