"""Speed rewrites of extraction (issue #7) give what the work they replace gave.

Each structural shortcut here is exact by construction; these tests hold it to that on texts written to trip it:
keyword case, keywords inside longer words, range edges, overlapping heads and non-ASCII text.
"""

from __future__ import annotations

import random
import re

from medstep.extract.anchors import anchored_finditer
from medstep.extract.mentions import _LOWER_KEYED, _LOWER_KEYED_HEADS

_PIECES = ("option", "Option", "OPTION", "options", "choice", "Choice:", "answer", "Answer", "ANSWER:", "answers",
           "letter", "letters", "reoption", "mychoice", "c", "b", "(d)", "[a]", "**", ":", "#", " ", "  ", "\n", ".",
           "the", "x", "e", "answer a question", "option-b", "choice's", "ſ", "é", "İ", "a", "z", "-", "'")


def _spans(matches: list[re.Match[str]]) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in matches]


def test_anchored_finditer_equals_finditer_on_random_texts() -> None:
    rng = random.Random(27)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) + rng.choice(("", " ")) for _ in range(rng.randint(0, 25)))
        lo = rng.randint(0, len(text))
        hi = rng.choice((None, rng.randint(lo, len(text))))
        want = list(_LOWER_KEYED.finditer(text, lo, len(text) if hi is None else hi))
        assert _spans(anchored_finditer(_LOWER_KEYED, text, _LOWER_KEYED_HEADS, lo, hi)) == _spans(want), (text, lo, hi)


def test_anchored_finditer_keeps_word_boundaries_before_the_range() -> None:
    text = "the choice b; reoption c; Option d"
    for lo in range(len(text)):
        want = _spans(list(_LOWER_KEYED.finditer(text, lo)))
        assert _spans(anchored_finditer(_LOWER_KEYED, text, _LOWER_KEYED_HEADS, lo)) == want


def test_anchored_finditer_reads_non_ascii_text_with_the_pattern() -> None:
    text = "anſwer b, Answer: c"  # the long s folds to "s" under IGNORECASE: only the pattern itself finds it
    assert _spans(anchored_finditer(_LOWER_KEYED, text, _LOWER_KEYED_HEADS)) == _spans(list(_LOWER_KEYED.finditer(text)))
