"""Linear readings of the super-linear shapes left after session 35 (issues #7, #12, lane slow36): each rewrite reads
every text as before (the old pattern kept here as the oracle, on random texts of the tokens it turns on), the
benchmark's degenerate shapes grow linearly (``support.timing``), and a normal reply reads as it did.

* ``head_noun._AFTER``: "pneumothorax" + blanks + "x" to a closed question (``\\s*`` then ``\\s+`` split the run);
* ``mentions.SCORE_IN`` (``decision_clauses``): "Right pneumothorax" + blanks + "— small." and "(" * n + "C" + ")" * n
  to a choice question (a score search started at each blank or bracket of a run);
* ``asides._SENTENCE_END``: the same blank run (a turn's blanks tried from each blank);
* ``letters._described``: "A) no " * n (a sentence-end search from the line's start for each letter form);
* ``open_phrase._Leftmost``: "**bold** " * n to an open question (the rest of the sentence searched per bold span);
* ``verify.aligned_flips._denied_items``: a clause of 2,000 denied items (every event scanned per item).
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from support.timing import Grown, grows_linearly, reads_linearly, rep

from medstep.extract import asides, extract, head_noun, mentions, open_phrase
from medstep.types import AnswerType, Sample

_BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
if str(_BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(_BENCHMARKS))

from bench_extract_worst import REPLIES, SAMPLES, SHAPES  # noqa: E402  (the benchmark's replies and shapes)

# The patterns as they were (the oracles).
OLD_AFTER = re.compile(head_noun._AFTER.pattern.replace(r"\s*(?:$|[.,;:!)])|\s+(?:", r"\s*(?:$|[.,;:!)]|\s+(?:", 1)
                       + ")")
OLD_SENTENCE_END = re.compile(r"(?i)(?<=[.!?;])\s+|,?\s+(?=(?:but|however)\b)")

TOKENS = [" ", " ", "  ", "\n", "\t", ",", ".", ";", "!", "?", ":", ")", "(", "*", "=", "-", "–", "—", "%", "p", "5",
          "1.5", "12", "x", "of", "of 1", "is", "are", "not", "seen", "measuring", "at 10 o'clock", "but", "however",
          "but.", "B", "é"]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        text = rng.choice(("", " ")).join(rng.choice(TOKENS) for _ in range(rng.randint(0, 14)))
        if rng.random() < 0.5:
            cut = rng.randint(0, len(text))
            text = text[:cut] + rng.choice(" \n(*") * rng.randint(2, 30) + text[cut:]
        out.append(text)
    return out


TEXTS = _texts(36, 3000)


def test_rewritten_patterns_read_as_before() -> None:
    for text in TEXTS:
        for at in range(len(text) + 1):
            assert (head_noun._AFTER.match(text, at) is None) == (OLD_AFTER.match(text, at) is None), (text, at)
        assert asides._SENTENCE_END.split(text) == OLD_SENTENCE_END.split(text), text
        assert (mentions.SCORE_IN.search(text) is None) == (mentions.SCORE.search(text) is None), text


def test_leftmost_is_the_search_from_each_rising_position() -> None:
    rng = random.Random(7)
    pattern = re.compile(r"(?i)\b(?:not|not\s+seen|cleared)\b|n't\b")
    for text in TEXTS[:600]:
        leftmost = open_phrase._Leftmost(pattern, text)
        pos = 0
        while pos <= len(text):
            endpos = rng.choice((len(text), max(pos, len(text) - 3)))
            m = pattern.search(text, pos, endpos)
            assert leftmost.start(pos, endpos) == (m.start() if m is not None else -1), (text, pos, endpos)
            pos += rng.randint(0, 3)


def _shape(kind: str, shape: str) -> Callable[[int], object]:
    sample = SAMPLES[kind]
    return lambda n: extract(SHAPES[shape](REPLIES[kind], n), sample)


def _choice(make: Callable[[int], str]) -> Callable[[int], object]:
    return lambda n: extract(make(n), SAMPLES["choice"])


@pytest.mark.parametrize(("run", "small", "large"), [
    (_shape("closed", "word, blanks, word"), 2_000, 20_000),
    (_shape("choice", "label, blanks, dash"), 2_000, 20_000),
    (_shape("open", "bold wall"), 2_000, 20_000),
    (_choice(lambda n: "A) no " * n), 340, 3_400),
    (_choice(lambda n: "(" * n + "C" + ")" * n), 1_000, 10_000),
], ids=["word-blanks-word", "label-blanks-dash", "bold-wall", "letter-no-wall", "nested-brackets"])
def test_the_shapes_read_in_linear_time(run: Callable[[int], object], small: int, large: int) -> None:
    grows_linearly(run, small, large)


@pytest.mark.parametrize(("read", "grown"), [
    (lambda text: head_noun._AFTER.match(text, 12), rep(" ", 20_000, "pneumothorax", "x")),
    (mentions.SCORE_IN.search, rep(" ", 20_000, "Right pneumothorax", "— small.")),
    (mentions.SCORE_IN.search, rep("(", 20_000, tail="C")),
    (asides._SENTENCE_END.split, rep(" ", 20_000, "Right pneumothorax", "— small.")),
], ids=["after-head", "score-blanks", "score-brackets", "sentence-end"])
def test_the_patterns_alone_read_in_linear_time(read: Callable[[str], object], grown: Grown[str]) -> None:
    reads_linearly(read, grown)


def test_normal_replies_read_as_before() -> None:
    for kind, answer in (("choice", "B"), ("closed", "yes")):
        assert extract(REPLIES[kind], SAMPLES[kind]).answer == answer
    closed = Sample(id="h", question="Is there a pericardial effusion?", answer="yes", answer_type=AnswerType.CLOSED)
    assert extract("A moderate circumferential effusion of 1.4 cm is present.", closed).answer == "yes"
    assert head_noun.reduced("Is there a pericardial effusion?", "A moderate effusion of 1.4 cm is present.") == (
        "Is there an effusion?", "A moderate effusion of 1.4 cm is present.")
    assert head_noun.reduced("Is there a pericardial effusion?", "An effusion in the knee.") is None
    choice = SAMPLES["choice"]
    # (the readings main gave: a letter form described after the answer, a listing, a turn, a score, a bold span)
    for text, want in (
            ("The answer: C. Reasons against the others: (A) no edge, (B) sharp angles, (D) clear lungs.", "C"),
            ("Answer: A. Left pleural effusion. B. Right pneumothorax. C. Cardiomegaly. D. Normal study.", None),
            ("The answer is B, but it could be C.", None),
            ("Right pneumothorax (88%), cardiomegaly (10%).", None),
            ("B. Right pneumothorax, not C; however, effusion is present.", "B")):
        assert extract(text, choice).answer == want, text
    open_sample = SAMPLES["open"]
    for text, want in (
            ("The finding is **right pneumothorax**.", "right pneumothorax"),
            ("**Pneumothorax** has cleared; the lung is re-expanded.", "pneumothorax has cleared lung is re expanded"),
            ("**Pneumothorax** on the right. **Effusion** is not seen.", "pneumothorax on right")):
        assert extract(text, open_sample).answer == want, text


def _denied():
    from medstep.verify import default_verifier
    from medstep.verify.aligned_flips import _denied_items, thing_reader
    from medstep.verify.aligned_words import _not_thing, _things

    scanner = default_verifier().extractor.scanner
    things = thing_reader(_not_thing(scanner.attr_words), _things)
    cold = _denied_items.__wrapped__  # type: ignore[attr-defined]  # (the memo would time a repeat, not a reading)
    return lambda low: cold(scanner, low, things)


@pytest.mark.parametrize("unit", ["no flow in the bowel wall, ", "flow in the bowel wall is absent, "])
def test_many_denied_items_read_in_linear_time(unit: str) -> None:
    reads_linearly(_denied(), rep(unit, 2_000))


def test_denied_items_read_as_before() -> None:
    denied = _denied()
    (words, unsaid), = denied("colour doppler shows no flow in the bowel wall")
    assert {"flow", "bowel", "wall"} <= words and not unsaid
    (words, unsaid), = denied("lung markings are absent lateral to the line")
    assert words == {"lung", "marking"} and not unsaid
    assert denied("colour doppler shows preserved flow in the bowel wall") == ()
    assert denied("the bones are not intact") == ((frozenset({"bones", "intact"}), True),)  # (a normal denied)
    assert denied("no fluid around the lung") == ()  # (a pleural effusion denied: judged as itself)
    items = denied("no flow in the bowel wall, no enhancement of the gallbladder wall")
    assert len(items) == 2
