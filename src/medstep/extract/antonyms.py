"""Closed questions answered with the asked property or its opposite: the one table of antonym pairs.

"Is the lesion malignant?" is often answered "These features are typical of a benign lesion."; "Is this MRI
T1-weighted?" with "This is a T2-weighted sequence."; "Is the lesion in the right kidney?" with "It is in the left
kidney."; "Is the organ on the left the liver?" with "That is the spleen." The answer states the question's own
property, or the other pole of a pair whose two poles exclude each other, so a reader knows the verdict without a
yes or no. :data:`PAIRS` is the only table of such pairs in ``extract`` (rule ``implicit_antonym``); an organ named
for an organ (identity) uses the anatomy concepts of the shared vocabulary, where two organs exclude each other.

Read only where nothing else read the answer, and only where it is clear:

* the question has one of three shapes: a property of a subject ("Is the lesion malignant?", "Is this a T1
  weighted image?"), a side of a place ("Is the lesion in the right kidney?"), an organ's identity ("Is the organ
  on the left the liver?"); questions with "or", a negation or several properties are left alone;
* the answer's last sentence states exactly one pole (a pole under "not" counts as the other one: "not
  malignant"), names the subject or opens with a pronoun ("It", "This", "These"), has no hedge and no other
  negation, and holds the pole of the whole asked thing now (no part, exception, past state, generic class or
  "also": "It has cystic components.", "normal apart from a small cyst", "It was benign on the prior biopsy.");
  a side counts only as the place's side ("in the left kidney"), never a side alone; an identity reply names the
  asked thing or a pronoun, and the asked organ's side;
* any other sentence stating the other pole makes the answer ambiguous (``CONFLICT``); a hedged one, or one
  stating both, makes no reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from medstep.answers import NO, YES
from medstep.answers.concepts import MentionKind, normalize, vocabulary
from medstep.answers import hedges, negation
from medstep.extract import implicit
from medstep.extract.mentions import CONFLICT

RULE = "implicit_antonym"


@dataclass(frozen=True)
class Pair:
    """Two poles of one property that exclude each other; ``gate``: a word the question must also hold;
    ``middle``: a third value lies beside the poles (isodense, mixed solid and cystic, a FLAIR sequence), so "not"
    one pole states nothing of the other ("It is not hyperdense." does not answer "Is it hypodense?");
    ``scan``: a pole that also names a kind of scan ("an unenhanced CT"), no pole before a technique word;
    ``device``: a pole said of one of several tubes and lines, so the answer names the asked one in full."""

    name: str
    poles: tuple[re.Pattern[str], re.Pattern[str]]
    gate: re.Pattern[str] | None = None
    middle: bool = False
    scan: bool = False
    device: bool = False  # the pole is said of a device: the answer names the asked device, or none (a pronoun)


# What the number pair counts: lesions, not views or slices.
_LESIONS = r"lesions?|nodules?|masses|mass|foci|focus|cysts?|metastas[ie]s|tumou?rs?|lumps?"


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(r"(?i)(?<![\w-])(?:" + pattern + r")(?![\w-])")


# A device told to move by a distance, or placed too far: it is not in good position ("It should be withdrawn by 3–4
# cm.", "too peripheral"); advice alone ("The central line should be withdrawn.") may mean removal, and says nothing.
# Read in answers only: "Is the ETT too high?" asks one way of being misplaced, which "too low" would also be
# (``_ANSWER_ONLY``).
_MOVE_ADVICE = (r"(?:should|needs?\s+to|must)\s+be\s+(?:withdrawn|retracted|advanced|pulled\s+back)\s+(?:by\s+)?"
                r"(?:about\s+|approximately\s+|~\s*)?\d+(?:[.,]\d+)?(?:\s*[–-]\s*\d+(?:[.,]\d+)?)?\s*(?:cm|mm)|"
                r"too\s+(?:deep|low|high|far|proximal|distal|peripheral|shallow)")
_ANSWER_ONLY = re.compile(r"(?i)" + _MOVE_ADVICE)


PAIRS: tuple[Pair, ...] = (
    Pair("malignancy", (_rx(r"malignan(?:t|cy)|cancerous"), _rx(r"benign"))),
    # "T1" alone is also a vertebra: the question must ask a weighting or a sequence
    Pair("weighting", (_rx(r"t1(?:[\s-]?weighted|w)?"), _rx(r"t2(?:[\s-]?weighted|w)?")),
         re.compile(r"(?i)\bweighted\b|\bsequence\b|\bmri\b"), middle=True),
    # "normal" as a whole, not one aspect ("normal in size") nor the rest ("otherwise normal")
    Pair("health", (_rx(r"healthy|(?<!otherwise\s)normal(?!\s+(?:in\s+)?(?:size|sized|calibre|caliber|position|"
                        r"contour|shape|thickness|appearance\s+of))"), _rx(r"abnormal|unhealthy|diseased"))),
    Pair("consistency", (_rx(r"solid"), _rx(r"cystic|cysts?")), middle=True),
    Pair("density", (_rx(r"hyperdense|hyperattenuating"), _rx(r"hypodense|hypoattenuating")), middle=True),
    Pair("signal", (_rx(r"hyperintense"), _rx(r"hypointense")), middle=True),
    # one lesion or several: "multiple lesions" answers "Is the lesion solitary?" with no (a count of lesions only:
    # "a single view", "multiple slices" count something else)
    Pair("number", (_rx(r"solitary|unifocal|single(?=\s+(?:" + _LESIONS + r"))"),
                    _rx(r"multifocal|(?:multiple|several|numerous)(?=\s+(?:" + _LESIONS + r"))"))),
    Pair("echogenicity", (_rx(r"hyperechoic|hyperechogenic"), _rx(r"hypoechoic|hypoechogenic")), middle=True),
    # "enhanced" / "unenhanced" before a technique word name the scan, not the lesion (``_TECHNIQUE_AFTER``)
    Pair("enhancement", (_rx(r"enhanc(?:es|ed|ing|e|ement)"), _rx(r"non-?enhancing|unenhanced")), scan=True),
    # a tube, line or device where it should be, or not: "in good position" / "malpositioned"
    Pair("placement", (_rx(r"(?:well|correctly|appropriately|satisfactorily|adequately|optimally|properly)\s+"
                           r"(?:positioned|placed|sited)|(?:good|satisfactory|appropriate|correct|adequate|optimal|"
                           r"acceptable|proper)\s+position"),
                       _rx(r"mal-?positioned|malposition|misplaced|(?:poor|suboptimal|incorrect|wrong|inappropriate|"
                           r"unsatisfactory)\s+position|(?:incorrectly|inappropriately|poorly|suboptimally|wrongly)\s+"
                           r"(?:positioned|placed|sited)|" + _MOVE_ADVICE)), device=True),
)
SIDE = Pair("side", (_rx(r"left"), _rx(r"right")))
_POLES = {p.name: re.compile("|".join(rx.pattern.removeprefix("(?i)") for rx in p.poles), re.I) for p in (*PAIRS, SIDE)}

_PRONOUN = re.compile(r"(?i)^[\s*_\"'“”]*(?:it|this|these|that|they|those)\b")
# Only "not" itself flips a pole: "not clearly benign" / "not entirely benign" leave it open (read as a negation).
# A position aimed at, not stated: "advanced to reach a good position", "aim for a good position".
_TARGET_BEFORE = re.compile(r"(?i)\b(?:to|into|for|reach|achieve|obtain|towards?)\s+(?:an?\s+|the\s+|its\s+)?$")
# "No" denies a pole only when the pole is a noun ("No enhancement after gadolinium." is not enhancing).
_NO_BEFORE = re.compile(r"(?i)(?:^|[\s*_\"'“”(])no\s+$")
_NOT_BEFORE = re.compile(r"(?i)(?:\bnot(?:\s+an?)?|\bnon-?|\bn't)\s*$")  # "This is not an abnormal study."
_NEGATION = re.compile("(?i)" + hedges.words(negation.DENY, negation.NEITHER, negation.NEVER, negation.NONE, negation.NON,
                                              negation.ABSENT, negation.ABSENCE, negation.heads(negation.EXCLUDED))
                       + "|" + negation.CONTRACTION)
# A sentence that holds the pole to a part, an exception or a time, or adds it to another place, does not state it
# of the whole asked thing now: "normal apart from a small cyst", "It has cystic components.", "It was benign on
# the prior biopsy.", "It is in the left kidney as well."
_NOT_WHOLE = re.compile(
    "(?i)" + hedges.words(hedges.QUALIFICATION, hedges.TURN)
    + r"|\b(?:components?|areas?|portions?|parts?|foci|focus|regions?|rim|wall|cent(?:er|re)|elements?|contains?|"
      r"containing|has|have|had|with|was|were|previously|also|too|as\s+well|both|bilateral(?:ly)?|such|often|usually|generally|commonly)\b"
)
# One aspect of a thing, not the thing: "The knee alignment is normal." does not answer "Is the knee normal?" (an
# aspect the question names itself is the asked subject: "Is the heart size normal?").
_ASPECTS = frozenset({"size", "alignment", "quality", "position", "calibre", "caliber", "contour", "shape", "thickness",
                      "volume", "volumes", "density", "signal", "function", "configuration", "outline", "texture",
                      "margin", "margins", "wall", "enzymes", "level", "levels", "rhythm", "motion"})
# "an unenhanced CT", "on the enhanced images": the pole names the technique, not the asked thing.
_TECHNIQUE_AFTER = re.compile(r"(?i)\s+(?:ct|mri?|scans?|images?|study|studies|series|phases?|sequences?|views?)\b")
_PROPERTY_Q = re.compile(r"(?i)^\s*(?:is|are|does|do)\s+(?:the|this|these|that|it)\b\s*([^?]{0,60}?)\s*\?\s*$")
_SIDE_Q = re.compile(r"(?i)^\s*(?:is|are)\s+(?:the|this|that|it)\b\s*([a-z -]{0,40}?)\s+(?:in|on|of|at|within|involving)\s+"
                     r"the\s+(left|right)(?:\s+(?!the\b)([a-z -]{2,30}?))?\s*\?\s*$")
_IDENTITY_Q = re.compile(r"(?i)^\s*is\s+(this|that|it|the\s+[a-z -]{2,40})\s+the\s+([a-z-]{3,20}(?:\s+[a-z-]{3,20})?)\s*\?\s*$")
_IDENTITY_A = re.compile(r"(?i)^[\s*_\"'“”]*(that|this|it|the\s+[a-z -]{2,40}?)\s+(?:is|represents|appears\s+to\s+be|"
                         r"corresponds\s+to)\s+(?:the\s+)?([a-z -]{3,30}?)[\s*_\"'“”.!]*$")
_SIDE_WORD = re.compile(r"(?i)\b(?:left|right)\b")
_SIDED_NOUN = re.compile(r"\b(?:left|right)\s+([a-z]+)")  # "the right lung": the side of the noun after it
_ENDS_PREPOSITION = re.compile(r"(?i)\b(?:in|on|of|at|within|involving|to|from)$")
_WORD = re.compile(r"[a-z0-9]+")
_Q_STOP = frozenset({"the", "a", "an", "this", "these", "that", "it", "image", "images", "sequence", "weighted",
                     "scan", "mri", "ct", "study", "is", "are", "of", "in", "on", "features", "look", "looks", "appear",
                     "appears", "seem", "seems"})


@dataclass(frozen=True)
class _Identity:
    """An organ's identity question: "Is the organ on the left the liver?" (``subject`` "the organ on the left")."""

    organ: str  # the anatomy concept id asked
    subject: str  # the asked thing, lower-cased, spaces collapsed
    sides: frozenset[str]  # the sides the asked organ names ("Is this the left kidney?")


