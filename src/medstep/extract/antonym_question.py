"""What a closed question asks the antonym reader (``extract/antonyms.py``): a pole of one pair said of a subject,
a side of a place, a count of lesions, or an organ's identity.

"Is the lesion malignant?" asks the malignancy pair's pole "malignant" of "lesion"; "Is the lesion in the right
kidney?" the side pair's right pole of "lesion" in "kidney"; "Are there multiple lesions in the liver?" the count
pair's "multiple" of "lesion", with "liver" named; "Is the organ on the left the liver?" the liver as what "the organ
on the left" is. Questions with "or", a refusal's words or several poles are none of these. Kept apart from the
reader, which reads the answer with the subject words (``subject_stems``) and stop words (``Q_STOP``) made here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from medstep.answers.concepts import MentionKind, normalize, vocabulary
from medstep.answers.studies import study_nouns
from medstep.extract import implicit_terms, pole_context
from medstep.extract.antonym_pairs import ANSWER_ONLY, LESION, NUMBER, PAIRS, SIDE, Pair
from medstep.extract.implicit_words import Q_PATIENT, Q_REFUSE
from medstep.extract.organ_owners import organs_named
from medstep.lazyre import lazy_compile

_PROPERTY_Q = lazy_compile(r"(?i)^\s*(?:is|are|does|do)\s+(?:the|this|these|that|it)\b\s*([^?]{0,60}?)\s*\?\s*$")
_SIDE_Q = lazy_compile(r"(?i)^\s*(?:is|are)\s+(?:the|this|that|it)\b\s*([a-z -]{0,40}?)\s+(?:in|on|of|at|within|involving)\s+"
                       r"the\s+(left|right)(?:\s+(?!the\b)([a-z -]{2,30}?))?\s*\?\s*$")
_IDENTITY_Q = lazy_compile(r"(?i)^\s*is\s+(this|that|it|the\s+[a-z -]{2,40})\s+the\s+([a-z-]{3,20}(?:\s+[a-z-]{3,20})?)\s*\?\s*$")
# After a pole opening the subject ("the cyst", "the cystic mass"), a word that goes on to what is asked of it
# ("contain septations", "mass enhancing"): the pole names the thing asked about, not the property asked. A
# preposition or a conjunction after it goes on with the pole ("Is it cystic in nature?", "solid or cystic").
_PREDICATE = lazy_compile(r"(?i)[ \t-]+(?!(?:in|on|at|of|with|without|to|for|from|by|compared|relative|and|or|than|"
                          r"when|after|before|during|throughout|overall|now|here|there|today)\b)[a-z]")
SIDE_WORD = lazy_compile(r"(?i)\b(?:left|right)\b")
_LOCATED_VERB = lazy_compile(r"(?i)\s+(?:located|situated|seen|positioned|lying|found)$")
_PRESENCE_Q = lazy_compile(r"(?i)^\s*(?:(?:is|are)\s+there|(?:does|do)\s+(?:this|the)\s+(?:[a-z-]+\s+){0,2}?"
                           + study_nouns(("image", "radiograph", "film", "scan", "study", "x-ray", "ct", "mri"), plural=False,
                                         extra=("images",))
                           + r"\s+(?:show|demonstrate|reveal))\s+(?:an?\s+|any\s+)?"
                           r"(?:evidence\s+of\s+(?:an?\s+)?)?([a-z -]{2,50}?)\s*\?\s*$")
# The subject of "Is there a fracture?": the bones ("The bones are intact.", "Osseous structures intact.").
BONES = ("bone", "osseous", "bony", "skeleton", "skeletal")
_COUNT_Q = lazy_compile(r"(?i)^\s*(?:are\s+there\s+(multiple|several|many|numerous)|is\s+there\s+(?:an?\s+|only\s+)?"
                        r"(single|solitary|one|isolated))\s+([a-z -]{3,40}?)\s*\?\s*$")
_ENDS_PREPOSITION = lazy_compile(r"(?i)\b(?:in|on|of|at|within|involving|to|from)$")
WORD = lazy_compile(r"[a-z0-9]+")
Q_STOP = frozenset({"the", "a", "an", "this", "these", "that", "it", "image", "images", "sequence", "weighted",
                     "scan", "mri", "ct", "study", "is", "are", "of", "in", "on", "features", "look", "looks", "appear",
                     "appears", "seem", "seems"})


@dataclass(frozen=True)
class Identity:
    """An organ's identity question: "Is the organ on the left the liver?" (``subject`` "the organ on the left")."""

    organ: str  # the anatomy concept id asked
    subject: str  # the asked thing, lower-cased, spaces collapsed
    sides: frozenset[str]  # the sides the asked organ names ("Is this the left kidney?")


