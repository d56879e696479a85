"""Technique questions answered by a statement: "Is this a PA film?" - "This is an AP portable radiograph." (no).

Rotation, inspiration, penetration, projection, MRI sequence, contrast, phase and patient position are asked as
yes/no questions and answered by naming the technique used, often through the sign a radiologist reads it
from ("Nine posterior ribs are visible" for adequate inspiration, "the clavicles are equidistant from the
spinous processes" for no rotation). The vocabulary is :mod:`medstep.answers.technique`. Rule ``technique``:

* the question names exactly one technique value and no negation (``extract/asked.py`` rewrites a negated one
  first), and asks about the image ("Is this …", "Is the patient/film/inspiration …", "Was …");
* every sentence of a short answer naming that attribute must agree: the asked value (or a narrower or broader
  one: "PA" to "Is this a frontal view?") is yes, a value excluding it is no; a negation right before the
  phrase ("not a PA film") turns the asked value to no and any other value to no reading, unless the sentence
  states a value beside it ("T2, not T1" to "Is this T2?": the one stated answers);
* a hedge in such a sentence, both readings, or a value related only through its parent ("Frontal." to "Is this
  a PA film?") gives no reading.
"""

from __future__ import annotations

from medstep.answers import NO, YES, ZH_NO, ZH_YES
from medstep.answers.technique import TechniqueMention, related, technique_mentions
from medstep.answers import hedges, negation
from medstep.answers.concepts import vocabulary
from medstep.extract import implicit
from medstep.extract.concept_question import category_of
from medstep.extract.stance import Stance
from medstep.answers.text import HAN
from medstep.lazyre import lazy_compile

RULE = "technique"
_Q_FRAME = lazy_compile(r"(?i)^\s*(?:is|are|was|were|has|have|does|did)\b|^\s*¿\s*(?:es|está|están|se)\b|吗\s*[？?]\s*$"
                        r"|是否")
_Q_REFUSE = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NON, ("or", "which", "what"))
                         + r"|还是|或|不|未|¿\s*qu[eé]")
_NEGATION_BEFORE = lazy_compile("(?i)(?:" + hedges.words(negation.DENY, negation.NEVER, negation.NON)
                                + r"(?:\s+(?:a|an|the))?|" + negation.alternation(negation.ZH_NOT) + r")[\s-]*\Z")
# A value set aside for the one named before it: "T1 rather than T2", "an AP instead of a PA film".
_SET_ASIDE_BEFORE = lazy_compile(r"(?i)\b(?:" + hedges.alternation(negation.INSTEAD) + r")(?:\s+(?:a|an|the))?\s*\Z")
_SENTENCE = lazy_compile(r"[^.!?。！？\n]+[.!?。！？]?")  # its mark kept: a question is no statement
# A sentence saying how the technique is judged: "Rotation is assessed by comparing ...", "... can be judged from".
_METHOD = lazy_compile(r"(?i)\b(?:is|are|can\s+be|should\s+be)\s+(?:best\s+)?(?:assessed|evaluated|judged|determined|"
                       r"measured|checked|estimated)\s+(?:by|from|using|on|with)\b")
# An English question asks the technique only when every word beside the technique phrase frames the image ("Is
# this chest radiograph rotated?", "Was intravenous contrast given for this CT?"). Anything else asks about a
# finding seen on that technique: "Is the lesion hyperintense on T2?" ("hypointense on T2" names T2 and is a no),
# "Is there an acute infarct on DWI?" ("low ADC" is no other sequence answered).
_EN_Q = lazy_compile(r"(?i)^\s*(?:is|are|was|were|has|have|does|did)\b")
_EN_WORD = lazy_compile(r"[a-z0-9]+")
_IMAGE_FRAME = frozenset({
    "is", "are", "was", "were", "has", "have", "does", "did", "been", "be", "this", "that", "it", "the", "a", "an",
    "image", "images", "film", "radiograph", "study", "scan", "exam", "examination", "view", "sequence", "series",
    "picture", "projection", "x", "ray", "xray", "ct", "mri", "mr", "cxr", "patient", "taken", "obtained",
    "acquired", "performed", "done", "made", "in", "with", "for", "given", "used", "administered", "weighted",
    "chest", "head", "brain", "abdomen", "abdominal", "pelvis", "pelvic", "spine", "knee", "neck", "skull", "portable",
    "frontal", "radiography", "imaging", "phase"})


