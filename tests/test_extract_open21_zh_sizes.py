"""Sizes written in Chinese: the units 厘米 / 毫米 / 公分 (and the other Chinese units of score/open_forms) are read by
the grader as cm / mm, a Chinese word glued to the number ("约3.2厘米") does not hide it, and a Chinese size question
("结节有多大？", "直径是多少？") is a measurement question to the open reader (extract/open_measure.py)."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.score import grade
from medstep.score.open_grade import grade_open
from medstep.types import AnswerType, Generation, Sample


def _read(text: str, question: str, gold: str) -> tuple[str | None, bool]:
    sample = Sample(id="z", question=question, answer=gold, answer_type=AnswerType.OPEN)
    got = extract(text, sample)
    return got.answer, grade(sample, got, Generation(text=text)).correct


@pytest.mark.parametrize("answer, gold", [
    ("2.7厘米", "2.7 cm"), ("18毫米", "1.8cm"), ("4公分", "40 mm"), ("约2.7厘米", "2.7cm"), ("6.2×4.1厘米", "6.2 x 4.1 cm"),
    ("250毫升", "250 ml"), ("72次/分", "72 bpm"),
])
def test_chinese_units_are_read_by_the_grader(answer: str, gold: str) -> None:
    assert grade_open(answer, gold, "大小是多少？").matched


@pytest.mark.parametrize("answer, gold", [
    ("2.7厘米", "2.7 mm"), ("18毫米", "18 cm"), ("约2.7厘米", "2.5cm"), ("可能2.7厘米", "2.7cm"), ("T2", "2 mm"),
])
def test_another_size_or_a_doubted_one_is_no_match(answer: str, gold: str) -> None:
    assert not grade_open(answer, gold, "大小是多少？").matched


@pytest.mark.parametrize("text, question, gold", [
    ("肝内可见一低密度灶，大小约2.7厘米。", "病灶有多大？", "2.7cm"),
    ("胆囊内见强回声，直径约9毫米，后伴声影。", "结石的直径是多少？", "0.9cm"),
    ("囊肿直径约6厘米。", "How large is the cyst?", "6 cm"),
    ("肿块大小约为6.2×4.1厘米，边界清楚。", "肿块大小是多少？", "6.2×4.1cm"),
])
def test_a_chinese_size_is_the_answer_to_a_size_question(text: str, question: str, gold: str) -> None:
    answer, correct = _read(text, question, gold)
    assert correct, answer


@pytest.mark.parametrize("text", [
    "结节大小2至3厘米。",  # a range
    "可能约2厘米，难以测量。",  # a doubt
    "结节约2厘米或3厘米。",  # an alternative
])
def test_a_chinese_size_held_open_is_not_read_as_the_value(text: str) -> None:
    answer, correct = _read(text, "结节有多大？", "2cm")
    assert not correct and answer not in ("2厘米", "2 厘米")
