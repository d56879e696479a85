"""Linear readings of the super-linear shapes slow39's hunt left (issues #7, #12, lane slow39b): each rewrite reads
every text as before (the old pattern or reading kept here as the oracle, on random texts of the tokens it turns on),
and the hostile shapes are read, not hung (a generous bound: the timings are the worst-case benches').

* ``open_candidates._DESCRIBES``: "A" + 30,000 blanks + "C." to a diagnosis question (the blanks after the article
  given back one by one, each rescanning the rest: 14 s at 4,000 blanks);
* ``open_typed_reads._said``: "left right " * 4000 to "Which side?" (each value's denials scanned from the clause's
  start: 14.9 s), and ``open_typed``/``open_grade._expanded`` reading lists per value ("right lung left lung " * 1900);
* ``aligned_normal_places._NORMAL_SUBJECT``: a word + 40,000 blanks as the report to ``verify`` (9.7 s).
"""

from __future__ import annotations

import random
import re
import time

import pytest

from medstep.answers import negation
from medstep.extract import extract
from medstep.extract.open_candidates import _DESCRIBES
from medstep.score import open_typed_reads as reads
from medstep.score.open_grade import grade_open
from medstep.types import AnswerType, Sample
from medstep.verify.aligned_normal_places import _NORMAL_SUBJECT

OLD_DESCRIBES = re.compile(
    r"(?i)^[\s*_\"']*(?:there\s+(?:is|are)|there['’]s|(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:image|scan|study|film|"
    r"radiograph|x-?ray|ct|mri|ultrasound|section|slide)\s+(?:shows?|demonstrates?|reveals?)|"
    r"(?:i|we)\s+(?:can\s+)?(?:see|note|observe)|"
    r"(?:an?|the)\s+[^.;:!?\n]{1,80}?\s+(?:is|are)\s+(?:also\s+|again\s+|clearly\s+)?(?:"
    + "|".join(negation.SEEN + negation.SEEN_RARE)
    + r"))\b"
)
DESCRIBES_TOKENS = [
    "a",
    "an",
    "the",
    "A",
    "The",
    " ",
    "  ",
    "\n",
    "\t",
    "\r",
    " \n ",
    "is",
    "are",
    "seen",
    "noted",
    "also",
    "mass",
    "x",
    ".",
    ":",
    "opacity",
    "the image",
    "shows",
    "there is",
    "I see",
    "*",
    '"',
    "y" * 30,
    "b" * 79,
]


def test_describes_reads_as_before() -> None:
    rng = random.Random(39)
    for _ in range(20000):
        text = "".join(rng.choice(DESCRIBES_TOKENS) for _ in range(rng.randint(1, 14)))
        if rng.random() < 0.5:
            blanks = "".join(rng.choice([" ", "\n", "\t", " ", "x", " is noted"]) for _ in range(rng.randint(0, 8)))
            text = rng.choice(["a", "A", "the", "an"]) + blanks + text
        assert (OLD_DESCRIBES.match(text) is None) == (_DESCRIBES.match(text) is None), text


def _old_said_before(pattern: re.Pattern[str], low: str, start: int, end: int) -> bool:
    lo, _ = reads.clause_of(low, start, end)
    return any(len(reads._WORD.findall(low[b.end() : start])) <= 3 for b in pattern.finditer(low, lo, start))


def _new_said_before(pattern: re.Pattern[str], low: str, start: int, end: int) -> bool:
    lo, hi = reads.clause_of(low, start, end)
    before = reads._last_before(pattern, low, lo, hi, start)
    return before is not None and len(reads._WORD.findall(low[before:start])) <= 3