def read_technique(text: str, question: str) -> str | None:
    """yes / no (是 / 否 for a Chinese answer) for a technique question, else ``None`` (module docstring)."""
    if not _Q_FRAME.search(question) or _Q_REFUSE.search(question) or len(text) > implicit.MAX_CHARS:
        return None
    mentions = technique_mentions(question)
    asked = {m.value for m in mentions}
    if not asked:
        return _other_modality(text, question)
    if len(asked) != 1:
        return None
    if _EN_Q.match(question) and not _frames_image(question, mentions):
        return None
    want = asked.pop()
    stances: set[Stance] = set()
    for sentence in _SENTENCE.findall(text):
        found: set[Stance] = set()
        said = [m for m in technique_mentions(sentence) if m.value.attribute == want.attribute]
        negated_of = [_NEGATION_BEFORE.search(sentence[:m.start]) is not None
                      or _SET_ASIDE_BEFORE.search(sentence[:m.start]) is not None for m in said]
        for m, negated in zip(said, negated_of):
            if negated and m.value.value != want.value and not all(negated_of):
                continue  # "T2, not T1" to "Is this T2?": the value set aside beside the one stated adds nothing
            if m.value.value == want.value or m.value.parent == want.value:
                found.add(Stance.NO if negated else Stance.YES)
            elif related(m.value, want):  # "Frontal." to "Is this a PA film?": says which family, not which
                found.add(Stance.UNCLEAR)
            else:
                found.add(Stance.UNCLEAR if negated else Stance.NO)
        if found and (implicit.hedged(sentence, temporal=False) or _METHOD.search(sentence) is not None):
            return None  # ("Rotation is assessed by comparing the distance between ...": how it is read, not a reading)
        stances |= found
    if len(stances) != 1 or Stance.UNCLEAR in stances:
        return None
    zh = HAN.search(text) is not None
    if Stance.YES in stances:
        return ZH_YES if zh else YES
    return ZH_NO if zh else NO


def asked_modality(question: str) -> str | None:
    """The one modality (a concept of the vocabulary: ct, mri, xray, ultrasound ...) an English question asks the image
    was made with ("Is this a CT scan?", "Was this image taken with ultrasound?"), every other word framing the image;
    else ``None``."""
    if not _EN_Q.match(question) or _Q_REFUSE.search(question):
        return None
    low = question.lower()
    found = [m for m in vocabulary().mentions(low) if category_of(m) == "modality"]
    if len(found) != 1:
        return None
    rest = low[:found[0].start] + " " + low[found[0].end:]
    if not all(w in _IMAGE_FRAME or w in _MODALITY_FRAME for w in _EN_WORD.findall(rest)):
        return None
    return found[0].concept


# Words beside a modality that still only frame the image ("Is this image taken by ultrasound?").
_MODALITY_FRAME = frozenset({"by", "using", "on", "an", "of", "kind", "type", "modality", "technique"})


def _other_modality(text: str, question: str) -> str | None:
    """No when ``text`` (every sentence naming a modality, none hedged or negated) names only modalities unrelated to
    the one asked ("This is an MRI of the brain." to "Is this a CT scan?": the stated value excludes the asked one, as
    T2 excludes T1); else ``None`` (the asked modality, a narrower or broader one, "PET-CT" to "CT", say nothing here)."""
    want = asked_modality(question)
    if want is None:
        return None
    concepts = vocabulary().concepts
    related_ids = {want} | concepts[want].ancestors | concepts[want].descendants
    other = False
    for sentence in _SENTENCE.findall(text):
        low = sentence.lower()
        for m in vocabulary().mentions(low):
            if category_of(m) != "modality":
                continue
            if m.concept in related_ids or want in _EN_WORD.findall(low[m.start:m.end]):
                return None  # the asked one, narrower or broader, or holding it ("PET-CT" to "Is this a CT?")
            if _NEGATION_BEFORE.search(low[:m.start]) is not None or implicit.hedged(sentence, temporal=False):
                return None
            if not _IMAGE_IS.search(low[:m.start]) and len(_EN_WORD.findall(low)) > 2:
                continue  # another study's modality ("Compared with the previous MRI, ...", "Correlate with MRI.")
            other = True
    if not other:
        return None
    return ZH_NO if HAN.search(text) is not None else NO


# The image itself said to be of a modality, just before it: "this is an", "it was a", "the scan is a", "taken on a".
_IMAGE_IS = lazy_compile(r"(?:\b(?:this|it|that)(?:\s+image|\s+scan|\s+study|\s+film)?\s*(?:is|was|['’]s|looks\s+like|"
                         r"appears\s+to\s+be|seems\s+to\s+be)|\b(?:image|scan|study|film|picture|exam|examination)\s+"
                         r"(?:is|was|appears\s+to\s+be)|\b(?:taken|acquired|obtained|performed|made)\s+(?:with|by|on|"
                         r"using))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$")


def _frames_image(question: str, mentions: list[TechniqueMention]) -> bool:
    """Whether the words of ``question`` outside its technique phrases only frame the image (see ``_IMAGE_FRAME``)."""
    low = list(question.lower())
    for m in mentions:
        low[m.start:m.end] = " " * (m.end - m.start)
    return all(w in _IMAGE_FRAME for w in _EN_WORD.findall("".join(low)))


__all__ = ["RULE", "asked_modality", "read_technique"]
