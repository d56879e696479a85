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
that (or, in a longer reply, one sentence is, and no other sentence has a word of the property's root): an optional
"no" / "without", the noun, optionally "of" / "in" / "within" the asked subject (every content word
of it, nothing else), and a word of presence or absence ("present", "seen", "noted", "none", "absent", "not seen";
after a colon, or with a copula): anything else in it (another noun, a place, a hedge) leaves it as it is.
"""

from __future__ import annotations

import re

from medstep.answers import hedges, negation
from medstep.extract import implicit
from medstep.lazyre import lazy_compile

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


def _says_property(text: str, prop: str) -> bool:
    """Whether ``text`` has a word of the property's root, the property's own word included."""
    want = _roots(prop)
    return any(_roots(w) & want for w in re.findall(r"[A-Za-z]+", text))


def as_property(text: str, question: str) -> str:
    """``text`` as the property said of the subject (module docstring) when it is one such sentence, or when one
    sentence of it is ("No enhancement. It measures 2 cm.": the others are left for the readers); else as is."""
    term = implicit.question_term(question)
    if term is None or term.prop is None:
        return text
    if len(text) <= 160 and "\n" not in text.strip():
        said = _as_property(text, term)
        if said != text:
            return said
    if len(text) > implicit.MAX_CHARS:
        return text
    parts = _SENTENCE.split(text)
    said_parts = [_as_property(p, term) if len(p) <= 160 else p for p in parts]
    changed = [i for i, (a, b) in enumerate(zip(parts, said_parts)) if a != b]
    if len(changed) != 1 or sum(_says_property(p, term.prop) for p in parts) != 1:
        return text  # the property in another sentence too ("No enhancement. It enhances on delayed images.",
        # "Calcification cannot be excluded."): the readers would see only the rewritten one
    return "".join(said_parts[i] if i == changed[0] else p for i, p in enumerate(parts))


# Sentence ends and line breaks, kept as parts of their own so that the text joins back unchanged.
_SENTENCE = lazy_compile(r"((?<=[.!?])[ \t]+|\n+)")


def _as_property(text: str, term: implicit.Term) -> str:
    noun = _noun_of(text, term.prop) if term.prop is not None else None
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
