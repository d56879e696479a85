"""Session 59 (issue #12): faster reads of hostile inputs that must read exactly as before.

``lastmention.TAIL_TURN`` no longer rescans a run of line breaks from each of them; ``answers.text``'s negation cues are
looked up by their first token; ``open_forms._spelled`` is memoised. Each is pinned here against the reading it
replaced (speed itself is measured in ``benchmarks/bench_hostile_speed.py``, not in a timed test)."""

from __future__ import annotations

import random
import re

from medstep.answers import hedges
from medstep.answers.text import polar_tokens
from medstep.extract.lastmention import TAIL_TURN
from medstep.score.open_forms import forms

# the pattern before session 59, the reference the new one must agree with on whether a text holds a turn
_OLD_TAIL_TURN = re.compile(r"(?i)(?:\A|[.!?;。！？；\n])[\s*_\"'“(]*" + hedges.words(hedges.TURN)
                            + "|" + hedges.words(hedges.TURN) + r"[\s*_\"'”)]*(?:[.!?;。！？；\n]|\Z)|但")

_ATOMS = ["\n", " ", "\t", ".", ";", "!", "*", "_", '"', "'", "“", "”", "(", ")", "However", "but", "though",
          "even though", "even\nthough", "that said", "word", ",", "。", "\r", "\u00a0", "albeit", "butter", "但"]


def test_tail_turn_agrees_with_the_old_pattern_on_random_texts():
    rng = random.Random(59)
    for _ in range(20000):
        text = "".join(rng.choice(_ATOMS) for _ in range(rng.randint(0, 12)))
        assert (TAIL_TURN.search(text) is not None) == (_OLD_TAIL_TURN.search(text) is not None), repr(text)


def test_tail_turn_readings():
    turns = ["\n\nHowever, the film is rotated.", ". But it may be early.", "\n \n  *But* wait", "**However**",
             "Only C fits, though.", "x.\n\n\n\n(however it", "但是"]
    plain = ["\n" * 5000, "Nothing more to add.", "The butter knife.", "\n\n\n\nThe end.", " " * 3000]
    for text in turns:
        assert TAIL_TURN.search(text) is not None, text
    for text in plain:
        assert TAIL_TURN.search(text) is None, text[:20]


def test_negation_cues_by_first_token():
    assert polar_tokens("not pneumonia") == ["not", "¬pneumonia"]
    assert polar_tokens("pneumonia ruled out") == ["¬pneumonia", "ruled", "out"]
    assert polar_tokens("pneumothorax is not seen") == ["¬pneumothorax", "is", "not", "seen"]
    assert polar_tokens("no evidence of acute fracture") == ["no", "¬evidence", "¬of", "¬acute", "¬fracture"]
    assert polar_tokens("non displaced fracture") == ["non", "¬displaced", "fracture"]
    assert polar_tokens("a " * 50) == ["a"] * 50


def test_spelled_forms():
    assert forms(["haemorrhage", "oedema", "tumour", "grey", "centre", "first", "organised"]) == [
        "hemorrhage", "edema", "tumor", "gray", "center", "1", "organized"]


def test_joined_advice_matches_as_before():
    from medstep.extract.advice import _JOINED, set_apart

    old = re.compile(r"\s*(?:[—–;]|\s-)\s*(?=[A-Za-z])|,\s+(?:and\s+|which\s+)?(?=(?:this|that|it|these)\s+"
                     r"(?:would|will|should|needs?|requires?|warrants?|merits?)\b)")
    rng = random.Random(59)
    atoms = [" ", "  ", "\n", "-", "—", "–", ";", ",", "and", "which", "this", "would", "x", "warrants", "it", "."]
    for _ in range(20000):
        text = "".join(rng.choice(atoms) + rng.choice(["", " "]) for _ in range(rng.randint(0, 10)))
        assert [m.span() for m in _JOINED.finditer(text)] == [m.span() for m in old.finditer(text)], repr(text)
    assert set_apart("These features indicate torsion — emergent evaluation is recommended.") == (
        "These features indicate torsion. Emergent evaluation is recommended.")
    assert set_apart("," + " " * 2000 + "x?") == "," + " " * 2000 + "x?"
