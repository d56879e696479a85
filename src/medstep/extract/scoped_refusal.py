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

import re
from dataclasses import replace
from typing import Callable

from medstep.answers import canonical_verdict, same_verdict
from medstep.answers.image_access import denies_image_access
from medstep.answers.sites import sites_in
from medstep.extract import asked_refusal
from medstep.extract.open_generic import refers_on, says_nothing
from medstep.extract.choice import Reading
from medstep.extract.implicit_cues import SEEING
from medstep.extract.implicit_terms import stem, tokens
from medstep.extract.implicit_words import IMAGE, STOP
from medstep.extract.open_decision import ASKS_SITE, ASKS_WHAT, describes_image
from medstep.extract.open_definition import asks_technique
from medstep.extract.open_observed import asks_abnormality
from medstep.extract.open_refusal import first_sentence
from medstep.extract.open_tails import ASKS_PLACE, ASKS_PROPERTY, asks_part
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


# A reason for not seeing said in the clause's sentence, before or after it (review of the lane): "I can't see any
# pneumothorax - the film is rotated and underexposed, making assessment impossible.", "Because of the motion, I
# can't see any fracture.", "I can't see any pneumothorax, as the apex is cropped." ("such as", "as well" list signs,
# no reason). Such a sentence says the thing could not be looked for, not that it is absent.
_REASON = lazy_compile(
    r"(?i)\b(?:because|since|due\s+to|owing\s+to|given|(?<!such\s)(?<!well\s)as(?!\s+(?:well|such|seen|shown|noted|described|"
    r"in|on|a|an)\b)|impossible|unreliable|rotat\w*|under-?exposed|over-?exposed|under-?penetrated|"
    r"over-?penetrated|blurr\w*|too\s+(?:dark|bright|faint|small|low|grainy)|low[\s-]+(?:resolution|quality)|"
    r"poor(?:\s+image)?\s+quality|(?:image|film)\s+quality|suboptimal|non-?diagnostic|limited|artefact\w*|"
    r"artifact\w*|cropped|cut\s+off|obscur\w*|to\s+(?:evaluate|assess|judge|comment))\b"
)
# Where the clause's sentence ends and starts.
_SENTENCE_END = lazy_compile(r"[.!?](?=\s|$)|\n")
_SENTENCE_START = lazy_compile(r"(?:[.!?](?=\s)|\n)[^.!?\n]*\Z")


def _reason_given(text: str, m: re.Match[str]) -> bool:
    """Whether the sentence of the not-seeing clause ``m`` gives a reason for not seeing (``_REASON``) outside the
    object ``_NOT_DENIAL`` reads."""
    start = _SENTENCE_START.search(text, 0, m.start())
    end = _SENTENCE_END.search(text, m.end())
    before = text[start.end() if start is not None else 0:m.start()]
    after = text[m.end():end.start() if end is not None else len(text)]
    return _REASON.search(before) is not None or _REASON.search(after) is not None


def as_denial(text: str) -> str | None:
    """``text`` with each writer's not-seeing clause of an indefinite thing written as the report's denial ("I cannot
    see any pneumothorax" -> "No pneumothorax", "..., and I was unable to identify a fracture" -> "..., and no
    fracture", "I can't see evidence of X" -> "No evidence of X"; see module docstring), or ``None`` when it holds
    none."""
    out, pos = [], 0
    for m in _UNSEEN.finditer(text):
        if _CONDITIONAL.search(text, 0, m.start()) is not None or _NOT_DENIAL.search(m.group("object")) is not None \
                or _image_seen(m.group("object")) or _reason_given(text, m):
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


def _asks_what_or_where(question: str) -> bool:
    """Whether an open ``question`` asks what is shown or where (the finding, abnormality, organ, site, modality: "What
    abnormality is shown?", "Where is the nodule?", "Which organ is enlarged?"), not a property of a thing ("How old
    is the fracture?", "What is the density of the lesion?", ``open_tails.ASKS_PROPERTY``): a caveat declining the
    property in other words after the thing named ("Femoral fracture. I can't determine how old it is.") leaves the
    question unanswered (review of the lane)."""
    if ASKS_PROPERTY.search(question) is not None:
        return False
    return (asks_abnormality(question) or ASKS_WHAT.search(question) is not None
            or ASKS_PLACE.search(question) is not None or ASKS_SITE.search(question) is not None or asks_part(question)
            or asks_technique(question))


