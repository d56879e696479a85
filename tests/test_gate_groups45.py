"""Issue #12 (lane xspeed45): literal gates looked for under a piece several of them share must answer as every gate
looked for one by one (``anchors.grouped_by_first_word`` / ``holds_any``; ``refusal._ASCII_GROUPS`` is checked in
``tests/test_refusal_gates.py``)."""

from __future__ import annotations

import random

import pytest

from medstep.extract import anchors, earlier_view, revision
from support.corpus import CORPUS

_TABLES = {
    "earlier_view": (earlier_view._GATES, earlier_view._GATE_GROUPS),
    "revision": (revision._CUE_WORDS, revision._CUE_GROUPS),
}


@pytest.mark.parametrize("name", sorted(_TABLES))
def test_groups_hold_every_gate_once_each_under_a_piece_it_holds(name: str) -> None:
    gates, groups = _TABLES[name]
    assert sorted(g for _, group in groups for g in group) == sorted(gates)
    assert all(piece in gate for piece, group in groups for gate in group)
    assert any(piece for piece, _ in groups)  # (a shared first word is looked for once)


@pytest.mark.parametrize("name", sorted(_TABLES))
def test_holds_any_answers_as_every_gate(name: str) -> None:
    gates, groups = _TABLES[name]
    rng = random.Random(name)
    words = [w for g in gates for w in g.split()] + ["was", "the", "on", "second", "closer", "further", " ", ".", "x"]
    texts = [it.text.lower() for it in CORPUS]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(0, 10))) for _ in range(5000)]
    assert any(any(g in t for g in gates) for t in texts)
    for t in texts:
        assert anchors.holds_any(t, groups) == any(g in t for g in gates), t[:200]


def test_grouping_keeps_lone_and_odd_gates_under_the_empty_piece() -> None:
    groups = anchors.grouped_by_first_word(("a b", "a c", "b", " lead", "a", "x y"))
    assert dict(groups) == {"a ": ("a b", "a c"), "": ("b", " lead", "a", "x y")}
