"""The Chinese and European negation words are sub-lists of ``answers/negation.py`` (ZH_IS_NOT, ZH_NOT, ZH_NOT_SEEN,
ZH_NONE, ZH_DENY, ZH_CHARS; OTHER_WITHOUT, OTHER_NOR, OTHER_NONE): every reader of a language knows the same words."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample


@pytest.mark.parametrize("question, text", [
    ("有气胸吗？", "图像中沒有气胸。"),  # traditional 沒有: the statement reader knew only 没有 and read 是
    ("有积液吗？", "無积液。"),  # traditional 無: the concept reader knew only 无 and read 是
])
def test_a_traditional_chinese_denial_denies_the_finding(question: str, text: str) -> None:
    assert extract(text, Sample(id="z", question=question, answer="否", answer_type=AnswerType.CLOSED)).answer == "否"


@pytest.mark.parametrize("question, text, expected", [
    # "ningún" after a comma opened no clause of its own (the clause splitter knew kein-, aucun-, nessun-, nenhum-)
    ("¿Hay derrame pleural?", "Cardiomegalia leve, ningún derrame pleural.", "no"),
    ("¿Hay consolidación?", "Cardiomegalia, ninguna consolidación.", "no"),
    # "Keinesfalls" (by no means) was no foreign negation (only kein, keine, keinen, ... as whole words): read yes
    ("Is there a pneumothorax?", "Keinesfalls ein Pneumothorax.", None),
])
def test_the_other_languages_none_words_are_read_with_any_ending(question: str, text: str,
                                                                  expected: str | None) -> None:
    got = extract(text, Sample(id="e", question=question, answer="no", answer_type=AnswerType.CLOSED))
    assert got.answer == expected
