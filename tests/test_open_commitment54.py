"""Lane opendec54 (issue #7, open false decisions): an open answer must answer the asked slot about THIS case.

Fresh wordings (not corpus items), checked against blind 53's open false decisions and blind 52's frames. What the
commitment test (``extract/open_commitment.py`` and its slot tests, ``extract/open_commitment_slots.py``) now reads:
an assent or a request echoed is a courtesy ("Sure!", "Please answer the question."); a reply declining the asked
thing stays refused whatever it goes on to describe; a side question answered with both sides placed plainly is
ambiguous; what is called least likely is never the answer; a description naming no organ answers no "Which organ?".
Near misses keep their reading: an answer after the assent, a pick after a caveat, a one-word answer, a decline of
another slot, the writer seeing nothing, the other side called normal, a "less likely" aside, a plane the tables lack.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.open_commitment_slots import declines_asked, lowered_only, names_nothing, sides_disagree
from medstep.extract.open_generic import courtesy
from medstep.types import AnswerType, Sample

_DX = "What is the diagnosis?"
_WHAT = "What abnormality is seen?"
_ORGAN = "Which organ is shown in this image?"


def _read(question: str, text: str) -> tuple[str | None, str]:
    ext = extract(text, Sample(id="t", question=question, answer="x", answer_type=AnswerType.OPEN, options={}))
    return ext.answer, ext.status.value


@pytest.mark.parametrize(("question", "text", "status"), [
    # the prompt echoed with its request (blind 53: "please answer question" read as the abnormality)
    (_WHAT, "Question: What abnormality is seen on this radiograph? Please answer the question.", "unparsed"),
    (_WHAT, "Please answer the question.", "unparsed"),
    # an assent, then a description naming no organ (blind 53: "sure" read as the organ)
    (_ORGAN, "Certainly! Here's a description of the image: The picture is mostly gray with a few brighter areas, "
             "and there is an oval shape in the centre with some faint lines around it.", "unparsed"),
    (_ORGAN, "This shows a bean-shaped structure with a smooth outline, surrounded by fat, seen in a longitudinal "
             "view.", "unparsed"),
    # the asked thing declined, then a description of another slot (blind 53: size, stage, gestational age)
    ("What grade is this tumour?", "I'm not able to grade this tumour from a single image. Grading depends on "
                                   "histology. What I can see is a 4 cm enhancing mass in the right kidney.", "refused"),
    ("What is the size of the cyst?", "I'm unable to measure the cyst accurately because there is no scale on the "
                                      "image. It is an oval cyst in the left ovary with a thin wall.", "refused"),
    ("What stage is this tumour?", "I understand this is worrying. I'm not able to stage the tumour from one slice; "
                                   "a staging CT would be needed.", "refused"),
    ("What is the bone age?", "Estimating bone age requires comparison with an atlas, and I can't obtain a reliable "
                              "reading from this image without the patient's sex. If you share it, I can help.",
     "refused"),
    # both sides placed plainly (blind 53: "left" read from the first of two contradicting sentences)
    ("Which side is the fracture on?", "The fracture is on the right side. The fracture involves the left distal "
                                       "radius.", "ambiguous"),
    # the least likely item is set aside, never concluded
    (_DX, "The least likely diagnosis is pneumothorax.", "unparsed"),
])
def test_no_answer_to_the_slot(question: str, text: str, status: str) -> None:
    assert _read(question, text) == (None, status)


@pytest.mark.parametrize(("question", "text", "answer"), [
    # an answer after the assent is read (it was "sure" before)
    ("What is the abnormality?", "Sure. The image shows a right pneumothorax.", "right pneumothorax"),
    ("What is the abnormality?", "Sure! The image shows a right pneumothorax.", "right pneumothorax"),
    # a caveat, then a pick
    (_DX, "I cannot be certain, but this most likely represents pneumonia.", "pneumonia"),
    (_DX, "I can't give a definitive diagnosis from one image. The findings are consistent with pneumonia.", "pneumonia"),
    # a one-word answer
    ("What is the abnormality?", "Pneumothorax.", "pneumothorax"),
    # a cut reply that named its answer in its first sentence
    (_DX, "The diagnosis is pneumonia. The consolidation in the right lower lobe shows air bron", "pneumonia"),
    # a decline of another slot than the one asked: the reply is read as before
    ("Where is the fracture?", "I can't estimate its age, but the fracture is in the distal radius.",
     "i can t estimate its age but fracture is in distal radius"),
    # the writer seeing nothing is a denial, not a decline
    ("Name the abnormality.", "I'm not able to identify any abnormality — the image appears normal.",
     "i m not able to identify any abnormality image appears normal"),
    # the other side called normal, or named as a landmark in the same sentence: one side placed
    ("Which side is the lesion on?", "The lesion is on the left. The right side is normal.", "left"),
    ("Which side is the lesion on?", "The lesion is on the left, compressing the right lateral ventricle.", "left"),
    # a "less likely" aside in brackets, a comparison picking the other side: not a reply of lowered items only
    (_DX, "Pneumonia of the left lower lobe, with air bronchograms (less likely: atelectasis).",
     "pneumonia of left lower lobe with air bronchograms less likely atelectasis"),
    (_DX, "Pneumonia is less likely than atelectasis.", "pneumonia is less likely than atelectasis"),
    # a plane the tables lack, an organ named before its description
    ("Which standard plane of the fetal head is shown?", "Transthalamic plane (used for biparietal diameter and head "
                                                         "circumference measurement).", "transthalamic plane"),
    ("Which organ is shown?", "The heart. It is enlarged with a globular shape and smooth outline overall.", "heart"),
])
def test_near_misses_keep_their_reading(question: str, text: str, answer: str) -> None:
    assert _read(question, text) == (answer, "scored")


def test_kidneys_normal_is_not_read_as_the_abnormal_organ() -> None:
    # "The kidneys are normal." to "Which organ is abnormal?": today read whole ("kidneys are normal", graded as text,
    # never the organ "kidneys"); the commitment test leaves it (a one-sentence statement of this case)
    assert _read("Which organ is abnormal?", "The kidneys are normal.") == ("kidneys are normal", "scored")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Sure!", True), ("Certainly.", True), ("Of course!", True), ("Please answer the question.", True),
    ("Please provide more information.", False), ("Please note the right pneumothorax.", False),
    ("Sure, there is a right pneumothorax.", False), ("Thank you for the image.", True),
])
def test_courtesy(sentence: str, expected: bool) -> None:
    assert courtesy(sentence) is expected


def test_declines_asked_needs_the_asked_words_and_no_commitment() -> None:
    q = "What is the size of the nodule?"
    assert declines_asked("I'm unable to measure the nodule precisely. It sits in the right upper lobe.", q)
    # a commitment after the decline answers, and so does a turn back in its sentence
    assert not declines_asked("I'm unable to measure the nodule precisely, but it is most likely around 1 cm.", q)
    assert not declines_asked("I can't estimate the nodule's size reliably without a scale bar, but it looks about 2 cm.", q)
    # the case stated before the decline
    assert not declines_asked("The nodule measures 8 mm. I cannot determine whether the nodule is benign.", q)
    # the decline of another thing
    assert not declines_asked("I can't comment on its age. It is a nodule in the right upper lobe.", q)


def test_sides_lowered_and_unnamed_helpers() -> None:
    assert sides_disagree("The mass is in the left lobe. The mass is in the right lobe.", "Which side is the mass on?")
    assert not sides_disagree("The mass is in the left lobe. The mass is in the right lobe.", "What is the mass?")
    assert not sides_disagree("The mass is in the left lobe. Possibly the mass extends to the right.",
                              "Which side is the mass on?")
    assert lowered_only("Pneumothorax is least likely.")
    assert not lowered_only("Pneumothorax is least likely. This is pneumonia.")
    assert not lowered_only("This is a hemangioma; a metastasis or abscess is less likely.")
    assert not lowered_only("Pneumonia, though atelectasis is possible but less likely.")
    assert names_nothing("The picture is gray with an oval shape in the middle and some lines.", _ORGAN)
    assert not names_nothing("The picture is gray with an oval shape in the middle and some lines.", _DX)
    assert not names_nothing("The liver is shown with an oval shape in the middle and some lines.", _ORGAN)
