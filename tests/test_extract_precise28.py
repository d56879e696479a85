"""False decisions fixed in session 26 (precise28): a JSON reply giving two answers (a key repeated with another
value, an answer key with "final" after it, a conclusion field naming another option than the answer field), and a
short reply stating the asked finding both ways in two sentences. Near misses keep their reading. Invented texts."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.replywords import is_answer_key, key_form
from medstep.types import AnswerType, Sample, Status

HAEM = {"A": "Subdural haematoma", "B": "Extradural haematoma", "C": "Subarachnoid haemorrhage", "D": "Normal"}
DX = "What is the diagnosis?"


def _read(text: str, question: str, kind: AnswerType, options: dict[str, str] | None = None) -> tuple[str | None, Status]:
    got = extract(text, Sample(id="p28", question=question, answer="yes" if kind is AnswerType.CLOSED else "A",
                               answer_type=kind, options=options or {}))
    return got.answer, got.status


@pytest.mark.parametrize("key, form, answers", [
    ("answer_final", "final answer", True),
    ("verdictFinal", "final verdict", True),
    ("final_response", "final response", True),
    ("answer", "answer", True),
    ("diagnosis_final", "final diagnosis", False),
    ("finding", "finding", False),
    ("final", "final", False),
])
def test_key_form(key: str, form: str, answers: bool) -> None:
    assert key_form(key) == form
    assert is_answer_key(key) is answers


@pytest.mark.parametrize("text", [
    '{"answer": "B", "answer": "A"}',
    '```json\n{"choice": "C", "rationale": "blood in the sulci", "choice": "D"}\n```',
    '{"impression": "Subarachnoid haemorrhage", "answer": "B"}',
    '{"answer": "C", "answerFinal": "A"}',
])
def test_json_with_two_options_is_ambiguous(text: str) -> None:
    assert _read(text, "Which haemorrhage is shown?", AnswerType.CHOICE, HAEM) == (None, Status.AMBIGUOUS)


@pytest.mark.parametrize("text, letter", [
    ('{"finding": "Extradural haematoma", "answer": "A"}', "A"),  # "finding" is no conclusion key
    ('{"diagnosis": "Subdural haematoma", "answer": "A"}', "A"),  # the conclusion agrees
    ('{"answer": "B", "answer": "B"}', "B"),  # repeated, same value
    ('{"initial_answer": "C", "final_answer": "A"}', "A"),  # an initial answer revised: the final one
])
def test_json_with_one_option_keeps_it(text: str, letter: str) -> None:
    assert _read(text, "Which haemorrhage is shown?", AnswerType.CHOICE, HAEM)[0] == letter


@pytest.mark.parametrize("text", [
    '{"answer": "no", "answer": "yes"}',
    '{"verdict": "yes", "verdict_final": "no"}',
])
def test_closed_json_with_two_verdicts_gives_none(text: str) -> None:
    assert _read(text, "Is there a pleural effusion?", AnswerType.CLOSED)[0] is None


@pytest.mark.parametrize("text, verdict", [
    ('{"answer": "yes", "side": "left", "answer": "yes"}', "yes"),
    ('{"answer_final": "no"}', "no"),
])
def test_closed_json_with_one_verdict(text: str, verdict: str) -> None:
    question = "Is there a pleural effusion?" if "side" in text else "Is the liver enlarged?"
    assert _read(text, question, AnswerType.CLOSED)[0] == verdict


@pytest.mark.parametrize("text", [
    '{"diagnosis": "pneumonia", "diagnosis": "lung abscess"}',
    '{"diagnosis": "appendicitis", "diagnosisFinal": "mesenteric adenitis"}',
])
def test_open_json_with_two_diagnoses_is_ambiguous(text: str) -> None:
    assert _read(text, DX, AnswerType.OPEN) == (None, Status.AMBIGUOUS)


@pytest.mark.parametrize("text, answer", [
    ('{"diagnosis_final": "mesenteric adenitis", "confidence": "moderate"}', "mesenteric adenitis"),
    ('{"differential": "appendicitis", "diagnosis": "mesenteric adenitis"}', "mesenteric adenitis"),
])
def test_open_json_with_one_diagnosis(text: str, answer: str) -> None:
    assert _read(text, DX, AnswerType.OPEN)[0] == answer
