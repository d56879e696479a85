"""Multiple-choice and open readings fixed in session 10 (choice10): options judged one by one in more layouts,
an option asked and then answered, a concession or a set-against option beside the chosen one, arrows to the
answer; open answers naming only the image's modality and anatomy to a diagnosis question, or both sides.
Invented texts."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample, Status

OPTIONS = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Pulmonary edema"}
CHOICE = Sample(id="c10", question="What is the most likely finding?", answer="C", answer_type=AnswerType.CHOICE,
                options=OPTIONS)
SIDE = Sample(id="c10s", question="Which side is the effusion on?", answer="A", answer_type=AnswerType.CHOICE,
              options={"A": "Right", "B": "Left"})
LOBE = Sample(id="c10l", question="Where is the abnormality?", answer="C", answer_type=AnswerType.CHOICE,
              options={"A": "Upper lobe", "B": "Middle lobe", "C": "Lower lobe", "D": "Lingula"})


def _read(text: str, sample: Sample = CHOICE) -> tuple[str | None, Status]:
    got = extract(text, sample)
    return got.answer, got.status


@pytest.mark.parametrize("text", [
    "A? No. B? No. D? No. C? Yes.",
    "A? No — no pleural line.\nB? No — angles are sharp.\nC? Yes — CTR about 0.6.\nD? No — no Kerley lines.",
    "A – wrong. B – wrong. C – right. D – wrong.",
    "Option A: False\nOption B: False\nOption C: True\nOption D: False",
    "Evaluating each option:\nA: incorrect, no pleural line.\nB: incorrect, no meniscus.\n"
    "C: correct, the heart is enlarged.\nD: incorrect, vessels are normal.",
])
def test_options_judged_one_by_one_leave_the_one_standing(text: str) -> None:
    assert _read(text) == ("C", Status.SCORED)


@pytest.mark.parametrize("text", [
    "A? No. B? No. C? Maybe. D? Maybe.",  # two left open
    "A? Yes. B? No. C? Yes. D? No.",  # two judged right
    "A – incorrect\nB – incorrect\nC – ",  # cut before C's verdict
])
def test_option_by_option_verdicts_without_one_standing_are_no_answer(text: str) -> None:
    assert _read(text)[0] is None


def test_right_and_left_wording_in_a_side_question_is_not_a_verdict() -> None:
    assert _read("A: right. B: wrong.", SIDE) == (None, Status.UNPARSED)


@pytest.mark.parametrize("text, letter", [
    ("Right or left? Right.", "A"),
    ("Left or right? Left, clearly — the meniscus is on the left.", "B"),
    ("Is it the right or the left? It is on the right side.", "A"),
])
def test_sides_asked_then_answered(text: str, letter: str) -> None:
    assert _read(text, SIDE) == (letter, Status.SCORED)


def test_sides_asked_and_left_open_stay_no_answer() -> None:
    assert _read("Right or left?", SIDE)[0] is None
    assert _read("Right or left? It could be either.", SIDE)[0] is None


def test_a_concession_after_the_stated_option_is_granted_not_chosen() -> None:
    text = "It is located in the lower lobe, although part of the opacity extends toward the middle lobe."
    assert _read(text, LOBE) == ("C", Status.SCORED)
    # a concession that could go either way still leaves two candidates
    assert _read("It is in the lower lobe, although it could be the middle lobe.", LOBE)[0] is None


def test_an_option_set_against_the_stated_one_is_not_stated() -> None:
    assert _read("The heart is enlarged, so this is cardiomegaly rather than pulmonary edema.") == ("C", Status.SCORED)


@pytest.mark.parametrize("text", [
    "Reasoning: enlarged heart, clear lungs.\n=> C",
    "Heart enlarged -> C",
])
def test_an_arrow_to_the_letter_answers(text: str) -> None:
    assert _read(text) == ("C", Status.SCORED)


def test_broken_markup_before_a_letter_is_still_not_an_answer() -> None:
    assert _read("The heart is enlarged. <C")[0] is None


def _open(question: str) -> Sample:
    return Sample(id="o10", question=question, answer="none", answer_type=AnswerType.OPEN)


DIAGNOSIS = _open("What is the most likely diagnosis?")


@pytest.mark.parametrize("text", [
    "This is a CT scan of the abdomen.",
    "This is a chest radiograph.",
    "The abnormality is in the lung.",
    "This is an axial T2-weighted MRI image of the brain.",
    "The image is a histology slide stained with H&E.",
    "The finding is located in the right lung.",
    "An abnormal chest X-ray.",
])
def test_modality_and_anatomy_alone_do_not_answer_a_diagnosis_question(text: str) -> None:
    got = extract(text, DIAGNOSIS)
    assert (got.answer, got.status) == (None, Status.UNPARSED)


@pytest.mark.parametrize("question, text", [
    ("What is the most likely diagnosis?", "This is a CT scan of the abdomen showing acute appendicitis."),
    ("What is the most likely diagnosis?", "A normal chest radiograph."),
    ("What is the most likely diagnosis?", "Enlarged heart."),
    ("What imaging modality was used?", "This is a CT scan of the abdomen."),
    ("Which organ is abnormal?", "The abnormality is in the lung."),
    ("Where is the abnormality?", "Lung"),
    ("Which organ is shown?", "It is an MRI of the brain."),
])
def test_modality_or_anatomy_answers_when_asked_or_beside_a_finding(question: str, text: str) -> None:
    assert extract(text, _open(question)).answer is not None


@pytest.mark.parametrize("text", [
    "Left. Right.",
    "The left side of the heart is enlarged. The right side of the heart is enlarged.",
])
def test_both_sides_stated_alike_are_ambiguous(text: str) -> None:
    got = extract(text, _open("Which side is abnormal?"))
    assert (got.answer, got.status) == (None, Status.AMBIGUOUS)


def test_one_side_stated_twice_or_both_in_one_finding_still_answer() -> None:
    assert extract("Left. The effusion is on the left.", _open("Which side is abnormal?")).answer is not None
    assert extract("Right lung and left lung.", _open("Where is the abnormality?")).answer is not None


def test_two_candidates_both_in_the_differential_are_ambiguous() -> None:
    text = "Pneumonia and atelectasis are both in the differential; clinical correlation is needed."
    got = extract(text, DIAGNOSIS)
    assert (got.answer, got.status) == (None, Status.AMBIGUOUS)
