"""Replies cut mid-clause (session 55, lane cut55, issue #7: false decisions). A reply whose last sentence stops where
no sentence can stop is ``truncated`` unless it committed to an answer before the cut: the last option discussed
before a cut is never the answer (``extract/choice_reader``: no ``last_mention`` from a reply ``cut.unfinished``), a
single unfinished sentence read whole is no open answer (``extract/unfinished.whole_cut``), a "that" clause whose
subject never got its verb is a cut (``cut.verbless_that``), a label with nothing after its colon on a line of its own
is a cut, and a Chinese reply announcing "最可能的诊断" with nothing after it was cut (``answers/unfinished.CHINESE``)."""

from __future__ import annotations

import pytest

from medstep.extract import cut, extract
from medstep.types import AnswerType, Sample, Status

_OPTIONS = {"A": "Right middle lobe pneumonia", "B": "Left pleural effusion", "C": "Left lower lobe pneumonia",
            "D": "Pericardial effusion"}
_DIAGNOSIS = "What is the most likely diagnosis?"


def _read(text: str, question: str, kind: AnswerType = AnswerType.OPEN) -> tuple[str | None, Status]:
    options = _OPTIONS if kind is AnswerType.CHOICE else {}
    e = extract(text, Sample(id="c", question=question, answer="x", answer_type=kind, options=options))
    return e.answer, e.status


# b54-0189: the walk through the options cut inside option B's discussion.
_WALK = ("I'll evaluate each option against the findings in this PA chest radiograph.\n\n"
         "**Option A (Right middle lobe pneumonia):** The right heart border is sharply defined, and there's no opacity "
         "in the right mid-zone. This makes a right middle lobe process unlikely.\n\n"
         "**Option B (Left pleural effusion):** The left costophrenic angle is")


def test_the_option_discussed_when_the_reply_was_cut_is_no_answer() -> None:
    assert _read(_WALK, _DIAGNOSIS, AnswerType.CHOICE) == (None, Status.TRUNCATED)


@pytest.mark.parametrize(("text", "letter"), [
    ("The answer is B. The left costophrenic angle is", "B"),  # committed before the cut
    ("B. Left pleural effusion. The meniscus sign is", "B"),  # committed in its first sentence
])
def test_an_answer_committed_before_the_cut_stays(text: str, letter: str) -> None:
    assert _read(text, _DIAGNOSIS, AnswerType.CHOICE) == (letter, Status.SCORED)


@pytest.mark.parametrize(("question", "text"), [
    # b54-0329
    ("What abnormality is seen in the mediastinum?",
     "Looking at the mediastinum, the first thing I notice is that the right paratracheal stripe"),
    ("What is the abnormality?", "The first thing I notice is that the left lung"),
    # b54-0274: the likeliest diagnosis announced, never named
    ("该病变最可能的诊断是什么？", "根据图像所示，病变位于左肺上叶，边缘呈分叶状，可见毛刺征及胸膜凹陷征，最可能的诊断"),
    ("What is the abnormality?", "### Findings\n- Dilated small bowel loops\n- Colon:"),
    ("What is the abnormality?", "| Finding | Value |\n|---|---|\n| Diagnosis | Pneumothor"),  # cut inside a table row
])
def test_a_reply_cut_mid_clause_is_truncated(question: str, text: str) -> None:
    assert _read(text, question) == (None, Status.TRUNCATED)


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("What is the abnormality?", "Pneumothorax", "pneumothorax"),  # a complete one-word reply
    ("What is the abnormality?", "Consistent with pneumonia", "pneumonia"),
    ("What is the abnormality?", "The finding is that of a pneumothorax", "pneumothorax"),  # "that of": no clause
    ("What is the abnormality?", "There is a right pneumothorax. The first thing I notice is that the left lung",
     "right pneumothorax"),  # the finding stated before the cut
    ("该病变最可能的诊断是什么？", "最可能的诊断为肺癌", "肺癌"),
    ("该病变最可能的诊断是什么？", "符合肺癌的诊断", "肺癌的诊断"),  # "……的诊断" alone is finished
])
def test_a_finished_or_committed_reply_keeps_its_answer(question: str, text: str, answer: str) -> None:
    assert _read(text, question) == (answer, Status.SCORED)


def test_findings_then_an_empty_impression_is_truncated() -> None:
    # Decided (as the base read it): the concluding statement announced was cut; a findings line is no conclusion.
    assert _read("Findings: right pneumothorax. Impression:", "What is the abnormality?") == (None, Status.TRUNCATED)


@pytest.mark.parametrize(("text", "expected"), [
    ("the first thing I notice is that the right paratracheal stripe", True),
    ("I notice that the lungs", False),  # a word that may be a verb: no claim of a cut
    ("I notice that the left lung is", False),  # ``unfinished`` reads the helping verb itself
    ("The finding is that of a pneumothorax", False),
    ("I think that the right", True),
    ("We note that the heart appeared enlarged", False),
])
def test_verbless_that(text: str, expected: bool) -> None:
    assert cut.verbless_that(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("### Findings\n- Dilated small bowel loops\n- Colon:", True),
    ("Pneumothorax.\n**Impression:**", True),
    ("The answer is:", False),  # no line of its own: withheld, read elsewhere
    ("Diagnosis:", False),  # a lone label opening the reply
    ("Findings:\n- Right pneumothorax", False),
])
def test_a_label_with_no_body_is_unfinished(text: str, expected: bool) -> None:
    assert cut.unfinished(text) is expected


@pytest.mark.parametrize("text", ["**Findings:**\n\n**Impression:**", "findings:\nimpression:"])
def test_an_empty_form_is_not_cut(text: str) -> None:
    assert not cut.unfinished(text)


@pytest.mark.parametrize("text", ["Question: Is the mass in the right lung?\nAnswer:", "Is there a pneumothorax?\nA: "])
def test_a_question_echoed_before_an_empty_answer_line_is_no_cut(text: str) -> None:
    assert not cut.unfinished(text)


def test_a_step_left_empty_after_a_step_said_is_a_cut() -> None:
    assert cut.unfinished("Step 1: This is a chest radiograph of an infant.\nStep 2:")


_SYSTEMATIC = "To evaluate this chest radiograph systematically, consider:\n"


@pytest.mark.parametrize(("question", "text", "word"), [
    # review probes s03/s11: a method announced at the top and then applied (a labelled conclusion, a bare answer)
    ("What is the abnormality?", _SYSTEMATIC + "1. Airway: trachea midline\n2. Breathing: no lung markings on the "
     "right, visible pleural edge\n\nConclusion: right tension pneumothorax", "pneumothorax"),
    ("How many ribs are visible?", _SYSTEMATIC + "1. Count anterior ribs\n2. Count posterior ribs\n\n10 posterior ribs",
     "10"),
    # review probe z05: "other possible diagnoses" to be ruled out ends a finished Chinese reply
    ("该病变最可能的诊断是什么？", "左肺上叶周围型肺癌，需与结核球鉴别，结合病史排除其他可能的诊断", "肺癌"),
])
def test_an_applied_method_or_finished_chinese_reply_keeps_its_answer(question: str, text: str, word: str) -> None:
    answer, status = _read(text, question)
    assert status is Status.SCORED and answer is not None and word in answer
