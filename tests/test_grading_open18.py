"""Open answers holding a decimal number or a mass: the extracted answer keeps its decimal point (``answers/text.py``),
so the grader still converts its units ("0.8 cm" is "8 mm"), and a mass is a quantity of its own ("1.9 kg" is "1900
g"; ``score/open_forms.py``). Invented answers; the near misses beside them."""

from __future__ import annotations

import pytest

from medstep.answers.text import normalize_text
from medstep.extract import extract
from medstep.score.open_grade import grade_open
from medstep.types import AnswerType, Sample


def _read(text: str, question: str) -> str | None:
    return extract(text, Sample(id="g18", question=question, answer="none", answer_type=AnswerType.OPEN)).answer


@pytest.mark.parametrize(("text", "normal"), [
    ("The duct measures 0.8 cm.", "duct measures 0.8 cm"),
    ("Ribs 4,5,6 are fractured.", "ribs 4 5 6 are fractured"),  # a list of numbers stays a list
    ("End of sentence. 5 lesions.", "end of sentence 5 lesions"),  # a full stop is no decimal point
])
def test_a_decimal_point_is_part_of_its_number(text: str, normal: str) -> None:
    assert normalize_text(text) == normal


@pytest.mark.parametrize(("question", "text", "gold"), [
    ("What is the diameter of the common bile duct?", "The common bile duct measures 0.8 cm.", "8 mm"),
    ("How thick is the endometrium?", "Endometrial thickness 1.4 cm", "14 mm"),
    ("What is the estimated fetal weight?", "<answer>1.9 kg</answer>", "1900 g"),
])
def test_an_extracted_decimal_is_converted_by_the_grader(question: str, text: str, gold: str) -> None:
    answer = _read(text, question)
    assert answer is not None and grade_open(answer, gold, question).matched


@pytest.mark.parametrize(("answer", "gold", "matched"), [
    ("1.9 kg", "1900 g", True),
    ("250 mg", "0.25 g", True),
    ("1.9 kg", "190 g", False),  # another mass
    ("1.9 kg", "1.9 cm", False),  # another dimension
    ("between 1.5 and 2.5 kg", "2000 g", False),  # a range is no answer of one value
])
def test_a_mass_is_compared_in_grams(answer: str, gold: str, matched: bool) -> None:
    assert grade_open(answer, gold, "What is the weight?").matched is matched


@pytest.mark.parametrize(("text", "answer"), [
    ("Not 2.4 kg.", None),  # the value excluded whole: nothing is left to read, not its decimals
    ("Not 2,4 kg, but 3,1 kg.", "3.1 kg"),  # (a decimal comma before a unit is the point, answers/text.py)
])
def test_an_excluded_value_is_set_aside_whole(text: str, answer: str | None) -> None:
    assert _read(text, "What is the estimated fetal weight?") == answer
