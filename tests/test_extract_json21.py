"""A JSON answer whose field holds a number, to a question asking a count or a measurement ('{"count": 3}',
'{"size_cm": 1.4}'): the number is the answer, with the unit its key closes with (extract/open_json.py)."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.score import grade
from medstep.types import AnswerType, Generation, Sample


def _open(text: str, question: str, gold: str) -> tuple[str | None, bool]:
    sample = Sample(id="j", question=question, answer=gold, answer_type=AnswerType.OPEN)
    got = extract(text, sample)
    return got.answer, grade(sample, got, Generation(text=text)).correct


@pytest.mark.parametrize("text, question, gold", [
    ('{"count": 4}', "How many cysts are there?", "4"),
    ('{"cysts": 4, "confidence": 0.9}', "How many cysts are there?", "4"),
    ('{"size_cm": 2.6}', "How large is the mass?", "26 mm"),
    ('```json\n{"diameter_mm": 9}\n```', "What is the diameter of the stone?", "0.9 cm"),
    ('{"ef_percent": 35}', "What is the ejection fraction?", "35%"),
])
def test_a_number_field_answers_a_count_or_measurement_question(text: str, question: str, gold: str) -> None:
    answer, correct = _open(text, question, gold)
    assert correct, answer


def test_a_number_field_is_no_part_of_another_answer() -> None:
    # to a question asking no number, a number field stays out of the answer, as before
    answer, correct = _open('{"finding": "pneumothorax", "size_percent": 20}', "What is the finding?", "pneumothorax")
    assert (answer, correct) == ("pneumothorax", True)


@pytest.mark.parametrize("text, gold", [
    ('{"size_mm": 14, "size_cm": 2}', "14 mm"),  # two sizes given
    ('{"count": 3, "count_if_calcified_included": 5}', "3"),  # two counts
])
def test_two_numbers_of_the_asked_kind_give_no_value(text: str, gold: str) -> None:
    question = "How many nodules are there?" if "count" in text else "How large is the nodule?"
    answer, correct = _open(text, question, gold)
    assert not correct, answer
