"""Session 53 lane speed53 (issue #12): the word gates before ``prior_state``'s earlier-time and dated-study patterns
and the scanner's early exit from ``_recover`` inside a word must read exactly as the full readers do."""

from __future__ import annotations

import re

import pytest

from medstep.answers import hedges
from medstep.verify import prior_state
from medstep.verify import scan
from medstep.verify.lexicon import K_BREAK
from medstep.verify.scan import Scanner
from medstep.verify.verifier import default_verifier

EARLIER_TEXTS = [
    ("four weeks ago the heart size was normal", True),
    ("2-3 days ago", True),
    ("on the previous film there was no effusion", True),
    ("on the old radiograph", True),
    ("previously, the nodule measured 6 mm", True),
    ("the effusion seen yesterday", True),
    ("unchanged since the outside study", True),
    ("before the procedure the tube lay higher", True),
    ("the lungs are clear", False),
    ("a bold agonal threshold", False),  # ("old", "ago" inside longer words: gated in, the pattern says no)
    ("the radiograph from this morning", False),  # (a time that may be this study's: not in the pattern)
]


@pytest.mark.parametrize("low,expected", EARLIER_TEXTS)
def test_names_earlier_reads_as_the_pattern(low, expected):
    assert prior_state._names_earlier(low) is expected
    assert (prior_state._EARLIER.search(low) is not None) is expected


DATED_TEXTS = [
    ("in 2019 the kidney measured 9 cm", True),
    ("on the ct of 3 march", True),
    ("on the ct of \u0663 march", True),  # (a day in another script's digits: the month's name lets it through)
    ("on the comparison study", True),
    ("at that time the heart was normal", True),
    ("the nodule measures 12 mm", False),
    ("in 1850", False),
]


@pytest.mark.parametrize("low,expected", DATED_TEXTS)
def test_dated_reads_as_the_pattern(low, expected):
    assert prior_state._dated(low) is expected
    assert (prior_state._DATED.search(low) is not None) is expected


def test_gate_words_cover_every_phrase():
    """Each of the pattern's phrases (and "N units ago") is let through by the gate: no match is ever skipped."""
    phrases = [w for w in hedges.EARLIER_TIME if w not in prior_state._MAYBE_THIS_STUDY]
    phrases += [f"on the {w} film" for w in (*hedges.EARLIER_WORDS, "old", "initial")]
    phrases += ["previously", "before", "three years ago", "6 hours ago"]
    for p in phrases:
        assert prior_state._EARLIER.search(p) is not None, p
        assert prior_state._EARLIER_GATE.may_hold(p), p
    for p in ("in 2019", "of 3 march", "comparison film", "at that time", "in sept 2020"):
        assert prior_state._DATED_GATE.may_hold(p), p


def test_past_readings_unchanged():
    assert prior_state.past_spans("Four weeks ago the heart size was normal, so it has grown quickly") == ((0, 40),)
    assert prior_state.past_spans("The heart is enlarged. No effusion.") == ()
    assert prior_state.earlier_sentence("Previously, the nodule measured 6 mm.")
    assert prior_state.earlier_sentence("On the comparison study the kidney was 9 cm long.")
    assert not prior_state.earlier_sentence("The nodule measures 6 mm.")


def _base_recover(self, padded, first, last, failed, solid):  # type: ignore[no-untyped-def]
    """``Scanner._recover`` as it was before the early exit (session 52's base), the oracle of the scan."""
    if solid[0] < first and last <= solid[1]:
        return [], None
    word = scan._WORD_CHARS
    hit_end = last
    while padded[last] in word or (padded[last] > "\x7f" and padded[last].isalnum()):
        last += 1
    if all(c in word for c in padded[hit_end:last]):
        solid[0] = first if all(c in word for c in padded[first:hit_end]) else hit_end
        solid[1] = last
    found = []
    for end, value in self._auto_iter(padded[first:last + self._max_len]):
        end += first
        start = end - value[2] + 1
        if start > last or value is failed or value[0] >= K_BREAK:
            continue
        if padded[start - 1] in word or padded[end + 1] in word:
            continue
        found.append((start, end, value))
    found.sort(key=lambda x: (x[0], x[0] - x[1]))
    out, reach = [], -1
    for start, end, value in found:
        if start > reach:
            out.append((start - 1, end, value[0], value[1], value[3]))
            reach = end
    return out, (reach + 1 if out else None)


def _plain_events(scanner: Scanner, low: str) -> list:
    """The scan with the base's ``_recover``: every rejected match walks its window."""
    scanner._recover = _base_recover.__get__(scanner)  # type: ignore[method-assign]
    try:
        return scanner.events_lower(low)
    finally:
        del scanner._recover


SCANNED = [
    "compared with the prior study, the postoperative changes are stable.",
    "no pneumothorax. the endotracheal tube terminates 4 cm above the carina.",
    "within normal limits; nonspecific subsegmental atelectasis at the left base.",
    "midlung nodule and lung nodules; there is nodal enlargement.",
    "dorsodorsodorso effusion",
    "the ctr is 0.6, the mpa is prominent (mpa 32mm)",
]


@pytest.mark.parametrize("text", SCANNED)
def test_recover_early_exit_reads_as_the_full_scan(text):
    scanner = default_verifier().extractor.scanner
    low = text.lower()
    assert scanner.events_lower(low) == _plain_events(scanner, low)


def test_recover_inside_word_finds_nothing():
    scanner = default_verifier().extractor.scanner
    padded = " compared "
    first = padded.index("mpa")
    solid = [0, -1]
    assert scanner._recover(padded, first, first + 3, (), solid) == ([], None)
    assert solid == [first, padded.index(" ", first)]
    assert re.fullmatch(r"[a-z]+", padded[solid[0]:solid[1]])
