"""What a closed question asks the concept reader (``extract/findings.py``): one finding's or device's presence,
one organ's normal state, the image's modality or its plane, read from the question's words with the vocabulary.

Kept apart from the reader, which reads the answer: the option reader (``extract/optionconcept.py``), the side,
size and measure readers and the open readers use the same helpers (a mention's category, the words a phrase holds
besides its mentions, a text's side) without reading an answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum
from functools import lru_cache

from medstep.answers.concepts import IMAGING_PLANES, Mention, MentionKind, normalize, vocabulary
from medstep.answers.technique import technique_mentions
from medstep.answers.text import HAN
from medstep.extract import implicit_terms
from medstep.extract.implicit_words import ABNORMALITY, PERSON, Q_REFUSE
from medstep.lazyre import lazy_compile


class Ask(Enum):
    """What a closed question asks about its ``key``."""

    PRESENCE = "presence"  # a finding or device (concept id) is present, on ``side`` when given
    NORMAL = "normal"  # an organ (anatomy concept id) is normal: "Are the lungs clear?"
    # an organ is abnormal: "Is the liver abnormal?", "Is there any abnormality in the brain?" - the NORMAL reading
    # answered the other way (an organ called normal is a no, a finding of it a yes)
    ABNORMAL = "abnormal"
    MODALITY = "modality"  # the image was made with a modality (concept id)
    PLANE = "plane"  # the image is in a plane (axial / coronal / sagittal)


@dataclass(frozen=True)
class Asked:
    ask: Ask
    key: str
    side: str | None = None  # "left" / "right" for a sided presence question
    said: str = field(default="", compare=False)  # the question's words for a presence concept ("acl tear")
    # the subject a property word that names a finding was asked of ("liver" of "Is the liver cirrhotic?"): the finding
    # is said of it only where the reply names it in those words and no other structure ("The spleen is cirrhotic.",
    # "The knee is dislocated." to "Is the hip dislocated?": the vocabulary's "joints" hold both)
    organ: str | None = field(default=None, compare=False)


# A presence question asking for any abnormality of one organ: "an abnormality in the brain", "any abnormalities of
# the spleen", "pathology in the liver" (the organ is group 1; what it names is read with the vocabulary).
_ABNORMALITY_IN = lazy_compile(r"^(?:(?:an|any)\s+)?" + ABNORMALITY + r"\s+(?:in|of|within|involving)\s+"
                               r"(?:the\s+)?([a-z][a-z ]*)$")
# The property words that ask an organ abnormal ("Is the pancreas abnormal?").
_ABNORMAL_WORDS = frozenset({"abnormal"})
_SIDE = lazy_compile(r"\b(left|right|bilateral|bilaterally|both|either)\b")
_SIDE_OF = {"left": "left", "right": "right", "bilateral": "all", "bilaterally": "all", "both": "all", "either": "all"}
# Words a modality or plane question may hold besides its modality / plane.
_FRAME = frozenset({"is", "was", "this", "that", "it", "the", "a", "an", "image", "images", "scan", "study",
                    "picture", "exam", "examination", "taken", "obtained", "acquired", "made", "performed", "done",
                    "with", "by", "using", "on", "of", "in", "plane", "section", "slice", "view", "cut",
                    "reconstruction", "shown", "displayed"})
# Words a presence question may hold besides its concept and side.
PRESENCE_FRAME = frozenset({"a", "an", "the", "any", "of", "on", "in", "at", "side", "sided", "left", "right"})
OPTION_FRAME = PRESENCE_FRAME | {"bilateral"}
_WORD = lazy_compile(r"[a-z0-9]+")
# ("Is this patient intubated?" asks of the patient, not of the image: ``_property``)
_Q_FRAME = lazy_compile(r"^\s*(?:is|was|does)\s+(?:this|that|it|the\s+(?:image|study|scan|picture|exam))\b"
                        r"(?!\s+(?:patient|child|infant|neonate|baby)\b)")
# "Does this image show a liver lesion?", "Does this patient have ...?": the frame's verb takes a finding as its object,
# so the question asks a presence (``implicit_terms.question_term``), not the image's modality.
_SHOWS = lazy_compile(r"^\s*does\s+(?:this|that|it|the)\s+(?:[a-z0-9-]+\s+){0,3}?"
                      r"(?:show|shows|demonstrate|reveal|depict|contain|have|display)\b")



def side_of(text: str) -> str | None:
    sides = {_SIDE_OF[s] for s in _SIDE.findall(text)}
    return sides.pop() if len(sides) == 1 else ("all" if sides else None)


def residual_words(text: str, spans: list[tuple[int, int]], allowed: frozenset[str]) -> list[str]:
    """Words of ``text`` outside ``spans`` that are not in ``allowed``."""
    keep = list(text)
    for a, b in spans:
        keep[a:b] = " " * (b - a)
    return [w for w in _WORD.findall("".join(keep)) if w not in allowed]


def category_of(m: Mention) -> str:
    """A concept mention's category (finding, anatomy, device, modality, ...); "" for a normal or abnormal phrase."""
    return vocabulary().concepts[m.concept].category if m.kind is MentionKind.CONCEPT else ""


