"""QA regressions: SLAKE-zh answers are graded like the English ones (verdicts, token recall)."""

import pytest

from medstep.answers import token_f1, token_recall
from medstep.extract import extract
from medstep.score.outcome import grade
from medstep.types import AnswerType, Generation, Sample, Status


def _closed(gold: str) -> Sample:
    return Sample(id="9003", question="这是CT图像吗?", answer=gold, answer_type=AnswerType.CLOSED, benchmark="slake")


@pytest.mark.parametrize("output, verdict", [
    ("是的，这是CT。", "是"), ("是", "是"), ("否。", "否"), ("不是，这是MRI。", "否"),
    ("<think>看图</think><answer>是的</answer>", "是"), ("<answer>不是</answer>", "否"),
])
def test_leading_chinese_verdict_is_read(output, verdict):
    for gold in ("是", "否"):
        ex = extract(output, _closed(gold))
        assert ex.answer == verdict and ex.rule in {"yes_no_lead", "answer_tag"}
        assert grade(_closed(gold), ex, Generation(text=output)).correct is (verdict == gold)


@pytest.mark.parametrize("output", ["是否", "不确定", "这是一张图像"])
def test_no_chinese_verdict_is_not_guessed(output):
    ex = extract(output, _closed("是"))
    assert ex.answer != "是"
    score = grade(_closed("是"), ex, Generation(text=output))
    # 不确定 ("not sure") declines to answer: refused; the others are text, graded as text.
    assert score.correct is False and score.status in (Status.SCORED, Status.UNPARSED, Status.REFUSED)


@pytest.mark.parametrize("output", ["这是CT", "是CT"])
def test_modality_restated_is_read_as_a_statement_not_a_verdict_word(output):
    """"这是CT" to 这是CT图像吗？ states the modality asked (rule implicit_finding), not a leading 是."""
    ex = extract(output, _closed("是"))
    assert (ex.answer, ex.rule) == ("是", "implicit_finding")


def test_chinese_open_answers_get_character_recall():
    assert token_recall("答案是大脑", "大脑") == 1.0
    assert token_recall("肝脏", "大脑") == 0.0
    assert token_f1("大脑", "大脑") == 1.0
    assert token_recall("the left lung", "left lung") == 1.0  # English unchanged
