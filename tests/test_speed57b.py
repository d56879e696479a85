"""Linear time on hostile reports, readings unchanged (issue #12, lane speed57b): ``aligned_grades.graded_nouns`` finds
its clause stops once per text (``stop_index.StopIndex``), ``descriptors.read_descriptors`` and
``device_changes.kept_changes`` look up each sentence's findings by bisect (``stop_index.Within``), and
``qualified.named_qualifiers`` is memoised. Budgets are generous (about 10x the fixed time, never under 1 s); the
verdicts are exact, and the index answers are checked against the scans they replace."""

from __future__ import annotations

import random
import time

from medstep.verify import verify
from medstep.verify.aligned_grades import _STOP, _STOP_REACH, graded_nouns
from medstep.verify.qualified import named_qualifiers
from medstep.verify.stop_index import StopIndex, Within

from test_verify_aligned_memo28 import _scanner
from medstep.verify.aligned_words import _not_thing

_OPTIONS = {"A": "Left pleural effusion", "B": "Right pneumothorax", "C": "Cardiomegaly", "D": "Normal study"}
_QUESTION = "What is the most likely finding?"
_CHAIN = "There is a right pneumothorax. The answer is B."
_GRADED = "mild narrowing of the joint space with marked thickening of the right pleura and moderate effusion, "


def _timed_verdicts(report: str) -> tuple[float, list[str]]:
    start = time.process_time()
    result = verify(_CHAIN, report=report, options=_OPTIONS, chosen="B", question=_QUESTION)
    return time.process_time() - start, [s["verdict"] for s in result.to_json()["steps"]]


def test_stop_index_answers_as_the_scans_it_replaces() -> None:
    pieces = ["and", "band", "andy", "with", "without", "whereas", " ", ".", ". ", ",", ";", ":", "x", "but",
              "while", "-", "\n", "whe"]
    rng = random.Random(57)
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        index = StopIndex(_STOP, text, _STOP_REACH)
        for at in range(len(text) + 1):
            assert index.last_end_before(at) == max([m.end() for m in _STOP.finditer(text, 0, at)], default=0)
            found = _STOP.search(text, at)
            assert index.first_from(at) == (found.start() if found else None)


def test_stop_index_near_misses_at_the_end() -> None:
    # a word cut by the end is a stop under ``finditer(..., end)`` ("and" of "andy", the "y" past the end) though the
    # whole text has none there; a period right before the end is none (its lookahead sees no space)
    text = "x andy. y"
    index = StopIndex(_STOP, text, _STOP_REACH)
    assert index.last_end_before(5) == 5 == max(m.end() for m in _STOP.finditer(text, 0, 5))
    assert index.last_end_before(7) == 0
    assert index.last_end_before(8) == 7
    assert index.first_from(3) == 6
    # a search starting inside a kept match finds what starts after (here the text's one other stop)
    text = "a, b; c"
    index = StopIndex(_STOP, text, _STOP_REACH)
    assert [index.first_from(at) for at in range(len(text) + 1)] == [1, 1, 4, 4, 4, None, None, None]


def test_within_keeps_the_list_order() -> None:
    positions = [40, 3, 17, 3, 25, 90, 17]
    within = Within(positions)
    assert within.indices(3, 18) == [1, 2, 3, 6]
    assert within.indices(18, 40) == [4]
    assert within.indices(91, 99) == []
    rng = random.Random(58)
    for _ in range(200):
        spots = [rng.randint(0, 20) for _ in range(rng.randint(0, 12))]
        index = Within(spots)
        for a in range(-1, 22):
            for b in range(a, 23):
                assert index.indices(a, b) == [i for i, x in enumerate(spots) if a <= x < b]


def test_graded_nouns_of_one_long_sentence_read_each_clause_as_alone() -> None:
    scanner = _scanner()
    not_thing = _not_thing(scanner.attr_words)
    one = graded_nouns.__wrapped__(scanner, _GRADED, not_thing)
    assert [(noun, grade, sides, near) for noun, grade, _a, _b, sides, near in one] == [
        ("narrow", "mild", frozenset(), frozenset({"spac", "joint"})),
        ("thicken", "severe", frozenset({"right"}), frozenset({"pleura"})),
        ("effusion", "moderate", frozenset(), frozenset())]
    text = _GRADED * 300
    start = time.process_time()
    many = graded_nouns.__wrapped__(scanner, text, not_thing)
    assert time.process_time() - start < 2.0
    step = len(_GRADED)
    assert many == [(n, g, a + k * step, b + k * step, s, near) for k in range(300) for n, g, a, b, s, near in one]


def test_graded_nouns_without_any_stop() -> None:
    # no stop at all: every clause runs to the text's end (the search from each grade word found nothing, each time)
    scanner = _scanner()
    not_thing = _not_thing(scanner.attr_words)
    text = "mild narrowing marked thickening " * 900
    start = time.process_time()
    got = graded_nouns.__wrapped__(scanner, text, not_thing)
    assert time.process_time() - start < 3.0
    assert [(n, g) for n, g, *_rest in got[:2]] == [("narrow", "mild"), ("thicken", "severe")]
    assert len(got) == 1800 and all(b - a == len("mild narrowing") or g == "severe" for _n, g, a, b, _s, _p in got)


def test_hostile_reports_read_in_linear_time_with_the_same_verdicts() -> None:
    verify("x", report="y")  # (the lexicon built outside the budgets)
    table = "| # | finding | present |\n|---|---|---|\n" + "".join(
        f"| {i} | right pneumothorax | {'yes' if i % 2 else 'no'} |\n" for i in range(880))
    said, unsaid = ["supported", "neutral"], ["unverifiable", "neutral"]  # (the graded report names no pneumothorax)
    for report, budget, verdicts in (
            ("the right lung shows a small pneumothorax and the left base an effusion and " * 390, 4.0, said),
            ("- pneumothorax\n" * 2000, 4.0, said), (table, 4.0, said),
            ("右侧气胸左侧胸腔积液心脏增大" * 2142, 6.0, said), (_GRADED * 300, 4.0, unsaid)):
        seconds, got = _timed_verdicts(report)
        assert seconds < budget, (report[:30], seconds)
        assert got == verdicts, report[:30]


def test_named_qualifiers_memoised_and_unchanged() -> None:
    assert named_qualifiers("acute fracture", None) == frozenset({"acute"})
    assert named_qualifiers("acute fracture", None) is named_qualifiers("acute fracture", None)
    assert named_qualifiers("volvulus", "caecum") == named_qualifiers.__wrapped__("volvulus", "caecum")
    assert named_qualifiers("pneumothorax", None) == frozenset()