@dataclass(frozen=True)
class _Asked:
    pair: Pair
    pole: int  # the pole the question asks (0 or 1)
    subject: tuple[str, ...]  # stemmed subject words (any one must be in the answer unless it opens with a pronoun)
    place: tuple[str, ...] = ()  # the side pair: the place's stemmed words ("kidney")


def _stems(text: str) -> tuple[str, ...]:
    return tuple(implicit.stem(w) for w in _WORD.findall(text.lower()) if w not in _Q_STOP)


@lru_cache(maxsize=1024)
def _parse(question: str) -> _Asked | _Identity | None:
    """The asked pair and pole, the asked organ of an identity question, or ``None``."""
    if implicit.Q_REFUSE.search(question):
        return None
    m = _SIDE_Q.match(question)
    if m is not None:
        place = _stems(m.group(3) or "side")  # "Is the effusion on the left?": the side alone
        return _Asked(SIDE, 0 if m.group(2).lower() == "left" else 1, _stems(m.group(1)), place)
    m = _IDENTITY_Q.match(question)
    if m is not None and _ENDS_PREPOSITION.search(m.group(1)) is None:
        organ = _organ(m.group(2))
        if organ is not None:
            return _Identity(organ, _phrase(m.group(1)), _sides(m.group(2)))
    m = _PROPERTY_Q.match(question)
    if m is None:
        return None
    found = [(pair, i, hit) for pair in PAIRS for i, rx in enumerate(pair.poles) for hit in rx.finditer(m.group(1))]
    if len(found) != 1 or (found[0][0].gate is not None and found[0][0].gate.search(question) is None):
        return None
    pair, pole, hit = found[0]
    if _ANSWER_ONLY.fullmatch(hit.group(0)):
        return None  # "Is the ETT too high?": "too low" would be the same pole
    return _Asked(pair, pole, _stems(m.group(1)[:hit.start()] + " " + m.group(1)[hit.end():]))


