"""Review of lane tour56 (issue #7): answers the lane's readers of a description, a lesson or a refused choice must
still read (hostile probes, session 56): a verdict in another language after a description, a name standing alone
after a lesson, a structure named to a question asking what is seen, an answer line above a discussion, and a pick
whose clause opens with its ground."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample, Status

_DX = "What is the most likely diagnosis?"
_HIST = "What is seen in this histology image?"


def _read(text: str, question: str) -> tuple[str | None, Status]:
    e = extract(text, Sample(id="t", question=question, answer="x", answer_type=AnswerType.OPEN, options={}))
    return e.answer, e.status


@pytest.mark.parametrize(("text", "question", "word"), [
    ("On voit des cellules fusiformes disposées en palissade. Il s'agit d'un schwannome.", _DX, "schwannome"),
    ("Cartilage usually has chondrocytes in lacunae. Hyaline cartilage.", _HIST, "cartilage"),
    ("I will describe the slide. It shows a peripheral nerve.", _HIST, "nerve"),
    ("Chest X-rays help diagnose pneumonia and heart failure. Here: Kartagener.", _DX, "kartagener"),
    ("Hip radiographs are usually taken in two views. Perthes.", _DX, "perthes"),
    ("Bone scans are usually read with the radiograph. Paget.", _DX, "paget"),
    ("### Answer\nPneumothorax\n\n### Discussion\nA skin fold or a pneumothorax can be difficult to distinguish on a "
     "supine film.", "What is the abnormality on this chest X-ray?", "pneumothorax"),
    ("Given the pleural effusion, heart failure is most likely; pneumonia or heart failure cannot otherwise be "
     "differentiated.", _DX, "heart failure"),
])
def test_an_answer_beside_a_lesson_or_a_refused_choice_is_read(text: str, question: str, word: str) -> None:
    answer, status = _read(text, question)
    assert status is Status.SCORED and word in (answer or "")


@pytest.mark.parametrize("text", [
    "I will describe what I see. Bright and dark areas. A white column in the middle.",
    "CT uses X-rays. Pathologists usually examine tissue. Chest CT.",
])
def test_fragments_of_a_description_or_the_image_named_are_no_answer(text: str) -> None:
    assert _read(text, "What is the abnormality on this chest X-ray?")[0] is None
