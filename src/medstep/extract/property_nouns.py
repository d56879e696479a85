"""A property asked as an adjective, answered as its noun: "Is the nodule calcified?" - "No calcification."

Report language names a property by its noun and says whether it is there: "No calcification.", "Calcification:
present.", "Enhancement: none.", "Displacement of the fragments is not evident.", "Dilatation of the common bile duct
is not seen.", "Thickening of the gallbladder wall is noted." The statement readers look for the question's own word
("calcified", "dilated"), so these say nothing to them. :func:`as_property` rewrites such a sentence as the property
said of the asked subject ("The nodule is not calcified.", "The common bile duct is dilated."), which they read
with all their checks (hedges, time, other subjects).

The noun is found, not listed: a word of the answer sharing the property's root once the endings that make nouns
and participles are taken off (calcif-ied / calcif-ication, displac-ed / displac-ement, dilat-ed / dilat-ation,
thicken-ed / thicken-ing, asymmetr-ic / asymmetr-y), a root of five letters at least. The sentence must be only
that: an optional "no" / "without", the noun, optionally "of" / "in" / "within" the asked subject (every content word
of it, nothing else), and a word of presence or absence ("present", "seen", "noted", "none", "absent", "not seen";
after a colon, or with a copula): anything else in it (another noun, a place, a hedge) leaves it as it is.
"""

from __future__ import annotations

import re

from medstep.answers import hedges, negation
from medstep.extract import implicit

_ENDINGS = ("ications", "ication", "ations", "ation", "ements", "ement", "ments", "ment", "ities", "ity", "ions",
            "ion", "ated", "ied", "ed", "ing", "ic", "ies", "y", "es", "s", "e")
_SEEN = hedges.alternation(negation.SEEN, negation.SEEN_RARE)
_ABSENT = r"(?:none(?:\s+(?:" + _SEEN + r"))?|nil|absent|no|not\s+(?:" + _SEEN + r")|ruled\s+out)"
_PRESENT = r"(?:present|yes|(?:" + _SEEN + r"))"
_COPULA = r"(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?"
_LEAD = r"^[\s*_\-•>]*"
_END = r"[\s*_]*[.!]?[\s*_]*$"


def _roots(word: str) -> set[str]:
    word = word.lower()
    return {word} | {word[:-len(e)] for e in _ENDINGS if word.endswith(e) and len(word) - len(e) >= 5}


def _noun_of(text: str, prop: str) -> str | None:
    """The one word of ``text`` other than ``prop`` itself that shares its root, else ``None``."""
    want = _roots(prop) - {prop.lower()}
    found = {w.lower() for w in re.findall(r"[A-Za-z]+", text) if w.lower() != prop.lower() and _roots(w) & want}
    return found.pop() if len(found) == 1 else None


def as_property(text: str, question: str) -> str:
    """``text`` as the property said of the subject (module docstring) when it is one such sentence; else as is."""
    term = implicit.question_term(question)
    if term is None or term.prop is None or len(text) > 160 or "\n" in text.strip():
        return text
    noun = _noun_of(text, term.prop)
    if noun is None:
        return text
    subject = r"\s+the\s+" + r"\s+".join(re.escape(w) for w in term.phrase.split())
    named = r"(?i)" + _LEAD + r"(no\s+|without\s+(?:any\s+)?)?" + re.escape(noun) + r"(?:\s+(?:of|in|within)" + subject + ")?"
    denied = re.match(named + r"(?:\s+" + _COPULA + r"(?:" + _SEEN + r"))?" + _END, text)
    if denied is not None and denied.group(1):
        return f"The {term.phrase} is not {term.prop}."
    said = re.match(named + r"[\s*_]*(?::[\s*_]*|\s+" + _COPULA + r")(" + _ABSENT + "|" + _PRESENT + r")" + _END, text)
    if said is None or said.group(1):
        return text
    absent = re.fullmatch(_ABSENT, said.group(2).lower()) is not None
    return f"The {term.phrase} is {'not ' if absent else ''}{term.prop}."


__all__ = ["as_property"]
