"""Issue #7 (lane xfast41b): ``held_open``'s slowest patterns are searched only where a match can begin
(``anchors.anchored_search`` / ``anchored_finditer`` with the pattern's heads); the result must be the pattern's own.

Each head list is tested against the pattern on random texts built from the pattern's words in every case, near
misses ("difficulty", "nothing", "cannot"), stops, Unicode letters that fold to ASCII under IGNORECASE ("ſ", "İ") and
long hostile strings.
"""

from __future__ import annotations

import random
import re

from medstep.extract import held_open
from medstep.extract.anchors import anchored_finditer, anchored_search

_PIECES = (
    "difficult",
    "Difficult",
    "DIFFICILE",
    "difficulty",
    "hard",
    "impossible",
    "tricky",
    "to",
    "say",
    "tell",
    "determine",
    "be",
    "sure",
    "not",
    "Not",
    "nothing",
    "no",
    "es",
    "posible",
    "decir",
    "non",
    "è",
    "possibile",
    "uncertain",
    "unsure",
    "indeterminate",
    "too",
    "blurry",
    "can't",
    "cannot",
    "can",
    "unable",
    "schwer",
    "zu",
    "sagen",
    "nicht",
    "sicher",
    "de",
    "dire",
    "trancher",
    "à",
    "or",
    "Or",
    "but",
    "though",
    "although",
    "while",
    "yet",
    "it",
    "this",
    "could",
    "might",
    "may",
    "MAY",
    "also",
    "equally",
    "represent",
    "on",
    "the",
    "other",
    "hand",
    "points",
    "both",
    "ways",
    "so",
    "does",
    "perhaps",
    "maybe",
    "possibly",
    "favours",
    "favors",
    "podría",
    "quizás",
    "peut-être",
    "könnte",
    "talvez",
    "forse",
    "tal",
    "vez",
    ".",
    ";",
    ":",
    ",",
    "—",
    "\n",
    "ſ",
    "İ",
    "x",
    "难以确定",
    "也可能",
    "able",
    "helpful",
    "I",
    "We",
    "won't",
    "we're",
    "I'm",
    "going",
    "isn't",
    "don't",
    "do",
    "think",
    "should",
    "position",
    "in",
    "a",
    "decision",
    "make",
    "something",
    "appropriate",
    "for",
    "me",
    "as",
    "an",
    "AI",
    "recommend",
    "guess",
    "undo",
)


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(_PIECES) + rng.choice((" ", " ", "", "  ")) for _ in range(rng.randint(0, 30)))
        for _ in range(n)
    ]


def _found(m: re.Match[str] | None) -> tuple[int, int, str] | None:
    return None if m is None else (m.start(), m.end(), m.group())


def test_anchored_search_equals_search_for_held_open_patterns() -> None:
    for text in _texts(41, 4000):
        for pattern, heads in (
            (held_open._CANT_TELL, held_open._CANT_TELL_HEADS),
            (held_open._SECOND, held_open._SECOND_HEADS),
            (held_open._PRINCIPLED, held_open._PRINCIPLED_HEADS),
        ):
            assert _found(anchored_search(pattern, text, heads)) == _found(pattern.search(text)), text


def test_anchored_finditer_counts_second_possibility_words_as_findall() -> None:
    for text in _texts(42, 4000):
        for hi in (min(len(text), 40), len(text)):
            spans = [m.span() for m in anchored_finditer(held_open._TWICE, text, held_open._TWICE_HEADS, 0, hi)]
            assert spans == [m.span() for m in held_open._TWICE.finditer(text, 0, hi)], text


def test_a_reply_opening_with_or_and_long_hostile_input() -> None:
    for text in (
        "Or perhaps it is the spleen.",
        "or it could be the liver",
        "x;or possibly y",
        "x:  or it might be",
        "not " * 5000,
        "or " * 5000 + "perhaps",
        "d" * 20000,
        "difficult " * 2000 + "to say",
    ):
        for pattern, heads in (
            (held_open._CANT_TELL, held_open._CANT_TELL_HEADS),
            (held_open._SECOND, held_open._SECOND_HEADS),
            (held_open._PRINCIPLED, held_open._PRINCIPLED_HEADS),
        ):
            assert _found(anchored_search(pattern, text, heads)) == _found(pattern.search(text))


