"""Whether one organ is normal, answered by describing it: "Is the pancreas abnormal?" - "The pancreas is normal in
size, contour and enhancement, with no ductal dilatation." (no); "Are the kidneys normal?" - "Both kidneys are normal
in size and shape with no hydronephrosis." (yes). Rule ``implicit_organ_normal``.

``extract/normality.py`` reads a whole study; this reads the one organ a question names:

* the question asks it normal or abnormal: "Is/Are the <organ> normal|abnormal|unremarkable?", "Does the <organ>
  look/appear/seem normal?", "Is there an/any abnormality in/of the <organ>?" (the words' one home:
  ``implicit_words.ABNORMALITY``, ``LOOK``); the organ is a structure of the vocabulary (``answers/concepts``), with its
  side if it has one. A size asked ("normal in size") is ``extract/sizes.py``'s;
* every clause of the reply is read by the vocabulary (``extract/findings.py``): each must hold a statement, and each
  statement must call an organ normal or deny a finding. One finding stated, one clause the vocabulary cannot read
  ("the duct is beaded"), a hedge or a past time in a sentence: no reading;
* the reply names the asked organ (called normal, or as a place), and no side but the asked one (an unsided question
  answered of one side only, "The left kidney is normal.", speaks of half the pair);
* the organ is called normal as a whole ("The spleen is unremarkable."), or its normal statements amount to more
  than one aspect: a size with other aspects ("normal in size, contour and enhancement") or a finding denied beside
  it. "The liver is normal in size." alone says nothing of a mass in it and is not read.

:func:`read_organ_normal` makes only the normal reading. The abnormal one (a finding committed in the organ, rule
``implicit_organ_finding``) is :func:`read_organ_finding`'s, under its own guards, since the vocabulary reads some
report words as findings ("Hila normal in size and density.": "density") that are no abnormality there.
"""

from __future__ import annotations

import re

from medstep.answers import NO, YES
from medstep.answers import hedges
from medstep.answers.concepts import MentionKind, vocabulary
from medstep.extract import findings, implicit
from medstep.extract.normality import STUDY
from medstep.extract.implicit_cues import finding_homes
from medstep.extract.implicit_terms import tokens
from medstep.extract.asked_cutoff import UNITS
from medstep.extract.implicit_words import ABNORMALITY, BESIDE, LATERAL, LOOK, OFF_PLACE
from medstep.answers.text import HAN
from medstep.lazyre import lazy_compile

RULE = "implicit_organ_normal"
FINDING_RULE = "implicit_organ_finding"

_SUBJECT = r"(?:the\s+)?((?:left\s+|right\s+)?[a-z][a-z' -]{1,40}?)"
# The image the question points at, after the property ("Is the liver normal in this image?", "... on this CT?"): the
# question still asks the organ (normality._STUDY's nouns).
_ON_IMAGE = r"(?:\s+(?:in|on)\s+(?:this|the)\s+(?:[a-z-]+\s+){0,2}?" + STUDY + r")?"
# (pattern, the question asks "normal" (True) or "abnormal" (False)); group 1 is the organ.
_QUESTIONS: tuple[tuple[re.Pattern[str], bool], ...] = tuple((lazy_compile(p, re.I), w) for p, w in (
    (r"^\s*(?:is|are)\s+the\s+" + _SUBJECT + r"\s+(?:normal|unremarkable)" + _ON_IMAGE + r"\s*\?\s*$", True),
    (r"^\s*(?:does|do)\s+the\s+" + _SUBJECT + r"\s+" + LOOK + r"\s+normal" + _ON_IMAGE + r"\s*\?\s*$", True),
    (r"^\s*(?:is|are)\s+the\s+" + _SUBJECT + r"\s+abnormal" + _ON_IMAGE + r"\s*\?\s*$", False),
    (r"^\s*(?:is|are)\s+there\s+(?:an\s+|any\s+)?" + ABNORMALITY + r"\s+(?:in|of)\s+" + _SUBJECT
     + _ON_IMAGE + r"\s*\?\s*$", False),
))
# A size stated normal with other aspects after it: "normal in size, contour and enhancement", "normal in size and
# shape".
# A value with its unit ("measures 5 mm"): a size the measured readers judge (``extract/measured.py``), which may call
# the organ normal in that aspect beside the finding.
_VALUE = lazy_compile(r"(?i)\d\s*(?:" + UNITS + r")\b")
# A normal statement held to the rest ("The rest of the bowel is normal.", "otherwise unremarkable"; the one home of
# the words: ``hedges.QUALIFICATION``): whether the asked organ is among the rest is not said.
_THE_REST = lazy_compile("(?i)" + hedges.words(hedges.QUALIFICATION))
# What takes a finding seen back: a mimic or a dismissal ("just a fold", "artifact"; ``hedges.MIMICS``, ``DISMISSING``).
_MIMIC = lazy_compile("(?i)" + hedges.words(hedges.MIMICS, hedges.DISMISSING))
_ASPECTS = lazy_compile(r"(?i)\bnormal\s+in\s+[a-z]+(?:\s*,\s*[a-z]+(?:\s+[a-z]+)?)*\s*,?\s+and\s+[a-z]+")