SAID_TOKENS = [
    "left",
    "right",
    "no",
    "not",
    "normal",
    "within",
    "the",
    "limits",
    "range",
    "reference",
    "dentro",
    "de",
    "los",
    "límites",
    "normales",
    "wnl",
    "intact",
    "ruled",
    "out",
    "not seen",
    "none",
    "n't",
    "absent",
    "free of",
    "x",
    "lung",
    " ",
    "  ",
    "\n",
    " " * 30,
    " " * 63,
    " " * 64,
    " " * 70,
    ",",
    ".",
    "and",
    "clear",
    "without",
    "negative",
    "2",
    "sd",
]


def test_last_denial_before_a_value_reads_as_before() -> None:
    rng = random.Random(39)
    for _ in range(1500):
        k = rng.choice([5, 20, 100, 300])
        low = "".join(rng.choice(SAID_TOKENS) + rng.choice([" ", "", " ", "  "]) for _ in range(k))
        for _ in range(4):
            start = rng.randrange(len(low) + 1)
            end = min(len(low), start + rng.randint(0, 6))
            for pattern in (reads._DENIAL, reads._NORMAL):
                assert _old_said_before(pattern, low, start, end) == _new_said_before(pattern, low, start, end), (
                    low,
                    start,
                    end,
                )


OLD_NORMAL_SUBJECT = re.compile(
    r"\s*(?:the\s+)?([a-z][a-z ,/-]*?)\s+(?:is|are|remains?|appears?|shows?|demonstrates?|has|have)\s+(?:now\s+)?(.*)$"
)
SUBJECT_TOKENS = [
    "the",
    "left",
    "main",
    "bronchus",
    "is",
    "are",
    "has",
    "have",
    "remains",
    "patent",
    "now",
    " ",
    "  ",
    "   ",
    "\t",
    "\n",
    ",",
    "/",
    "-",
    "and",
    "x",
    "2",
    ".",
    "shows",
    "demonstrate",
    " " * 20,
    "is is",
]


def test_normal_subject_reads_as_before() -> None:
    rng = random.Random(39)
    for _ in range(20000):
        text = "".join(rng.choice(SUBJECT_TOKENS) + rng.choice(["", " ", " ", "  "]) for _ in range(rng.randint(1, 12)))
        old, new = OLD_NORMAL_SUBJECT.match(text), _NORMAL_SUBJECT.match(text)
        assert (old is None) == (new is None), text
        if old is not None and new is not None:
            assert (old.span(), old.groups()) == (new.span(), new.groups()), text


OPEN = Sample(id="w", question="What is the most likely diagnosis?", answer="pneumonia", answer_type=AnswerType.OPEN)


@pytest.mark.parametrize("text", ["A" + " " * 30000 + "C.", "A" + " " * 30000 + "not C."], ids=["blanks", "blanks-not"])
def test_an_article_then_blanks_is_read_without_hanging(text: str) -> None:
    extract("warm", OPEN)  # the vocabulary loads once, outside the bound
    start = time.process_time()
    extract(text, OPEN)
    assert time.process_time() - start < 20.0  # main: 14 s at 4,000 blanks (quadratic), a hang at 30,000


@pytest.mark.parametrize(
    ("answer", "gold"),
    [("left right " * 4000, "right"), ("right lung left lung " * 1900, "left")],
    ids=["sides", "lungs"],
)
def test_sides_to_which_side_are_graded_without_hanging(answer: str, gold: str) -> None:
    grade_open("warm", "warm", "Which side?")
    start = time.process_time()
    grade = grade_open(answer, gold, "Which side?")
    assert time.process_time() - start < 20.0  # main: 14.9 s and 8.7 s (quadratic)
    assert not grade.matched  # both sides named


def test_a_word_then_blanks_is_verified_without_hanging() -> None:
    from medstep.verify import verify

    verify("A mass.", report="A mass.")
    start = time.process_time()
    verify("Left effusion.", report="pneumothorax" + " " * 40000 + "x")
    verify("Left effusion.", report="A" + " " * 30000 + "not C.")
    assert time.process_time() - start < 20.0  # main: 9.7 s and 5.4 s (quadratic in the blanks)
