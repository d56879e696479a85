"""The words of an open answer that are its label (``extract/open_frames.py``, ``extract/open_tails.py``,
``extract/open_span.py``): a frame opening the sentence, a qualifier or reason after the label, a conclusion closing a
description, an explanation in a later sentence that denies other things. One invented sentence per case, and the
answers these rules must leave whole."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample, Status

DX = "What is the most likely diagnosis?"


def _read(text: str, question: str = DX) -> tuple[str | None, Status]:
    got = extract(text, Sample(id="o14", question=question, answer="none", answer_type=AnswerType.OPEN))
    return got.answer, got.status


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("Where is the lesion located?", "The lesion is located in the right lower lobe.", "right lower lobe"),
    ("What is the abnormality?", "This radiograph demonstrates a large left pneumothorax.", "large left pneumothorax"),
    ("What is the abnormality?", "There are multiple gallstones.", "multiple gallstones"),
    ("What is the abnormality?", "I see a pneumoperitoneum.", "pneumoperitoneum"),
    (DX, "The most likely diagnosis is acute appendicitis.", "acute appendicitis"),
    (DX, "These findings are most consistent with sarcoidosis.", "sarcoidosis"),
    (DX, "It looks like a lipoma.", "lipoma"),
    ("What does the arrow point to?", "The arrow points to the common bile duct.", "common bile duct"),
    ("Which vessel is occluded?", "The occluded vessel is the right coronary artery.", "right coronary artery"),
    ("What is the density of the nodule?", "The nodule is calcified.", "calcified"),
    ("Which bone is fractured?", "The fracture involves the distal radius.", "distal radius"),
    (DX, "Given the clinical history, the most likely diagnosis is a pulmonary embolism.", "pulmonary embolism"),
    ("Where is the stone?", "In the distal left ureter.", "distal left ureter"),
    ("¿Qué órgano está afectado?", "El hígado.", "hígado"),
    ("What is the Cobb angle?", "About 25 degrees.", "25 degrees"),
    ("How many ribs are fractured?", "Three ribs are fractured.", "three"),
])
def test_a_frame_around_the_label_is_dropped(question: str, text: str, answer: str) -> None:
    assert _read(text, question) == (answer, Status.SCORED)


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("What is the rhythm?", "Sinus bradycardia, 48 bpm.", "sinus bradycardia"),
    ("What is the abnormality?", "Hepatomegaly, measuring 19 cm craniocaudally.", "hepatomegaly"),
    ("Which organ is lacerated?", "The kidney, upper pole.", "kidney"),
    (DX, "Osteoid osteoma, given the nidus with surrounding sclerosis.", "osteoid osteoma"),
    ("What is the abnormality?", "A hernia containing small bowel.", "hernia"),
    ("What type of stone?", "Struvite, which forms in infected urine.", "struvite"),
    ("Quel est l'organe atteint ?", "La rate, qui est augmentée de volume.", "rate"),
    (DX, "This is a boxer's fracture — a fracture of the 5th metacarpal neck.", "boxer s fracture"),
])
def test_words_that_only_qualify_the_label_are_dropped(question: str, text: str, answer: str) -> None:
    assert _read(text, question) == (answer, Status.SCORED)


@pytest.mark.parametrize(("question", "text", "answer"), [
    (DX, "Multiple ring-enhancing lesions at the grey-white junction, consistent with metastases.", "metastases"),
    (DX, "The bone shows a lytic lesion with a narrow zone of transition, which suggests a giant cell tumour.",
     "giant cell tumour"),
    ("Which lobe is affected?", "The opacity obscures the right heart border, so it's the right middle lobe.",
     "right middle lobe"),
    (DX, "A wide-complex tachycardia with AV dissociation — ventricular tachycardia.", "ventricular tachycardia"),
    (DX, "Miliary nodules (random distribution), most consistent with miliary tuberculosis.", "miliary tuberculosis"),
])
def test_the_conclusion_closing_a_description_is_the_answer(question: str, text: str, answer: str) -> None:
    assert _read(text, question) == (answer, Status.SCORED)


@pytest.mark.parametrize(("text", "answer"), [
    ("Pneumoperitoneum. No bowel obstruction is seen.", "pneumoperitoneum"),
    ("Pneumothorax — the visceral pleural line is visible and there are no lung markings beyond it.", "pneumothorax"),
    ("Diverticulitis. The sigmoid wall is thickened; there is no abscess.", "diverticulitis"),
])
def test_a_later_statement_denying_other_things_is_explanation(text: str, answer: str) -> None:
    assert _read(text) == (answer, Status.SCORED)


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("What is the abnormality?", "The heart is enlarged.", "heart is enlarged"),
    ("What is the finding in the gallbladder?", "The gallbladder is contracted and filled with stones.",
     "gallbladder is contracted and filled with stones"),
    ("What is the abnormality?", "There is no abnormality.", "no abnormality"),
    ("What are the findings?", "Right lower lobe consolidation, with a small right pleural effusion.",
     "right lower lobe consolidation with small right pleural effusion"),
    ("What abnormality is present?", "Chondrocalcinosis of the menisci, suggesting CPPD.",
     "chondrocalcinosis of menisci suggesting cppd"),
    (DX, "Pneumothorax, possibly tension.", "pneumothorax possibly tension"),
    ("What is seen in the right hilum?", "An enlarged lobulated hilum, suggestive of lymphoma.",
     "enlarged lobulated hilum suggestive of lymphoma"),
    ("What is the abnormality?", "A sclerotic lesion with a lucent nidus — likely an osteoid osteoma.",
     "sclerotic lesion with lucent nidus likely osteoid osteoma"),
    ("What is the finding?", "### Findings\n- **Consolidation**, left, basal\n- No effusion",
     "findings consolidation left basal no effusion"),
    ("What is the diagnosis?", "A posterior pharyngeal pouch — Zenker's diverticulum — arising above the muscle.",
     "posterior pharyngeal pouch"),
    # the reply names what the question asks ("the abnormality is X"): X, the clear lung beside it said nothing
    # against it (extract/open_asked.py, session 33)
    ("What is the abnormality?", "The left lung is clear; the abnormality is a right-sided consolidation.",
     "right sided consolidation"),
    (DX, "Pneumothorax. No.", "pneumothorax no"),
    (DX, "Pneumothorax. Not really.", "pneumothorax not really"),
])
def test_an_answer_whose_other_words_say_something_is_kept(question: str, text: str, answer: str) -> None:
    assert _read(text, question) == (answer, Status.SCORED)


@pytest.mark.parametrize("text", [
    "It is not pneumonia.",
    "The image shows either a hamartoma or a carcinoid.",
    "Pneumonia or atelectasis.",
])
def test_a_frame_never_makes_an_answer_of_a_non_answer(text: str) -> None:
    assert _read(text)[0] is None


@pytest.mark.parametrize(("question", "text", "status"), [
    (DX, "Ultrasound is an imaging technique that uses sound waves.", Status.UNPARSED),
    (DX, "CT scans use X-rays to create cross-sectional images.", Status.UNPARSED),
    (DX, "Pneumonia (or atelectasis).", Status.AMBIGUOUS),
    (DX, "Meningioma (vs schwannoma).", Status.AMBIGUOUS),
    (DX, "There is a pneumothorax... or maybe it's a bulla.", Status.AMBIGUOUS),
    (DX, "Pneumonia, though atelectasis is possible.", Status.AMBIGUOUS),
    (DX, "Pneumonia, although a lymphoma cannot be excluded.", Status.AMBIGUOUS),
    (DX, "Not sure, but probably not pneumonia.", Status.UNPARSED),
    (DX, "It isn't pneumonia. The prior CT showed atelectasis.", Status.UNPARSED),
    (DX, "Not a fracture; the old film from 2019 showed an os trigonum.", Status.UNPARSED),
    (DX, "The answer is not A.", Status.UNPARSED),
    (DX, "I'm not going to guess on this one.", Status.REFUSED),
    ("What modality is this?", "Please provide more information.", Status.REFUSED),
])
def test_an_answer_committing_to_nothing_has_no_text(question: str, text: str, status: Status) -> None:
    assert _read(text, question) == (None, status)


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("What imaging modality is this?", "Ultrasound is an imaging technique that uses sound waves.", "ultrasound"),
    (DX, "CT shows a mass in the liver.", "mass in liver"),
    (DX, "Pneumonia (atelectasis less likely).", "pneumonia atelectasis less likely"),
    (DX, "Pneumonia, though atelectasis is possible but less likely.",
     "pneumonia though atelectasis is possible but less likely"),
    (DX, "A gastric carcinoma is the main concern, though lymphoma remains in the differential.",
     "gastric carcinoma is main concern though lymphoma remains in differential"),
    (DX, "Three (or four) nodules.", "three or four nodules"),
    (DX, "It isn't pneumonia. It is atelectasis, as on the prior CT.", "atelectasis"),
    (DX, "Answer: pneumonia. Actually, the previous report said atelectasis, which I disagree with.", "pneumonia"),
    (DX, "Answer: pneumonia. Actually, it is atelectasis.", "atelectasis"),
])
def test_an_answer_beside_a_doubt_a_ranked_alternative_or_an_earlier_study_is_read(question: str, text: str,
                                                                                   answer: str) -> None:
    assert _read(text, question) == (answer, Status.SCORED)


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("图中显示的是哪个器官？", "图中显示的是脾脏。", "脾脏"),
    ("病变位于哪一侧？", "病变位于右侧。", "右侧"),
    ("这是什么检查？", "这是一张超声图像。", "超声"),  # the modality asked, its image noun off (lane open45)
    ("¿Cuál es el diagnóstico?", "Se trata de una neumonía.", "neumonía"),
    ("Quel os est fracturé ?", "Il s'agit d'une fracture du radius.", "fracture du radius"),
    ("¿Qué órgano está afectado?", "La imagen muestra el bazo.", "bazo"),
    ("What is the size?", "It measures 4 cm.", "4 cm"),
])
def test_a_frame_in_another_language_is_dropped(question: str, text: str, answer: str) -> None:
    assert _read(text, question) == (answer, Status.SCORED)


@pytest.mark.parametrize(("question", "text"), [
    ("病变位于哪一侧？", "病变位于左侧或右侧。"),
    ("What is the finding in the ovary?", "Findings: The left ovary contains a 3 cm"),
])
def test_a_frame_never_reads_two_candidates_or_a_cut_answer(question: str, text: str) -> None:
    assert _read(text, question)[0] is None
