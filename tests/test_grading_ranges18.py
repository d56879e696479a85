"""Measurements in other languages and ranges against a numeric gold (issue #7).

A value is read alone only when the reply holds it firm (``extract/open_measure.py``): a range, a bound, an
alternative, a hedge or a denial in French, German, Spanish, Italian or Portuguese holds it open as the English
words do. A range answer matches a gold range written otherwise ("between 25 and 30%", "25–30%", "25 to 30 %",
"0.8-1.0 cm" for "8-10 mm"), and never a single gold value, even one inside it: a range states no value, and a
grader taking it would reward the widest range.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.open_measure import measured
from medstep.score import grade
from medstep.score.open_grade import match_step
from medstep.types import AnswerType, Generation, Sample

EF = "What is the left ventricular ejection fraction?"


def _correct(text: str, gold: str, question: str = EF) -> bool:
    sample = Sample(id="r", question=question, answer=gold, answer_type=AnswerType.OPEN)
    return grade(sample, extract(text, sample), Generation(text=text)).correct


@pytest.mark.parametrize("text", [
    "Die LVEF beträgt 35 %.", "La FEVI est de 35 %.", "La FEVI es del 35%.", "La frazione di eiezione è del 35%.",
    "A FEVE é de 35%.", "Die LVEF beträgt etwa 35 %.",
])
def test_a_firm_value_in_another_language_is_read(text: str) -> None:
    assert _correct(text, "35%")
    assert not _correct(text, "45%")


@pytest.mark.parametrize("text", [
    "La FEVI est comprise entre 30 et 35 %.",
    "Die LVEF liegt zwischen 30 und 35 %.",
    "La FEVI está entre 30 y 35%.",
    "La FE è tra il 30 e il 35%.",
    "La FEVI est de 30 à 35 %.",
    "Die LVEF beträgt 30 bis 35 %.",
])
def test_a_range_in_another_language_is_read_whole_never_as_one_end(text: str) -> None:
    # (open19: a firm range is the value, written as its ends; it matches a gold range only)
    assert measured(text, EF) == "30-35 %"
    assert not _correct(text, "35%")
    assert _correct(text, "30-35%")


@pytest.mark.parametrize("text", [
    "La FEVI est de 30 ou 35 %.",  # alternative
    "La FEVI est inférieure à 35 %.",  # bound
    "Die LVEF ist kleiner als 35 %.",
    "La FEVI es menos del 35%.",
    "La FEVI est peut-être de 35 %.",  # hedge
    "Die LVEF beträgt vielleicht 35 %.",
    "La FEVI n'est pas de 35 %.",  # denial
])
def test_a_value_held_open_in_another_language_is_not_read_alone(text: str) -> None:
    assert measured(text, EF) is None
    assert not _correct(text, "35%")


@pytest.mark.parametrize("gold", ["25-30%", "25–30%", "25 to 30%"])
@pytest.mark.parametrize("text", [
    "The ejection fraction is between 25 and 30%.", "LVEF 25–30%.", "The EF is estimated at 25-30%.",
    "EF between 25% and 30%.", "The LVEF is 25 to 30%.",
])
def test_a_range_matches_the_gold_range_however_written(text: str, gold: str) -> None:
    assert _correct(text, gold)


@pytest.mark.parametrize("text", ["EF 20–30%.", "EF 25–35%.", "The EF is between 25 and 35%.", "30%"])
def test_another_range_or_one_end_is_not_the_gold_range(text: str) -> None:
    assert not _correct(text, "25-30%")


@pytest.mark.parametrize("text", [
    "The ejection fraction is between 25 and 30%.", "LVEF 25–30%.", "The EF is between 10 and 70%.",
    "EF 30-35%.",
])
def test_a_range_is_never_a_single_gold_value_even_one_inside_it(text: str) -> None:
    assert not _correct(text, "30%")
    assert not _correct(text, "27%")


@pytest.mark.parametrize(("answer", "gold"), [
    ("0.8-1.0 cm", "8-10 mm"), ("between 8 and 10 mm", "8-10 mm"), ("8 to 10 mm", "0.8–1 cm"),
])
def test_a_range_end_without_a_unit_takes_the_other_ends(answer: str, gold: str) -> None:
    assert match_step(answer, gold, "How large is the stone?") is not None


def test_a_range_end_keeps_its_own_unit() -> None:
    assert match_step("8 mm to 10 cm", "8-10 mm") is None


@pytest.mark.parametrize(("text", "gold"), [
    ("The stone measures 0.9 cm.", "9 mm"), ("0.8 cm", "8 mm"), ("<answer>2.4 cm</answer>", "24 mm"),
    ("The nodule is 1.5 cm.", "15 mm"),
])
def test_a_decimal_answer_is_one_number_in_any_unit(text: str, gold: str) -> None:
    assert _correct(text, gold, "How large is the lesion?")


@pytest.mark.parametrize(("text", "gold"), [("2.4 cm", "4 cm"), ("0.4 cm", "40 mm"), ("32.5%", "5%")])
def test_a_decimal_is_never_read_as_its_digits_apart(text: str, gold: str) -> None:
    assert not _correct(text, gold, "How large is the lesion?")


@pytest.mark.parametrize("text", [
    "EF: <30%", "EF < 30%", "<30%", "Answer: <30%", "The EF is <30%.", "LVEF: ≤30%", ">30%", "EF: >30%", "EF: > 30%",
    "EF: >=30%",
])
def test_a_comparator_before_the_value_is_a_bound_not_the_value(text: str) -> None:
    assert not _correct(text, "30%")


@pytest.mark.parametrize(("text", "gold"), [("EF < 30%.", "<30%"), ("LVEF ≥ 55%", "≥55%"), ("Less than 30%.", "<30%")])
def test_a_bound_matches_a_gold_bound(text: str, gold: str) -> None:
    assert _correct(text, gold)


def test_an_arrow_or_a_quote_mark_is_no_comparator() -> None:
    assert _correct("EF -> 30%", "30%")
    sample = Sample(id="q", question="What is the main finding?", answer="pneumothorax", answer_type=AnswerType.OPEN)
    assert extract("> Pneumothorax", sample).answer == "pneumothorax"


def test_an_option_with_a_comparator_is_still_found_in_a_reply_written_with_one() -> None:
    sizes = {"A": "<5 mm", "B": "5-10 mm", "C": ">10 mm", "D": "No stone"}
    sample = Sample(id="c", question="What size is the stone?", answer="C", answer_type=AnswerType.CHOICE,
                    options=sizes)
    assert extract("The stone is >10 mm.", sample).answer == "C"
