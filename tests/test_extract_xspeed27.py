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


# ----------------------------------------------------------------------------- remembered readers
_OPTION_SETS = ({"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Normal"},
                {"A": "Left kidney", "B": "Right kidney"},
                {"A": "Yes", "B": "No"})
_WORDS = ("Answer:", "answer", "option", "B", "(C)", "A", "D.", "pleural effusion", "Pneumothorax", "cardiomegaly",
          "is", "the", "not", "or", "and", "most likely", "\n\n", ".", ",", "left kidney", "right", "No", "yes")


def _random_text(rng: random.Random) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 30)))


def test_remembered_find_mentions_equals_a_fresh_reading() -> None:
    from medstep.extract.mentions import find_mentions, option_index

    fresh = find_mentions.__wrapped__  # type: ignore[attr-defined]
    rng = random.Random(7)
    texts = [_random_text(rng) for _ in range(60)]
    for _ in range(2000):  # texts come back in any order, over several option sets and ranges
        text, idx = rng.choice(texts), option_index(rng.choice(_OPTION_SETS))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        assert find_mentions(text, idx, lo, hi) == fresh(text, idx, lo, hi)
        assert find_mentions(text, idx) == fresh(text, idx)


def test_remembered_list_is_the_callers_own() -> None:
    from medstep.extract.mentions import find_mentions, option_index

    idx = option_index(_OPTION_SETS[0])
    text = "It is not A. The answer is B (pleural effusion)."
    first = find_mentions(text, idx)
    want = list(first)
    first.clear()  # a caller changing its list never reaches the next caller
    assert find_mentions(text, idx) == want and want


def test_remembered_tells_option_indexes_apart() -> None:
    from medstep.extract.context import remembered

    calls = []

    @remembered
    def read(text: str, index: dict[str, str]) -> list[str]:
        calls.append(text)
        return sorted(index)

    one, other = {"A": "x"}, {"B": "y"}  # equal texts, another index: read again
    assert read("t", one) == ["A"] and read("t", other) == ["B"] and read("t", one) == ["A"]
    assert len(calls) == 2


def test_remembered_keeps_few_results() -> None:
    from medstep.extract.context import remembered

    @remembered
    def read(text: str, index: object) -> list[str]:
        return [text]

    index = object()
    for i in range(1000):
        assert read(str(i), index) == [str(i)]
    cells = read.__closure__ or ()  # type: ignore[attr-defined]
    memo = next(c.cell_contents for c in cells if isinstance(c.cell_contents, dict))
    assert len(memo) <= 256


def test_remembered_vocabulary_mentions_equal_a_fresh_scan() -> None:
    from medstep.answers.concepts import normalize, vocabulary

    voc = vocabulary()
    rng = random.Random(11)
    pieces = ("the heart is enlarged", "pleural effusion", "no pneumothorax", "left lower lobe", "consolidation",
              "cardiomegaly", "normal", "the lungs are clear", "x", "-", "ground-glass opacity", "fracture")
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(400)]
    for _ in range(3):
        for text in texts:  # more texts than are kept: some found again, some scanned again
            assert voc.mentions(text) == voc._mentions(text)
            assert voc.mentions(normalize(text)) == voc._mentions(normalize(text))
    assert len(voc._seen) <= 256


def test_last_sentence_is_read_alike_when_asked_again() -> None:
    from medstep.extract.undecided import last_sentence

    fresh = last_sentence.__wrapped__
    for text in ("Answer: B. I am not sure.", "One.\nTwo!  Three?", "", "   ", "No end", "A. B. C." * 80):
        assert last_sentence(text) == fresh(text) == last_sentence(text)


def test_remembered_abbreviation_mentions_equal_a_fresh_reading() -> None:
    from medstep.extract.option_names import abbreviation_mentions

    fresh = abbreviation_mentions.__wrapped__  # type: ignore[attr-defined]
    options = (("A", "Multiple sclerosis (MS)"), ("B", "Acute disseminated encephalomyelitis"), ("C", "Normal"))
    for text in ("Known MS. Findings favour ADEM.", "The answer is MS, not ADEM; multiple sclerosis fits.", "", "ms"):
        for _ in range(2):
            got = abbreviation_mentions(text, options, frozenset())
            assert got == fresh(text, options, frozenset())
            got.append((0, 0, "Z"))  # the caller's own list


def test_remembered_normal_option_equals_a_fresh_reading() -> None:
    from medstep.extract.normality import normal_option

    fresh = normal_option.__wrapped__
    for option in ("Normal", "Normal chest", "No acute abnormality", "No fracture", "Normal sinus rhythm",
                   "Unremarkable examination", "Pneumothorax", "", "normal ventricles", "Normal position"):
        assert normal_option(option) == fresh(option) == normal_option(option)