@dataclass(frozen=True)
class Asked:
    """A pole of one pair asked of a subject: "Is the lesion malignant?", "Is the effusion on the left?"."""

    pair: Pair
    pole: int  # the pole the question asks (0 or 1)
    subject: tuple[str, ...]  # stemmed subject words (any one must be in the answer unless it opens with a pronoun)
    place: tuple[str, ...] = ()  # the side pair: the place's stemmed words ("kidney")
    needs: tuple[str, ...] = ()  # words the answer must all name ("Are there multiple lesions in the liver?")


def subject_stems(text: str) -> tuple[str, ...]:
    """The stemmed words of ``text`` less the question's frame words (``Q_STOP``): a subject said in other forms."""
    return tuple(implicit_terms.stem(w) for w in WORD.findall(text.lower()) if w not in Q_STOP)


_GATE_NOUNS = r"(?:cysts?|cystic|collections?|masses|mass|lesions?|effusions?)"
_NAMED_BEFORE = lazy_compile(r"(?i)\b(?:the|a|an|this|that)\s+(?:(?!" + _GATE_NOUNS + r"\b)[a-z-]+\s+){1,3}$")
_GATE_NOUN_AFTER = lazy_compile(r"(?i)\s+" + _GATE_NOUNS + r"\b")
_SIDE_WORD = lazy_compile(r"(?i)\b(?:left|right|upper|lower|bilateral|both)\b")  # "the right kidney" is a place, no name


