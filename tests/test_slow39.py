"""Linear readings of the super-linear shapes left after session 38 (issues #7, #12, lane slow39): each rewrite reads
every text as before (the old pattern kept here as the oracle, on random texts of the tokens it turns on), and the
hostile shapes are read, not hung (a generous bound: the timings are ``benchmarks/bench_extract_worst.py``'s).

* ``aliases.dash_close``: "- " * 10,000 + "C. Complex —" to a choice question (each " -" scanned on to the final dash);
* ``open_tailwords.MEASURE_TAIL``: "pneumonia," + 40,000 blanks + "likely" to an open question (the blanks after the
  comma given back one by one, each rescanning the rest).
"""

from __future__ import annotations

import random
import re
import time

import pytest

from medstep.extract import aliases, elliptic, extract, open_frames, open_tailwords
from medstep.score import open_typed, open_typed_reads
from medstep.score.open_grade import grade_open
from medstep.types import AnswerType, Sample

# the pattern before slow39 and stop 54's repair (blanks given back; the digit looked for before the short tail)
OLD_MEASURE_TAIL = re.compile(r"(?i)(?:(?<!\d),\s*|,(?!\d)\s*|(?<!\s)\s+(?:at|of|measuring|about|approximately|up\s+to)\s+)"
                              r"(?=[^,;]*(?<![\w-])\d+(?!\d|st\b|nd\b|rd\b|th\b))(?:[\w%°/:.~-]+\s*){1,6}$")
TOKENS = [
    " ",
    "  ",
    "\n",
    "\t",
    "-",
    " - ",
    "—",
    " — ",
    "–",
    " –",
    ",",
    ", ",
    ".",
    "*",
    "_",
    "!",
    "x",
    "C",
    "Complex",
    "at",
    "of",
    "measuring",
    "about",
    "up to",
    "1",
    "1,5",
    "12",
    "3rd",
    "cm",
    "%",
    ";",
    "é",
    "st",
]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        text = rng.choice(("", " ")).join(rng.choice(TOKENS) for _ in range(rng.randint(0, 14)))
        if rng.random() < 0.5:
            cut = rng.randint(0, len(text))
            text = text[:cut] + rng.choice(" \n-,") * rng.randint(2, 30) + text[cut:]
        out.append(text)
    return out


TEXTS = _texts(39, 4000)


def _span(m: re.Match[str] | None) -> tuple[int, int, str] | None:
    return None if m is None else (m.start(), m.end(), m.group(0))


def test_rewritten_readings_read_as_before() -> None:
    for text in TEXTS:
        closing = aliases.dash_close(text)
        old = aliases._DASH_CLOSE.search(text)
        assert _span(closing) == _span(old), text
        assert (closing and closing.group(1)) == (old and old.group(1)), text
        assert _span(open_tailwords.MEASURE_TAIL.search(text)) == _span(OLD_MEASURE_TAIL.search(text)), text


def test_a_normal_reply_reads_as_before() -> None:
    sample = Sample(
        id="n",
        question="How would you describe the lesion's composition?",
        answer="C",
        answer_type=AnswerType.CHOICE,
        options={"A": "Solid", "B": "Cystic", "C": "Complex", "D": "Calcified"},
    )
    assert extract("Mixed cystic and solid parts — complex.", sample).answer == "C"
    assert open_frames.unframed("Pneumonia, measuring 3 cm", "What is shown?") == "Pneumonia"


CHOICE = Sample(
    id="w",
    question="How would you describe the lesion's composition?",
    answer="C",
    answer_type=AnswerType.CHOICE,
    options={"A": "Solid", "B": "Cystic", "C": "Complex", "D": "Calcified"},
)


@pytest.mark.parametrize(
    "read",
    [
        lambda: extract("- " * 10000 + "C. Complex —", CHOICE),
        lambda: open_frames.unframed("pneumonia," + " " * 40000 + "likely", "What is shown?"),
    ],
    ids=["dash-run-choice", "comma-blanks-open"],
)
def test_hostile_shapes_are_read_without_hanging(read) -> None:  # type: ignore[no-untyped-def]
    extract("warm", CHOICE)  # the vocabulary loads once, outside the bound
    start = time.process_time()
    read()
    assert time.process_time() - start < 20.0  # main took 40 s and 50 s


# ``score/open_typed_reads.clause_of`` and ``score/open_typed``'s per-side reads ("left right " * 4000 as the answer to
# "Which lung is affected?": 8.4 s -> 0.6 s). The old reads are the oracles.
CLAUSE_TOKENS = [
    "left",
    "right",
    "lung",
    " ",
    "  ",
    ",",
    ".",
    "\n",
    "(",
    ")",
    "and",
    " and ",
    "consistent",
    "with",
    "consistent with",
    "in",
    "keeping",
    "in keeping with",
    "suggesting",
    "suspicious",
    "for",
    "of",
    " but ",
    "though",
    "although",
    "x",
    "3",
]


def _old_clause_of(low: str, start: int, end: int) -> tuple[int, int]:
    lo = max((m.end() for m in open_typed_reads._CLAUSE_END.finditer(low, 0, start)), default=0)
    after = open_typed_reads._CLAUSE_END.search(low, end)
    return lo, after.start() if after is not None else len(low)


