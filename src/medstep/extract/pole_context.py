"""What a pole of an antonym pair (``extract/antonyms.py``) is said with, set aside before the pole is read.

Models rarely state a property bare. "It is hypointense relative to muscle.", "Markedly hyperintense, similar to
CSF.", "The lesion is hypointense on T1 and hyperintense on T2.", "Predominantly solid with a small cystic
component.", "It is a cystic mass with a thin wall and no enhancing components." all answer "Is the lesion
hyperintense on T2?" / "Is the mass solid?" once the words around the pole are read for what they are:

* a comparison's referent ("relative to muscle", "similar to CSF", "compared with the liver") names what the
  subject is compared with, not another subject holding the pole;
* a pole held as features ("The lesion has malignant features.") is the pole of the subject, and a place given as
  part of a sided one ("in segment VII, which is part of the right lobe") lies on that side;
* the contrast a pole is seen after ("No enhancement after gadolinium.") names the technique, not a subject;
* a degree or predominance word ("markedly", "predominantly", "purely") grades the pole, it is no subject;
* a sequence (``answers/technique.py``'s MRI sequences): where the question asks one ("on T2?"), only the clauses
  naming it, or a sentence naming none, speak of it ("hypointense on T1 and hyperintense on T2" is a yes to "T2?";
  "hypointense on T1-weighted images" says nothing of T2);
* a "with" phrase describing the subject further ("with a thin wall and no enhancing components") holds no pole
  of the pair, or only denies the other one ("Purely cystic, with no solid component.", "intact with no cortical
  break"), or is the minor part of a
  predominant pole asked ("Predominantly solid with a small cystic component." to "Is the mass solid?"): it is
  set aside. A "with" phrase
  holding the other pole in any other way still makes no reading ("A solid mass with cystic areas.").

* a side (the side pair): only a side before its place counts ("in the left kidney"), and a side asked alone ("Is
  the abnormality on the left side?") is answered by a place wholly on one side ("in the right lower lobe"), a place
  asked by one of its parts ("in the right middle lobe" to "... in the right lung?").

* an answer's label opening the sentence ("*Answer*: The shoulder is normally aligned.") names no subject, and the
  owner of a subject ("the margin of the adjacent cyst") is found for the reader to compare with the asked one.

Each function returns the text left to read (or ``None`` where the sentence says nothing of the asked sequence);
the antonym reader applies its own checks (subject, negation, hedge, part or time) to what is left.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from medstep.answers import hedges, negation
from medstep.answers.technique import technique_mentions
from medstep.extract.commit import CONCLUDING_LABEL
from medstep.extract.implicit_terms import stem
from medstep.extract.implicit_words import DEGREE
from medstep.lazyre import lazy_compile

# Words grading a pole ("markedly hyperintense", "predominantly solid", "purely cystic"): never a subject.
GRADE = DEGREE | frozenset({"predominantly", "mostly", "largely", "mainly", "primarily", "purely", "entirely",
                            "completely", "wholly", "uniformly", "homogeneously", "heterogeneously", "very",
                            "intensely", "strongly", "faintly"})
_PREDOMINANT = lazy_compile(r"(?i)\b(?:predominantly|mostly|largely|mainly|primarily)\s+$")
# The comparison's referent runs to the end of its clause: "relative to the adjacent muscle", "similar to CSF"; a
# turn or another clause joined by "and"/"or"/"whereas" ends it, since what follows may state a pole ("hypodense
# relative to muscle and hyperdense relative to fluid" states both).
_COMPARISON = lazy_compile(r"(?i)\b(?:relative\s+to|compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|similar\s+to|"
                           r"equal\s+to|identical\s+to|close\s+to|approaching|matching|like|than)\s+(?:(?!" + hedges.words(hedges.TURN, ("and", "or", "whereas", "while"))
                           + r")[^,;.:()—–])*")
# What a pole's part is called: "a small cystic component", "a solid mural nodule", "cystic areas".
_PART = (r"(?:\s+[a-z-]+){0,2}?\s+(?:components?|areas?|portions?|parts?|elements?|foci|focus|regions?|nodules?|spaces?|"
         r"cent(?:er|re)s?|cores?)\b")
_NO = lazy_compile(r"(?i)" + hedges.words(negation.DENY) + r"\s+(?:an?\s+)?(?:[a-z-]+\s+)?$")
_WITH = lazy_compile(r"(?i),?\s+\b(?:with|without)\b")
_SEQUENCE_PREP = lazy_compile(r"(?i)\b(?:on|in|at)\s+(?:the\s+)?$")
_SEQUENCE_TAIL = lazy_compile(r"(?i)^(?:[\s-]*(?:weighted|images?|imaging|sequences?|series))*")
_CLAUSE = lazy_compile(r"(?i)[,;]|\s(?:and|but|while|whereas)\s")
# A bare "T1" / "T2" after "on" beside a signal word is the sequence ("hypointense on T1 and ..."), which the shared
# technique table leaves open before "and" (a vertebra may follow: "T1 and T2").
_BARE = lazy_compile(r"(?i)(?<=\bon\s)(?:the\s+)?(t[12])\b")


@dataclass(frozen=True)
class _Named:
    value: str
    start: int
    end: int


def _sequences(text: str) -> list[_Named]:
    """The MRI sequences ``text`` names, with their spans."""
    named = [_Named(m.value.value, m.start, m.end) for m in technique_mentions(text) if m.value.attribute == "sequence"]
    for m in _BARE.finditer(text):
        if not any(n.start <= m.start(1) < n.end for n in named):
            named.append(_Named(m.group(1).lower(), m.start(1), m.end(1)))
    return named


def asked_sequences(question: str) -> frozenset[str]:
    """The MRI sequences ``question`` names ("Is the lesion hyperintense on T2?": {"t2"})."""
    return frozenset(n.value for n in _sequences(question))


def for_sequence(sentence: str, asked: frozenset[str]) -> str | None:
    """``sentence`` with its sequence phrases taken out, keeping only the clauses that name an asked sequence when
    it names any; ``None`` when it names only other sequences."""
    named = _sequences(sentence)
    if not named:
        return sentence
    if not asked:
        return without_sequences(sentence)
    starts = [0] + [m.end() for m in _CLAUSE.finditer(sentence)]
    ends = [m.start() for m in _CLAUSE.finditer(sentence)] + [len(sentence)]
    kept = []
    for lo, hi in zip(starts, ends):
        here = {m.value for m in named if lo <= m.start < hi}
        if here and here <= asked:
            kept.append(sentence[lo:hi])
        elif here or len(named) > 1:
            continue  # another sequence's clause, or a clause naming none beside clauses naming several
        else:
            kept.append(sentence[lo:hi])
    if not any({m.value for m in named if lo <= m.start < hi} & asked for lo, hi in zip(starts, ends)):
        return None
    return without_sequences(" ".join(kept))


# The plain words of a signal said on a sequence: "bright on this T2-weighted image" is hyperintense on it, "dark on
# T1" hypointense (said of no sequence they are an echo's or a photograph's as often, and stay as they are).
_PLAIN_SIGNAL = lazy_compile(r"(?i)\b(bright|dark)\s+(?:on\s+(?:this|a|each)\s+)?$")
_SIGNAL_WORD = {"bright": "hyperintense", "dark": "hypointense"}
# ... but not in a general sentence, said with a word of habit ("Cysts are typically bright on T2."): a textbook's
# description, kept plain.
_HABITUAL = lazy_compile("(?i)" + hedges.words(hedges.HABIT))


def without_sequences(text: str) -> str:
    """``text`` without its sequence phrases and the preposition before them ("on T2-weighted images"); a plain
    signal word said on the sequence is its signal term (:data:`_PLAIN_SIGNAL`)."""
    for m in sorted(_sequences(text), key=lambda m: m.start, reverse=True):
        prep = _SEQUENCE_PREP.search(text, 0, m.start)
        tail = _SEQUENCE_TAIL.match(text[m.end:])
        head = text[:prep.start() if prep else m.start]
        if (plain := _PLAIN_SIGNAL.search(head)) is not None and _HABITUAL.search(text) is None:
            head = head[:plain.start()] + _SIGNAL_WORD[plain.group(1).lower()] + " "
        text = head + " " + text[m.end + (tail.end() if tail else 0):]
    return text


# The contrast a pole is seen after names the technique, not another subject: "No enhancement after gadolinium."
_CONTRAST = lazy_compile(r"(?i)\b(?:after|following|with|on)\s+(?:iv\s+|intravenous\s+)?(?:gadolinium|contrast|gad)\b"
                         r"(?:\s+administration)?")
# A pole held as the subject's features: "The lesion has malignant features." is "The lesion is malignant."
_FEATURES = r"\b(?:has|have|shows?|demonstrates?|displays?)\s+(?:(?:clear|typical|classic|definite|obvious)\s+)?({})\s+" \
            r"(?:features|characteristics|appearances?|morphology)\b"
# A place inside a sided one: "in segment VII, which is part of the right lobe" places it in the right lobe.
_PART_OF = lazy_compile(r"(?i)\b(?:which|that)\s+(?:is|lies)\s+(?:part\s+of|within|in)\s+the\s+(?=(?:left|right)\b)")


def as_whole(text: str, poles: re.Pattern[str]) -> str:
    """``text`` with a pole held as features said of the subject ("has malignant features" -> "is malignant") and a
    place given as part of a sided one ("which is part of the right lobe" -> "in the right lobe")."""
    text = re.sub("(?i)" + _FEATURES.format(poles.pattern.removeprefix("(?i)")), r"is \1", text)
    return _PART_OF.sub("in the ", text)


def without_contrast(text: str) -> str:
    """``text`` without the contrast a pole is seen after ("No enhancement after gadolinium." -> "No enhancement.")."""
    return _CONTRAST.sub(" ", text)


def without_comparisons(text: str) -> str:
    """``text`` without comparison referents ("It is hypointense relative to muscle." -> "It is hypointense")."""
    return _COMPARISON.sub(" ", text)


def without_description(text: str, asked: re.Pattern[str], other: re.Pattern[str], any_part: bool = False) -> str:
    """``text`` without a "with" phrase that holds no pole of the pair, only denies the other pole as a part, or
    is the minor part of the asked pole stated as predominant (module docstring); otherwise unchanged. ("Is the
    mass cystic?" - "Predominantly solid with a small cystic component.": a cystic part is there, no reading.)
    ``any_part``: the asked pole is one any part gives the whole (``Pair.any_part``), so the other pole of a part after
    the "with" takes it back no more than a minor part would ("Heterogeneous enhancement with a central non-enhancing
    necrotic area.")."""
    pole = asked
    hits = sorted((m.start(), i, m) for i, rx in enumerate((pole, other)) for m in rx.finditer(text))
    if not hits:
        return text
    _, head, first = hits[0]
    cut = _WITH.search(text, first.end())
    if cut is None:
        return text
    after = [(i, m) for start, i, m in hits if start >= cut.start()]
    if any(start < cut.start() and i != head for start, i, _ in hits):
        return text  # both poles before the "with": left to the reader
    predominant = head == 0 and _PREDOMINANT.search(text, 0, first.start()) is not None
    for i, m in after:
        part = re.match(_PART, text[m.end():], re.I) is not None
        denied = _NO.search(text, cut.start(), m.start()) is not None
        if i == head or not (denied or part and (predominant or any_part and head == 0)):
            return text  # the same pole again, or the other one neither denied nor a minor part
    return text[:cut.start()]


_WORD = lazy_compile(r"[a-z0-9]+")


def places(sentence: str, end: int, place: tuple[str, ...], stop: frozenset[str]) -> bool:
    """Whether the side ending at ``end`` is the asked place's: "in the left kidney" (preposition, side, place),
    "of the left lobe of the liver"; the place's last words may be left out where the clause ends there ("in segment
    3 of the left lobe." to "... in the right lobe of the liver?"), and a side asked alone ("on the left?", place
    "side") may end the clause or name a place wholly on that side ("in the right lower lobe") ("It is on the right."), never before the image ("the right side of the image")."""
    before = sentence[max(0, end - 24):end].lower()
    if re.search(r"\b(?:in|on|of|at|within|involving|over)\s+the\s+(?:left|right)$", before) is None:
        return False
    clause = _CLAUSE_END.split(sentence[end:end + 60].lower(), maxsplit=1)[0]
    words = _WORD.findall(clause)
    if place == ("side",):  # "in the right lower lobe", "of the left kidney": a sided place is on that side
        return words in ([], ["side"]) or bool(words) and _ON_A_SIDE.issuperset(words)
    after = tuple(stem(w) for w in words if w not in stop)
    inside = _INSIDE.get(place)
    if inside is not None and after and set(after) <= inside[0] and set(after) & inside[1]:
        return True  # "in the right middle lobe" to "... in the right lung?" ("the left lobe" may be the liver's)
    return after[:len(place)] == place or bool(after) and place[:len(after)] == after


# Places that lie wholly on the side named before them, for a side asked alone ("on the left side?"); the heart's
# chambers and borders ("the right atrium") are named so but lie in the middle, and "the right side of the image"
# may be the patient's left: neither is in.
_ON_A_SIDE = frozenset({"upper", "middle", "lower", "mid", "lobe", "zone", "lung", "apex", "base", "hemithorax",
                        "kidney", "adrenal", "ovary", "breast", "hemisphere", "hemidiaphragm", "lingula", "hilum",
                        "parietal", "frontal", "temporal", "occipital", "cerebellar", "thalamus",
                        "femur", "humerus", "hip", "knee", "shoulder", "clavicle", "chest", "wall", "pleural", "space",
                        "costophrenic", "angle", "side", "sided"})
# The parts of a place, named after its side: "the right lower lobe" lies in the right lung.
# (the words of its parts, the words naming a part of that place only)
_INSIDE: dict[tuple[str, ...], tuple[frozenset[str], frozenset[str]]] = {
    ("lung",): (frozenset({"upper", "middle", "mid", "lower", "lobe", "zone", "apex", "base", "lingula"}),
                frozenset({"upper", "middle", "mid", "lower", "zone", "apex", "base", "lingula"})),
}


# Where a clause ends for a side's place: punctuation, or a new clause ("and", "with", "which").
_CLAUSE_END = lazy_compile(r"[.,;:!?()—–]|\s(?:and|with|which|but|while|extending)\s")


# An answer's label opening a sentence ("*Answer*: The shoulder is normally aligned.", "Conclusion - the vein is
# patent."): it names no subject holding the pole.
_LABEL = lazy_compile(r"(?i)^[\s*_#>]*(?:(?:final\s+)?answer|" + CONCLUDING_LABEL + r")[*_]*\s*(?::|\s[-–—])[\s*_]*")


def without_label(text: str) -> str:
    """``text`` without the answer's label opening it (``_LABEL``)."""
    return _LABEL.sub("", text, count=1)


# The owner of the subject right before a pole, "of" a noun phrase: "the margin of the adjacent cyst is (smooth)".
_OWNER = lazy_compile(r"\bof\s+(?:the|an?|its|their)\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:is|are|appears?|looks?|"
                      r"seems?|remains?)\s+$")


def owner(low: str, start: int) -> str:
    """The words of the thing owning the subject whose pole starts at ``start`` in the lower-cased ``low`` ("adjacent
    cyst" of "The margin of the adjacent cyst is smooth."), or "": a pole said of another thing's part is that
    thing's, not the asked subject's."""
    found = _OWNER.search(low, 0, start)
    return found[1] if found is not None else ""


__all__ = ["GRADE", "owner", "without_label", "as_whole", "asked_sequences", "places", "without_contrast", "for_sequence", "without_sequences", "without_comparisons", "without_description"]
