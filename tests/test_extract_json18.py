"""An answer given as a JSON object after a lead-in or reasoning, and the fields of an object that only explain or
rate the answer (``extract/open_json.py``, ``replywords.trailing_object``)."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.score import grade
from medstep.types import AnswerType, Generation, Sample

Q = "What is the main abnormality?"


def _open(text: str, question: str = Q, gold: str = "pleural effusion") -> tuple[str | None, bool]:
    sample = Sample(id="j", question=question, answer=gold, answer_type=AnswerType.OPEN)
    got = extract(text, sample)
    return got.answer, grade(sample, got, Generation(text=text)).correct


@pytest.mark.parametrize("text", [
    'Here is my answer:\n```json\n{"finding": "left pleural effusion"}\n```',
    'Answer:\n```json\n{"finding": "left pleural effusion", "confidence": 0.7}\n```',
    'The left costophrenic angle is blunted with a meniscus.\n\n```json\n{"diagnosis": "left pleural effusion"}\n```',
    'Final answer: {"finding": "left pleural effusion"}',
    "Structured output:\n{\n  'finding': 'left pleural effusion'\n}",
])
def test_an_object_after_a_lead_in_or_reasoning_is_the_answer(text: str) -> None:
    assert _open(text) == ("left pleural effusion", True)


def test_the_fence_language_is_never_read_as_the_answer() -> None:
    got, _ = _open('Answer:\n```json\n{"finding": "pneumoperitoneum"}\n```', gold="pneumoperitoneum")
    assert got == "pneumoperitoneum"


@pytest.mark.parametrize("text", [
    '{"reasoning": "The angle is blunted; this is not a pneumothorax.", "finding": "pleural effusion"}',
    '{"finding": "pleural effusion", "explanation": "no pneumothorax, no consolidation"}',
    '{"rationale": "meniscus sign", "finding": "pleural effusion", "confidence": "high"}',
])
def test_a_field_explaining_or_rating_the_answer_is_not_part_of_it(text: str) -> None:
    assert _open(text)[0] == "pleural effusion"


def test_an_object_of_only_reasoning_is_read_whole_as_unmarked_prose_is() -> None:
    assert _open('{"reasoning": "Blunted costophrenic angle from a pleural effusion."}')[0] is not None


@pytest.mark.parametrize("text", [
    # two objects: the model may have changed its answer between them
    'Draft: {"finding": "pneumothorax"}\nRevised:\n{"finding": "pleural effusion"}',
    # an object cut off
    'Here is my answer:\n```json\n{"finding": "pleural eff',
])
def test_no_object_is_chosen_among_two_nor_repaired_from_a_cut_one(text: str) -> None:
    got, _ = _open(text)
    assert got != "pleural effusion"


def test_a_closed_verdict_in_an_object_after_a_lead_in() -> None:
    sample = Sample(id="j", question="Is there a pleural effusion?", answer="no", answer_type=AnswerType.CLOSED)
    assert extract('My final answer:\n```json\n{"answer": "no"}\n```', sample).answer == "no"


def test_a_list_as_the_one_field_offers_candidates_to_a_question_asking_one_thing() -> None:
    text = '{"findings": ["pneumothorax", "pleural effusion"]}'
    sample = Sample(id="j", question=Q, answer="pneumothorax", answer_type=AnswerType.OPEN)
    got = extract(text, sample)
    assert got.answer is None and got.rule == "ambiguous"
    listed = Sample(id="j", question="What are the findings?", answer="pneumothorax, pleural effusion",
                    answer_type=AnswerType.OPEN)
    assert extract(text, listed).answer == "pneumothorax pleural effusion"


def test_a_list_beside_the_finding_is_that_fields_items_not_candidates() -> None:
    text = '{"finding": "pneumothorax", "descriptors": ["left", "large"]}'
    assert _open(text, gold="pneumothorax")[0] == "pneumothorax left large"


@pytest.mark.parametrize("text, expected", [
    # the prose before the object states the finding the other way: no verdict chosen between them
    ('The bowel loops are of normal calibre with no air-fluid levels.\n```json\n{"small_bowel_obstruction": true}\n```',
     None),
    ('There is no free intraperitoneal gas.\n{"answer": "yes"}', None),
    # prose that agrees, or only leads in, leaves the object's verdict
    ('Dilated small bowel loops with air-fluid levels.\n```json\n{"small_bowel_obstruction": true}\n```', "yes"),
    ('My structured reply follows.\n{"answer": "no"}', "no"),
])
def test_prose_before_a_closed_object_must_not_contradict_it(text: str, expected: str | None) -> None:
    question = "Is there small bowel obstruction?" if "bowel" in text else "Is there free intraperitoneal gas?"
    got = extract(text, Sample(id="j", question=question, answer="yes", answer_type=AnswerType.CLOSED))
    assert got.answer == expected
