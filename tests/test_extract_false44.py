"""Open replies read where the model committed to none (issue #7, session 44, lane false44): a size question answered
with a place or a kind (``extract/open_unsized.py``), a caption naming only the image to a question asking an organ or
the modality (``extract/open_look.frame_only``), an image tour whose later sentences name the image again
(``extract/open_tour.py``), a Chinese differential left open (``extract/open_unanswered.py``); each beside the
committed answers of the same look that must stay read (fresh wording, not corpus items)."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.cut import cut_in_row
from medstep.extract.open_look import frame_only
from medstep.extract.open_unsized import gives_no_size
from medstep.types import AnswerType, Sample


def _read(text: str, question: str) -> tuple[str | None, str]:
    sample = Sample(id="t", question=question, answer="x", answer_type=AnswerType.OPEN)
    got = extract(text, sample)
    return got.answer, got.status.value


@pytest.mark.parametrize("question, text", [
    ("How large is the mass?", "The mass is located in the right hepatic lobe."),
    ("How big is the nodule?", "A nodule is present in the left upper lobe."),
    ("What is the size of the cyst?", "The cyst lies in the upper pole of the left kidney."),
    ("What is the diameter of the aneurysm?", "It is a fusiform aneurysm of the infrarenal aorta."),
])
def test_size_question_answered_without_a_size_is_unparsed(question: str, text: str) -> None:
    assert gives_no_size(text, question)
    assert _read(text, question) == (None, "unparsed")


@pytest.mark.parametrize("question, text, answer", [
    ("How big is the nodule?", "Approximately 8 mm.", "8 mm"),
    ("What is the size of the lesion?", "The lesion in the left kidney measures about 3 cm.", "3 cm"),
    ("How large is the mass?", "Large, filling most of the pelvis.", None),
    ("How big is the heart?", "Cardiomegaly.", None),
    ("What is the size of the spleen?", "Normal.", None),
    ("What is the size of the lesion?", "Pea-sized.", None),
    ("How large is the effusion?", "Small, layering at the right base.", None),
])
def test_size_given_in_words_or_numbers_stays_read(question: str, text: str, answer: str | None) -> None:
    assert not gives_no_size(text, question)
    got, status = _read(text, question)
    assert status == "scored" and got is not None
    if answer is not None:
        assert answer in got


@pytest.mark.parametrize("question, text", [
    ("Which lesion is larger?", "The one in the right lobe."),  # a comparison: a place answers it
    ("What is the size and location of the mass?", "In the right lobe."),  # two things asked
    ("How long has the drain been in place?", "Since yesterday."),  # a time, not a length
])
def test_other_questions_are_not_size_questions(question: str, text: str) -> None:
    assert not gives_no_size(text, question)


@pytest.mark.parametrize("question, text", [
    ("Which organ is shown in this image?", "The image is a grayscale ultrasound frame. It has a sector shape. "
                                            "There are measurement calipers on the image."),
    ("What organ is shown?", "This image shows an anatomical structure of the human body."),
    ("What imaging modality was used?", "The image shows a medical scan of a patient. Its quality is adequate."),
])
def test_frame_only_caption_is_unparsed(question: str, text: str) -> None:
    assert frame_only(text, question)
    assert _read(text, question) == (None, "unparsed")


@pytest.mark.parametrize("question, text", [
    ("Which organ is shown?", "The liver."),
    ("Which side is affected?", "Left."),
    ("What part of the body is imaged?", "The chest."),
    ("What imaging modality was used?", "A plain radiograph."),
    ("What imaging modality was used?", "Axial images of the abdomen."),
    ("What imaging modality was used?", "A photograph of the skin."),
    ("What imaging modality was used?", "Scintigraphy."),  # an unknown word keeps the reply an answer
])
def test_a_place_or_a_modality_named_is_not_frame_only(question: str, text: str) -> None:
    assert not frame_only(text, question)


def test_tour_naming_the_image_twice_is_unparsed() -> None:
    question = "What is seen in the right breast?"
    assert _read("The image is a mammogram. It is a medical image used for breast imaging.", question) == \
        (None, "unparsed")
    got, status = _read("The image is a mammogram. There is a spiculated mass in the upper outer quadrant.", question)
    assert status == "scored" and got is not None and "mass" in got


def test_chinese_differential_left_open_is_ambiguous() -> None:
    question = "最可能的诊断是什么？"
    assert _read("需考虑肺结核与周围型肺癌相鉴别。", question) == (None, "ambiguous")
    assert _read("影像表现提示有以下几种可能：1. 肺脓肿；2. 肺癌。", question) == (None, "ambiguous")
    got, status = _read("肺结核。", question)
    assert status == "scored" and got == "肺结核"
    got, status = _read("首先考虑肺结核，需与肺癌相鉴别。", question)  # a pick with the differential as its caveat
    assert status == "scored" and got is not None and "肺结核" in got


def test_table_cut_inside_a_row_is_truncated() -> None:
    question = "What is the most likely diagnosis?"
    cut = "| Sign | Present |\n|---|---|\n| Air-fluid level | yes |\n| Diagnosis | Lung absc"
    assert cut_in_row(cut)
    assert _read(cut, question) == (None, "truncated")
    got, status = _read("Diagnosis: lung abscess.\n\n| Sign | Present |\n|---|---|\n| Wall | thi", question)
    assert status == "scored" and got is not None and "abscess" in got  # the answer stood before the cut table
    whole = "| Item | Value |\n|---|---|\n| Diagnosis | Lung abscess |"
    assert not cut_in_row(whole)
    assert not cut_in_row("| Item | Value\n|---|---\n| Diagnosis | Lung abscess")  # no row closed: a style, not a cut
