"""Issue #7 (lane xfast42): ``refusal.is_refusal`` tests a rule's second literals (``refusal._ALSO``) before its
regex; the verdict must be the one the regexes alone give.

Each rule with second literals is checked as an implication (a text its pattern matches holds one of the words) on
random texts built from the patterns' own words, near misses ("can" inside "scan", "harder", "unanswerable") and
case, then ``is_refusal`` against itself with the second literals switched off over every corpus text and the corpus
texts with a refusal phrase spliced in.
"""

from __future__ import annotations

import random

import pytest

from medstep.extract import refusal
from support.corpus import CORPUS

_PIECES = (
    "i",
    "we",
    "I",
    "We",
    "cannot",
    "can't",
    "can",
    "not",
    "could",
    "couldn't",
    "won't",
    "will",
    "am",
    "are",
    "'m",
    "'re",
    "unable",
    "able",
    "going",
    "to",
    "assist",
    "answer",
    "Answer",
    "unanswerable",
    "difficult",
    "hard",
    "harder",
    "impossible",
    "choose",
    "decide",
    "between",
    "say",
    "tell",
    "assess",
    "determine",
    "determined",
    "be",
    "reliably",
    "for",
    "me",
    "pick",
    "scan",
    "canal",
    "the",
    "options",
    "may",
    "really",
    "it",
    ".",
    ",",
    "\n",
    "  ",
)

_SPLICED = (
    "I cannot answer this.",
    "We can't assist with that.",
    "It is hard to choose between B and C.",
    "It can be difficult to distinguish between them.",
    "Difficult to say.",
    "This cannot be reliably determined.",
    "I'm not going to assist.",
    "we are not able to assist here",
    "It is impossible for me to determine it.",
    "I answer B.",
    "It is hard to assist.",
    "This is easy to tell.",
    "The canal could not be assessed.",
)


@pytest.mark.parametrize("gate", sorted(refusal._ALSO))
def test_every_match_holds_a_second_literal(gate: str) -> None:
    pattern = dict(refusal._RULES)[gate]
    assert pattern is not None
    also = refusal._ALSO[gate]
    rng = random.Random(gate)
    for _ in range(4000):
        low = " ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12))).lower()
        if pattern.search(low) is not None:
            assert any(word in low for word in also), (gate, low)


def _reference(text: str) -> bool:
    """``is_refusal`` read with the regexes alone (no second literals), afresh."""
    saved = refusal._ALSO
    refusal._ALSO = {}
    try:
        return refusal.is_refusal.__wrapped__(text)
    finally:
        refusal._ALSO = saved


def test_is_refusal_unchanged_on_the_corpus_and_spliced_texts() -> None:
    rng = random.Random(42)
    texts = [it.text for it in CORPUS]
    texts += [f"{t[: (cut := rng.randint(0, len(t)))]} {rng.choice(_SPLICED)} {t[cut:]}" for t in texts[:3000]]
    assert sum(refusal.is_refusal.__wrapped__(t) for t in texts) > 100  # (the refusals are exercised too)
    for text in texts:
        assert refusal.is_refusal.__wrapped__(text) == _reference(text), text[:200]


def test_linear_on_a_long_hostile_text() -> None:
    hostile = "i cannot " * 1500 + "hard to " * 1000
    assert refusal.is_refusal.__wrapped__(hostile) == _reference(hostile)


# Issue #12 (lane xspeed45): the ASCII gates are looked for only where a piece they share is (``_SHARED_PIECES``).
def test_every_grouped_gate_holds_its_piece() -> None:
    grouped = [rule for _, rules in refusal._ASCII_GROUPS for rule in rules]
    assert sorted(grouped, key=repr) == sorted(refusal._ASCII_RULES, key=repr)  # each rule once
    for piece, rules in refusal._ASCII_GROUPS:
        assert all(piece in gate for gate, _ in rules), piece


def _ungrouped(text: str) -> bool:
    """``is_refusal`` with every gate looked for, one by one, afresh."""
    saved = refusal._ASCII_GROUPS
    refusal._ASCII_GROUPS = (("", refusal._ASCII_RULES),)
    try:
        return refusal.is_refusal.__wrapped__(text)
    finally:
        refusal._ASCII_GROUPS = saved


def test_grouped_gates_give_the_verdicts_of_all_gates() -> None:
    rng = random.Random(12)
    texts = [it.text for it in CORPUS]
    texts += [f"{t[: (cut := rng.randint(0, len(t)))]} {rng.choice(_SPLICED)} {t[cut:]}" for t in texts[:3000]]
    texts += [" ".join(rng.choice(_PIECES + ("position", "think", "should", "an", "ai", "as", "unable", "to", "n't"))
                       for _ in range(rng.randint(1, 14))) for _ in range(4000)]
    assert sum(map(_ungrouped, texts)) > 100
    for text in texts:
        assert refusal.is_refusal.__wrapped__(text) == _ungrouped(text), text[:200]
