"""Review fixes of session 25 (issue #7), in sentences of our own.

* a scene before the question that names a side or site, answered at another one ("Left elbow film. Is there an
  effusion?" answered of the right elbow): the scene is kept, so the answer is not read as yes (``extract/asked.py``);
* "Leaning toward no." reads as "Leaning towards no." does (``answers/yesno.py``);
* the other pole of an asked property raised in a sentence of another side or of another noun ("The left renal cyst
  is simple. The right renal lesion is complex.") does not make a stated answer ambiguous (``extract/antonyms.py``).
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.asked import asked_sentence
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> str | None:
    sample = Sample(id="f25", question=question, answer="yes", answer_type=AnswerType.CLOSED)
    got = extract(text, sample)
    return got.answer if got.answer is not None else got.status.value


@pytest.mark.parametrize("question, text, expected", [
    # the scene's side or site, the answer's another: not a yes
    ("Right ankle film after a twist. Is there a fracture?", "An oblique fracture of the left distal fibula.",
     "unparsed"),
    ("Left wrist radiograph after a fall. Is there a fracture?", "A fracture of the right distal radius is present.",
     "unparsed"),
    ("Sonogram of the gallbladder in a woman with pain. Is there a calculus?",
     "No gallstones. A 4 mm calculus sits in the upper pole of the left kidney.", "unparsed"),
    # near misses: the answer on the scene's side or site, or naming none, still reads
    ("Right ankle film after a twist. Is there a fracture?", "An oblique fracture of the right distal fibula.", "yes"),
    ("Chest film of a smoker after a biopsy. Is there a pneumothorax?",
     "A small apical pneumothorax is seen in the right lung.", "yes"),
])
def test_scene_place_kept(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, answer, asked", [
    ("Left elbow film. Is there an effusion?", "A joint effusion in the right elbow.",
     "Left elbow film. Is there an effusion?"),
    ("Scan of the gallbladder. Is there a calculus?", "A calculus in the kidney.",
     "Scan of the gallbladder. Is there a calculus?"),
    # near misses: the same side, a site inside the scene's, no place in the answer
    ("Left elbow film. Is there an effusion?", "A joint effusion in the left elbow.", "Is there an effusion?"),
    ("Chest film after a biopsy. Is there a pneumothorax?", "The lungs are fully expanded.",
     "Is there a pneumothorax?"),
    ("Left elbow film. Is there an effusion?", "No effusion.", "Is there an effusion?"),
])
def test_asked_sentence_keeps_a_scene_place(question: str, answer: str, asked: str) -> None:
    assert asked_sentence(question, answer) == asked


@pytest.mark.parametrize("question, text, expected", [
    ("Is the right renal lesion complex?", "The right renal lesion is complex. The left renal cyst is simple.", "yes"),
    ("Is the breast mass benign?", "The mass is benign. Malignant change is uncommon in such lesions.", "yes"),
    # near misses: the other pole said of the asked subject, or with no other subject
    ("Is the breast mass benign?", "The mass appears benign. The mass is worrying for malignancy.", "ambiguous"),
    ("Is the breast mass benign?", "The mass appears benign. Malignancy should be kept in mind.", "ambiguous"),
])
def test_other_pole_of_another_subject(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Is there ascites?", "Leaning toward no. The flanks show no fluid.", "no"),
    ("Is there ascites?", "Leaning towards yes: fluid outlines the liver.", "yes"),
    # near miss: no verdict after the preposition
    ("Is there ascites?", "Leaning toward a small amount of fluid.", "unparsed"),
])
def test_leaning_toward_a_verdict(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("question, asked", [
    # one home for the asking words (answers/asking.py): an auxiliary opening, 有没有, a closing 吗
    ("Abdominal film in a child. Had the bowel perforated?", "Had the bowel perforated?"),
    ("男，30岁，腹痛。该CT有没有阑尾炎？", "该CT有没有阑尾炎？"),
    ("男，30岁，腹痛。该CT显示阑尾炎吗？", "该CT显示阑尾炎吗？"),
    # near misses: 什么 / 怎么 ask an open question, kept whole
    ("男，30岁，腹痛。该CT显示什么？", "男，30岁，腹痛。该CT显示什么？"),
    ("男，30岁，腹痛。这个怎么？", "男，30岁，腹痛。这个怎么？"),
])
def test_asking_words(question: str, asked: str) -> None:
    assert asked_sentence(question) == asked
