"""Review repair of the open39b lane, both ways and in other words than the review's probes. A doubt word is no doubt
only where the question holds it beside the same neighbouring word (Italian "si vede" to "Quale organo si vede?"); a
question that is itself hedged ("Welcher Teil ist eventuell verändert?") leaves a hedged answer in doubt. The Chinese
side characters have one home (``answers/foreign_sides.ZH_SIDE_CHARS``), so 两侧 ("both sides") opens a sided
finding and, in the question or the gold, makes the side what is asked or judged."""

from __future__ import annotations

import time

import pytest

from medstep.answers.foreign_sides import ZH_SIDE_CHARS
from medstep.extract import extract
from medstep.score.open_foreign_site import foreign_site
from medstep.score.open_grade import MatchStep, match_step
from medstep.score.open_zh import unsided
from medstep.score.outcome import grade
from medstep.types import AnswerType, Generation, Sample
from medstep.verify import scope_words

ZH = "这张胸片最主要的异常是什么？"


def _credited(text: str, question: str, gold: str) -> bool:
    """The whole pipeline, as ``bench_redteam._judge_item`` runs it."""
    sample = Sample(id="t", question=question, answer=gold, answer_type=AnswerType.OPEN, options={})
    ext = extract(text, sample)
    return ext.answer is not None and bool(grade(sample, ext, Generation(text=text)).correct)


@pytest.mark.parametrize(
    ("text", "question", "gold"),
    [
        ("Eventuell die Milz", "Welches Organ ist eventuell vergrößert?", "Milz"),
        ("Vielleicht die Niere", "Welches Organ ist vielleicht verändert?", "Niere"),
        ("Quizás el bazo", "¿Qué órgano está quizás agrandado?", "bazo"),
        ("Forse la milza", "Quale organo è forse ingrandito?", "milza"),
        ("Sur ce cliché on voit peut être la rate", "Quel organe voit-on peut être sur ce cliché ?", "rate"),
    ],
)
def test_a_hedged_question_leaves_a_hedged_answer_in_doubt(text: str, question: str, gold: str) -> None:
    assert not _credited(text, question, gold)


@pytest.mark.parametrize(
    ("text", "question", "gold"),
    [
        ("In questa sezione si vede la milza.", "Quale organo si vede in questa sezione?", "milza"),
        ("Si vede il rene.", "Quale organo si vede nella TC?", "rene"),
    ],
)
def test_a_doubt_word_restated_with_its_neighbour_is_no_doubt(text: str, question: str, gold: str) -> None:
    assert _credited(text, question, gold)


def test_the_restated_phrase_must_stand_together_in_the_question() -> None:
    # "si" and "vede" both in the question but never side by side: the Spanish "if" reading stays a doubt
    assert not foreign_site("si vede la milza", "milza", "Quale organo vede il medico se si gira?")
    assert foreign_site("si vede la milza", "milza", "Quale organo si vede?")


def test_the_side_characters_have_one_home() -> None:
    assert scope_words.ZH_SIDE_CHARS is ZH_SIDE_CHARS
    assert "两" in ZH_SIDE_CHARS


@pytest.mark.parametrize(("answer", "gold"), [("两侧胸腔积液", "胸腔积液"), ("两侧肺水肿", "肺水肿")])
def test_both_sides_written_with_liang_narrow_the_finding(answer: str, gold: str) -> None:
    assert match_step(answer, gold, ZH) is MatchStep.NARROWER
    assert _credited(answer + "。", ZH, gold)


@pytest.mark.parametrize(
    ("answer", "gold", "question"),
    [
        ("左侧胸腔积液", "胸腔积液", "胸腔积液位于两侧还是单侧？"),  # the side is asked
        ("左侧胸腔积液", "两侧胸腔积液", ZH),  # the gold judges the side
        ("左侧气胸两处", "气胸", ZH),  # the rest goes on with another side or count word
        ("两侧", "胸腔积液", ZH),
    ],
)
def test_liang_in_question_gold_or_rest_keeps_the_side_unread(answer: str, gold: str, question: str) -> None:
    assert unsided(answer, gold, question) is None
    assert match_step(answer, gold, question) is not MatchStep.NARROWER


def test_long_hostile_restated_doubts_are_read_without_hanging() -> None:
    answer = "si vede " * 2500 + "il fegato"
    question = "Quale organo " + "forse si " * 2500 + "vede?"
    start = time.process_time()
    foreign_site(answer, "fegato", question)
    unsided("两侧" * 10000 + "积液", "积液", ZH)
    assert time.process_time() - start < 2.0
