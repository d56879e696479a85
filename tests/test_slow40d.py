"""Linear reads of six hostile shapes (lane slow40d): "|" + 32,000 blanks + "x?" took 43 s to a choice question (the
table row's key cell: each split of the run between the cell's edges), ":" + 32,000 blanks 4.5 s (the restated
label: its blanks before the colon read from each of their starts), "{" + 32,000 blanks 2.7 s (a closing code fence
looked for from each blank), "No pneumothorax. " x 2,350 7.4 s to a closed question (the head noun's own longer name
looked for in the whole rest of the reply at each mention), ``grade_open`` of "keine MRT, " x 1,800 18.6 s (whether the
two answers name one concept, asked per word of the answer). Each rewritten pattern or helper is checked against the one
before it, kept here as the oracle, on random texts of the tokens it turns on; the hostile shapes are read, not hung
(a generous CPU bound; the timings are bench_hostile_shapes')."""

from __future__ import annotations

import random
import re
import time

import pytest

from medstep.answers.concepts import MentionKind, vocabulary
from medstep.extract import extract, head_noun, open_json, replywords, restated
from medstep.extract.tables import KEY_VALUE_ROW
from medstep.score.open_grade import grade_open
from medstep.types import AnswerType, Sample

OPTIONS = {"A": "Left pleural effusion", "B": "Right pneumothorax", "C": "Cardiomegaly", "D": "Normal study"}
CHOICE = Sample(
    id="w", question="What is the most likely finding?", answer="B", answer_type=AnswerType.CHOICE, options=OPTIONS
)
OPEN = Sample(id="w", question="What abnormality is shown?", answer="pneumothorax", answer_type=AnswerType.OPEN)
CLOSED = Sample(id="w", question="Is there a pneumothorax?", answer="no", answer_type=AnswerType.CLOSED)

# The patterns before lane slow40d, kept as the oracles.
_OLD_ROW = re.compile(r"(?m)^[ \t]*\|[ \t*_]*([^|\n*_]{1,30}?)[ \t*_]*\|[ \t]*([^|\n]{1,80}?)[ \t]*\|[ \t]*$")
_OLD_LABELLED = re.compile(r"[\s*_]*" + restated._LABELLED.pattern, restated._LABELLED.flags)
_OLD_REPLY_FENCE = re.compile(r"^\s*(?:```)?(?:json|yaml)?\s*(?=[{\w])|\s*```\s*$", re.I)
_OLD_JSON_FENCE = re.compile(r"^\s*```[a-zA-Z]*\s*|\s*```\s*$")

_CELL_TOKENS = [" ", "\t", "*", "_", "**", "x", "ab c", " " * 12, "y" * 29, "z" * 31, "D", "(C)", "\r", "é", "|"]
_LABEL_TOKENS = [" ", "\t", "\n", "\u3000", "\x85", "*", "_", "**", ":", "：", "(", "[", "option ", "B", "C", ")", "]"]
_LABEL_TOKENS += [".", "!", "x", "Ab", "  ", "C. ", "#", "\r"]
_FENCE_TOKENS = [
    " ",
    "\t",
    "\n",
    "\u3000",
    "\x1c",
    "`",
    "```",
    "``",
    "json",
    "JSON",
    "yaml",
    "py",
    "{",
    "}",
    "x",
    "a b",
]
_NAME_TOKENS = [" ", "-", "line", "fracture", "s", "pleural", "effusion", "tension", "pneumothorax", "nodule", "mass"]
_NAME_TOKENS += ["pulmonary", "x", "1", ".", "\n", "İ", "of the", "right", "lower", "lobe", "tube", "opacity", "é"]


def _row_line(rng: random.Random) -> str:
    def cell() -> str:
        return "".join(rng.choice(_CELL_TOKENS) for _ in range(rng.randint(0, 5)))

    line = rng.choice(["", " ", "\t "]) + "|" + cell() + "|" + cell() + "|" + rng.choice(["", " ", "x", "|"])
    return "\n".join([line] * rng.randint(1, 2))