def _organ(phrase: str) -> str | None:
    """The anatomy concept ``phrase`` names as a whole ("the liver", "left kidney"), else ``None``."""
    low = normalize(re.sub(r"(?i)^(?:the|left|right)\s+", "", phrase.strip()))
    ms = vocabulary().mentions(low)
    if len(ms) != 1 or ms[0].kind is not MentionKind.CONCEPT or (ms[0].start, ms[0].end) != (0, len(low)):
        return None
    return ms[0].concept if vocabulary().concepts[ms[0].concept].category == "anatomy" else None


def _values(sentence: str, asked: _Asked) -> set[int] | None:
    """The poles ``sentence`` states (a pole under "not" is the other, unless the pair has a middle and the pole
    is not the asked one), or ``None`` when another negation or a hedge leaves it unclear."""
    values: set[int] = set()
    spans: list[tuple[int, int]] = []
    for i, rx in enumerate(asked.pair.poles):
        for hit in rx.finditer(sentence):
            if asked.place and not _places(sentence, hit.end(), asked.place):
                continue  # a side that is not the asked place's ("on the right side of the image")
            if asked.pair.scan and _TECHNIQUE_AFTER.match(sentence, hit.end()):
                continue
            if asked.pair.device and _TARGET_BEFORE.search(sentence, max(0, hit.start() - 30), hit.start()):
                continue  # "The NG tube should be advanced to a good position.": where it should go, not where it is
            neg = _NOT_BEFORE.search(sentence, max(0, hit.start() - 20), hit.start())
            if neg is None and hit.group(0).lower().endswith("ment"):
                neg = _NO_BEFORE.search(sentence, max(0, hit.start() - 20), hit.start())  # "No enhancement."
            spans.append((neg.start() if neg is not None else hit.start(), hit.end()))
            if neg is not None and asked.pair.middle and i != asked.pole:
                continue  # "It is not hyperdense." to "Is it hypodense?": it may be isodense, no pole stated
            values.add(i ^ (neg is not None))
    if not values:
        return values
    if asked.place and len(_SIDE_WORD.findall(sentence)) > len(spans):
        return None  # "in the left lobe and the right lobe": a side this does not place leaves it open
    rest = "".join(ch if not any(a <= k < b for a, b in spans) else " " for k, ch in enumerate(sentence))
    if _NEGATION.search(rest) or _NOT_WHOLE.search(rest) or implicit.hedged(sentence):  # "too" of "too deep" is a pole
        return None
    return values