def test_clause_of_reads_as_before() -> None:
    rng = random.Random(39)
    for _ in range(300):  # long texts: the scan resumes 400 characters before a value
        parts = [
            " " * rng.randint(30, 600) if rng.random() < 0.02 else rng.choice(CLAUSE_TOKENS)
            for _ in range(rng.randint(50, 400))
        ]
        low = rng.choice(("", " ")).join(parts)
        if rng.random() < 0.3:
            low = low.replace(",", "").replace(".", "")
        for _ in range(20):
            start = rng.randint(0, len(low))
            end = min(len(low), start + rng.randint(0, 6))
            assert open_typed_reads.clause_of(low, start, end) == _old_clause_of(low, start, end), (low, start, end)


def test_side_reads_read_as_before() -> None:
    rng = random.Random(40)
    words = ["left", "right", "lung", " ", "  ", ",", "é", "x" * 40, "3", "a", "-", " " * 50]
    for _ in range(3000):
        low = rng.choice(("", " ")).join(rng.choice(words) for _ in range(rng.randint(0, 60)))
        lo = rng.randint(0, len(low))
        end = rng.randint(lo, len(low))
        count = rng.randint(1, 4)
        assert open_typed._last_words(low, lo, end, count) == open_typed._WORD.findall(low[lo:end])[-count:]
        named = open_typed._values("side", low, "")
        if rng.random() < 0.3:
            rng.shuffle(named)  # out of text order: the plain search
        assert open_typed._stops(named, len(low)) == {
            id(v): next((w.start for w in named if w.start >= v.end), len(low)) for v in named
        }


def test_a_long_answer_of_sides_is_graded_without_hanging() -> None:
    grade_open("warm", "warm", "Which lung is affected?")
    start = time.process_time()
    grade = grade_open("left right " * 4000, "left", "Which lung is affected?")
    assert time.process_time() - start < 20.0  # main: 8.4 s (quadratic in the answer's length)
    assert not grade.matched  # both sides named


# ``elliptic._OPENING``: the open reply of ``bench_extract_worst`` cut by 30,000 newlines, to a closed question (5 s).
OLD_OPENING = re.compile(
    r"^([\s*_\"'“”]*)([A-Za-z][A-Za-z'’ ]{1,79}?)[*_\"'”]*\s*(?:[;:—–]|\s-\s|\.(?=\s+\S)|\n+(?=\S))"
)
OPENING_TOKENS = [
    "Yes",
    "A",
    "no",
    "it is",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    "-",
    " - ",
    "—",
    "–",
    ";",
    ":",
    ".",
    ". ",
    "*",
    "**",
    "_",
    '"',
    "'",
    "”",
    "“",
    "x",
    ",",
    "1",
    "there is",
]


def test_elliptic_opening_reads_as_before() -> None:
    rng = random.Random(41)
    for _ in range(20000):
        text = "".join(rng.choice(OPENING_TOKENS) for _ in range(rng.randint(0, 12)))
        new, old = elliptic._OPENING.match(text), OLD_OPENING.match(text)
        assert (new is None) == (old is None), text
        if new is not None and old is not None:
            assert new.group(1, 2) == old.group(1, 2) and new.end(2) == old.end(2), text


def test_newlines_inside_a_reply_are_read_without_hanging() -> None:
    sample = Sample(id="c", question="Is there a left pleural effusion?", answer="yes", answer_type=AnswerType.CLOSED)
    extract("warm", sample)
    start = time.process_time()
    extract("The visceral pleural line is visible" + "\n" * 30000 + " on the right.", sample)
    assert time.process_time() - start < 20.0  # main: 5 s (quadratic in the run)


# The verifier's number patterns, started where a run of digits starts (``(?<!\d)``): "... " + "1" * 20,000 as a chain
# step or a report sentence (quantities, measured_change, aligned_words, aligned_landmarks: 16 s at 5,000 digits).
NUMBER_TOKENS = [
    "1",
    "12",
    "1.5",
    "3.",
    ".",
    " ",
    "  ",
    "cm",
    "mm",
    "°",
    "degrees",
    "deg",
    "%",
    "per cent",
    "a",
    "l5",
    "rd",
    "x",
    "é",
    "from",
    "above",
    "the",
    "its",
    "carina",
    "proximal to",
    "left",
    "-",
]


def _number_patterns() -> list[re.Pattern[str]]:
    from medstep.verify import aligned_landmarks, aligned_words, measured_change, quantities

    return [quantities._ANGLE, quantities._PERCENT, measured_change._SIZE, aligned_words._WORD, aligned_landmarks._AWAY]


def test_number_patterns_find_as_before() -> None:
    rng = random.Random(42)
    pairs = [(new, re.compile(new.pattern.replace(r"(?<!\d)", ""))) for new in _number_patterns()]
    assert all(new.pattern != old.pattern for new, old in pairs)
    for _ in range(6000):
        text = rng.choice(("", " ")).join(rng.choice(NUMBER_TOKENS) for _ in range(rng.randint(0, 14)))
        for new, old in pairs:
            assert [m.span() + m.groups() for m in new.finditer(text)] == [
                m.span() + m.groups() for m in old.finditer(text)
            ], (new.pattern, text)


def test_a_digit_run_is_verified_without_hanging() -> None:
    from medstep.verify import verify

    verify("A mass.", report="A mass.")
    text = "The pleural line is visible on the right. The abnormality is a pneumothorax. " + "1" * 20000
    start = time.process_time()
    verify(text, report="A 3.2 cm mass in the left lower lobe.")
    verify("Left effusion.", report=text)
    assert time.process_time() - start < 20.0  # main: over a minute (quadratic in the run)
