"""The modality stated against the one asked (gen26, issue #7): "Yes, this is an MRI scan." to "Is this a CT scan?"
says yes and names another modality, as "Yes, this is a T2-weighted image." does for T1: ambiguous. The asked one,
a narrower or broader one, or one holding it ("PET-CT") agrees."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.technique import asked_modality
from medstep.types import AnswerType, Sample, Status


def _read(text: str, question: str) -> tuple[str | None, Status]:
    e = extract(text, Sample(id="m", question=question, answer="yes", answer_type=AnswerType.CLOSED))
    return e.answer, e.status


@pytest.mark.parametrize(("question", "text"), [
    ("Is this a CT scan?", "Yes, this is an MRI scan of the brain."),
    ("Is this an ultrasound image?", "Yes, this is a CT image of the abdomen."),
    ("Is this a chest x-ray?", "Yes, this is a CT of the chest."),
    ("Was this image taken with MRI?", "Yes, it is an ultrasound of the liver."),
])
def test_yes_and_another_modality_is_ambiguous(question: str, text: str) -> None:
    assert _read(text, question) == (None, Status.AMBIGUOUS)


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("Is this a CT scan?", "Yes, this is a CT scan of the brain.", "yes"),
    ("Is this a CT scan?", "Yes, this is a PET-CT.", "yes"),
    ("Is this a chest x-ray?", "Yes, this is a frontal radiograph of the chest.", "yes"),
    ("Is this a CT scan?", "No, this is an MRI.", "no"),
])
def test_the_same_or_a_related_modality_agrees(question: str, text: str, answer: str) -> None:
    assert _read(text, question)[0] == answer


def test_only_a_question_about_the_image_asks_a_modality() -> None:
    assert asked_modality("Is this a CT scan?") == "ct"
    assert asked_modality("Does this CT show appendicitis?") is None
    assert asked_modality("Is there a fracture on the MRI?") is None


@pytest.mark.parametrize("text", [
    "Yes. Compared with the prior MRI, the lesion has grown.",
    "Yes. Correlation with ultrasound is advised.",
    "Yes, and an MRI would help characterise it.",
])
def test_another_studys_modality_is_no_conflict(text: str) -> None:
    """Only the image's own modality ("this is an MRI") conflicts with the asked one; another study's does not."""
    assert _read(text, "Is this a CT scan?") == ("yes", Status.SCORED)