@lru_cache(maxsize=1024)
def parse_question(question: str) -> Asked | Identity | None:
    """The asked pair and pole, the asked organ of an identity question, or ``None``."""
    question = Q_PATIENT.sub("", question)  # "Is the endometrial thickness abnormal for this postmenopausal woman?"
    if Q_REFUSE.search(question):
        return None
    m = _SIDE_Q.match(question)
    if m is not None:
        place = subject_stems(m.group(3) or "side")  # "Is the effusion on the left?": the side alone
        subject = _LOCATED_VERB.sub("", m.group(1))  # "Is the abnormality located in the right lung?"
        return Asked(SIDE, 0 if m.group(2).lower() == "left" else 1, subject_stems(subject), place)
    m = _COUNT_Q.match(question)
    if m is not None:  # "Are there multiple lesions (in the liver)?", "Is there a solitary nodule?"
        noun, _, where = m.group(3).partition(" in ")
        if LESION.fullmatch(noun.split()[-1]) is None:
            return None  # "Are there multiple views?" counts no lesion
        return Asked(NUMBER, 0 if m.group(2) else 1, subject_stems(noun), needs=subject_stems(where))
    m = _IDENTITY_Q.match(question)
    if m is not None and _ENDS_PREPOSITION.search(m.group(1)) is None:
        organ = organ_named(m.group(2))
        if organ is not None:
            return Identity(organ, flat_phrase(m.group(1)), sides_named(m.group(2)))
    present = _presence(question)
    if present is not None:  # "Is there a fracture of the femoral neck?", "Is there bowel obstruction?"
        return present
    m = _PROPERTY_Q.match(question)
    if m is None:
        return None
    # a pole of a gated pair outside its gate names no property: "T2" of "hyperintense on T2?" is a sequence
    found = [(pair, i, hit) for pair in PAIRS for i, rx in enumerate(pair.poles) for hit in rx.finditer(m.group(1))
             if pair.gate is None or pair.gate.search(question) is not None]
    # "the ostiomeatal complex", "the triangular fibrocartilage complex": "complex" after a determiner and a modifier
    # that is no lesion noun, and before none, is the name of a structure, no pole ("Is the cyst complex?" asks one)
    found = [f for f in found if not (f[0].name == "complexity" and f[1] == 0
                                      and (named := _NAMED_BEFORE.search(m.group(1), 0, f[2].start())) is not None
                                      and _SIDE_WORD.search(named.group(0)) is None
                                      and not organs_named(normalize(named.group(0)))[0]
                                      and _GATE_NOUN_AFTER.match(m.group(1), f[2].end()) is None)]
    if len(found) > 1:  # "Is the renal cyst simple?": a pole right before another is the subject's noun, not asked
        found = [f for f in found if not any(g[2].start() > f[2].end() and not m.group(1)[f[2].end():g[2].start()].strip()
                                             for g in found)]
    if len(found) > 1:  # "Is the mass hypointense on T1-weighted images?": the weighting qualifies the signal
        found = [f for f in found if f[0].gate is None]
    if len(found) != 1:
        return None
    pair, pole, hit = found[0]
    if hit.start() == 0 and _PREDICATE.match(m.group(1), hit.end()) is not None:
        return None  # "Does the cyst contain septations?", "Is the cystic mass enhancing?": the pole is the subject
    if ANSWER_ONLY.fullmatch(hit.group(0)):
        return None  # "Is the ETT too high?": "too low" would be the same pole
    rest = m.group(1)[:hit.start()] + " " + m.group(1)[hit.end():]
    words = subject_stems(pole_context.without_sequences(rest) if pair.described else rest)
    if not words and len(hit.group(0).split()) > 1:
        words = subject_stems(hit.group(0))  # "Is the lung volume reduced?": the pole names the lungs
    return Asked(pair, pole, words)


def _presence(question: str) -> Asked | None:
    """The pair a presence question asks by a pole that is a finding, with its subject ("Is there a fracture of the
    femoral neck?": the integrity pair, "femoral neck"); ``None`` for any other question."""
    m = _PRESENCE_Q.match(question)
    if m is None:
        return None
    found = [(pair, i, hit) for pair in PAIRS if pair.noun for i, rx in enumerate(pair.poles)
             for hit in rx.finditer(m.group(1))]
    if len(found) != 1:
        return None
    pair, pole, hit = found[0]
    subject = subject_stems(m.group(1)[:hit.start()] + " " + m.group(1)[hit.end():])
    return Asked(pair, pole, subject or (BONES if pair.name == "integrity" else ()))


def organ_named(phrase: str) -> str | None:
    """The anatomy concept ``phrase`` names as a whole ("the liver", "left kidney"), else ``None``."""
    low = normalize(re.sub(r"(?i)^(?:the|left|right)\s+", "", phrase.strip()))
    ms = vocabulary().mentions(low)
    if len(ms) != 1 or ms[0].kind is not MentionKind.CONCEPT or (ms[0].start, ms[0].end) != (0, len(low)):
        return None
    return ms[0].concept if vocabulary().concepts[ms[0].concept].category == "anatomy" else None


def flat_phrase(text: str) -> str:
    """``text`` lower-cased with its spaces collapsed: "The  Organ on the left" -> "the organ on the left"."""
    return " ".join(text.lower().split())


def sides_named(text: str) -> frozenset[str]:
    """The sides ``text`` names ("left", "right")."""
    return frozenset(w.lower() for w in SIDE_WORD.findall(text))
