"""A reply read ``refused`` whose refusing words refuse nothing asked, read again without them (issue #7).

The refusal rules (``extract/refusal.py``) read "I cannot / can't / am unable to + see / identify" anywhere as a
refusal of the whole question. Two uses of those words decline nothing that was asked:

- not seeing a thing: "I cannot see any pneumothorax.", "I can't see any evidence of a pneumothorax.", "No fracture
  is visible. I can't identify any cortical break." These deny what is not seen, as "I don't see a pneumothorax."
  does: to a yes/no question each such clause is written as the report's denial ("No pneumothorax.", "No evidence of
  a pneumothorax.", :func:`as_denial`) and the reply read again. Whether the denial answers the question is the
  reader's to say (X is the asked finding, or a sign beside a stated absence: "There is no visible pneumothorax; I
  can't see a pleural line anywhere."); a thing not seen that answers nothing ("I cannot see any side marker on the
  image." to "Is the left side marked correctly?") leaves the reply refused. Not a denial: the image, or a view, not
  seen ("I cannot see the image.", "I can't see any image attached."), seeing qualified ("I cannot see the lung apex
  clearly", "I can't see well enough to say ..."), a definite thing or a pronoun ("I can't see the lung apex", "I
  can't see them"), a reason given ("... because the film is rotated"), a condition ("If I can't see any ..."), or
  another declining verb joined ("I can't identify a pneumothorax or exclude one");
- a closing caveat on a finer detail after the answer: "Pneumothorax. I can't determine its size.", "Right upper lobe.
  I can't identify the exact segment." (``asked_refusal.caveat_at``, the judge of a refusal of the asked question
  against another matter): the answer before it is read, as it already is when a letter or a "yes" opens the reply.
  Not when the answer before it weighs two ("This could be a lipoma or a liposarcoma."), nor, to an open question,
  when it names no concept or site ("Difficult case.", ``other_question.opens_with_answer``), nor when the question
  asks what something is beyond the finding seen ("What is the most likely diagnosis?", "Is the lesion benign or
  malignant?"): a finding named and then its cause, behaviour or histology declined may be the diagnosis declined in
  other words (the review of session 27 kept such replies refused).

Each is tried only when the reader found the reply refused, and kept only when the reading again gives an answer;
anything else left refusing in the reply keeps it refused. Read by :mod:`medstep.extract.core` after the reader.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from medstep.answers import canonical_verdict
from medstep.answers.sites import sites_in
from medstep.extract import asked_refusal
from medstep.extract.choice import Reading
from medstep.extract.implicit_cues import SEEING
from medstep.extract.implicit_words import IMAGE
from medstep.extract.open_decision import describes_image
from medstep.extract.open_observed import asks_abnormality
from medstep.extract.open_refusal import first_sentence
from medstep.extract.other_question import DECLINING_VERBS, opens_with_answer
from medstep.extract.refusal import offers_alternatives
from medstep.extract.split import Located
from medstep.lazyre import lazy_compile
from medstep.types import AnswerType, Sample

# The writer not seeing: "I cannot see", "we can't identify", "I honestly can't see", "I am unable to see", "I'm not
# able to identify", "I couldn't see", "we were unable to identify"; then the thing, indefinite ("any", "a", "an",
# "evidence of", "signs of"), up to the end of the clause.
_UNSEEN = lazy_compile(
    r"(?i)(?<![\w'’])(?:i|we)(?:\s+(?:really|honestly|truly|simply|just|still|genuinely))?"
    r"(?P<modal>\s+(?:cannot|can['’]t|can\s+not)\s+|\s+(?P<past>could\s+not|couldn['’]t)\s+|"
    r"(?:\s+am|['’]m|\s+are|['’]re)\s+(?:unable|not\s+able)\s+to\s+|\s+(?P<was>was|were)\s+(?:unable|not\s+able)\s+to\s+)"
    r"(?P<verb>" + "|".join(sorted(SEEING, key=len, reverse=True)) + r")\s+"
    r"(?P<object>(?:(?P<det>(?:any|an?)\s+)|(?=(?:evidence|signs?)\s+of\s))[^.;:!?,\n—–(]*)"
)
# A condition or report before the writer: "If I can't see any ...", "whether I can identify ..."
_CONDITIONAL = lazy_compile(r"(?i)\b(?:if|unless|whether|when)\s+\Z")
# The image or its upload not seen: "any image attached", "a lateral view", "an x-ray of the chest" (its words before a
# place; "any fracture on this x-ray" is a denial).
_UPLOAD = frozenset({"attached", "attachment", "upload", "uploaded", "uploads", "file", "files"})
_PLACE = frozenset({"on", "in", "at", "within", "from", "along", "across", "over", "under", "around", "near",
                    "throughout", "inside", "to", "for", "here", "there", "anywhere"})
_WORD = lazy_compile(r"[a-z]+")


def _image_seen(thing: str) -> bool:
    """Whether ``thing`` (what is not seen) names the image, a view or an upload before any place it is looked in."""
    for word in _WORD.findall(thing.lower()):
        if word in _PLACE:
            return False
        if word in IMAGE or word in _UPLOAD:
            return True
    return False


# Words of the object that make the clause no denial: seeing qualified ("clearly", "well enough", "with confidence"),
# a reason why ("because the film is rotated", "due to the artefact", "without a lateral view"), or a declining verb
# joined ("or exclude one", "nor rule it out").
_NOT_DENIAL = lazy_compile(
    r"(?i)\b(?:clearly|clear\s+enough|well|properly|adequately|reliably|confidently|certain\w*|confidence|sure|enough|"
    r"because|due|owing|since|given|without|as\s+(?:the|this|it)|"
    r"(?:or|nor|and|but)\s+(?:\w+\s+)?(?:" + DECLINING_VERBS + r"))\b"
)


def as_denial(text: str) -> str | None:
    """``text`` with each writer's not-seeing clause of an indefinite thing written as the report's denial ("I cannot
    see any pneumothorax" -> "No pneumothorax", "..., and I was unable to identify a fracture" -> "..., and no
    fracture", "I can't see evidence of X" -> "No evidence of X"; see module docstring), or ``None`` when it holds
    none."""
    out, pos = [], 0
    for m in _UNSEEN.finditer(text):
        if _CONDITIONAL.search(text, 0, m.start()) is not None or _NOT_DENIAL.search(m.group("object")) is not None \
                or _image_seen(m.group("object")):
            continue
        before = text[pos:m.start()]
        said = text[:m.start()].rstrip(" \t*_\"'“(")
        opens = not said or said.endswith(_SENTENCE_ENDS)  # "I can't see ..." opening a sentence or a line
        out.append(before + ("No " if opens else "no "))
        pos = m.start("object") + len(m.group("det") or "")
    if not out:
        return None
    return "".join(out) + text[pos:]


# What ends a sentence, a line or a tag before the clause: after anything else the clause goes on a sentence ("Lungs
# are clear, and I can't see any effusion.") and keeps a small "no".
_SENTENCE_ENDS = (".", "!", "?", ":", "\n", ">")


def _opens_with_answer(first: str, sample: Sample) -> bool:
    """Whether the opening sentence ``first`` of an open reply can be the answer a caveat follows: it names a concept
    and more than the image (``other_question.opens_with_answer``), or an anatomical site ("Right upper lobe.",
    ``answers/sites``: the vocabulary names organs, not the parts a where-question is answered with)."""
    asked = " ".join((sample.question, *sample.options.values()))
    return opens_with_answer(first, asked, True) or (opens_with_answer(first, asked, False)
                                                    and not describes_image(first, asked) and bool(sites_in(first.lower())))


def reread(loc: Located, sample: Sample, reader: Callable[[Located, Sample], Reading]) -> tuple[Located, Reading] | None:
    """The reply ``loc`` (read ``refused``) read again without the refusing words that refuse nothing asked, and its
    reading, when that gives an answer; else ``None`` (see module docstring)."""
    region = loc.answer
    if sample.answer_type is AnswerType.CLOSED and canonical_verdict(sample.answer) is not None:
        denial = as_denial(region)
        if denial is not None:  # "I cannot see any pneumothorax." read as "No pneumothorax."
            again = replace(loc, answer=denial)
            reading = reader(again, sample)
            if reading.answer is not None:
                return again, reading
            region = denial  # "I can't see any effusion. ... I can't determine its size.": the caveat is read next
    if sample.answer_type is not AnswerType.CHOICE and asked_refusal.nature_asked(sample.question, sample.answer_type) \
            and not asks_abnormality(sample.question):
        # asked what something is ("What is the most likely diagnosis?", "Is the lesion benign or malignant?"), a
        # finding named and then "its behaviour", "the underlying cause", "the histology" declined may be the asked
        # diagnosis declined in other words: the reply stays refused (review of session 27, never by word overlap); a
        # choice reply names its option, whose closing caveat ``asked_refusal`` already judges so
        return None
    at = asked_refusal.caveat_at(region, sample.question, sample.answer_type)
    said = region[:at].rstrip() if at is not None else ""
    # the answer before it not weighing two ("This could represent a lipoma or a liposarcoma; ... I can't reliably
    # assess those features here." stays refused); an open one naming a concept, more than the image (``other_question``)
    if not said or offers_alternatives(said) or sample.answer_type is AnswerType.OPEN and not _opens_with_answer(
            first_sentence(said), sample):
        return None
    head = replace(loc, answer=said)  # "Pneumothorax. I can't determine its size." -> "Pneumothorax."
    reading = reader(head, sample)
    return (head, reading) if reading.answer is not None else None


__all__ = ["as_denial", "reread"]