def _places(sentence: str, end: int, place: tuple[str, ...]) -> bool:
    """Whether the side ending at ``end`` is the asked place's: "in the left kidney" (preposition, side, place),
    "of the left lobe of the liver"; the place's last words may be left out where the clause ends there ("in segment
    3 of the left lobe." to "... in the right lobe of the liver?"), and a side asked alone ("on the left?", place
    "side") may end the clause ("It is on the right."), never before the image ("the right side of the image")."""
    before = sentence[max(0, end - 24):end].lower()
    if re.search(r"\b(?:in|on|of|at|within|involving|over)\s+the\s+(?:left|right)$", before) is None:
        return False
    clause = _CLAUSE_END.split(sentence[end:end + 60].lower(), maxsplit=1)[0]
    if place == ("side",):
        return _WORD.findall(clause) in ([], ["side"])
    after = tuple(implicit.stem(w) for w in _WORD.findall(clause) if w not in _Q_STOP)
    return after[:len(place)] == place or bool(after) and place[:len(after)] == after


# Where a clause ends for a side's place: punctuation, or a new clause ("and", "with", "which").
_CLAUSE_END = re.compile(r"[.,;:!?()—–]|\s(?:and|with|which|but|while|extending)\s")


def read_antonym(text: str, question: str) -> str | None:
    """yes / no when the answer's last sentence states the asked pole or its opposite (module docstring),
    ``CONFLICT`` when another sentence states the opposite, else ``None``."""
    asked = _parse(question.strip())
    if asked is None or len(text) > implicit.MAX_CHARS:
        return None
    sentences = implicit.sentences(text.strip())
    if not sentences:
        return None
    if isinstance(asked, _Identity):
        return _identity(sentences, asked)
    last = _values(sentences[-1], asked)
    if last is None or len(last) != 1:
        return None
    low = sentences[-1].lower()
    said = set(_stems(_POLES[asked.pair.name].sub(" ", low)))
    if asked.pair.device:
        named = _devices(low)
        if named and named != _devices(question.lower()):
            return None  # "The endotracheal tube is in good position." to "Is the NG tube in good position?"
        if not named and said and _PRONOUN.match(low) is None:
            return None  # "The tip is in good position.": the tip of which?
    elif said and _PRONOUN.match(low) is None and not set(asked.subject) & said:
        return None  # "Is the lung healthy?" - "The heart is abnormal." ("Benign." alone is an elliptical reply)
    elif not asked.place and _other_subject(low, asked):
        return None  # "The liver shows a large mass; the spleen is normal." to "Is the liver normal?"
    aspects = _ASPECTS.intersection(_WORD.findall(low)) - set(_WORD.findall(question.lower()))
    if asked.pair.device:
        aspects -= {"position"}
    if aspects:
        return None  # "The knee alignment is normal." to "Is the knee normal?"
    if _SIDE_WORD.search(question) is None and any(implicit.stem(m.group(1)) in asked.subject
                                                    for m in _SIDED_NOUN.finditer(low)):
        return None  # "The right lung is normal." says nothing of the left: "Are the lungs normal?"
    value = next(iter(last))
    for sentence in sentences[:-1]:
        other = _values(sentence, asked)
        if other is None:
            return None
        if other - {value}:
            return CONFLICT
    return YES if value == asked.pole else NO


