"""The side an unpaired organ lies on, asked and answered: "Is there a right-sided aortic arch?" - "Aortic knob on the
left." (no); "Is the heart on the left?" - "The cardiac apex points to the right; dextrocardia." (no reading: no
statement of the heart's side in the words read here); "Is the stomach bubble on the left side?" - "Gastric bubble
under the left hemidiaphragm." (yes). Rule ``implicit_sided_structure``.

Only organs that lie on one side of the body (:data:`UNPAIRED`, concepts of ``answers/concepts.tsv``: the aorta and
its arch or knob, the heart, the stomach, the liver, the spleen, the appendix), so that a side names where the organ
is, never which of two organs ("Is there a right kidney?" asks whether one is there). The question asks the organ on
one side ("Is there a right-sided aortic arch?", "Is the aortic arch left-sided?", "Is the liver on the right?"); the
reply is read clause by clause: a clause naming the organ and one side for it ("left-sided", "on the left", "to the
right", a side word right before the organ's name) gives that side. Every such clause agreeing answers (the asked
side: yes; the other: no); a clause with both sides, a negation or a hedge beside the organ, or no side at all for
it, gives no reading.
"""

from __future__ import annotations

from medstep.answers import NO, YES, negation
from medstep.answers.concepts import MentionKind, normalize, vocabulary
from medstep.answers.text import HAN
from medstep.extract import implicit, implicit_terms
from medstep.lazyre import lazy_compile

RULE = "implicit_sided_structure"

# Organs of one side of the body (situs): the side answers where the organ is.
UNPAIRED = frozenset({"aorta", "heart", "stomach", "liver", "spleen", "appendix"})
# Findings of the vocabulary that are an unpaired organ on its unusual side ("Right aortic arch.", "Dextrocardia.",
# "The heart is on the right."): the organ and the side they name.
_PLACED_FINDINGS = {"right_aortic_arch": ("aorta", "right"), "dextrocardia": ("heart", "right")}
_ASKED = (
    lazy_compile(r"(?i)^\s*is\s+there\s+an?\s+(?P<side>left|right)(?:[\s-]+sided)?\s+(?P<organ>[a-z ]{3,40}?)\s*\?\s*$"),
    lazy_compile(r"(?i)^\s*(?:is|are)\s+the\s+(?P<organ>[a-z ]{3,40}?)\s+(?P<side>left|right)[\s-]+sided\s*\?\s*$"),
    lazy_compile(r"(?i)^\s*(?:is|are)\s+the\s+(?P<organ>[a-z ]{3,40}?)\s+(?:(?:located|positioned|situated|lying)\s+)?"
                 r"on\s+the\s+(?P<side>left|right)(?:\s+side)?\s*\?\s*$"),
)
# The side a clause gives the organ: "left-sided", "on the left", "to the right", "under the left hemidiaphragm" is no
# side of the organ itself, so only these shapes count (and a side word right before the organ's name).
_SIDED = lazy_compile(r"(?i)\b(left|right)[\s-]+sided\b|\b(?:on|to|towards?)\s+the\s+(?:patient'?s\s+)?(left|right)\b"
                      r"(?!\s+of\b)(?!\s+(?:lung|kidney|lobe|hemidiaphragm|diaphragm|breast|atrium|ventricle)\b)")
_SIDE_WORD = lazy_compile(r"(?i)\b(left|right)\s+$")
_ANY_SIDE = lazy_compile(r"(?i)\b(left|right)\b")
_NEGATION = negation.heads(negation.DENY, negation.NEVER, negation.NONE, negation.ABSENT, negation.NEITHER)


def _organ(phrase: str) -> str | None:
    """The unpaired organ a phrase names, wholly, else ``None``."""
    voc = vocabulary()
    found = voc.mentions(normalize(phrase))
    if len(found) != 1 or found[0].kind is not MentionKind.CONCEPT or found[0].concept not in UNPAIRED:
        return None
    return found[0].concept if found[0].end - found[0].start == len(phrase.strip()) else None


def asked_side(question: str) -> tuple[str, str] | None:
    """(organ, side) of a question asking an unpaired organ on one side, else ``None``."""
    if HAN.search(question):
        return None
    for pattern in _ASKED:
        m = pattern.match(question)
        if m is not None:
            organ = _organ(m.group("organ").strip())
            return (organ, m.group("side").lower()) if organ is not None else None
    return None


def _clause_side(clause: str, organ: str) -> set[str] | None:
    """The sides a clause gives the organ (empty when it does not name it); ``None`` when it names it unreadably."""
    voc = vocabulary()
    low = normalize(clause)
    found = voc.mentions(low)
    named = [m for m in found if m.kind is MentionKind.CONCEPT and m.concept == organ]
    placed = {_PLACED_FINDINGS[m.concept][1] for m in found if m.kind is MentionKind.CONCEPT
              and _PLACED_FINDINGS.get(m.concept, ("", ""))[0] == organ}
    if not named and not placed:
        return set()
    if any(t in _NEGATION or negation.contracted(t) for t in implicit_terms.tokens(clause)):
        return None  # "No right-sided arch.": left to the finding readers
    if {w.lower() for w in _ANY_SIDE.findall(clause)} == {"left", "right"}:
        return None  # "on the left or right", "the liver on the left and the spleen on the right"
    sides = {(m.group(1) or m.group(2)).lower() for m in _SIDED.finditer(clause)} | placed
    for m in named:
        before = _SIDE_WORD.search(clause, 0, m.start)
        if before is not None:
            sides.add(before.group(1).lower())  # "Left aortic arch."
    return sides


def read_sided_structure(text: str, question: str) -> str | None:
    """yes / no when a short reply places the asked unpaired organ on one side (module docstring)."""
    asked = asked_side(question)
    if asked is None or HAN.search(text) or len(text) > implicit.MAX_CHARS:
        return None
    organ, side = asked
    said: set[str] = set()
    for sentence in implicit.sentences(text):
        for clause in implicit.clauses(sentence):
            sides = _clause_side(clause, organ)
            if sides is None:
                return None
            if not sides:
                continue
            if implicit.hedged(sentence) or len(sides) != 1:
                return None
            said |= sides
    if len(said) != 1:
        return None
    return YES if said == {side} else NO


__all__ = ["RULE", "UNPAIRED", "asked_side", "read_sided_structure"]
