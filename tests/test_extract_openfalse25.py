"""Open replies with no answer in them (issue #7, session 25, lane openfalse25): the side asked and never given, a cut
before the noun, a pair left open, the asked thing declined in the question's own verb, and a textbook instead of a
reading (``extract/open_unanswered.py``, ``extract/open_textbook.py``); each beside the answers it must leave alone."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.open_unanswered import unanswered
from medstep.types import AnswerType, Sample


def _read(text: str, question: str) -> tuple[str | None, str]:
    sample = Sample(id="t", question=question, answer="x", answer_type=AnswerType.OPEN)
    got = extract(text, sample)
    return got.answer, got.status.value


@pytest.mark.parametrize("text", [
    "The collection tracks along the psoas sheath and has an enhancing rim, so this is an abscess rather than a "
    "haematoma.",
    "This is a direct hernia: its neck sits medial to the inferior epigastric vessels.",
])
def test_side_question_without_a_side_is_unparsed(text: str) -> None:
    assert _read(text, "On which side is the abnormality?") == (None, "unparsed")


@pytest.mark.parametrize("text, side", [
    ("The abscess lies on the left, along the psoas.", "left"),
    ("Both sides are involved.", "both"),
    ("R.", "r"),
])
def test_side_question_with_a_side_keeps_it(text: str, side: str) -> None:
    answer, status = _read(text, "Which side is affected?")
    assert status == "scored" and answer is not None and side in answer.split()


@pytest.mark.parametrize("text", [
    "The right adrenal gland contains a small hypodense",
    "Within the spleen there is an ill-defined",
    "On the sagittal image the vertebral body shows a heterogeneous",
])
def test_cut_after_describing_adjectives_is_truncated(text: str) -> None:
    assert _read(text, "What lesion is present?") == (None, "truncated")


@pytest.mark.parametrize("text", [
    "There is a simple cyst",  # a noun ends it: a complete, if unpunctuated, answer
    "A compression fracture of L1",
])
def test_unpunctuated_noun_is_an_answer(text: str) -> None:
    answer, status = _read(text, "What lesion is present?")
    assert status == "scored" and answer


def test_chinese_cut_on_a_verb_of_concluding_is_truncated() -> None:
    assert _read("肝右叶见一低密度灶，边缘强化，首先考虑", "What is the liver lesion?") == (None, "truncated")


@pytest.mark.parametrize("text", [
    "Well-circumscribed lytic lesion at the end of the bone. Differential diagnosis: enchondroma vs low-grade "
    "chondrosarcoma.",
    "### Impression\nPosterior fossa mass — **medulloblastoma vs. ependymoma**.\n\n### Note\nDiffusion would help.",
    "The nodule is spiculated and lies peripherally; one would weigh a carcinoma and a granuloma here, and honestly the "
    "appearance fits either. I cannot separate them without tissue.",
    "病灶边界清楚，可能为神经鞘瘤，也可能为脑膜瘤，需增强检查。",
    "肿块呈分叶状，两者鉴别困难，建议活检。",
])
def test_pair_left_open_is_ambiguous(text: str) -> None:
    assert _read(text, "What is the most likely diagnosis?") == (None, "ambiguous")


@pytest.mark.parametrize("text", [
    "Differential diagnosis: enchondroma vs chondrosarcoma; I favour enchondroma given the absence of scalloping.",
    "Medulloblastoma vs ependymoma, most likely medulloblastoma.",
    "Graft-versus-host disease of the bowel.",
    "病灶边界清楚，可能为神经鞘瘤，也可能为脑膜瘤，倾向神经鞘瘤。",
])
def test_pair_with_a_preference_or_no_pair_is_not_held_open(text: str) -> None:
    assert _read(text, "What is the most likely diagnosis?")[1] != "ambiguous"


def test_pair_then_a_pointer_to_one_is_no_open_pair() -> None:
    text = "Hamartoma versus carcinoid; the popcorn calcification points to hamartoma."
    assert unanswered(text, "What is the diagnosis?") is None


def test_numbers_compared_are_no_pair() -> None:
    assert unanswered("Impression: 45 HU vs 30 HU before contrast.", "What is the diagnosis?") is None


def test_asked_verb_declined_is_refused() -> None:
    text = "I am unable to grade this reflux from one still frame. A full voiding study would be needed."
    assert _read(text, "What grade is the vesicoureteral reflux?") == (None, "refused")


def test_asked_verb_declined_then_a_guess_is_not_refused() -> None:
    text = "I cannot grade this with certainty from one frame, but it looks like grade III reflux."
    assert _read(text, "What grade is the vesicoureteral reflux?")[1] != "refused"


@pytest.mark.parametrize("text, question", [
    ("The mediastinum is divided into superior, anterior, middle and posterior compartments. The heart normally lies "
     "in the middle mediastinum with the great vessels above it.", "What abnormality is in the mediastinum?"),
    ("The knee joint is formed by the femur, tibia and patella, and the patella normally glides in the trochlear "
     "groove.",
     "What is the abnormal finding in the knee?"),
    ("The neck contains the trachea, the oesophagus, the thyroid gland and the carotid arteries.",
     "What abnormality is seen in the neck?"),
])
def test_normal_anatomy_only_is_unparsed(text: str, question: str) -> None:
    assert _read(text, question) == (None, "unparsed")


@pytest.mark.parametrize("text, question", [
    ("The mediastinum appears normal; the heart lies in the middle mediastinum as usual.",
     "What abnormality is in the mediastinum?"),
    ("The knee joint is formed by the femur and tibia; there is a large joint effusion.",
     "What is the abnormal finding in the knee?"),
])
def test_anatomy_beside_a_verdict_or_a_finding_is_read(text: str, question: str) -> None:
    answer, status = _read(text, question)
    assert status == "scored" and answer


def test_one_statement_of_structure_may_describe_an_anomaly() -> None:
    text = "The left kidney is divided into upper and lower moieties, each with its own collecting system."
    answer, status = _read(text, "What is the abnormality of the left kidney?")
    assert status == "scored" and answer


def test_method_without_a_decision_is_unparsed() -> None:
    text = ("To work out the cause of a solitary pulmonary nodule, it helps to consider:\n\n1. Size\n2. Margin\n"
            "3. Calcification pattern\n4. Growth over time\n\nTogether these narrow the possibilities.")
    assert _read(text, "What is the diagnosis of the lung nodule?") == (None, "unparsed")


def test_method_then_a_decision_is_read() -> None:
    text = ("To work out the cause of this nodule, it helps to consider its margin. Here it is spiculated, most "
            "likely a carcinoma.")
    assert _read(text, "What is the diagnosis of the lung nodule?")[1] == "scored"


def test_technique_that_provides_in_general_is_unparsed() -> None:
    text = ("CT offers fast cross-sectional imaging. Low attenuation may be seen with fat, fluid or necrosis. "
            "Correlation with prior imaging is recommended for interpretation.")
    assert _read(text, "What is the abnormality?") == (None, "unparsed")


def test_technique_in_general_is_unparsed() -> None:
    text = ("Ultrasound uses sound waves reflected at tissue interfaces. A hypoechoic area can be seen with "
            "oedema, haemorrhage or tumour. Clinical correlation is recommended.")
    assert _read(text, "What is the most likely diagnosis?") == (None, "unparsed")


def test_side_question_answered_by_a_denial_is_left_to_the_other_readers() -> None:
    answer, status = _read("No effusion is seen on either film.", "Which side is the pleural effusion on?")
    assert status == "scored" and answer is not None and "effusion" in answer


def test_pair_then_my_answer_is_read() -> None:
    text = "Differential: lipoma vs liposarcoma; my answer is lipoma, given the thin septa."
    assert _read(text, "What is the diagnosis of the thigh mass?")[1] != "ambiguous"


@pytest.mark.parametrize("text", [
    "I can't tell which bone is fractured without a second view.",
    "Honestly I cannot reliably distinguish between possibilities here, so I will not guess.",
])
def test_decline_without_named_candidates_is_no_pair(text: str) -> None:
    assert unanswered(text, "What is the diagnosis?") is None


@pytest.mark.parametrize("text", [
    "Schwannoma. The two can be difficult to tell apart, though the ice-cream-cone shape settles it.",
    "Enchondroma, which is the usual finding here, versus a bone infarct.",
])
def test_a_general_remark_or_a_label_before_versus_is_no_open_pair(text: str) -> None:
    assert unanswered(text, "What is the diagnosis?") is None


@pytest.mark.parametrize("text, question", [
    ("I'm not able to count the vertebrae reliably on this cropped view.", "How many lumbar vertebrae are there?"),
    ("I cannot measure the cyst accurately from a single oblique slice.", "What is the size of the renal cyst?"),
    ("We are unable to classify this fracture from one projection.", "What type of fracture is this?"),
])
def test_doing_what_is_asked_declined_is_refused(text: str, question: str) -> None:
    assert _read(text, question) == (None, "refused")


def test_count_declined_then_a_floor_is_not_refused() -> None:
    text = "I can't count them all reliably, but there are at least four calculi."
    assert unanswered(text, "How many calculi are in the bladder?") is None


@pytest.mark.parametrize("text", [
    "Either a thymoma or a lymphoma; impossible to say which one without a biopsy.",
    "The enhancement pattern leaves an abscess and a necrotic metastasis; both remain equally possible here.",
])
def test_two_left_open_in_other_words_is_ambiguous(text: str) -> None:
    assert _read(text, "What is the most likely diagnosis?") == (None, "ambiguous")
