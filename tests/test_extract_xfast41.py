"""Lane xfast41 (issue #7): ``find_mentions`` asks its remembered reading with its arguments written one way (``hi``
at the text's end, a ``low`` equal to ``text.lower()``: both as left out), so the decision reader's ranges and the
whole-text calls share it; every way of asking still reads what a fresh reading reads, also where lower-casing
changes the text's length ("İ") and the caller passes the text itself as ``low`` (``extract/decision.py``)."""

from __future__ import annotations

import random

from medstep.extract.mentions import find_mentions, option_index

_OPTION_SETS = (
    {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Normal"},
    {"A": "Left kidney", "B": "Right kidney", "C": "Both kidneys"},
    {"A": "Yes", "B": "No"},
)
_WORDS = (
    "Answer:",
    "answer",
    "option c",
    "B",
    "(C)",
    "A",
    "D.",
    "pleural effusion",
    "Pneumothorax",
    "cardiomegaly",
    "is",
    "the",
    "not",
    "or",
    "and",
    "İ",
    "ſ",
    "most likely",
    "\n\n",
    ".",
    ",",
    "left kidney",
    "right",
    "No",
    "yes",
    "both kidneys",
)


def test_every_way_of_asking_reads_as_a_fresh_reading() -> None:
    fresh = find_mentions.__wrapped__  # type: ignore[attr-defined]
    rng = random.Random(41)
    texts = [" ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 40))) for _ in range(80)]
    for _ in range(3000):
        text, idx = rng.choice(texts), option_index(rng.choice(_OPTION_SETS))
        lo = rng.randint(0, len(text))
        hi = rng.choice((rng.randint(lo, len(text)), len(text), None))
        low = rng.choice((None, text.lower(), text))  # (``text`` itself: what the decision reader passes when
        # lower-casing changed the length)
        want = fresh(text, idx, lo, hi, low)
        assert find_mentions(text, idx, lo, hi, low) == want
        if hi is None or hi == len(text):
            assert find_mentions(text, idx, lo, None, low) == find_mentions(text, idx, lo, len(text), low) == want


def test_the_case_blind_option_pattern_compiled_on_first_use_reads_as_compiled_at_once() -> None:
    """The ``re.I`` form of each option pattern is compiled on first use (read only where lower-casing changes a text's
    length): it finds what the same pattern compiled when the index is built finds."""
    import re

    idx = option_index({"A": "Pleural effusion", "B": "İliac fracture", "C": "Crohn's disease"})
    text = "İ think PLEURAL effusion, not an İliac fracture; crohn disease is unlikely."
    for _, pattern, case_blind, _ in idx.text_res:
        eager = re.compile(pattern.pattern, re.I)
        assert [m.span() for m in case_blind.finditer(text)] == [m.span() for m in eager.finditer(text)]
    fresh = find_mentions.__wrapped__  # type: ignore[attr-defined]
    assert [m.letter for m in find_mentions(text, idx)] == [m.letter for m in fresh(text, idx)]
