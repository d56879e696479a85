"""Session 57 lane speed57 (issues #12, #7): hostile inputs read in linear time, every reading as before.

Budgets are about ten times the time after the fix (never under 1 s); the readings are pinned exactly, with the near
misses the faster code must keep: an ellipsis with two candidate structures, a structure named only after the
ellipsis, a "known as" that recalls nothing, a kept match running across a later start.
"""

from __future__ import annotations

import random
import re
import time

from medstep.extract import affirmed_option, rescan, side_ellipsis
from medstep.extract.lastmention import _END, sentence_span
from medstep.extract.mentions import STRONG, Mention, option_index
from medstep.lazyre import lazy_compile

OPTIONS = {"A": "Left pleural effusion", "B": "Right pneumothorax", "C": "Cardiomegaly", "D": "Pulmonary embolism"}
QUESTION = "What is the most likely finding?"


def _seconds(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


# --- side_ellipsis.expand: each ellipsis read every side word before it again (2.26 s -> 0.11 s, a closed question)


def test_side_ellipsis_long_sentence_is_linear() -> None:
    text = "the right lung shows a small pneumothorax and the left base an effusion and " * 400
    assert _seconds(lambda: side_ellipsis.expand(text)) < 1.0


def test_side_ellipsis_many_ellipses_is_linear() -> None:
    text = "The right kidney shows hydronephrosis; the left is normal. " * 500
    out = side_ellipsis.expand(text)
    assert out.count("the left kidney is normal") == 500
    assert _seconds(lambda: side_ellipsis.expand(text)) < 2.0


def test_side_ellipsis_readings_kept() -> None:
    assert side_ellipsis.expand("Blunting of the right costophrenic angle; the left angle is sharp.") == \
        "Blunting of the right costophrenic angle; the left costophrenic angle is sharp."
    assert side_ellipsis.expand("The right kidney shows hydronephrosis; the left is normal.") == \
        "The right kidney shows hydronephrosis; the left kidney is normal."
    # two candidates: the ellipsis stays
    two = "The right kidney and the right ureter are dilated; the left is normal."
    assert side_ellipsis.expand(two) == two
    # a structure named only after the ellipsis names nothing for it
    late = "The left is normal. The right kidney shows hydronephrosis."
    assert side_ellipsis.expand(late) == late
    # a structure named in full after its side is left as written
    full = "The right kidney shows hydronephrosis; the left kidney is normal."
    assert side_ellipsis.expand(full) == full


# --- lastmention.sentence_span: the next stop found by bisect in a long text (was a search to the end per reference)


def test_sentence_span_matches_search_on_long_texts() -> None:
    rng = random.Random(57)
    pieces = ["pneumothorax", " ", ". ", ".", "!", "? ", ";\n", "\n", "。", "x.y", "1.5", " C.", "C", "；"]
    for _ in range(40):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(300, 900)))
        for _ in range(30):
            a = rng.randrange(1, len(text))
            b = min(len(text), a + rng.randrange(1, 4))
            m = Mention(a, b, "C", True, STRONG)
            start = max(0, a - 400)
            for found in _END.finditer(text, start, a):
                start = found.end()
            end = _END.search(text, b - 1 if text[b - 1:b] == "." else b)
            assert sentence_span(text, m) == (start, end.end() if end is not None else len(text))


def test_sentence_span_no_stops_is_linear() -> None:
    text = "Cardiomegaly and right pneumothorax, " * 2000
    mentions = [Mention(i, i + 12, "C", True, STRONG) for i in range(0, len(text) - 20, 37)]
    assert sentence_span(text, mentions[20]) == (mentions[20].start - 400, len(text))
    assert _seconds(lambda: [sentence_span(text, m) for m in mentions]) < 1.0


# --- affirmed_option.references: rescans per reference (7.35 s -> 1.30 s at 1,000 references in one sentence)


