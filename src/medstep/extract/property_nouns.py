"""A property asked as an adjective, answered as its noun: "Is the nodule calcified?" - "No calcification."

Report language names a property by its noun and says whether it is there: "No calcification.", "Calcification:
present.", "Enhancement: none.", "Displacement of the fragments is not evident.", "Dilatation of the common bile duct
is not seen.", "Thickening of the gallbladder wall is noted.", "There is collapse of the femoral head.", "The nodule contains
coarse calcification." The statement readers look for the question's own word
("calcified", "dilated"), so these say nothing to them. :func:`as_property` rewrites such a sentence as the property
said of the asked subject ("The nodule is not calcified.", "The common bile duct is dilated."), which they read
with all their checks (hedges, time, other subjects).

The noun is found, not listed: a word of the answer sharing the property's root once the endings that make nouns
and participles are taken off (calcif-ied / calcif-ication, displac-ed / displac-ement, dilat-ed / dilat-ation,
thicken-ed / thicken-ing, asymmetr-ic / asymmetr-y), a root of five letters at least. The sentence must be only
that (or, in a longer reply, one sentence is, and no other sentence has a word of the property's root): an optional
"no" / "without", the noun, optionally "of" / "in" / "within" the asked subject (every content word
of it, nothing else), and a word of presence or absence ("present", "seen", "noted", "none", "absent", "not seen";
after a colon, or with a copula): anything else in it (another noun, a place, a hedge) leaves it as it is. Or it
states the noun in a frame of presence, "There is ...", "The <subject> shows / contains ...", "Post-contrast images
show ... of the <subject>" (:func:`_as_stated`, which says what may describe the noun there).
"""

from __future__ import annotations

import re

from medstep.answers import SEVERITY_WORDS, hedges, negation
from medstep.extract import implicit, implicit_terms
from medstep.extract.implicit_words import BESIDE, STOP
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
    term = implicit_terms.question_term(question)
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


def _as_property(text: str, term: implicit_terms.Term) -> str:
    noun = _noun_of(text, term.prop) if term.prop is not None else None
    if noun is None:
        return text
    stated = _as_stated(text, term, noun)
    if stated is not None:
        return stated
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


# The frames that state a noun present (or, with "no", absent) of a subject: "There is <noun> of the <subject>",
# "The <subject> shows / contains / has <noun>", "Post-contrast images show <noun> of the <subject>".
_THERE = r"there\s+(?:is|are)\s+"  # "There was ...": then, not now
_SHOWS = r"(?:shows?|showing|demonstrates?|contains?|has|have|exhibits?|reveals?)\s+"
_DENIAL = r"(?P<no>no\s+(?:evidence\s+of\s+)?)?"
_MODS = r"(?P<mods>(?:[a-z][a-z-]*\s+){0,3}?)"
# The phase of this study after contrast: its "post" is no earlier time ("Post-contrast images show ...").
_CONTRAST_PHASE = lazy_compile(r"(?i)\bpost[\s-]?(?:contrast|gadolinium|gad)\b")
# Words describing a noun by where within its structure it lies, what it looks like or how much of it there is ("a
# central ulcer", "coarse calcification", "minimal enhancement": the amounts are ``answers/yesno.SEVERITY_WORDS``):
# they name no other structure, as "aortic calcification" does.
_WITHIN = frozenset({"central", "peripheral", "internal", "focal", "marginal", "eccentric", "diffuse", "rim", "mural",
                     "subtle", "avid", "intense", "heterogeneous", "homogeneous", "coarse", "punctate", "fine", "dense",
                     "partial", "early", "a", "an", "some", "several", "multiple", "scattered"}) | SEVERITY_WORDS
# After the noun: a second noun joined to it ("collapse and flattening of"), then the structure it is of.
_OF = r"(?:\s+(?:and|or|,)\s+[a-z]+)?\s+(?:of|in|within|involving)\s+the\s+(?P<of>(?:[a-z0-9][a-z0-9-]*\s+){0,4}?[a-z]+)"
# After that, the sentence may go on with what describes it ("with rolled borders", "after contrast").
_REST = r"(?P<rest>(?:\s+(?:with|after|on|in|at|along|from|to)\b[^.;!?]*|,[^.;!?]*)?(?:[.!]?\s*$|;[^\n]*$))"


