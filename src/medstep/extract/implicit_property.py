"""The property reading of :mod:`medstep.extract.implicit`: "The heart is (mildly) enlarged" / "The heart is not
enlarged" / "an enlarged heart" for "Is the heart enlarged?" (kept apart to keep ``implicit.py`` short)."""

from __future__ import annotations

from medstep.answers import negation
from medstep.extract.implicit_words import (
    APPEAR as _APPEAR, ARTICLES as _ARTICLES, DEGREE as _DEGREE, NEGATION as _NEGATION, SIZE_TAIL, SIZE_WORDS,
)
from medstep.extract.stance import Stance


# Prefixes that make a property word its opposite: "asymmetric", "irregular", "inhomogeneous", "immobile",
# "unremarkable", "nonspecific". Only onto a property of five letters or more ("a" + "typical", not "a" + "cute").
_NEGATING_PREFIXES = ("non-", "non", "un", "ir", "il", "im", "in", "an", "a")


def opposite(word: str, prop: str) -> bool:
    """Whether ``word`` is ``prop`` with a negating prefix, or ``prop`` is ``word`` with one ("asymmetric" /
    "symmetric", "symmetric" / "asymmetric")."""
    short, long_ = (prop, word) if len(prop) < len(word) else (word, prop)
    return len(short) >= 5 and any(long_ == p + short for p in _NEGATING_PREFIXES)


def _said_opposite(toks: list[str], hi: int, prop: str) -> list[str]:
    """``toks`` with the property's opposite after the subject said as "not" + the property ("The lesion is
    (markedly) asymmetric" -> "The lesion is not symmetric"); a degree before the opposite goes with it."""
    out = toks[:hi + 1]
    for t in toks[hi + 1:]:
        if opposite(t, prop):
            while out[hi + 1:] and out[-1] in _DEGREE:
                out.pop()
            out += ["not", prop]
        else:
            out.append(t)
    return out


def property_stance(toks: list[str], lo: int, hi: int, prop: str) -> Stance | None:
    """"The heart is (mildly) enlarged" / "The heart is not enlarged" for "Is the heart enlarged?"; the property
    before its subject too: "an enlarged heart" (yes), "a non-displaced fracture" / "an undisplaced fracture" (no);
    the property's opposite by its prefix: "The lesion is asymmetric." to "Is the lesion symmetric?" (no)."""
    toks = _said_opposite(toks, hi, prop)
    before = toks[max(0, lo - 3):lo]
    negated = any(t in _NEGATION or negation.contracted(t) for t in toks)
    if before[-1:] in ([prop], ["un" + prop], ["non" + prop]) or before[-2:] == ["non", prop] \
            or before[-1:] and opposite(before[-1], prop):
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
