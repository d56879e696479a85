"""Closed replies answered without a plain yes/no, and closed readings where the label has none (issue #7, session
58, lane closed58).

* A reply that only teaches the asked finding as a class and never points at this image gives no verdict
  (``extract/lesson_reply.py``): "Tuberculosis is an infectious disease ... Treatment requires a combination of
  anti-tuberculosis drugs ..." (b57-0221 was read yes).
* An opening "Yes, ..." whose closing sentence states the other pole of the asked subject, read by the antonym reader
  alone, leaves the reply ambiguous (``leads.closing_pole_denies``; b57-0195 "Yes, there is a fracture ... The bone
  appears to be intact, ..."); a closing sentence of another part ("The other bones are intact.") does not.
* A thing's negated "look" reads as "does not appear" ("The spleen doesn't look normal."), and "doesn't appear"
  keeps its verb (``implicit_words.seeming_look``, ``implicit_property``); a concluding adverb opening the sentence
  ("So the bone density ...", "Therefore the pancreas ...") is no part of the subject.
* A closing ", which is a <pole> ..." clause is read as its own pronoun sentence by the antonym reader
  (``extract/relative_pole.py``; b57-0150 "..., consistent with a lipoma, which is a benign tumor." is a no), never
  after a hedged sentence.

The replies are invented (other organs, wordings and layouts than the dev items), except the b57 ones.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.leads import closing_pole_denies
from medstep.extract.lesson_reply import teaches_only
from medstep.extract.relative_pole import apart
from medstep.types import AnswerType, Sample


def _read(question: str, text: str, gold: str = "yes") -> tuple[str | None, str]:
    ext = extract(text, Sample(id="t", question=question, answer=gold, answer_type=AnswerType.CLOSED))
    return ext.answer, ext.status.value


B57_TB = ("Tuberculosis is an infectious disease caused by Mycobacterium tuberculosis. It mainly affects the lungs and "
          "can cause symptoms such as chronic cough, fever, night sweats and weight loss. Diagnosis is based on chest "
          "imaging, sputum smear microscopy, culture and molecular tests. Treatment requires a combination of "
          "anti-tuberculosis drugs for at least six months.")
B57_LIPOMA = ("The image shows a well-circumscribed, thinly encapsulated lesion composed of mature adipocytes with small, "
              "uniform, eccentric nuclei and no atypia or lipoblasts, consistent with a lipoma, which is a benign tumor.")


@pytest.mark.parametrize("question, text, expected", [
    ("Is there evidence of tuberculosis on this chest X-ray?", B57_TB, (None, "unparsed")),
    ("Is there cardiomegaly?", "Cardiomegaly is an enlarged cardiac silhouette. Causes include heart failure and "
     "cardiomyopathy. Echocardiography helps define the cause of cardiomegaly.", (None, "unparsed")),
    ("Does this patient have osteoporosis?", "Osteoporosis is a skeletal disorder of low bone mass. Fragility fractures "
     "of the hip and spine are its main complication. Bisphosphonates reduce the fracture risk.", (None, "unparsed")),
    # near misses: the lesson followed by this image's own finding
    ("Is there a hiatus hernia?", "A hiatus hernia is a protrusion of the stomach through the diaphragm. A retrocardiac "
     "gas-filled structure with an air-fluid level represents a hiatus hernia.", ("yes", "scored")),
    ("Is there cardiomegaly?", "Cardiomegaly is an enlarged cardiac silhouette. The cardiothoracic ratio exceeds 0.5 on "
     "this PA film, so cardiomegaly is present.", ("yes", "scored")),
    # (review) a definite organ described by its state, a report's two-word line: this case's
    ("Is there pneumonia?", "Pneumonia is an infection of the lung parenchyma. The lungs are clear.", ("no", "scored")),
    ("Is there cardiomegaly?", "Cardiomegaly is an enlarged heart. The heart is not enlarged.", ("no", "scored")),
    ("Is there cardiomegaly?", "Cardiomegaly means the heart is enlarged. Heart enlarged.", ("yes", "scored")),
    ("Is there cardiomegaly?", "Cardiomegaly is an enlarged heart. The prognosis is variable.", (None, "unparsed")),
])
def test_lesson(question: str, text: str, expected: tuple[str | None, str]) -> None:
    assert _read(question, text) == expected


def test_lesson_needs_a_class_opening_and_no_pointer() -> None:
    q = "Is there a pleural effusion?"
    assert teaches_only("A pleural effusion is fluid in the pleural space. Thoracentesis drains it.", q)
    assert not teaches_only("A pleural effusion is fluid in the pleural space. There is a small one at the left base.", q)
    assert not teaches_only("Thoracentesis drains fluid. A pleural effusion is fluid in the pleural space.", q)
    assert not teaches_only("A pleural effusion is fluid in the pleural space.", q)  # one sentence: only_knowledge's


@pytest.mark.parametrize("question, text, expected", [
    ("Is there a fracture in this image?", "Yes, there is a fracture in the image. The bone appears to be intact, with "
     "no visible breaks or displacement.", (None, "ambiguous")),
    ("Is the bowel obstructed?", "Yes, the bowel is obstructed. The bowel is unobstructed, with gas reaching the rectum.",
     (None, "ambiguous")),
    ("Is the kidney normal?", "Yes, this kidney is normal. It is abnormal.", (None, "ambiguous")),
    # near misses: the closing sentence of another part, of another finding
    ("Is there a fracture?", "Yes, there is a fracture of the distal radius. The other bones are intact.", ("yes", "scored")),
    ("Is there a fracture?", "Yes, a hairline fracture runs through the neck. The cortex elsewhere is intact.",
     ("yes", "scored")),
    ("Is there a pleural effusion?", "Yes, there is a small effusion. No pneumothorax is seen.", ("yes", "scored")),
    # (review) a part apart from the place the yes named keeps it; the asked subject as a whole does not
    ("Is there a fracture?", "Yes, there is a fracture of the distal radius. The carpal bones are intact.",
     ("yes", "scored")),
    ("Is there a fracture?", "Yes, there is a fracture of the distal radius. The bone is intact, with no visible break.",
     (None, "ambiguous")),
])
def test_yes_taken_back_by_closing_pole(question: str, text: str, expected: tuple[str | None, str]) -> None:
    assert _read(question, text) == expected


def test_closing_pole_only_for_yes() -> None:
    assert not closing_pole_denies("No, the kidney is abnormal. It is normal.", "no", "Is the kidney normal?")
    assert closing_pole_denies("Yes, the kidney is normal. It is abnormal.", "yes", "Is the kidney normal?")


@pytest.mark.parametrize("question, text, expected", [
    ("Is the spleen normal?", "The spleen doesn't look normal.", ("no", "scored")),
    ("Is the spleen normal?", "The spleen doesn't appear normal.", ("no", "scored")),
    ("Is the aortic root dilated?", "Measured at the sinuses, the aortic root does not look dilated.", ("no", "scored")),
    ("Is the optic disc swollen?", "The optic disc doesn't look swollen.", ("no", "scored")),
    ("Is the bone density normal?", "So the bone density doesn't look normal.", ("no", "scored")),
    ("Is the liver echotexture normal?", "Thus the liver echotexture is not normal.", ("no", "scored")),
    ("Is the pancreas atrophic?", "Therefore the pancreas is atrophic.", ("yes", "scored")),
    # near misses: a person's look, a hedge after the adverb, a double negative
    ("Is the heart normal?", "I don't look at hearts very often, sorry.", (None, "unparsed")),
    ("Is the spleen enlarged?", "So the spleen might be enlarged.", (None, "ambiguous")),
    ("Is there a pleural effusion?", "The left base is not without effusion.", (None, "unparsed")),
])
def test_negated_look_and_concluding_adverb(question: str, text: str, expected: tuple[str | None, str]) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Is this tumor malignant?", B57_LIPOMA, ("no", "scored")),
    ("Is the mass malignant?", "There is a smooth, fat-containing mass in the thigh consistent with a lipoma, which is a "
     "benign tumour.", ("no", "scored")),
    ("Is this lesion benign?", "Biopsy slides show sheets of atypical cells with frequent mitoses, in keeping with a "
     "melanoma, which is a malignant tumour.", ("no", "scored")),
    # near misses: a hedged identity, a habit, a denied exclusion, a hedge ("probably benign" is a no)
    ("Is the mass malignant?", "This might be a lipoma, which is a benign tumour.", (None, "unparsed")),
    ("Is the mass malignant?", "The findings could represent a lipoma, which is a benign tumor.", (None, "unparsed")),
    ("Is the mass malignant?", "The mass contains fat, which is usually benign.", (None, "unparsed")),
    ("Is the mass malignant?", "Benign features do not exclude malignancy.", (None, "unparsed")),
    ("Is the lesion malignant?", "The lesion is probably benign.", ("no", "scored")),
])
def test_closing_relative_clause(question: str, text: str, expected: tuple[str | None, str]) -> None:
    assert _read(question, text) == expected


def test_relative_clause_apart() -> None:
    assert apart("It shows fat, consistent with a lipoma, which is a benign tumor.") == \
        "It shows fat, consistent with a lipoma. It is a benign tumor."
    assert apart("It shows fat, which is usually benign.") == "It shows fat, which is usually benign."
    assert apart("A lipoma, which is a benign tumor, is likely.") == "A lipoma, which is a benign tumor, is likely."


def test_chinese_other_subject() -> None:
    assert _read("有胸腔积液吗？", "未见气胸，可见少量胸腔积液。", "是") == ("是", "scored")