def _repeats_subject(said: str, question: str) -> bool:
    """Whether the open answer ``said`` only repeats words of the question ("Pneumothorax." to "Which side is the
    pneumothorax on?"): it names the question's own subject, not its answer."""
    asked = {stem(w) for w in tokens(question)}
    words = [stem(w) for w in tokens(said) if w not in STOP]
    return all(w in asked for w in words)


# The writer's own not-seeing, in any tense or modal: "I don't see any", "we did not identify", "I can't appreciate".
_NOT_SEEING = lazy_compile(
    r"(?i)(?<![\w'’])(?:i|we)\s+(?:do\s+not|don['’]t|did\s+not|didn['’]t|cannot|can['’]t|can\s+not|could\s+not|"
    r"couldn['’]t)\s+(?:" + "|".join(sorted(SEEING, key=len, reverse=True)) + r")\b"
)


def blind_denial(text: str, answer: str) -> bool:
    """Whether the "no" ``answer`` read from ``text`` rests on the writer not seeing, in a reply that says it has no
    image to look at ("I don't see any pneumothorax - I don't have the ability to view images.",
    ``answers/image_access.py``): nothing was looked for, so nothing is denied; the reply is a refusal."""
    return same_verdict(answer, "no") and _NOT_SEEING.search(text) is not None and denies_image_access(text)


# Where a clause after a decline starts: a colon, a semicolon or a dash, or a new sentence ("I can't prescribe anything;
# the MRI shows ...", "I can't recommend anything better than the obvious: this is appendicitis.").
_NEXT_CLAUSE = lazy_compile(r"[:;—–]\s*|(?<=[.!?])\s+|\n+")


def answer_follows(region: str, at: int, sample: Sample) -> bool:
    """Whether an answer follows the decline opening ``region`` and ending at ``at``
    (``open_refusal.declines_request``), by the judges of a caveat: its sentence turns back or only qualifies its
    certainty (``asked_refusal.turns_back``: "I can't estimate its size precisely, but it looks about 2 cm."), or the
    clause after it opens with an answer, as a reply before its closing caveat must (:func:`_opens_with_answer`:
    "Honestly, I can't estimate how old it is. The scan shows a chronic subdural haematoma."). A reason for declining
    after it names no finding ("I can't estimate an HbA1c from a fundus photograph — it's a blood test ...") and the
    decline stands; so does a general statement or a referral after it, whatever it names ("I'm not able to estimate
    life expectancy from a scan. Prognosis depends on the tumour type ...", "Please ask the doctor treating your wrist.",
    ``open_generic``)."""
    rest = region[at:]
    if asked_refusal.turns_back(first_sentence(rest)):
        return True
    nxt = _NEXT_CLAUSE.search(rest)
    if nxt is None:
        return False
    following = first_sentence(rest[nxt.end():])
    if says_nothing(following) or refers_on(following):
        return False  # "Prognosis depends on the cancer type, ...", "Please check with your doctor.": a reason, a referral
    return _opens_with_answer(following, sample)


def reread(loc: Located, sample: Sample, reader: Callable[[Located, Sample], Reading]) -> tuple[Located, Reading] | None:
    """The reply ``loc`` (read ``refused``) read again without the refusing words that refuse nothing asked, and its
    reading, when that gives an answer; else ``None`` (see module docstring)."""
    region = loc.answer
    if denies_image_access(region):
        return None  # "I can't see any pneumothorax; the image didn't load.": nothing was looked at
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
    if not said or offers_alternatives(said):
        return None
    if sample.answer_type is AnswerType.OPEN:
        first = first_sentence(said)
        if not _asks_what_or_where(sample.question) or not _opens_with_answer(first, sample) \
                or _repeats_subject(first, sample.question):
            return None
    head = replace(loc, answer=said)  # "Pneumothorax. I can't determine its size." -> "Pneumothorax."
    reading = reader(head, sample)
    return (head, reading) if reading.answer is not None else None


__all__ = ["answer_follows", "as_denial", "blind_denial", "reread"]
