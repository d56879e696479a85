"""Session 52 lane speed52 (issue #12): the substring gates before ``said_qualifiers`` / ``said_kind`` and the
bracket test's early exit must read exactly as the full readers do."""

from __future__ import annotations

import pytest

from medstep.verify import qualified, subtypes
from medstep.verify.scope_passes import bracketed
from medstep.verify.substring_gate import SubstringGate


def test_gate_empty_and_substring():
    assert not SubstringGate(lambda: ()).may_hold("anything")
    gate = SubstringGate(lambda: ("old", "acute"))
    assert gate.may_hold("the bold line")  # (inside a longer word: may hold, the reader decides)
    assert gate.may_hold("subacute")
    assert not gate.may_hold("the lungs are clear")
    assert not gate.may_hold("")


def _ungated(fn, monkeypatch, module, *args):
    monkeypatch.setattr(module, "_GATE", SubstringGate(lambda: ("",)))  # (no words: every window skipped)
    skipped = fn(*args)
    monkeypatch.undo()
    return skipped


QUALIFIED = [
    ("no acute fracture of the rib.", "fracture", True, {"acute"}),
    ("non occlusive thrombus in the vein.", "thrombus", False, {"nonocclusive", "vein"}),
    ("long standing effusion.", "effusion", False, {"longstanding"}),
    ("no small or large bowel obstruction.", "obstruction", True, {"smallbowel", "largebowel"}),
    ("a bold fracture.", "fracture", False, set()),  # ("old" inside "bold": gated in, read as none)
    ("the lungs are clear without effusion.", "effusion", True, set()),
]


@pytest.mark.parametrize("low,word,denied,expected", QUALIFIED)
def test_said_qualifiers_gated_reads_as_before(low, word, denied, expected, monkeypatch):
    start = low.index(word)
    got = qualified.said_qualifiers(low, start, start + len(word), denied)
    assert got == frozenset(expected)
    if expected:  # the gate must let these through: an empty gate would have lost them
        assert _ungated(qualified.said_qualifiers, monkeypatch, qualified, low, start, start + len(word),
                        denied) == frozenset()


def test_gate_words_hold_the_joined_pieces():
    words = qualified._gate_words()
    assert {"occlusive", "standing", "bowel", "small", "large"} <= words
    assert qualified._WORDS <= words


KINDS = [
    ("a large saddle pulmonary embolus.", "pulmonary embolus", {"large", "saddle"}),
    ("fracture of the shaft, oblique.", "fracture", {"oblique"}),
    ("a clear lung without effusion.", "effusion", set()),
]


@pytest.mark.parametrize("low,word,expected", KINDS)
def test_said_kind_gated_reads_as_before(low, word, expected, monkeypatch):
    start = low.index(word)
    assert subtypes.said_kind(low, start, start + len(word)) == frozenset(expected)
    if expected:
        assert _ungated(subtypes.said_kind, monkeypatch, subtypes, low, start, start + len(word)) == frozenset()


@pytest.mark.parametrize("low,pos,trigger,expected", [
    ("the heart is big (no change) and", 19, "no", True),  # inside an open bracket
    ("the heart is big (no change) and the left", 33, "no", False),  # after it closed
    ("no effusion or pneumothorax", 0, "no", False),  # no bracket at all: the early exit
    ("(occult nor overt)", 8, "nor", False),  # "nor": the list's reach
    ("a) no effusion", 3, "no", False),  # a closing bracket without an open one
])
def test_bracketed(low, pos, trigger, expected):
    assert bracketed(low, pos, trigger) is expected