def _as_stated(text: str, term: implicit_terms.Term, noun: str) -> str | None:
    """A sentence that states the property's ``noun`` present or absent in a frame of presence, as the property said
    of the subject; else ``None``. The structure must be the asked subject: named before the verb ("The lesion shows
    avid enhancement."), or after the noun ("There is subchondral collapse of the femoral head."; for a statement
    of presence it may name a part, "of the superior femoral head"). Named nowhere, the sentence may describe the
    noun only by where within a structure it lies or how much there is ("There is a central ulcer."): "There is
    aortic calcification." names another. A denial takes no describing word ("There is no new calcification." leaves
    old calcification open), and any hedge or earlier time leaves the sentence as it is."""
    if term.prop is None or implicit.hedged(_CONTRAST_PHASE.sub(" ", text)):
        return None  # the rewrite keeps what follows the structure, not what precedes the noun: "The prior CT shows"
    subject = term.phrase.lower().split()
    the_subject = r"(?:the\s+" + r"\s+".join(re.escape(w) for w in subject) + r"|it)\s+"
    scene = r"(?:(?:[a-z0-9][a-z0-9-]*\s+){1,3}?)"  # "post-contrast images", "the CT", "T1 sequences"
    forms = (
        (r"(?i)" + _LEAD + _THERE + _DENIAL + _MODS + re.escape(noun) + r"(?:" + _OF + r")?", False),
        (r"(?i)" + _LEAD + the_subject + _SHOWS + _DENIAL + _MODS + re.escape(noun) + r"(?:" + _OF + r")?", True),
        (r"(?i)" + _LEAD + scene + _SHOWS + _DENIAL + _MODS + re.escape(noun) + _OF, False),
    )
    seen = _IDENTIFIED.match(text)
    if seen is not None and _identified_noun(seen, noun) and _unplaced(seen.group("seen")):
        return f"The {term.phrase} is {term.prop}."  # "Several dense foci over 300 HU, consistent with calcification."
    for pattern, named_first in forms:
        m = re.match(pattern + _REST, text)
        if m is None:
            continue
        denied = bool(m.group("no"))
        mods = m.group("mods").split()
        of = (m.groupdict().get("of") or "").lower().split()
        if named_first and of:
            return None  # "The lesion shows enhancement of the adjacent dura.": another structure's
        if of and (of[-len(subject):] != subject or (denied and of != subject) or _beside(of[:-len(subject)])):
            return None  # another structure, or a denial of one part of it only
        if not named_first and not of and not _WITHIN.issuperset(w.lower() for w in mods):
            return None  # "There is aortic calcification.": whose?
        if denied and any(w.lower() not in ("a", "an", "any") for w in mods):
            return None  # "There is no new calcification.": old calcification stays open
        said = f"The {term.phrase} is {'not ' if denied else ''}{term.prop}"
        return said + (m.group("rest") or ".")
    return None


# What is seen, then the noun it is: "Several dense foci over 300 HU, consistent with calcification.", "Dense
# central calcium within it, in keeping with calcification." The seen thing names no place (:func:`_unplaced`).
_IDENTIFIED = lazy_compile(r"(?i)" + _LEAD + r"(?P<seen>[a-z0-9][^.;:!?()]{2,80}?)\s*[,—–-]?\s+(?:(?:are|is)\s+)?"
                           r"(?:consistent|compatible|in\s+keeping)\s+with\s+(?P<mods>(?:[a-z][a-z-]*\s+){0,2}?)"
                           r"(?P<noun>[a-z]+)[\s*_]*[.!]?[\s*_]*$")
# A threshold or the subject's pronoun in what is seen places nothing elsewhere ("over 300 HU", "within it").
_NO_PLACE = lazy_compile(r"(?i)\b(?:(?:over|under|above|below|of)\s+(?:about\s+)?\d[\d.,]*\s*(?:hu|hounsfield\s+units?)?|"
                         r"within\s+it|in\s+it)\b")