def _asked(question: str) -> tuple[str, bool] | None:
    for pattern, wants_normal in _QUESTIONS:
        m = pattern.match(question.strip())
        if m is not None:
            return m.group(1).strip(), wants_normal
    return None


def _anatomy(text: str) -> set[str]:
    concepts = vocabulary().concepts
    return {m.concept for m in vocabulary().mentions(text)
            if m.kind is MentionKind.CONCEPT and concepts[m.concept].category == "anatomy"}


def read_organ_normal(text: str, question: str) -> str | None:
    """yes / no when a short English reply describes the asked organ as normal (see module docstring)."""
    asked = _asked(question)
    if asked is None or HAN.search(text) or len(text) > implicit.MAX_CHARS:
        return None
    subject, wants_normal = asked
    organs = _anatomy(subject)
    if not organs:
        return None
    sides = LATERAL.intersection(tokens(subject))
    said_sides = LATERAL.intersection(tokens(text))
    if said_sides - sides or (sides and not said_sides):
        return None  # "The left kidney is normal." to "Are the kidneys normal?"; the other side, or no side said
    named = bool(_anatomy(text) & organs)
    whole, aspects = False, 0
    concepts = vocabulary().concepts
    for sentence in implicit.sentences(text):
        if implicit.hedged(sentence):
            return None
        for clause in findings.clause_split(sentence):
            events = findings.statements(clause)
            if not events:
                return None  # a clause the vocabulary cannot read may describe an abnormality in other words
            for e in events:
                if e.normal and not e.negated:
                    if e.key in organs:
                        named = True
                        whole = whole or not (e.size_only or e.aspect)  # ("Normal liver contour.": one aspect)
                        aspects += 2 if (e.size_only or e.aspect) and _ASPECTS.search(clause) else 1
                    continue
                category = concepts[e.key].category if e.key in concepts else ""
                if not e.negated or category not in ("finding", "group"):
                    return None  # a finding stated, or a statement of something else
                aspects += 1
    if not named or not (whole or aspects >= 2):
        return None
    return YES if wants_normal else NO