_CLAUSE_CUT = re.compile(r"[;:—–]|\b(?:but|whereas|while)\b")


def _other_subject(sentence: str, asked: _Asked) -> bool:
    """Whether a clause of ``sentence`` (cut at ";", ":", a dash, "but", "whereas", "while") holds the pole with a
    subject of its own, not the asked one nor a pronoun."""
    clauses = _CLAUSE_CUT.split(sentence)
    if len(clauses) < 2:
        return False
    for clause in clauses:
        if _POLES[asked.pair.name].search(clause) is None:
            continue
        said = set(_stems(_POLES[asked.pair.name].sub(" ", clause)))
        if said and not set(asked.subject) & said and _PRONOUN.match(clause.strip()) is None:
            return True
    return False


def _identity(sentences: list[str], asked: _Identity) -> str | None:
    """"That is the spleen." to "Is the organ on the left the liver?": the last sentence (the whole answer) names
    one organ as what the asked thing is. The answer's subject is a pronoun or the asked thing itself ("The organ on
    the right is the spleen." names another thing), and the same organ on another side is no yes ("Is this the left
    kidney?" - "This is the right kidney." reads no; "This is the kidney." reads nothing)."""
    if len(sentences) != 1:
        return None
    m = _IDENTITY_A.match(sentences[0])
    named = _organ(m.group(2)) if m is not None else None
    if m is None or named is None:
        return None
    subject = _phrase(m.group(1))
    if _PRONOUN.match(subject) is None and subject != asked.subject:
        return None
    if named != asked.organ:
        return NO
    sides = _sides(m.group(2))
    if sides == asked.sides:
        return YES
    return NO if sides and asked.sides else None


def _devices(text: str) -> frozenset[str]:
    """The tubes, lines and devices ``text`` names, as vocabulary concepts ("ETT" and "endotracheal tube" are one)."""
    voc = vocabulary()
    return frozenset(m.concept for m in voc.mentions(normalize(text))
                     if m.kind is MentionKind.CONCEPT and voc.concepts[m.concept].category == "device")


def _phrase(text: str) -> str:
    return " ".join(text.lower().split())


def _sides(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _SIDE_WORD.findall(text))


# Public name for the compartment reader (``extract/compartments.py``), which checks the named device the same way.
devices = _devices

__all__ = ["PAIRS", "RULE", "SIDE", "Pair", "devices", "read_antonym"]