def test_torn_still_reads_two_candidates_and_a_doubt() -> None:
    assert held_open.torn("It could be a lipoma. Or it might be a liposarcoma. Hard to tell from this image.")
    assert not held_open.torn("It is a lipoma. The margins are smooth and the fat is uniform.")


# Declines on principle that begin at each of ``_PRINCIPLED_HEADS``, in other words than the corpus's.
_DECLINES = (
    "I'm not in a position to advise on this.",
    "We honestly don't think we should choose here.",
    "Undo not think I should pick.",
    "Surgery isn't a decision we could make from one film.",
    "That is not a call I can make.",
    "Staging isn't something I am able to determine.",
    "Speaking AS AN AI, no.",
    "It is not appropriate for me to guess.",
    "I won't guess at the grade.",
    "We're not going to speculate.",
    "we will not decide for you.",
)


def test_anchored_search_finds_each_decline_on_principle_where_search_does() -> None:
    rng = random.Random(43)
    for decline in _DECLINES:
        assert held_open._PRINCIPLED.search(decline) is not None, decline
        for _ in range(20):
            filler = " ".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))
            text = filler + rng.choice(("", " ", ". ", "\n")) + decline + " " + filler
            found = anchored_search(held_open._PRINCIPLED, text, held_open._PRINCIPLED_HEADS)
            assert _found(found) == _found(held_open._PRINCIPLED.search(text)), text


# Phrases that begin at each head of the other patterns (every ASCII head needed: dropping one fails the test).
_PHRASES = (
    (
        held_open._CANT_TELL,
        held_open._CANT_TELL_HEADS,
        (
            "Hard to know.",
            "difficult to decide",
            "IMPOSSIBLE to be sure",
            "tricky to tell",
            "not quite certain",
            "no es posible saber",
            "non è possibile",
            "uncertain",
            "Unsure.",
            "indeterminate",
            "too grainy to say",
            "can't settle it",
            "cannot determine",
            "unable to tell",
            "schwer zu sagen",
            "nicht sicher",
            "difficile de trancher",
            "impossible de dire",
            "difficile stabilire",
        ),
    ),
    (
        held_open._SECOND,
        held_open._SECOND_HEADS,
        (
            "or it could be",
            "but this might also represent",
            "though they may well indicate",
            "although it could just be",
            "while that might reflect",
            "yet it may equally be",
            "could also fit",
            "might equally suggest",
            "may also be",
            "but there also shows",
            "on the other hand",
            "point both ways",
            "but so does",
            "x. or perhaps",
            "x; or maybe",
            "x: or possibly",
        ),
    ),
    (
        held_open._TWICE,
        held_open._TWICE_HEADS,
        (
            "could be",
            "might represent",
            "may well be",
            "possibly",
            "perhaps",
            "favours",
            "favors",
            *sorted(
                w for lang in held_open.hedges.EUROPEAN.values() for w in (*lang.could, *lang.maybe) if w.isascii()
            ),
        ),
    ),
)


def test_anchored_search_finds_each_phrase_where_search_does() -> None:
    rng = random.Random(44)
    for pattern, heads, phrases in _PHRASES:
        for phrase in phrases:
            assert pattern.search(phrase) is not None, phrase
            for _ in range(10):
                filler = " ".join(rng.choice(("x", "the", "film", "Here", "is", "a")) for _ in range(rng.randint(0, 8)))
                text = filler + rng.choice((" ", ", ", "\n")) + phrase + " " + filler
                assert _found(anchored_search(pattern, text, heads)) == _found(pattern.search(text)), text
                spans = [m.span() for m in anchored_finditer(pattern, text, heads)]
                assert spans == [m.span() for m in pattern.finditer(text)], text
