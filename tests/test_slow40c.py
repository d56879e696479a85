"""Linear reads of a mark followed by a long blank run (lane slow40c): ``"-" + " " * 4000 + "x?"`` took 44 s to an open
question (``open_pick``'s "X is the most likely": each start inside the run read the run to its end), ``"*" + " " * 8000
+ "x?"`` 10 s (``open_decision._OR_AFTER_LABEL``: each start and end of the label), 5,000 blanks 25 s in
``clauses.REJECTION`` (the two runs of marks given back one by one), "#" + 32,000 blanks 9 s to every type
(``open_reader._FINAL_HEADING``: each split of the run between two blank runs). Each rewritten pattern is checked against the
pattern before it, kept here as the oracle, on random texts of the tokens it turns on; the hostile shapes are read, not
hung (a generous CPU bound; the timings are bench_hostile_shapes').
"""

from __future__ import annotations

import random
import re
import time

import pytest

from medstep.extract import clauses, extract, open_decision, open_pick, open_reader
from medstep.types import Sample
from support.hang_samples import CHOICE, CLOSED, DIAGNOSIS, OPEN

SAMPLES = [CHOICE, CLOSED, OPEN, DIAGNOSIS]

# The patterns before lane slow40c, kept as the oracles.
_OLD_PICK = re.compile(
    open_pick._PICKS[3].pattern.replace(open_pick._FAR_LEAD + open_pick._OPENING, open_pick._LEAD),
    open_pick._PICKS[3].flags,
)
_OLD_REJECTION = re.compile(
    clauses.REJECTION.pattern.replace("]*+", "]*").replace(r"\s*+", r"\s*"), clauses.REJECTION.flags
)
_OLD_OR_AFTER_LABEL = re.compile(
    r"(?i)^[\s*_\"']*[\w' -]{1,40}?\s*[—–,;]\s*or\s+(?:possibly|perhaps|maybe|potentially|"
    r"else|alternatively|equally)\b"
)

_OLD_FINAL_HEADING = re.compile(open_reader._FINAL_HEADING.pattern.replace("*+", "*"), open_reader._FINAL_HEADING.flags)
_HEADING_TOKENS = [
    " ",
    "\t",
    "  ",
    "#",
    "##",
    "*",
    "**",
    ":",
    "final",
    " answer",
    "answer",
    " response",
    "\n",
    "x",
    " " * 30,
]

_PICK_TOKENS = [
    " ",
    "  ",
    "\n",
    "\t",
    "-",
    "*",
    "_",
    '"',
    "'",
    ">",
    "x",
    "ab",
    "is",
    " is ",
    "remains",
    " most likely",
    " the ",
    "best fit",
    "leading diagnosis",
    ",",
    ":",
    ";",
    ".",
    "this ",
    "overall, ",
    "given y,",
    " because z",
    " " * 90,
    "-" * 85,
    " " * 81,
    " " * 160,
    "- " * 45,
    "likeliest",
    "favoured",
    "(",
    "!",
    " is most likely",
    " remains the leading diagnosis",
    " is the best fit",
    " is favoured.",
    " is the likeliest, given w",
]
_REJECTION_TOKENS = [
    " ",
    "  ",
    "\n",
    "*",
    '"',
    "'",
    "”",
    ")",
    "]",
    ":",
    "(x)",
    "(",
    "(see above)",
    "is ",
    "are ",
    "not",
    " unlikely",
    "unlikely",
    "ruled out",
    "out",
    "out of",
    "isn't",
    "n't",
    "less",
    "also ",
    "x",
    "would be ",
    "can be ",
    " " * 120,
    "\t",
    ".",
    "excluded",
    "wrong",
]
_OR_TOKENS = [
    " ",
    "  ",
    "\n",
    "\t",
    "*",
    "_",
    '"',
    "'",
    "x",
    "ab",
    "liver",
    " - ",
    "-",
    "—",
    "–",
    ",",
    ";",
    " or ",
    " possibly",
    "perhaps",
    " else",
    ".",
    " " * 45,
    "\n" * 42,
    " \n",
    "\n ",
    "_" * 41,
    "a" * 39,
    "é",
    "1",
    ", or possibly",
    " — or perhaps",
    "; or else",
]


def _texts(tokens: list[str], seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(tokens) for _ in range(rng.randint(1, 12))) for _ in range(count)]


def test_pick_reads_as_before() -> None:
    hits = 0
    for text in _texts(_PICK_TOKENS, 40, 1500):
        old, new = _OLD_PICK.search(text), open_pick._PICKS[3].search(text)
        assert (old and (old.group("x"), old.group("rest"))) == (new and (new.group("x"), new.group("rest"))), text
        hits += old is not None
    assert hits > 100


def test_rejection_reads_as_before() -> None:
    hits = 0
    for text in _texts(_REJECTION_TOKENS, 41, 5000):
        old, new = _OLD_REJECTION.match(text), clauses.REJECTION.match(text)
        assert (old and old.span()) == (new and new.span()), text
        hits += old is not None
    assert hits > 1000


def test_or_after_label_reads_as_before() -> None:
    hits = 0
    for text in _texts(_OR_TOKENS, 42, 20000):
        old = _OLD_OR_AFTER_LABEL.match(text) is not None
        assert old == (open_decision._OR_AFTER_LABEL.match(text) is not None), text
        hits += old
    assert hits > 100


def test_final_heading_reads_as_before() -> None:
    hits = 0
    for text in _texts(_HEADING_TOKENS, 43, 20000):
        for start in (0, 1):
            old, new = _OLD_FINAL_HEADING.match(text, start), open_reader._FINAL_HEADING.match(text, start)
            assert (old and old.span()) == (new and new.span()), text
            hits += old is not None
    assert hits > 100


@pytest.mark.parametrize(
    "pattern", [open_pick._PICKS[3], clauses.REJECTION, open_decision._OR_AFTER_LABEL, open_reader._FINAL_HEADING]
)
@pytest.mark.parametrize(
    "text",
    [
        "-" + " " * 20000 + "x?",
        "*" + " " * 20000 + "x?",
        " " * 20000,
        "*" + " \n" * 10000,
        "_ " * 10000 + "x",
        "'" + "\n" * 20000 + ", or maybe",
        "#" + " " * 20000 + "x?",
        "# answer" + " " * 20000 + "x",
    ],
)
def test_patterns_linear(pattern: re.Pattern[str], text: str) -> None:
    start = time.process_time()
    pattern.search(text)
    assert time.process_time() - start < 0.5


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda s: f"{s.answer_type.value}-{s.question[:12]}")
@pytest.mark.parametrize("mark", list("-*_>#\"'") + ["："])
def test_mark_blank_run_read_not_hung(sample: Sample, mark: str) -> None:
    extract("Warm-up: " + sample.answer, sample)
    start = time.process_time()
    extract(mark + " " * 20000 + "x?", sample)
    assert time.process_time() - start < 5.0
