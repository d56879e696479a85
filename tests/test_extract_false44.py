"""Open replies read where the model committed to none (issue #7, session 44, lane false44): a caption naming only the
image to a question asking an organ or the modality (``extract/open_look.frame_only``), an image tour whose later
sentences name the image again (``extract/open_tour.py``), a Chinese differential left open (``extract/open_unanswered.py``); each beside the
committed answers of the same look that must stay read (fresh wording, not corpus items)."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.cut import cut_in_row
from medstep.extract.open_look import frame_only
from medstep.types import AnswerType, Sample


def _read(text: str, question: str) -> tuple[str | None, str]:
    sample = Sample(id="t", question=question, answer="x", answer_type=AnswerType.OPEN)
    got = extract(text, sample)
    return got.answer, got.status.value


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