@lru_cache(maxsize=4096)
def parse_asked(question: str) -> Asked | None:
    """What a simple English closed question asks (see ``extract/findings.py``), else ``None``."""
    q = question.strip()
    if not q.endswith("?") or HAN.search(q) or Q_REFUSE.search(q):
        return None
    low = normalize(q.rstrip("?"))
    voc = vocabulary()
    if _Q_FRAME.match(low) and not _SHOWS.match(low):
        if technique_mentions(low):
            return None  # "Is this a T1-weighted image?" asks the sequence, not MRI (``extract/technique.py``)
        ms = voc.mentions(low)
        planes = {IMAGING_PLANES[w] for w in _WORD.findall(low) if w in IMAGING_PLANES}
        modalities = [m for m in ms if category_of(m) == "modality"]
        if any(category_of(m) != "modality" for m in ms):
            return None
        rest = [w for w in residual_words(low, [(m.start, m.end) for m in ms], _FRAME) if w not in IMAGING_PLANES]
        if rest:
            return None
        if len(planes) == 1 and not modalities:  # "an axial CT image?": an axial MRI would read yes
            return Asked(Ask.PLANE, planes.pop())
        if not planes and len({m.concept for m in modalities}) == 1:
            return Asked(Ask.MODALITY, modalities[0].concept)
        return None
    term = implicit_terms.question_term(q)
    if term is None:
        return None
    if term.prop is None:
        phrase = normalize(term.phrase)
        whole = _ABNORMALITY_IN.match(phrase)
        if whole is not None:
            return _abnormal(whole.group(1))
        ms = voc.mentions(phrase)
        if len(ms) != 1 or category_of(ms[0]) not in ("finding", "device"):
            return None
        # "focal" restates what a lesion is ("Is there a focal liver lesion?"); of anything else it narrows it
        focal = {"focal"} if "lesion" in {ms[0].concept} | voc.concepts[ms[0].concept].ancestors else set()
        if residual_words(phrase, [(ms[0].start, ms[0].end)], PRESENCE_FRAME | focal):
            return None
        # a side that the concept's own name holds ("left ventricular hypertrophy", "right aortic arch") names which
        # finding, not where it is: no laterality is asked ("left pleural effusion" is a pleural effusion on the left)
        named = set(ms[0].concept.split("_"))
        sides = {_SIDE_OF[s] for s in _SIDE.findall(phrase) if s not in named}
        if sides - {"left", "right"} or len(sides) > 1:
            return None
        return Asked(Ask.PRESENCE, ms[0].concept, sides.pop() if sides else None, phrase[ms[0].start:ms[0].end])
    return _property(normalize(term.phrase), normalize(term.prop))


# A subject named with its side: "right hemidiaphragm", "left kidney".
_SIDED_SUBJECT = lazy_compile(r"^(left|right)\s+([a-z][a-z ]*)$")


def _abnormal(subject: str) -> Asked | None:
    """"Is the liver abnormal?": one organ of the vocabulary named whole and without a side (the side of a finding
    stated in a sided organ is not read: "The left kidney shows hydronephrosis" would be a side-less yes)."""
    ms = vocabulary().mentions(subject)
    if len(ms) != 1 or category_of(ms[0]) != "anatomy" or ms[0].end - ms[0].start != len(subject) \
            or side_of(subject) is not None or not vocabulary().concepts[ms[0].concept].expands:
        return None
    return Asked(Ask.ABNORMAL, ms[0].concept)


def _property(subject: str, prop: str) -> Asked | None:
    """"Is the heart enlarged?" (presence of cardiomegaly), "Are the lungs clear?" (the lungs normal)."""
    voc = vocabulary()
    if prop in _ABNORMAL_WORDS:
        return _abnormal(subject)
    if PERSON.match(subject):
        # "Is the patient intubated?": a participle naming one device or finding wholly asks its presence
        said = voc.mentions(prop)
        if len(said) == 1 and (said[0].start, said[0].end) == (0, len(prop)) and category_of(said[0]) in ("device", "finding"):
            return Asked(Ask.PRESENCE, said[0].concept, said=prop)
        return None
    ms = voc.mentions(subject)
    sided = _SIDED_SUBJECT.match(subject)
    if sided is not None and (len(ms) != 1 or ms[0].end - ms[0].start != len(subject)):
        # "Is the right hemidiaphragm elevated?" asks an elevated hemidiaphragm on the right: the side is the finding's
        inner = _property(sided.group(2), prop)
        return replace(inner, side=sided.group(1)) if inner is not None and inner.ask is Ask.PRESENCE \
            and inner.side is None else None
    if len(ms) != 1 or category_of(ms[0]) not in ("anatomy", "device") or ms[0].end - ms[0].start != len(subject):
        return None
    organ = ms[0].concept
    state = voc.mentions(prop)
    if len(state) == 1 and state[0].end - state[0].start == len(prop):
        s = state[0]
        if s.kind is MentionKind.NORMAL and (not s.organs or organ in s.organs):
            return Asked(Ask.NORMAL, organ)
        if s.kind is MentionKind.ABNORMAL and not s.uncertain and organ in dict(s.findings):
            return Asked(Ask.PRESENCE, dict(s.findings)[organ])
    if len(state) == 1 and state[0].end - state[0].start == len(prop) and category_of(state[0]) == "finding" \
            and voc.concepts[organ].category == "anatomy":  # (a device's position is the antonym reader's)
        # "Is the liver cirrhotic?", "Is the aorta aneurysmal?": the property word names a finding (cirrhosis,
        # aneurysm) that the organ's own findings (its ``expands``) hold, itself or one narrower kind of it
        own = [f for f in voc.concepts[organ].expands if f in voc.concepts
               and (f == state[0].concept or state[0].concept in voc.concepts[f].ancestors)]
        if len(own) == 1:  # (a narrower kind names its organ itself: "aortic aneurysm")
            return Asked(Ask.PRESENCE, own[0], organ=subject if own[0] == state[0].concept else None)
    for verb in ("is", "are"):
        phrase = f"{subject} {verb} {prop}"
        whole = voc.mentions(phrase)
        if len(whole) == 1 and whole[0].end - whole[0].start == len(phrase) and category_of(whole[0]) == "finding":
            return Asked(Ask.PRESENCE, whole[0].concept)
    return None
