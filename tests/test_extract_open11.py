"""Open answers read by the kind of question they answer (``extract/open_decision.py``): a place or the image's
modality answers "where / which organ / what modality", never "what is there". One invented sentence per case."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample, Status


def _open(question: str) -> Sample:
    return Sample(id="o11", question=question, answer="none", answer_type=AnswerType.OPEN)


def _read(text: str, question: str) -> tuple[str | None, Status]:
    got = extract(text, _open(question))
    return got.answer, got.status


@pytest.mark.parametrize(("question", "text"), [
    ("What is shown in this ultrasound?", "The ultrasound shows the kidney."),
    ("What does the image show?", "The image shows an axial view of the pelvis."),
    ("What does this biopsy show?", "The image shows a biopsy slide stained with H&E."),
    ("What is wrong with this radiograph?", "The radiograph shows a chest. There is something in the chest."),
    ("What is the main abnormality?", "spleen"),
])
def test_a_place_or_modality_does_not_say_what_is_there(question: str, text: str) -> None:
    assert _read(text, question) == (None, Status.UNPARSED)


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("What organ is shown in this image?", "The image shows the spleen.", "spleen"),
    ("Where is the lesion located?", "In the pancreas.", "pancreas"),
    ("What is shown in this ultrasound?", "The ultrasound shows gallstones in the gallbladder.", "gallstones"),
    ("What does the image show?", "The image shows a normal pelvis.", "normal pelvis"),
    ("What is the main abnormality?", "Horseshoe kidney.", "horseshoe kidney"),
    ("What is the abnormality?", "The right lung is clear.", "right lung is clear"),
    ("What is shown by the arrow?", "The left adrenal gland.", "left adrenal gland"),
    ("What is wrong with this radiograph?", "The heart is on the right side.", "heart is on right side"),
])
def test_a_place_answers_where_and_a_finding_answers_what(question: str, text: str, answer: str) -> None:
    assert _read(text, question) == (answer, Status.SCORED)


@pytest.mark.parametrize("text", [
    "It could be lymphoma. It could be sarcoidosis.",
    "The differential is between an abscess and a tumour; the rim favors abscess but the nodularity favors tumour.",
])
def test_two_candidates_weighed_without_a_choice_are_ambiguous(text: str) -> None:
    assert _read(text, "What is the diagnosis?") == (None, Status.AMBIGUOUS)


@pytest.mark.parametrize(("text", "answer"), [
    ("It could be lymphoma. It could be bilateral.", "it could be lymphoma it could be bilateral"),
    ("The differential is between an abscess and a tumour; the rim favors abscess.",
     "differential is between abscess and tumour rim favors abscess"),
])
def test_one_candidate_kept_or_favoured_is_an_answer(text: str, answer: str) -> None:
    assert _read(text, "What is the diagnosis?") == (answer, Status.SCORED)


def test_an_answer_phrase_saying_the_answer_is_not_shown_is_a_refusal() -> None:
    assert _read("The answer is not visible in the image. I cannot answer.", "What is the diagnosis?") == (
        None, Status.REFUSED)


def test_normal_stated_after_not_finding_an_abnormality_is_the_answer() -> None:
    text = "I'm unable to identify any abnormality; the study appears normal."
    assert _read(text, "What is the abnormality?") == ("i m unable to identify any abnormality study appears normal",
                                                       Status.SCORED)


@pytest.mark.parametrize(("text", "status"), [
    ("There is a filling defect in the pulmonary artery, consistent with embolus, though a repeat scan would help.",
     Status.SCORED),
    ("Possible embolus, though a repeat scan would help.", Status.REFUSED),
    ("The scan is limited, though a repeat scan would help.", Status.REFUSED),
])
def test_a_deferral_after_a_stated_finding_is_a_caveat(text: str, status: Status) -> None:
    assert _read(text, "What is the abnormal finding?")[1] is status


@pytest.mark.parametrize(("question", "text", "status"), [
    ("图中的病变是什么？", "这是一张胸部CT图像。", Status.UNPARSED),
    ("病灶位于哪个器官？", "病灶位于", Status.TRUNCATED),
    ("图中的异常是什么？", "该图像提示", Status.TRUNCATED),
])
def test_chinese_modality_only_and_cut_answers(question: str, text: str, status: Status) -> None:
    assert _read(text, question) == (None, status)


def test_chinese_modality_answers_a_question_asking_for_the_examination() -> None:
    assert _read("这是一张腹部CT图像。", "这是什么检查？")[0] is not None


def test_a_finding_opening_an_answer_as_its_label_is_kept() -> None:
    text = "Gastric ulcer: a clean-based crater on the lesser curve."
    # the label is kept; the description after its colon only qualifies it (extract/open_tails.py)
    assert _read(text, "What is the abnormality on this endoscopy?")[0] == "gastric ulcer"
    assert _read("Mass: right upper lobe.", "Where is the mass?")[0] == "right upper lobe"


@pytest.mark.parametrize(("question", "text", "status"), [
    ("What is the diagnosis?", "Sarcoidosis, lymphoma, tuberculosis and silicosis.", Status.AMBIGUOUS),
    ("What is the abnormality?", "Consolidation, effusion, pneumothorax or edema.", Status.AMBIGUOUS),
    ("What is the abnormality?", "Right lower lobe consolidation, small effusion and cardiomegaly.", Status.SCORED),
    ("What is the abnormality?", "Pneumothorax, no effusion, or consolidation.", Status.SCORED),
])
def test_a_bare_list_of_candidates_is_no_answer_to_a_question_asking_one(question: str, text: str,
                                                                          status: Status) -> None:
    assert _read(text, question)[1] is status


@pytest.mark.parametrize("text", [
    "Either an osteochondroma or a chondrosarcoma; I can't tell which from this image.",
    "Could be lymphocytes or plasma cells, hard to tell at this magnification.",
    "Lymphoma? Sarcoidosis? Hard to tell.",
])
def test_two_candidates_named_then_declined_are_ambiguous(text: str) -> None:
    assert _read(text, "What is the diagnosis?") == (None, Status.AMBIGUOUS)


def test_a_refusal_naming_no_candidates_stays_a_refusal() -> None:
    assert _read("Hard to tell from this image.", "What is the diagnosis?") == (None, Status.REFUSED)


def test_a_sentence_stated_in_a_loop_before_the_cut_is_the_answer() -> None:
    text = "The image is in the axial plane. The image is in the axial plane. The image is in the"
    assert _read(text, "In which plane is this image?") == ("axial", Status.SCORED)
    # a loop that answers nothing asked was cut before any answer
    text = "The image is a CT scan. The image is a CT scan. The image is"
    assert _read(text, "What is the diagnosis?") == (None, Status.TRUNCATED)


@pytest.mark.parametrize(("text", "answer"), [
    ("Findings: a fluid level behind the heart. Impression: hiatus hernia.", "hiatus hernia"),
    ("**Diagnosis:** Acute pancreatitis.\n\n*Note:* correlate with lipase.", "acute pancreatitis"),
    ("Findings: honeycombing.\nMost likely diagnosis: pulmonary fibrosis.", "pulmonary fibrosis"),
])
def test_the_conclusion_field_of_a_report_style_answer_is_the_answer(text: str, answer: str) -> None:
    assert _read(text, "What is the diagnosis?") == (answer, Status.SCORED)


def test_a_differential_field_is_not_the_conclusion() -> None:
    text = "Impression: lymphoma.\nDifferential diagnosis: sarcoidosis, tuberculosis."
    assert _read(text, "What is the diagnosis?") == ("lymphoma", Status.SCORED)


def test_a_loop_answering_a_yes_no_question_with_text_stays_cut() -> None:
    sample = Sample(id="c11", question="Is the image normal?", answer="truncated", answer_type=AnswerType.CLOSED)
    text = "The image is a chest X-ray. The image is a chest X-ray. The image is"
    assert extract(text, sample).status is Status.TRUNCATED


def test_a_checklist_label_denied_by_its_text_is_not_the_answer() -> None:
    assert _read("Pneumothorax: none.", "What is the abnormality?")[0] == "none"


def test_the_final_section_of_a_sectioned_answer_is_read_and_its_likelihood_frame_dropped() -> None:
    text = "## Thinking\nA fat-containing lesion with a capsule.\n## Final Response\nOvarian teratoma is most likely."
    assert _read(text, "What is the diagnosis?") == ("ovarian teratoma", Status.SCORED)
