"""Open outputs that give no answer though they hold text: a reply made of the image's name and a statement of what the
modality is for, a report or list whose last field is left empty, a Chinese refusal in the first person; and a grade
given as the tumour's differentiation, which is an answer to a question asking the grade. Invented outputs; the
answers beside them that must still be read."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample, Status


def _read(text: str, question: str = "What is the abnormality?") -> tuple[str | None, Status]:
    got = extract(text, Sample(id="n18", question=question, answer="none", answer_type=AnswerType.OPEN))
    return got.answer, got.status


@pytest.mark.parametrize("text", [
    "This is an ultrasound image of the abdomen. Ultrasound helps doctors evaluate many organs.",
    "Here is a CT scan of the chest. CT is used to assess the lungs in detail.",
    "MRI scans allow clinicians to see soft tissue without radiation.",
])
def test_the_image_named_and_its_modality_explained_is_no_answer(text: str) -> None:
    assert _read(text) == (None, Status.UNPARSED)


@pytest.mark.parametrize(("text", "answer"), [
    ("This is an ultrasound of the abdomen. Gallstones are present in the gallbladder.", "gallstones"),
    ("Gallstones. Ultrasound helps confirm them.", "gallstones"),
])
def test_a_finding_beside_a_general_statement_is_still_an_answer(text: str, answer: str) -> None:
    got, status = _read(text)
    assert status is Status.SCORED and got is not None and answer in got


@pytest.mark.parametrize("text", [
    "Impression:\n- Liver:",
    "**Findings:** **Diagnosis:**",
    "My read of the scan: * **Sequence**: T2 * **Brain**:",
])
def test_an_empty_last_field_is_cut_short(text: str) -> None:
    assert _read(text) == (None, Status.TRUNCATED)


@pytest.mark.parametrize(("text", "answer"), [
    ("Diagnosis: cholangiocarcinoma", "cholangiocarcinoma"),
    ("Impression: large left pneumothorax. Recommendation:", "large left pneumothorax"),
])
def test_a_filled_field_before_an_empty_one_is_the_answer(text: str, answer: str) -> None:
    assert _read(text) == (answer, Status.SCORED)


def test_a_single_empty_label_stays_unparsed() -> None:
    assert _read("Answer:") == (None, Status.UNPARSED)


@pytest.mark.parametrize("text", ["很抱歉，我不能给出诊断。", "对不起，我没法判断这张图像。"])
def test_a_chinese_first_person_refusal_is_refused(text: str) -> None:
    assert _read(text, "这张图像的异常是什么？") == (None, Status.REFUSED)


def test_a_chinese_answer_is_not_a_refusal() -> None:
    got, status = _read("我认为是气胸。", "这张图像的异常是什么？")
    assert status is Status.SCORED and got is not None and "气胸" in got


@pytest.mark.parametrize(("text", "answer"), [
    ("Glands form throughout with mild nuclear atypia. Answer: moderately differentiated", "moderately differentiated"),
    ("Sheets of cells with no gland formation. Final answer: poorly differentiated.", "poorly differentiated"),
])
def test_differentiation_answers_the_grade(text: str, answer: str) -> None:
    assert _read(text, "What is the histological grade of this carcinoma?") == (answer, Status.SCORED)


def test_a_diagnosis_without_a_grade_still_answers_no_grade() -> None:
    assert _read("The tumour is an adenocarcinoma.", "What is the histological grade of this carcinoma?")[0] is None


@pytest.mark.parametrize("text", [
    "Knee MRI. Sagittal view. No clinical history given.",
    "The image is an ultrasound of the neck. The ultrasound shows the neck.",
    "In the right upper lobe.",  # a place names no finding
])
def test_the_image_described_is_no_finding(text: str) -> None:
    assert _read(text, "What is the finding?") == (None, Status.UNPARSED)


@pytest.mark.parametrize(("text", "answer"), [
    ("Consolidation in the right upper lobe.", "consolidation in right upper lobe"),
    ("Clinical history not available. Displaced fracture of the left clavicle.", "displaced fracture of left clavicle"),
])
def test_a_finding_after_a_note_on_the_request_is_the_answer(text: str, answer: str) -> None:
    assert _read(text, "What is the finding?") == (answer, Status.SCORED)