def test_references_many_in_one_sentence() -> None:
    idx = option_index(OPTIONS)
    text = "Cardiomegaly and right pneumothorax, " * 1000 + "so cardiomegaly."
    refs: list = []
    assert _seconds(lambda: refs.extend(affirmed_option.references(text, idx, OPTIONS, QUESTION, 0))) < 13.0
    assert len(refs) == 1002  # (as before: the run "right pneumothorax, ... right pneumothorax" is one)
    assert affirmed_option.read_affirmed_option(text, idx, OPTIONS, QUESTION) is None


def test_references_many_lines() -> None:
    idx = option_index(OPTIONS)
    text = "\n".join(["Cardiomegaly."] * 2000)
    refs: list = []
    assert _seconds(lambda: refs.extend(affirmed_option.references(text, idx, OPTIONS, QUESTION, 0))) < 9.0
    assert len(refs) == 2000 and {r.said for r in refs} == {affirmed_option.Said.AFFIRMED}
    assert affirmed_option.read_affirmed_option(text, idx, OPTIONS, QUESTION) == "C"


def test_recalled_and_known_as_kept() -> None:
    """The recalled past is read in a sentence over the direct-scan length (``rescan._DIRECT``), "known as" and a
    history "as" recall nothing, a recall after the reference counts (its whole sentence)."""
    idx = option_index(OPTIONS)
    filler = " with a long run of words and nothing else" * 40
    aside, affirmed = affirmed_option.Said.ASIDE, affirmed_option.Said.AFFIRMED
    for text, said in (("His father had cardiomegaly" + filler + ".", [aside]),
                       ("The heart is enlarged, a finding known as cardiomegaly" + filler + ".", [affirmed, affirmed]),
                       ("Cardiomegaly, with a history as" + filler + ".", [affirmed]),
                       ("Cardiomegaly" + filler + ", no prior history.", [aside])):
        assert [r.said for r in affirmed_option.references(text, idx, OPTIONS, QUESTION, 0)] == said


# --- rescan: the kept scan answers as a fresh scan does


_WORDS = lazy_compile(r"(?i)\b(?:history|prior|known|old|left|left lung)\b")
_OVERLAPPING = re.compile(r"aba|ab")


def test_found_between_equals_direct_scan() -> None:
    rng = random.Random(7)
    words = ["history", "prior", "known", "as", "old", "left", "lung", "cleft", "x", "aba", "ab", "b", " ", ",", "."]
    good = rescan.not_followed_by(" as")
    for _ in range(60):
        text = " ".join(rng.choice(words) for _ in range(rng.randrange(200, 700)))
        end = len(text) - rng.randrange(0, 20)
        starts = sorted(rng.randrange(0, max(1, end - 1)) for _ in range(25))
        for pattern in (_WORDS, _OVERLAPPING):
            for start in starts:
                for g in (None, good):
                    direct = any(g is None or g(f) for f in pattern.finditer(text, start, end))
                    assert rescan.found_between(pattern, text, start, end, g) is direct


def test_overlaps_and_starts() -> None:
    rng = random.Random(3)
    for _ in range(200):
        spans = [(a, a + rng.randrange(0, 9)) for a in (rng.randrange(0, 100) for _ in range(rng.randrange(0, 12)))]
        over = rescan.Overlaps(spans)
        for _ in range(20):
            s = rng.randrange(0, 110)
            e = s + rng.randrange(0, 9)
            assert over.any(s, e) is any(a < e and s < b for a, b in spans)
        starts = sorted(a for a, _ in spans)
        at = rng.randrange(0, 110)
        assert rescan.next_start(starts, at, 105) == min([s for s in starts if s >= at] + [105])
        i = rescan.index_of(starts, at)
        assert i == (starts.index(at) if at in starts else None)
    mentions = [Mention(5, 6, "A", False, STRONG), Mention(9, 12, "B", True, STRONG)]
    assert rescan.starts_of(mentions) == [5, 9] and rescan.starts_of(mentions) is rescan.starts_of(mentions)
    assert rescan.starts_of(mentions[:1]) == [5]