def test_table_row_reads_as_before() -> None:
    rng, hits = random.Random(50), 0
    for _ in range(20000):
        text = _row_line(rng)
        old = [(m.span(), m.groups()) for m in _OLD_ROW.finditer(text)]
        assert old == [(m.span(), m.groups()) for m in KEY_VALUE_ROW.finditer(text)], text
        hits += bool(old)
    assert hits > 2000


def test_restated_label_reads_as_before() -> None:
    rng, hits = random.Random(51), 0
    for _ in range(20000):
        text = "".join(rng.choice(_LABEL_TOKENS) for _ in range(rng.randint(1, 16)))
        new, last = [], 0
        for m in restated._LABELLED.finditer(text):
            new.append((restated._label_end(text, m.start(), last), m.end(), m.group("letter")))
            last = m.end()
        old = [(m.start(), m.end(), m.group("letter")) for m in _OLD_LABELLED.finditer(text)]
        assert old == new, text
        hits += len(old)
    assert hits > 500


def test_unfenced_reads_as_before() -> None:
    rng, changed = random.Random(52), 0
    for _ in range(20000):
        text = "".join(rng.choice(_FENCE_TOKENS) for _ in range(rng.randint(0, 12)))
        assert _OLD_REPLY_FENCE.sub("", text.strip()) == replywords.unfenced(text), text
        old = _OLD_JSON_FENCE.sub("", text.strip()).strip()
        assert old == replywords.unfenced(text, open_json._FENCE).strip(), text
        changed += old != text.strip()
    assert changed > 2000


def _old_own_name_end(text: str, start: int, head: str) -> int:
    voc = vocabulary()
    own, ms = voc.mentions(head), voc.mentions(text[start:])
    if own and ms and ms[0].start == 0 and ms[0].kind is MentionKind.CONCEPT and ms[0].concept == own[0].concept:
        return start + ms[0].end
    return start + len(re.match(r"(?i)" + re.escape(head) + r"s?", text[start:]).group(0))  # type: ignore[union-attr]


def test_own_name_end_reads_as_before() -> None:
    rng, longer = random.Random(53), 0
    for _ in range(3000):
        head = rng.choice(["fracture", "pneumothorax", "effusion", "nodule", "mass", "line", "opacity"])
        pre = "".join(rng.choice(_NAME_TOKENS) for _ in range(rng.randint(0, 3)))
        post = "".join(rng.choice(_NAME_TOKENS) + rng.choice([" ", "", "-"]) for _ in range(rng.randint(0, 40)))
        text = pre + rng.choice([head, head.upper(), head.title()]) + post
        end = _old_own_name_end(text, len(pre), head)
        assert end == head_noun._own_name_end(text, len(pre), head), text
        longer += end != len(pre) + len(head)
    assert longer > 50


@pytest.mark.parametrize(
    ("text", "sample"),
    [
        ("|" + " " * 32000 + "x?", CHOICE),
        ("| " + " " * 32000 + "x" * 31 + " | D |", CHOICE),
        ("| Answer |" + " " * 32000 + "x?", CHOICE),
        (":" + " " * 32000 + "x?", CHOICE),
        ("：" + " " * 32000 + "x?", CHOICE),
        ("{" + " " * 32000 + "x?", CHOICE),
        ("{" + " " * 32000 + "x?", OPEN),
        ("No pneumothorax. " * 2350, CLOSED),
    ],
)
def test_hostile_shape_is_read_in_linear_time(text: str, sample: Sample) -> None:
    start = time.process_time()
    extract(text, sample)
    assert time.process_time() - start < 3.0  # each took 2.7 to 43 s before


def test_long_abbreviated_answer_is_graded_in_linear_time() -> None:
    start = time.process_time()
    grade = grade_open("keine MRT, " * 1800, "MRI", "What modality?")
    assert time.process_time() - start < 3.0  # 18.6 s before
    assert not grade.matched
