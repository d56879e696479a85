"""Closed answers (session 28, issue #7): a fracture answered by its signs on the asked bone ("Is there a fracture
of the calcaneus?" - "A fracture line extends into the posterior facet.", "The cortex of the distal radius is
intact."), never by a sign given on another bone."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> str | None:
    sample = Sample(id="x", question=question, answer="yes", answer_type=AnswerType.CLOSED)
    return extract(text, sample).answer


@pytest.mark.parametrize("question, text, expected", [
    # signs of a fracture on the asked bone or a part of it (extract/signs.tsv, the fracture row)
    ("Is there a fracture of the ulna?", "The cortex of the ulnar shaft is intact throughout.", "no"),
    ("Is there a fracture of the humerus?", "Cortical outlines of the humerus are preserved.", "no"),
    ("Is there a fracture of the femur?", "No cortical break is seen in the femur.", "no"),
    ("Is there a fracture of the tibia?", "There is a break in the anterior cortex of the tibial shaft.", "yes"),
    ("Is there a fracture of the radius?", "A thin lucent line runs across the radial shaft.", "yes"),
    ("Is there a fracture of the wrist?", "Subtle cortical buckling of the distal radius.", "yes"),
    ("Is there a fracture of the mandible?", "Fracture lines pass through the right mandibular body.", "yes"),
    ("Is there a fracture of the calcaneus?", "A fracture line extends into the posterior facet.", "yes"),
    # near misses: another bone, a hedge, another organ's cortex, the finding stated the other way
    ("Is there a fracture of the scaphoid?", "There is a cortical step-off at the distal radius.", None),
    ("Is there a fracture of the scaphoid?", "The cortex of the distal radius is intact.", None),
    ("Is there a fracture of the scaphoid?", "A radiolucent line crosses the distal radial metaphysis.", None),
    ("Is there a fracture of the tibia?", "Possible break in the anterior cortex of the tibial shaft.", None),
    ("Is there a rib fracture?", "The renal cortex is intact.", None),
    ("Is there a fracture of the femur?", "The femoral cortex is intact, but there is a fracture of the patella.", None),
])
def test_fracture_signs(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # an organ or bone asked by its noun, answered by its adjective of place (answers/wordforms.tsv)
    ("Is there a fracture of the femur?", "There is a displaced femoral fracture.", "yes"),
    ("Is there a fracture of the pelvis?", "There is no pelvic fracture.", "no"),
    ("Is there a mass in the ovary?", "A 5 cm complex ovarian mass is present.", "yes"),
    ("Is there thickening of the pericardium?", "Pericardial thickening is present.", "yes"),
    ("Is there a lesion in the testis?", "No testicular lesion.", "no"),
    ("Is there a mass in the mediastinum?", "There is a large mediastinal mass.", "yes"),
    ("Is there a fracture of the sternum?", "A sternal fracture is seen.", "yes"),
    # near misses: another bone named, a hedge, gone, the other side denied beside the finding
    ("Is there a fracture of the femur?", "No femoral fracture; the tibial plateau is fractured.", "no"),
    ("Is there a fracture of the tibia?", "There is a femoral fracture.", None),
    ("Is there a mass in the ovary?", "Possible ovarian mass.", None),
    ("Is there a mass in the ovary?", "The ovarian mass seen previously has resolved.", "no"),
    ("Is there a mass in the mediastinum?", "There is a large mediastinal lymph node.", None),
])
def test_organ_adjectives(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # a question of a place read again in the place's adjective (extract/head_noun.adjectival)
    ("Is there a fracture of the pelvis?", "The pelvic ring is intact.", "no"),
    ("Is there a fracture of the pelvis?", "The pelvic ring is disrupted.", "yes"),
    ("Is there a fracture of the pelvis?", "The pelvic ring is intact and both hips are congruent.", "no"),
    # near misses: another organ, no adjective written, a side asked, the lumped finding elsewhere
    ("Is there a fracture of the skull?", "The pelvic ring is intact.", None),
    ("Is there a stone in the kidney?", "The kidneys are normal. A stone is seen in the ureter.", None),
    ("Is there a fracture of the left pelvis?", "The pelvic ring is intact.", None),
    # a committed lean before the pole answers (session 44, closed44); one that holds it open does not
    ("Is there a fracture of the pelvis?", "The pelvic ring is probably intact.", "no"),
    ("Is there a fracture of the pelvis?", "The pelvic ring may be intact.", None),
])
def test_adjective_of_place(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


def test_adjectival_question() -> None:
    from medstep.extract.head_noun import adjectival
    assert adjectival("Is there a fracture of the pelvis?", "Pelvic ring intact.") == "Is there a pelvic fracture?"
    assert adjectival("Is there any mass in the ovary?", "ovarian") == "Is there any ovarian mass?"
    assert adjectival("Are there stones in the kidney?", "renal") == "Are there renal stones?"
    assert adjectival("Is there evidence of the kidney?", "renal") is None
    assert adjectival("Is there a mass in the left ovary?", "ovarian") is None
    assert adjectival("Is there a fracture of the pelvis?", "The pelvis is normal.") is None


@pytest.mark.parametrize("question, text, expected", [
    # a first-person denial naming the finding with no object (extract/implicit_words.DENIED_LINK)
    ("Is there a retrosternal mass?", "I wouldn't call a retrosternal mass.", "no"),
    ("Is there cardiomegaly?", "The heart is at the upper limit of normal; I would not call cardiomegaly.", "no"),
    ("Is there a pneumothorax?", "I wouldn't call this a pneumothorax.", "no"),
    # near misses: another finding, a hedge, another's judgement, "call for", a question
    ("Is there an effusion?", "I wouldn't call a pneumothorax.", None),
    ("Is there a pneumothorax?", "I probably wouldn't call a pneumothorax.", None),
    ("Is there a pneumothorax?", "I wouldn't call for a CT; there is a small pneumothorax.", "yes"),
    ("Is there a pneumothorax?", "Why would you not call a pneumothorax? There is a pleural line.", None),
])
def test_first_person_denial(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # a fracture in a part of the asked bone (answers/sites.tsv: mandible, scapula, sternum parts, the bony pelvis)
    ("Is there a fracture of the mandible?", "There is a fracture of the left mandibular angle.", "yes"),
    ("Is there a fracture of the pelvis?", "Fracture of the left superior pubic ramus.", "yes"),
    ("Is there a fracture of the pelvis?", "Fractures of the right superior and inferior pubic rami.", "yes"),
    ("Is there a fracture of the scapula?", "Fracture of the left acromion.", "yes"),
    ("Is there a fracture of the sternum?", "There is a fracture of the manubrium.", "yes"),
    # near misses: another bone, a sign on another bone, the part denied beside a neighbour's fracture
    ("Is there a fracture of the sternum?", "Fracture of the clavicle.", None),
    ("Is there a fracture of the clavicle?", "A radiolucent line crosses the midshaft of the humerus.", None),
    ("Is there a fracture of the calcaneus?", "Fracture of the talus; the calcaneus is intact.", None),
    ("Is there a fracture of the pelvis?", "Possible fracture of the left superior pubic ramus.", None),
])
def test_fracture_in_a_part(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected
