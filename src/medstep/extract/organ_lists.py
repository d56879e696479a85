"""Organs listed under one state: "The liver, spleen, pancreas and kidneys are unremarkable." (the concept reader,
``extract/findings.py``, gives a normal word to the organ nearest it; the organs joined to that one by commas and
"and" only share it), and one organ labelled on two lines. Kept apart to keep ``findings.py`` under its size limit.

A broad finding named with its organ is that organ's kind of it (``narrowed_by_organ``): "Complete rupture of the
anterior cruciate ligament." states an ACL tear, "a tear of the medial meniscus" a meniscal tear, "a lesion in
segment VI of the liver" a liver lesion; the bare "rupture" or "lesion" is only the broader concept, which says
nothing of the narrower one asked.
"""

from __future__ import annotations

import re

from medstep.answers import negation
from medstep.answers.concepts import Mention, normalize, vocabulary
from medstep.lazyre import lazy_compile

# What joins the organs of one list ("the liver, spleen and both kidneys", "kidneys, ureters and bladder").
_JOINED = lazy_compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+|both\s+)?$")


def coordinated(organs: list[Mention], organ: Mention, low: str) -> list[Mention]:
    """``organ`` and the organs listed with it, one state said of them all: each neighbour joined by a comma or
    "and" only ("the liver, spleen, pancreas and kidneys")."""
    ordered = sorted(organs, key=lambda o: o.start)
    k = ordered.index(organ)
    lo = hi = k
    while lo > 0 and _JOINED.match(low[ordered[lo - 1].end:ordered[lo].start]):
        lo -= 1
    while hi + 1 < len(ordered) and _JOINED.match(low[ordered[hi].end:ordered[hi + 1].start]):
        hi += 1
    return ordered[lo:hi + 1]


def relabelled(sentences: list[str], label: re.Pattern[str]) -> bool:
    """Whether two sentences open with the same label (``label``'s second group: "Liver: unremarkable. Liver: coarse
    echotexture ..." leaves open which line holds the organ's state)."""
    labels = [normalize(m.group(2)) for m in map(label.match, sentences) if m is not None]
    return len(labels) != len(set(labels))


# What may lie between a finding and the organ narrowing it: "rupture of the", "lesion in segment VI of the", "tear of
# the posterior horn of the"; an organ before it only as a label or with a word or two ("ACL: complete rupture").
# Never "adjacent to the liver", "with an intact", "without".
_WORD = r"\s+(?!(?:with|and|or|but|near|adjacent|beside|next|to|from|than|" + negation.alternation(negation.DENY, negation.NOR) + r")\b)[a-z0-9]+"
_LINK_AFTER = lazy_compile(r"(?:" + _WORD + r"){0,6}?\s+(?:of|in|within|involving)(?:" + _WORD + r"){0,3}?\s+$")
_LINK_BEFORE = lazy_compile(r"\s*(?:[:\-–—]\s*)?(?:(?:complete|partial|full|thickness|high|low|grade|acute|chronic|"
                            r"small|large|focal|horizontal|vertical|radial|oblique|complex|linear)\s+){0,3}$")


def narrowed_by_organ(concept: str, organs: list[Mention], start: int, end: int, low: str) -> str:
    """``concept``, named at ``low[start:end]`` in one clause, narrowed by the organ it is said of: the one narrower
    concept that organ's normal state rules out ("rupture of the ACL" is ``acl_tear``, "a lesion in segment VI of the
    liver" ``liver_lesion``), else ``concept`` itself. The organ is the nearest one linked to it ("of", "in",
    "within", "involving", or a label before it): "Rupture of the MCL with an intact ACL." names the ACL beside
    another ligament's tear, "a lesion adjacent to the liver" is no liver lesion."""
    below = vocabulary().concepts[concept].descendants
    if not organs or not below:
        return concept
    before = [o for o in organs if o.end <= start and _LINK_BEFORE.match(low, o.end, start)]
    linked = linked_after(organs, end, low) or (before[-1] if before else None)
    if linked is None:
        return concept
    kinds = {k for k in vocabulary().concepts[linked.concept].expands if k in below}
    return kinds.pop() if len(kinds) == 1 else concept


def linked_after(organs: list[Mention], end: int, low: str) -> Mention | None:
    """The first organ after a finding ending at ``end`` that it is said of ("thrombus in the popliteal vein"): what
    follows that organ may deny the finding ("... has resolved")."""
    return next((o for o in sorted(organs, key=lambda o: o.start) if o.start >= end and _LINK_AFTER.match(low, end, o.start)), None)


__all__ = ["coordinated", "linked_after", "narrowed_by_organ", "relabelled"]
