"""Speed work of session 49 (issue #12, lane speed49): ``aligned_sites`` reads a step's sentence ends, line breaks and
sentence openings and pronouns once per step text (``_stops``) and bisects them, where it scanned the step from its start (or back
from a position) for every clause naming a site. Each bisection answers exactly as the scan it replaces: checked here
against the former code on texts of our own, every position of each."""

from __future__ import annotations

import random
import re

from medstep.verify import aligned_sites
from medstep.verify.aligned_sites import _LABEL, _LOCATIVE, _PRONOUN, _labelled, _pronoun, _sentence_end, _spans, _stops

_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n")
_FULL_STOP = re.compile(r"[.!?](?=\s)|\n")

# pieces of steps of our own: sentence ends with and without a space after, line breaks, labels, pronouns, places
_PIECES = ["The opacity", " lies in the left lower zone", ". ", "; ", ".\n", "\n", "? ", "!", " 10.5 cm", " it",
           " sits at the apex", "**Pleura:**", " - ", "3. Lungs:", " near the hilum", " within the right lobe", ", ",
           "\n\n", " a rind", " placing it in the middle lobe", " \u0130stanbul", "...", ".;", "\t", " its", " item", " IT", "this",
           " These", "their", "theirs", " in the", "x"]


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14))) for _ in range(n)]


def _old_sentence_end(text: str, at: int) -> int:
    m = _SENTENCE_END.search(text, at)
    return len(text) if m is None else m.start()


def _old_spans(text: str, a: int, b: int, at: int) -> list[tuple[int, int]]:
    """``_spans`` as it was before session 49 (a scan from the step's start per call)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    start = ends[-1] if ends else 0
    end = min(b, _old_sentence_end(text, at))
    if _LOCATIVE.search(text.lower(), max(0, at - 60), at) is None:
        return [(a, b)]
    wide = max((m.end() for m in _FULL_STOP.finditer(text, 0, at)), default=0)
    out = [(a, b), (max(a, start), end), (start, end), (wide, end)]
    if ends and _PRONOUN.search(text, start, at) is not None:
        out.append((ends[-2] if len(ends) > 1 else 0, end))
    return list(dict.fromkeys(out))


def _old_labelled(text: str, at: int) -> bool:
    line = text.rfind("\n", 0, at) + 1
    m = _LABEL.match(text, line)
    return m is not None and at < m.end()


def test_spans_as_the_scan_from_the_start() -> None:
    checked = 0
    for text in _texts(49, 400):
        for at in range(len(text) + 1):
            a = max(0, at - 7)
            b = min(len(text), at + 9)
            assert _spans(text, a, b, at) == _old_spans(text, a, b, at), (text, at)
            assert _sentence_end(text, at) == _old_sentence_end(text, at), (text, at)
            for start in range(0, at + 1, 3):
                assert _pronoun(_stops(text), text, start, at) == (_PRONOUN.search(text, start, at) is not None), (
                    text, start, at)
            checked += 1
    assert checked > 5000


def test_labelled_and_opening_as_the_scan_back() -> None:
    for text in _texts(7, 400):
        marks = _stops(text).marks
        for at in range(len(text) + 1):
            assert _labelled(text, at) == _old_labelled(text, at), (text, at)
            j = aligned_sites.bisect_left(marks, at)
            assert (marks[j - 1] + 1 if j else 0) == max(text.rfind(c, 0, at) for c in ".;!?\n") + 1, (text, at)


def test_named_cases() -> None:
    # a full stop right before the position: its space is out of the bounded search's reach, so no sentence end
    text = "A rind.\nIt lies in the left lower zone. It sits at the apex"
    at = text.index("left")
    assert _spans(text, at - 4, len(text), at) == _old_spans(text, at - 4, len(text), at)
    assert _stops(text).ends == (7, 8, 39)  # (the full stop and the line break after it: two ends)
    # a line break right before the position ends the sentence (the bounded search sees it)
    text = "Mass\nin the left lung"
    assert _spans(text, 5, len(text), 5) == _old_spans(text, 5, len(text), 5)
    # a label opening the line of the position
    text = "Intro.\n**Pleura:** a rind in the left base"
    assert _labelled(text, text.index("Pleura")) and not _labelled(text, text.index("rind"))
