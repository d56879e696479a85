"""Linear reads of a line of repeated answer phrases (lane slow39c): ``"The answer is " * N`` and ``"答案是" * N`` to a
choice question were super-linear (2.6 s / 5.2 s at 30,000 characters) because ``lines._stated`` read the whole rest
of the line for every phrase of it: the condition search, ``option_text``'s first clause and ``is_hedge``'s tail.
Each rewrite reads every text as before (the old reading kept here as the oracle, on random texts of the tokens it
turns on), and the hostile shapes are read, not hung (a generous CPU bound: the timings are bench_extract_worst's).
"""

from __future__ import annotations

import random
import time

import pytest

from medstep.extract import extract, line_conditions, lines
from medstep.extract.letters import _CLAUSE_END, clean, letter_form, option_match, option_text
from medstep.extract.mentions import CONFLICT, OptionIndex, find_mentions, option_index
from medstep.extract.refusal import _HEDGE, _HEDGE_GATES, _ZH_LIKELY, is_hedge
from medstep.extract.split import phrases
from medstep.types import AnswerType, Sample

OPTIONS = {"A": "Left pleural effusion", "B": "Right pneumothorax", "C": "Cardiomegaly", "D": "Normal study"}
IDX = option_index(OPTIONS)
CHOICE = Sample(
    id="w", question="What is the most likely finding?", answer="B", answer_type=AnswerType.CHOICE, options=OPTIONS
)
TOKENS = [
    "The answer is ",
    "Answer: ",
    "Final answer: ",
    "答案是",
    "答案：",
    "the answer is",
    "A",
    "B",
    "C",
    "D",
    "(B)",
    "C.",
    "**D**",
    "option A",
    "Left pleural effusion",
    "Right pneumothorax",
    "Cardiomegaly",
    "Normal study",
    "cardiomegaly",
    "if",
    "If ",
    "otherwise",
    "Otherwise",
    "or else",
    "or\n else",
    "or   else",
    "unless",
    "depending",
    "alternatively",
    "xif",
    "ifx",
    "elsewhere",
    "stiff",
    "would",
    "might",
    "although",
    "possibly",
    "either",
    "could be",
    "可能",
    "可能性大",
    "或",
    ", ",
    ". ",
    ".",
    "; ",
    ";",
    ",",
    "\n",
    "\n\n",
    " ",
    " ",
    "  ",
    "**",
    "*",
    "_",
    ":",
    "：",
    "，",
    "。",
    "not",
    "is not correct",
    "wait",
    "however",
    "I considered ",
    '"',
    "pneumothorax",
    "effusion",
    "x" * 30,
    "1.5 cm",
]


def _texts(seed: int, count: int, most: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(TOKENS) for _ in range(rng.randint(1, most))) for _ in range(count)]


def _old_option_text(region: str, idx: OptionIndex, *, first_clause: bool) -> str | None:
    s = clean(region)
    hit = option_match(s, idx)
    if hit is None and first_clause:
        clause = _CLAUSE_END.split(s, maxsplit=1)[0]
        if clause != s:
            hit = option_match(clause, idx)
    return hit


def _old_is_hedge(text: str) -> bool:
    tail = text[-400:]
    if not tail.isascii() and "可能性" in tail:
        tail = _ZH_LIKELY.sub("", tail)
    if tail.isascii():
        low = tail.lower()
        if not any(map(low.__contains__, _HEDGE_GATES)):
            return False
    return _HEDGE.search(tail) is not None


def _old_stated(text: str, idx: OptionIndex, found: tuple[int, int]) -> tuple[str | None, str, int]:
    cut = text.find("\n", found[1])
    end = cut if cut >= 0 else len(text)
    rest = text[found[1] : end]
    if not rest.strip(" *_:") or _old_is_hedge(rest) or lines.lead_judged_against(rest.lstrip(" *_:："), idx):
        return None, "", end
    rule = "final_answer_phrase"
    if (
        line_conditions.CONDITIONAL.search(rest) is not None
        and len({m.letter for m in find_mentions(text, idx, found[1], end)}) > 1
        and not line_conditions.conceded_condition(rest)
        and not line_conditions.supposed_later(rest)
    ):
        return CONFLICT, rule, end
    letter = letter_form(rest, idx, strict=False)
    if letter is None:
        letter, rule = _old_option_text(rest, idx, first_clause=True), "option_text"
    return letter, rule, end


def test_each_phrase_is_stated_as_before() -> None:
    """Every phrase of each text, in :func:`lines.phrase`'s order (the last first) and with one line cache, reads as
    the old whole-rest reading."""
    compared = 0
    for text in _texts(391, 5000, 40):
        lasts: dict[int, int] = {}
        for found in phrases(text):
            assert lines._stated(text, IDX, found, lasts) == _old_stated(text, IDX, found), (text, found)
            compared += 1
    assert compared > 5000


def test_the_condition_search_reads_as_before() -> None:
    """``_conditional`` from the line's last match agrees with the search of every suffix of every line."""
    for text in _texts(392, 3000, 30):
        lasts: dict[int, int] = {}
        for start in range(len(text), -1, -1):
            cut = text.find("\n", start)
            end = cut if cut >= 0 else len(text)
            if end not in lasts:
                lasts[end] = line_conditions.last_conditional(text, end)
            rest = text[start:end]
            assert line_conditions.conditional_in(rest, start < lasts[end]) == (line_conditions.CONDITIONAL.search(rest) is not None), (
                text,
                start,
            )


def test_option_text_and_hedges_read_as_before() -> None:
    for text in _texts(393, 4000, 25):
        for region in (text, text[len(text) // 2 :], text.split("\n")[-1]):
            for first_clause in (True, False):
                assert option_text(region, IDX, first_clause=first_clause) == _old_option_text(
                    region, IDX, first_clause=first_clause
                ), region
            assert is_hedge(region) == _old_is_hedge(region), region


@pytest.mark.parametrize(
    "unit", ["The answer is ", "答案是", "Answer: if ", "答案是，", "The answer is Cardiomegaly if "]
)
def test_a_line_of_answer_phrases_is_read_without_hanging(unit: str) -> None:
    """30,000 characters of one answer phrase repeated (2.6 s and 5.2 s before; ~0.1 s now): a generous bound."""
    text = unit * (30_000 // len(unit))
    start = time.process_time()
    extract(text, CHOICE)
    assert time.process_time() - start < 2.0
