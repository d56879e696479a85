"""Open answers that decide nothing about the image (``extract/open_generic.py``: an acknowledgement, a statement of
a class in general; ``extract/open_refusal.py``: a label declined in other words), and the sentences that still
answer. One invented sentence per case."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample, Status

DX = "What is the most likely diagnosis?"


def _read(text: str, question: str = DX) -> tuple[str | None, Status]:
    got = extract(text, Sample(id="o16", question=question, answer="none", answer_type=AnswerType.OPEN))
    return got.answer, got.status


@pytest.mark.parametrize(("question", "text"), [
    ("Which plane is this image in?", "Imaging planes include axial, sagittal and coronal."),
    ("What is the abnormality?", "Image received."),
    ("What is the diagnosis?", "Thank you for sharing the image."),
    ("What modality is this?", "Common modalities include CT, MRI and ultrasound."),
    ("What is the diagnosis?", "Image interpretation requires clinical correlation."),
    ("What organ is shown?", "I have received the image and will analyse it."),
    ("What is the abnormality?", "Abnormalities on chest radiographs can include nodules, masses and effusions."),
])
def test_a_reply_saying_nothing_of_this_image_is_no_answer(question: str, text: str) -> None:
    assert _read(text, question) == (None, Status.UNPARSED)


@pytest.mark.parametrize("text", [
    "I'm not comfortable offering a diagnosis from a single image.",
    "I don't feel comfortable making a diagnosis here.",
    "Providing a diagnosis is beyond what I can do responsibly here.",
    "I can't assign a stage from a single image; staging needs the whole study.",
    "I'm not aware of a standard named sign for that description.",
])
def test_a_label_declined_in_other_words_is_a_refusal(text: str) -> None:
    assert _read(text) == (None, Status.REFUSED)


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("What is the abnormality?", "Findings include a right pleural effusion.", "findings include right pleural effusion"),
    ("What is the diagnosis?", "Pneumonia, requiring antibiotics.", "pneumonia"),
])
def test_sentences_about_this_image_still_answer(question: str, text: str, answer: str) -> None:
    assert _read(text, question) == (answer, Status.SCORED)


def test_a_caveat_then_a_pick_is_no_refusal() -> None:
    answer, status = _read("I'm not comfortable being certain, but it looks like sarcoidosis.")
    assert status is Status.SCORED and answer is not None and "sarcoidosis" in answer


def test_candidates_named_as_a_class_are_not_read_as_saying_nothing() -> None:
    assert _read("Differential includes sarcoidosis and lymphoma.")[0] is None
    assert _read("Differential includes sarcoidosis and lymphoma.")[1] is not Status.UNPARSED


@pytest.mark.parametrize(("question", "text", "answer"), [
    # a clause after the label: relative, participial, a reason without a comma, a second thing denied
    ("What is the diagnosis?", "Spontaneous pneumothorax, which is typical of tall thin young men.", "spontaneous pneumothorax"),
    (DX, "Osteoid osteoma given the central nidus and the night pain.", "osteoid osteoma"),
    ("What is the abnormality?", "Pneumoperitoneum, seen as free air beneath the right hemidiaphragm.", "pneumoperitoneum"),
    ("What abnormality is present?", "A pleural effusion that blunts the left costophrenic angle.", "pleural effusion"),
    (DX, "Meningioma because of the dural tail and homogeneous enhancement.", "meningioma"),
    ("What is the finding?", "Subdural haematoma, producing midline shift of about 6 mm.", "subdural haematoma"),
    ("What sign is this?", "Hot cross bun sign, classically associated with multiple system atrophy.", "hot cross bun sign"),
    ("What is the abnormality?", "A single gallstone and no other lesion.", "single gallstone"),
    ("What is the abnormality?", "Right pneumothorax and no pleural effusion.", "right pneumothorax"),
    ("What is the main finding?", "Cardiomegaly; no effusion.", "cardiomegaly"),
    ("Where is the stone?", "The stone lies in the gallbladder neck, which causes no duct dilatation.", "gallbladder neck"),
    # a setting or a pointing subject before the label
    ("Where is the abnormality?", "On this T2-weighted image the abnormality lies in the left frontal lobe.", "left frontal lobe"),
    ("What is the abnormality?", "On this chest radiograph there is a large right pneumothorax.", "large right pneumothorax"),
    ("What is the diagnosis?", "Looking at the image, the most likely diagnosis is osteosarcoma.", "osteosarcoma"),
    ("What is shown?", "In this image we see a horseshoe kidney.", "horseshoe kidney"),
    ("What is the diagnosis?", "From the radiograph, I would say this is a Salter-Harris fracture.", "salter harris fracture"),
    ("What is the organ shown in the image?", "The organ shown in the image is the kidney.", "kidney"),
    ("Where is the lesion?", "The ring-enhancing mass is in the left frontal lobe, with surrounding oedema.", "left frontal lobe"),
])
def test_the_label_is_cut_at_its_clause_and_frame(question: str, text: str, answer: str) -> None:
    assert _read(text, question) == (answer, Status.SCORED)


@pytest.mark.parametrize(("question", "text", "answer"), [
    # a hedged conclusion does not answer what is seen ("both lobes" is a place, not a choice: a firm conclusion
    # after it answers, tests/test_extract_open18.py)
    ("What abnormality is seen in the liver?", "Multiple hypodense lesions scattered through both lobes, suggestive of "
     "metastases.", "multiple hypodense lesions scattered through both lobes suggestive of metastases"),
    ("What are the findings?", "Cupping, fraying and splaying of the metaphyses.", "cupping fraying and splaying of metaphyses"),
    ("What is the diagnosis?", "Pneumonia and a small effusion.", "pneumonia and small effusion"),
    ("What is the diagnosis?", "Lymphoma, which cannot be excluded, versus sarcoidosis.",
     "lymphoma which cannot be excluded versus sarcoidosis"),
])
def test_what_concludes_lists_or_holds_open_stays(question: str, text: str, answer: str) -> None:
    assert _read(text, question) == (answer, Status.SCORED)


@pytest.mark.parametrize(("question", "text", "answer"), [
    # a first sentence framing the label, then sentences only explaining it; a first sentence echoing the question
    (DX, "Based on the image, the most likely diagnosis is gout. The erosions have overhanging edges.", "gout"),
    ("What is the name of this bone?", "What is the name of this bone? The name of this bone is the femur.", "femur"),
    # a place the question already names
    ("What is shown in the right lower quadrant?", "An appendicolith in the right lower quadrant.", "appendicolith"),
    ("What is the finding in the colon?", "Diverticula in the sigmoid colon.", "diverticula"),
    # Japanese and Chinese frames
    ("In which plane was this image acquired?", "回答は「coronal」です。", "coronal"),
    ("この画像の撮影方法は何ですか？", "CT（造影後）です。", "ct"),
    ("What imaging modality is this?", "该图像为超声检查图像。", "超声"),
    ("What is the abnormality?", "图像显示右侧气胸。", "右侧气胸"),
])
def test_frames_of_whole_answers_and_other_languages(question: str, text: str, answer: str) -> None:
    assert _read(text, question) == (answer, Status.SCORED)


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("What is the finding?", "Acute infarct in the left MCA territory.", "acute infarct in left mca territory"),
    ("Where is the lesion?", "In the head of the pancreas.", "head of pancreas"),
    (DX, "The most likely diagnosis is pneumonia. However, atelectasis cannot be excluded.", None),
    ("What modality is this?", "这是磁共振成像（MRI）。", "磁共振成像 mri"),
])
def test_a_place_not_asked_an_explanation_that_turns_and_initials_stay(question: str, text: str,
                                                                        answer: str | None) -> None:
    got = _read(text, question)
    assert got[0] == answer if answer is not None else got[0] != "pneumonia"


@pytest.mark.parametrize(("question", "text", "answer"), [
    # a place after a specific finding, to a question asking what
    ("What is the abnormality?", "Diverticula in the descending colon.", "diverticula"),
    ("What is the finding?", "A foreign body in the left main bronchus.", "foreign body"),
    # the image as subject, a word of seeing after the subject, a concluding verb, the image holding the answer
    ("What is the abnormality?", "A large left-sided pneumothorax is seen.", "large left sided pneumothorax"),
    ("What is the finding?", "Contrast-enhanced CT of the brain shows a ring-enhancing lesion.", "ring enhancing lesion"),
    ("What is the diagnosis?", "The ring-enhancing lesion with a smooth wall indicates a cerebral abscess.",
     "cerebral abscess"),
    ("What is the device?", "A permanent dual-chamber pacemaker is present.", "permanent dual chamber pacemaker"),
    ("What does the image show?", "The image shows a chest x-ray with a pacemaker.", "pacemaker"),
])
def test_a_site_a_seen_subject_and_a_concluding_verb(question: str, text: str, answer: str) -> None:
    assert _read(text, question) == (answer, Status.SCORED)


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("What abnormality is seen in the chest?", "A mass in the left lung.", "mass in left lung"),
    ("What is the abnormality?", "Pneumothorax on the right side.", "pneumothorax on right side"),
    ("What is the diagnosis?", "Coarctation of the aorta.", "coarctation of aorta"),
    ("What is the abnormality?", "No fracture is seen.", "no fracture is seen"),
    ("What modality is this?", "A chest x-ray with a pacemaker.", "chest x ray"),
])
def test_a_site_that_names_the_finding_or_is_asked_stays(question: str, text: str, answer: str) -> None:
    assert _read(text, question)[0] == answer


def test_a_bone_asked_is_read_as_the_site_placed() -> None:
    """Lane open46: to a question asking which bone (``open_place.asks_thing``), the site the finding is placed in is the
    answer; before, the reply was kept whole ("fracture in distal radius")."""
    assert _read("A fracture in the distal radius.", "Which bone is fractured?") == ("distal radius", Status.SCORED)


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("What percentage of the nucleated cells are blasts?", "About 60% of nucleated cells are blasts.", "60"),
    ("What is the heart rate?", "The heart rate is about 110 beats per minute, regular.", "110 beats per minute"),
    ("What is the heart rate?", "Sinus bradycardia, 48 bpm.", "48 bpm"),
    ("What is the gestational age?", "A CRL of 45 mm corresponds to about 11 weeks of gestation.", "11 weeks"),
    ("What is the size of the nodule?", "The nodule measures 1.8 cm in its longest dimension.", "1.8 cm"),
    ("What type of fracture is this?", "A transverse fracture of the radial shaft.", "transverse fracture"),
])
def test_the_value_or_the_type_asked(question: str, text: str, answer: str) -> None:
    assert _read(text, question) == (answer, Status.SCORED)


@pytest.mark.parametrize(("question", "text"), [
    ("What is the size of the nodule?", "An 8 x 6 mm nodule."),
    ("What is the ejection fraction?", "Between 30 and 35%."),
    ("What is the ejection fraction?", "Probably 35% or 40%."),
    ("How large is the mass?", "A 3 cm mass with a 5 mm wall."),
])
def test_a_value_held_open_or_one_of_several_is_not_picked(question: str, text: str) -> None:
    answer = _read(text, question)[0]
    assert answer is None or len(answer.split()) > 2 or answer == "30-35"  # (open19: a firm range is read whole)
