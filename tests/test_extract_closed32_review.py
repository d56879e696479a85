"""Closed answers, review of the session-32 closed lane: a structured report whose findings state the asked finding
one way and whose labelled Impression states it the other way is at odds with itself (held ambiguous), while an
Impression after findings that only discuss the finding in general terms ("fractures ... typically show ...", "free
air would appear as ...") still answers (``extract/conclusion.py`` ``before_label``, ``extract/stated.py``)."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

_EFF = "Is there a pleural effusion?"
_PTX = "Is there a pneumothorax?"
_FX = "Is there a fracture?"
_AIR = "Is there free air under the diaphragm?"


def _read(question: str, text: str) -> tuple[str | None, str]:
    sample = Sample(id="x", question=question, answer="yes", answer_type=AnswerType.CLOSED)
    found = extract(text, sample)
    return found.answer, found.rule


@pytest.mark.parametrize("question, text", [
    (_EFF, "Findings: There is a small left pleural effusion with a meniscus. The right lung is clear. Heart size "
           "normal.\n\nImpression:\n1. No pleural effusion.\n2. No pneumothorax.\n3. Normal heart size."),
    (_PTX, "Findings: No pneumothorax is seen; lung markings extend to the chest wall bilaterally. Heart normal.\n\n"
           "Impression:\n1. Small right apical pneumothorax.\n2. Clear lungs.\n3. Normal heart size."),
    (_EFF, "There is blunting of the right costophrenic angle consistent with a small right pleural effusion. The left "
           "is sharp.\n\nImpression:\n1. No acute cardiopulmonary process.\n2. Normal heart size.\n3. Mild spondylosis."),
    (_FX, "Findings: There is a nondisplaced fracture of the distal radius. The carpal bones are intact.\n\n"
          "IMPRESSION:\n1. No acute fracture.\n2. Soft tissue swelling.\n3. Mild degenerative change."),
    # first items shorter than the 20 characters a statement used to be found back by
    (_FX, "FINDINGS: A transverse fracture of the fifth metacarpal neck is present.\n\n**IMPRESSION:**\n1. No fracture.\n"
          "2. Soft tissue swelling.\n3. Normal alignment.\n4. No foreign body."),
])
def test_findings_against_labelled_impression_are_ambiguous(question: str, text: str) -> None:
    assert _read(question, text) == (None, "ambiguous")


@pytest.mark.parametrize("question, text, expected", [
    (_FX, "Findings: Three views of the right wrist. Fractures of the distal radius typically show a cortical break or "
          "angulation; I look carefully at the scaphoid as well since scaphoid fractures are easily missed. Joint spaces "
          "are preserved.\n\nIMPRESSION:\n1. No acute fracture or dislocation.\n2. Mild osteoarthritis of the first "
          "carpometacarpal joint.\n3. Dorsal soft tissue swelling.", "no"),
    (_AIR, "Upright abdominal film. Free intraperitoneal air would appear as a crescent of lucency beneath the "
           "hemidiaphragms. The bowel gas pattern is reviewed.\n\nConclusion:\n1. No free intraperitoneal air.\n"
           "2. Nonobstructive bowel gas pattern.\n3. Moderate stool burden.", "no"),
    (_PTX, "Post-procedure chest radiograph after right lung biopsy. Lung edges reviewed at both apices.\n\n"
           "Impression:\n1. Normal chest radiograph.\n2. Biopsy site changes.\n3. No acute findings.\n\n"
           "Recommendation: repeat film in 4 hours if there is clinical concern for pneumothorax.", "no"),
    # a checklist's empty box leaves the finding out; its words alone do not state it (f14-c0114)
    (_FX, "**Checklist**\n- [x] Soft tissue swelling\n- [ ] Fracture line\n- [ ] Dislocation\n- [x] Joint effusion\n\n"
          "Impression: sprain pattern without bony injury.", "no"),
    # findings that agree with the Impression, or state another finding, do not block it
    (_EFF, "Findings: The costophrenic angles are sharp. There is a right lower lobe consolidation.\n\nImpression:\n"
           "1. Right lower lobe pneumonia.\n2. No pleural effusion.\n3. Normal heart size.", "no"),
    (_FX, "Findings: There is a displaced fracture of the right distal radius with dorsal angulation.\n\nIMPRESSION:\n"
          "1. Displaced distal radius fracture.\n2. Soft tissue swelling.\n3. No dislocation.", "yes"),
])
def test_labelled_impression_after_discussion_answers(question: str, text: str, expected: str) -> None:
    assert _read(question, text)[0] == expected
