"""Open answers graded wrong although the answer is plainly there (issue #7, session 39, late lane), both ways, in
other words than the retired blind-39 items that showed them: an organ answer in another language that restates its
question before naming the organ ("In diesem Bild sieht man die Milz." to "Welches Organ sieht man in diesem
Bild?"), an Italian question's own "si" (no Spanish "if"), and a Chinese finding opened by its side ("右侧胸腔积液" for
"胸腔积液", as "right pleural effusion" is for "pleural effusion"). The near misses (a disease before the organ, a
denial, a doubt, two organs, another side asked or judged, a hedge) stay unmatched."""

from __future__ import annotations

import time

import pytest

from medstep.extract import extract
from medstep.score.open_grade import MatchStep, match_step
from medstep.score.open_zh import unsided
from medstep.score.outcome import grade
from medstep.types import AnswerType, Generation, Sample

ES = "¿Qué órgano aparece en la ecografía?"
DE = "Welches Organ sieht man in diesem Bild?"
IT = "Quale organo si vede in questa immagine?"
ZH = "这张CT的主要发现是什么？"


def _credited(text: str, question: str, gold: str) -> bool:
    """The whole pipeline, as ``bench_redteam._judge_item`` runs it (the grader sees the extractor's answer)."""
    sample = Sample(id="t", question=question, answer=gold, answer_type=AnswerType.OPEN, options={})
    ext = extract(text, sample)
    return ext.answer is not None and bool(grade(sample, ext, Generation(text=text)).correct)


@pytest.mark.parametrize(
    ("text", "question", "gold"),
    [
        ("En la ecografía aparece el hígado.", ES, "liver"),
        ("Aparece en la ecografía la vesícula biliar.", ES, "gallbladder"),
        ("Sur cette coupe on voit le foie.", "Quel organe voit-on sur cette coupe ?", "liver"),
        ("In diesem Bild sieht man die Milz.", DE, "spleen"),
        ("In questa immagine si vede il fegato.", IT, "liver"),
        # a disease seen IN the organ names the organ the ultrasound shows (open_kind, session 47; was a near miss)
        ("En la ecografía aparece un quiste hidatídico en el hígado.", ES, "liver"),
        ("右侧胸腔积液。", ZH, "胸腔积液"),
        ("主要发现为双侧胸腔积液。", ZH, "胸腔积液"),
        ("右侧肺炎", ZH, "肺炎"),
    ],
)
def test_plainly_there(text: str, question: str, gold: str) -> None:
    assert _credited(text, question, gold)


@pytest.mark.parametrize(
    ("text", "question", "gold"),
    [
        ("En la ecografía no aparece el hígado.", ES, "liver"),
        ("En la ecografía aparece el hígado y el bazo.", ES, "liver"),
        ("En la ecografía aparece el bazo.", ES, "liver"),
        ("En la ecografía aparece el hígado, aunque podría ser el bazo.", ES, "liver"),
        ("En la ecografía aparece el páncreas o el hígado.", ES, "liver"),
        ("Si la lesión estuviera en el hígado, se vería una masa.", ES, "liver"),
        ("Sur cette coupe on voit peut-être le foie.", "Quel organe voit-on sur cette coupe ?", "liver"),
        ("In diesem Bild sieht man vielleicht die Milz.", DE, "spleen"),
        ("In questa immagine si vede forse il fegato.", IT, "liver"),
        ("Si fosse il fegato, si vedrebbe una massa.", IT, "liver"),
        ("In questa immagine si vede il fegato o la milza.", IT, "liver"),
        ("Il fegato non si vede in questa immagine.", IT, "liver"),
        ("左侧未见气胸。", ZH, "气胸"),
        ("左侧可能气胸。", ZH, "气胸"),
        ("左侧气胸，右侧胸腔积液。", ZH, "气胸"),
        ("左侧胸腔积液。", ZH, "气胸"),
        ("左侧气胸。", ZH, "右侧气胸"),
        ("左侧气胸。", "右肺的主要发现是什么？", "气胸"),
        ("左侧无气胸。", ZH, "气胸"),
        ("左侧气胸或胸腔积液。", ZH, "气胸"),
        ("左侧陈旧性气胸。", ZH, "气胸"),
        ("考虑左侧气胸。", ZH, "气胸"),
        ("左侧", ZH, "气胸"),
    ],
)
def test_near_misses_stay_uncredited(text: str, question: str, gold: str) -> None:
    assert not _credited(text, question, gold)


def test_a_sided_chinese_finding_is_the_narrower_rung() -> None:
    assert match_step("双侧胸腔积液", "胸腔积液", ZH) is MatchStep.NARROWER
    assert match_step("左侧气胸", "气胸", "哪一侧有气胸？") is None  # the side is what is asked


@pytest.mark.parametrize("answer", ["左侧" + "气" * 20000, "左侧" * 10000, "左" * 20000 + "侧气胸"])
def test_long_hostile_sided_answer_is_read_without_hanging(answer: str) -> None:
    start = time.process_time()
    unsided(answer, "气胸", ZH)
    assert time.process_time() - start < 2.0