def _identified_noun(seen: re.Match[str], noun: str) -> bool:
    """Whether the identity frame's noun is ``noun``, described only by what :data:`_WITHIN` allows."""
    mods = seen.group("mods").split()
    return seen.group("noun").lower() == noun.lower() and _WITHIN.issuperset(w.lower() for w in mods)


def _unplaced(seen: str) -> bool:
    """Whether what is seen names no place, no other structure and no denial: no preposition, article or pointing word
    (``implicit_words.STOP``) once a threshold and "within it" are set aside, no negation."""
    words = re.findall(r"[a-z]+", _NO_PLACE.sub(" ", seen.lower()))
    return bool(words) and not set(words) & (STOP | set(negation.DENY) | set(negation.NEITHER) | set(negation.NONE))


def _beside(part: list[str]) -> bool:
    """Whether the words before the subject at the end of an "of" phrase name another structure placed by it ("of the
    meninges around the lesion", "of the wall next to the nodule") rather than a part of it ("of the superior
    femoral head", "of the dome of the femoral head")."""
    words = (" ".join(part) + " ").replace(" of the ", " ")
    return BESIDE.search(words) is not None or any(w in STOP for w in words.split())


# A finding's noun made from a verb ("compression", "dilatation", "thickening", "enlargement", "detachment"): the
# state a participle of the same root says of the subject.
_NOUN_ENDINGS = ("ation", "ition", "ution", "sion", "tion", "ment", "ening")
# A participle or adjective of the state: "compressed", "dilated", "thickened", "calcified".
_PARTICIPLE = lazy_compile(r"(?i)\b[a-z]{4,}(?:ed)\b")


def as_property_question(question: str, text: str) -> str | None:
    """The property question a presence question asks in a verb's noun, when the reply says it with the participle:
    "Is there thickening of the gallbladder wall?" answered "The gallbladder wall is thickened." asks "Is the
    gallbladder wall thickened?"; "Is there spinal cord compression?" asks "Is the spinal cord compressed?". Only a
    term that is the noun and its subject ("<noun> of/in the <subject>" or "<subject> <noun>", one to three subject
    words), and only the one participle of the reply sharing the noun's root; else ``None``."""
    term = implicit_terms.question_term(question)
    if term is None or term.prop is not None:
        return None
    words = term.phrase.lower().split()
    if len(words) >= 3 and words[1] in ("of", "in", "within"):
        noun, subject = words[0], [w for w in words[2:] if w not in ("the", "a", "an")]
    else:
        noun, subject = words[-1], words[:-1]
    if not 1 <= len(subject) <= 3 or not noun.endswith(_NOUN_ENDINGS) or not all(w.isalpha() for w in subject):
        return None
    want = _roots(noun) - {noun}
    said = {w.lower() for w in _PARTICIPLE.findall(text) if _roots(w) & want}
    if len(said) != 1:
        return None
    return f"Is the {' '.join(subject)} {said.pop()}?"


def prefix_denied(text: str, question: str) -> str:
    """``text`` with a question word under a negating prefix (``negation.NON``) written as its denial: "Non-displaced
    fracture." to "Is there a displaced fracture?" reads "Not displaced fracture." (the vocabulary's fracture kinds
    hold "nondisplaced fracture", and the question's word inside it would read as said).
    Only a presence question's own words of five letters or more: "Non-displaced fracture." to "Is there a
    fracture?" still states a fracture (a property question reads the prefix itself: ``extract/antonyms.py``)."""
    term = implicit_terms.question_term(question) if any(w in text.lower() for w in negation.NON) else None
    if term is None or term.prop is not None:
        return text
    asked = {w for w in implicit_terms.tokens(term.phrase) if len(w) >= 5}
    prefix = hedges.alternation(negation.NON)
    return re.sub(r"(?i)\b(?:" + prefix + r")[\s-]?([a-z]{5,})\b",
                  lambda m: "not " + m.group(1) if m.group(1).lower() in asked else m.group(0), text)


__all__ = ["as_property", "as_property_question", "prefix_denied"]