def read_organ_finding(text: str, question: str) -> str | None:
    """The abnormal half: no to "Is the liver normal?" (yes to "... abnormal?", "Is there an abnormality in the
    liver?") when a short English reply commits to a finding in the asked organ: "The liver contains multiple hypodense
    lesions." (rule ``implicit_organ_finding``; session 55, b54-0088). A finding is abnormal whatever its name, so the
    reading needs no list of findings, only where the finding is and whether it is committed:

    * the finding is the vocabulary's (category ``finding``), stated, not denied, in a clause that does not hedge
      ("may be a cyst"; a hedged diagnosis after it, "..., suspicious for carcinoma", is its own clause and leaves the
      finding stated);
    * its sentence names the asked organ and no other structure, or names none and the finding belongs to the asked
      organ only (``implicit_cues.finding_homes``); a sided question needs that side said and no other;
    * the finding's sentence denies nothing: "The right breast shows scattered fibroglandular density without mass." is
      the organ's make-up described (some report words read as findings are none there, as above);
    * the finding's sentence places it in the organ, not beside it ("a mass adjacent to the liver", "above the
      kidney": ``implicit_words.BESIDE``, ``OFF_PLACE``), and names the organ in the question's words ("The bladder is
      thickened." does not answer "Is the bladder wall normal?");
    * no value with a unit (a size is the measured readers' to judge, and may call the organ normal in that aspect:
      "The appendix measures 5 mm with an appendicolith.") and no normal statement of the rest ("The rest of the bowel
      is normal.": whether the asked organ is among the rest is not said);
    * nothing in the reply calls the asked organ normal, in any aspect: "The liver is normal in size; a small cyst is
      noted." is no reading (a clinician asked "is the liver normal?" would call a liver with an incidental simple cyst
      normal apart from it; the reply does not settle which), nor a sentence that hedges as a whole in a past time
      ("previously enlarged").
    """
    asked = _asked(question)
    if asked is None or HAN.search(text) or len(text) > implicit.MAX_CHARS:
        return None
    subject, wants_normal = asked
    organs = _anatomy(subject)
    sides = LATERAL.intersection(tokens(subject))
    if not organs:
        return None
    if _VALUE.search(text) is not None or _THE_REST.search(text) is not None:
        return None
    concepts = vocabulary().concepts
    stated = False
    words = subject.lower().split()
    for sentence in implicit.sentences(text):
        named, said = _anatomy(sentence), set(tokens(sentence))
        placed = named <= organs and (not sides or LATERAL.intersection(said) == sides) \
            and BESIDE.search(sentence) is None and OFF_PLACE.search(sentence) is None \
            and (not named or all(w in said or f"{w}s" in said for w in words))  # "the bladder" is not "bladder wall"
        parts = findings.clause_split(sentence)
        events = [findings.statements(c) or [] for c in parts]
        if any(e.negated for row in events for e in row):
            continue  # "scattered fibroglandular density without mass or distortion": the organ's make-up described
        for i, clause in enumerate(parts):
            for e in events[i]:
                if e.normal and e.key in organs:
                    return None  # the organ called normal (in some aspect) beside the finding
                if e.negated or e.normal or e.key not in concepts or concepts[e.key].category != "finding":
                    continue
                homes = set(finding_homes(e.key))
                # committed: no clause up to the finding's hedges ("I'm not sure, but"; "may be a cyst"); a hedged
                # diagnosis after it ("..., suspicious for carcinoma") leaves the finding stated
                if placed and (named or homes and homes <= organs) and not any(implicit.hedged(c) for c in parts[:i + 1]):
                    stated = True
    if _MIMIC.search(text) is not None:
        return None  # "The liver contains a lesion, but this is probably artifact.": what was seen taken back
    if not stated:
        return None
    return NO if wants_normal else YES


def finding_in_organ(sentence: str, question: str) -> str | None:
    """The verdict one sentence stating a finding in the asked organ gives ("There is a cyst in the kidney." to "Is
    there an abnormality in the kidney?": yes), else ``None``. Never a reading (module docstring: some report words
    read as findings are none); only the other half of a contradiction with the organ called normal
    (``extract/both_ways.py``)."""
    asked = _asked(question)
    if asked is None or HAN.search(sentence) or implicit.hedged(sentence):
        return None
    subject, wants_normal = asked
    organs = _anatomy(subject)
    if not organs or not _anatomy(sentence) & organs:
        return None
    concepts = vocabulary().concepts
    for clause in findings.clause_split(sentence):
        for e in findings.statements(clause) or ():
            if not e.negated and not e.normal and e.key in concepts and concepts[e.key].category == "finding":
                return NO if wants_normal else YES
    return None


__all__ = ["FINDING_RULE", "RULE", "finding_in_organ", "read_organ_finding", "read_organ_normal"]
