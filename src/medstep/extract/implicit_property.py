"""The property reading of :mod:`medstep.extract.implicit`: "The heart is (mildly) enlarged" / "The heart is not
enlarged" / "an enlarged heart" for "Is the heart enlarged?" (kept apart to keep ``implicit.py`` short)."""

from __future__ import annotations

from medstep.answers import negation
from medstep.extract.implicit_words import (
    APPEAR as _APPEAR, ARTICLES as _ARTICLES, DEGREE as _DEGREE, NEGATION as _NEGATION, SIZE_TAIL, SIZE_WORDS,
)
from medstep.extract.stance import Stance


def property_stance(toks: list[str], lo: int, hi: int, prop: str) -> Stance | None:
    """"The heart is (mildly) enlarged" / "The heart is not enlarged" for "Is the heart enlarged?"; the property
    before its subject too: "an enlarged heart" (yes), "a non-displaced fracture" / "an undisplaced fracture" (no)."""
    before = toks[max(0, lo - 3):lo]
    negated = any(t in _NEGATION or negation.contracted(t) for t in toks)
    if before[-1:] in ([prop], ["un" + prop], ["non" + prop]) or before[-2:] == ["non", prop]:
        if negated or prop in toks[hi + 1:]:
            return Stance.UNCLEAR
        return Stance.YES if before[-1:] == [prop] and before[-2:-1] != ["non"] else Stance.NO
    if any(t not in _ARTICLES for t in toks[:lo]) or hi - lo > 2:
        return None if prop not in toks else Stance.UNCLEAR
    rest = toks[hi + 1:]
    if rest and rest[0] not in _APPEAR and not negated or rest[:1] == ["not"]:
        # a report line leaves the copula out: "Gallbladder wall thickened", "Pleura not thickened" (the clause is
        # the subject and its property, nothing more)
        body = rest[1:] if rest[0] == "not" else rest
        if body == [prop] or (len(body) == 2 and body[0] in _DEGREE and body[1] == prop):
            return Stance.NO if rest[0] == "not" else Stance.YES
    if not rest or rest[0] not in _APPEAR and rest[0] not in {"isn't", "aren't", "doesn't", "does"}:
        return None if prop not in toks else Stance.UNCLEAR
    if rest[0] in {"isn't", "aren't"}:
        rest = ["is", "not", *rest[1:]]
    elif rest[0] in {"doesn't", "does"}:  # "does not appear enlarged"
        rest = ["is", "not", *rest[2:]] if rest[0] == "doesn't" else ["is", *rest[1:]]
        if rest[1:2] != ["not"] or rest[2:3] not in (["appear"], ["look"], ["seem"]):
            return Stance.UNCLEAR
        rest = ["is", "not", *rest[3:]]
    if rest[1:] == ["not", prop]:
        return Stance.NO
    if rest[1:] == [prop] or (len(rest) == 3 and rest[1] in _DEGREE and rest[2] == prop):
        return Stance.YES
    body = rest[2:] if rest[1:2] and rest[1] in _DEGREE else rest[1:]
    if prop in SIZE_WORDS and rest[0] in ("is", "are") and body[:1] == [prop] and body[1:2] and body[1] in SIZE_TAIL \
            and not negated:
        return Stance.YES  # "The esophagus is massively dilated with a bird-beak taper." ("was dilated with a balloon")
    return Stance.UNCLEAR if prop in rest or any(t in _NEGATION for t in rest) else None


__all__ = ["property_stance"]
