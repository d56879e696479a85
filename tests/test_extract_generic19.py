"""Open replies of textbook prose about a technique or about the thing asked (issue #7, false decisions).

"Ultrasound is a safe modality that uses sound waves. It is commonly used in pregnancy." was read as the answer to
"What is the diagnosis?": the first sentence defines a technique, the next goes on about it by its pronoun, and
neither says anything of this image. A general habit of the thing asked ("Bone age is usually read with an atlas."
to "What is the bone age?") says nothing of this image either. Replies that say something of the image beside such
prose stay answers.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.open_definition import defined_technique
from medstep.types import AnswerType, Sample, Status


def _read(text: str, question: str) -> tuple[str | None, Status]:
    e = extract(text, Sample(id="g", question=question, answer="x", answer_type=AnswerType.OPEN))
    return e.answer, e.status


@pytest.mark.parametrize(("question", "text"), [
    ("What is the finding?", "MRI is an imaging technique that uses strong magnets. It does not involve radiation."),
    ("What is the diagnosis?", "Ultrasound uses high-frequency sound waves. It is safe and does not use ionising radiation."),
    ("What is the abnormality?", "Chest radiographs are a common imaging test. They help detect many conditions."),
    ("What is the finding?", "This is a CT of the abdomen. CT scans use X-rays to create cross-sectional images. "
                             "They are widely used in emergencies."),
    ("What is the bone age?", "Bone age is typically estimated by comparing the left hand with an atlas."),
    ("What is the Cobb angle?", "The Cobb angle is usually measured on a standing radiograph."),
    ("What is the gestational age?", "Gestational age is commonly estimated from the crown-rump length."),
])
def test_prose_about_a_technique_or_the_thing_asked_is_no_answer(question: str, text: str) -> None:
    assert _read(text, question) == (None, Status.UNPARSED)


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("What is the diagnosis?", "Ultrasound shows gallstones. It is commonly used for the gallbladder.", None),
    ("What is the finding?", "CT shows a 3 cm liver mass. It is usually benign.", None),
    ("What is the diagnosis?", "Osteosarcoma typically arises in the metaphysis.", None),  # another subject: its answer
    ("What is the bone age?", "Bone age is usually read with the atlas. Here it is about 10 years.", "10 years"),
    ("What is the Cobb angle?", "The Cobb angle is 42 degrees, usually measured on standing films.", "42 degrees"),
    ("What is the diagnosis?", "Pneumothorax. CT is commonly used to confirm it.", "pneumothorax"),
])
def test_a_reply_that_says_something_of_the_image_stays_an_answer(question: str, text: str, answer: str | None) -> None:
    got, status = _read(text, question)
    assert status is Status.SCORED
    assert answer is None or got == answer


def test_a_technique_defined_then_gone_on_about_answers_a_technique_question() -> None:
    text = "Ultrasound is a safe imaging modality that uses sound waves. It does not use ionizing radiation."
    assert defined_technique(text) == "Ultrasound"
    assert defined_technique("Ultrasound is a safe imaging modality. It shows a gallstone.") is None
    assert defined_technique("CT uses X-rays. It may represent a tumour.") is None


@pytest.mark.parametrize("text", [
    "Gout. Actually, the crystals look rhomboid, so pseudogout could be the answer.",
    "A simple cyst. On second thought, a cystic neoplasm may also be present.",
    "Septic arthritis. No wait — given the fever it is osteomyelitis. Actually, septic arthritis is again possible.",
])
def test_a_correction_that_only_calls_its_candidate_possible_settles_nothing(text: str) -> None:
    assert _read(text, "What is the diagnosis?") == (None, Status.AMBIGUOUS)


def test_a_firm_correction_is_still_the_answer() -> None:
    assert _read("Gout. Actually, on reflection, pseudogout.", "What is the diagnosis?") == ("pseudogout", Status.SCORED)
