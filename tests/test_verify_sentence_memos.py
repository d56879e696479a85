"""The evidence readers memoise each sentence's reading (a new report is mostly sentences seen before): a text reads
the same with the sentence memos as without them, a sentence read in another context (the device or finding carried
in, an earlier-study clause, the findings inside it, the mark before it) is not answered from a stale entry, and the
memos are bounded."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from medstep.verify import (Verifier, airway_depth, descriptors, device_changes, dominance, measured_organs, memo,
                            no_comparison, rib_sites)

_MEMOS = [(airway_depth, "_sentence_depths"), (device_changes, "_sentence_changes"), (rib_sites, "_sentence_site"),
          (descriptors, "_sentence_values"), (measured_organs, "_sentence_measures"), (dominance, "_piece")]
_BOUNDED = [*_MEMOS, (memo, "_found")]

# each sentence appears in several texts, in other contexts
_TEXTS = [
    "Endotracheal tube terminates 1.5 cm above the carina. Recommend withdrawal by 2 cm.",
    "Recommend withdrawal by 2 cm.",
    "A right PICC line ends in the SVC. Recommend withdrawal by 2 cm. The feeding tube has been removed.",
    "The feeding tube has been removed. The nasogastric tube is new since yesterday.",
    "Six months ago the gallbladder wall measured 2 mm. Gallbladder wall measures 6 mm.",
    "Gallbladder wall measures 6 mm.",
    "Gallbladder wall measures 6 mm and the common bile duct is not dilated.",
    "Displaced fractures of the right 5th and 6th ribs. It is not displaced.",
    "There is a calcified nodule in the left upper lobe. It is not displaced.",
    "It is not displaced.",
    "Bilateral pleural effusions, R>L. Small left pneumothorax.",
    "Small left pneumothorax.R>L",
    "Pleural effusions.\nLarger on the right.",
    "Larger on the right. Loculated left effusion.",
    "Healing fracture of the left posterior 7th rib.\nHealing fracture of the left posterior 7th rib.",
]


@contextmanager
def _unmemoised() -> Iterator[None]:
    """Each sentence reader called through to its plain function (no memo)."""
    saved = [(mod, name, getattr(mod, name)) for mod, name in _MEMOS]
    try:
        for mod, name, fn in saved:
            setattr(mod, name, fn.__wrapped__)
        yield
    finally:
        for mod, name, fn in saved:
            setattr(mod, name, fn)


def _readings(v: Verifier, text: str) -> list[Any]:
    claims = v._claims(text)
    last = v._claims("Small left pleural effusion.")[0]
    return [airway_depth.read_depths.__wrapped__(text, None), airway_depth.read_depths.__wrapped__(text, "enteric"),
            device_changes.read_changes(text, None, claims), device_changes.read_changes(text, ("enteric", None), claims),
            rib_sites.read_rib_sites(text), measured_organs.read_measures(text),
            descriptors.read_descriptors(text, claims, {}),
            descriptors.read_descriptors(text, claims, {"displacement": "rib_fracture"}),
            dominance.read_dominance(text, claims), dominance.read_dominance(text, claims, last)]


def test_texts_read_the_same_with_and_without_the_sentence_memos() -> None:
    v = Verifier()
    for mod, name in _MEMOS:
        getattr(mod, name).cache_clear()
    warm = [_readings(v, t) for t in _TEXTS]  # sentences shared across texts are answered from the memos here
    assert all(getattr(mod, name).cache_info().hits for mod, name in _MEMOS)
    with _unmemoised():
        plain = [_readings(v, t) for t in _TEXTS]
    assert warm == plain


def test_a_sentence_reads_in_its_context() -> None:
    after_tube, alone = _TEXTS[0], _TEXTS[1]  # "Recommend withdrawal": of the tube before it, of nothing alone
    assert [d.family for d in airway_depth.read_depths(after_tube)[0]][-1:] == ["airway"]
    assert airway_depth.read_depths(alone)[0] == ()
    then, now = _TEXTS[4], _TEXTS[5]  # the 2 mm is an earlier study's; the 6 mm is this one's in both
    assert [m.mm for m in measured_organs.read_measures(then)] == [6.0] == [m.mm for m in measured_organs.read_measures(now)]
    # one sentence, "when the CBD measured 9 mm": of the earlier study right after a clause naming one, else of this one
    assert measured_organs.read_measures("Two years ago the aorta was large;when the CBD measured 9 mm.") == []
    assert [m.mm for m in measured_organs.read_measures("The aorta is large;when the CBD measured 9 mm.")] == [9.0]
    v = Verifier()
    rib, nodule = _TEXTS[7], _TEXTS[8]  # "It is not displaced." speaks of the rib fracture only
    assert [d.value for d in descriptors.read_descriptors(rib, v._claims(rib))[0]][-1:] == ["undisplaced"]
    assert all(d.axis != "displacement" for d in descriptors.read_descriptors(nodule, v._claims(nodule))[0])
    glued = _TEXTS[11]  # "R>L" right after a full stop is no comparison (the mark before it is read)
    assert dominance.read_dominance(glued, v._claims(glued))[0] == []
    assert [d.side for d in dominance.read_dominance(_TEXTS[10], v._claims(_TEXTS[10]))[0]] == ["right"]


@pytest.mark.parametrize(("mod", "name"), _BOUNDED)
def test_the_sentence_memos_are_bounded(mod: Any, name: str) -> None:
    fn: Callable[..., Any] = getattr(mod, name)
    assert fn.cache_info().maxsize is not None


def test_the_sentence_pattern_cuts_as_the_plain_one() -> None:
    """``scan.SENTENCE`` (runs between decimal points) gives the spans of the plain one-character alternation on
    every string of a small alphabet (marks, digits, a non-ASCII digit, letters) up to five characters, and on
    longer random ones."""
    import itertools
    import random
    import re

    from medstep.verify.scan import SENTENCE

    plain = re.compile(r"(?:[^.;!?\n]|(?<=\d)\.(?=\d))+")
    alphabet = ["a", "1", ".", ";", "!", "?", "\n", " ", "\u0663"]
    texts = ["".join(t) for n in range(6) for t in itertools.product(alphabet, repeat=n)]
    rng = random.Random(5)
    texts += ["".join(rng.choice(alphabet + ["3.5", "e.g.", "İ", "-", ","]) for _ in range(rng.randint(0, 40)))
              for _ in range(5000)]
    for t in texts:
        assert [m.span() for m in SENTENCE.finditer(t)] == [m.span() for m in plain.finditer(t)], repr(t)


def test_comparing_words_are_found_piece_by_piece_as_in_the_whole_text() -> None:
    """``no_comparison._compares`` of an ASCII text joins its pieces' answers (memoised per piece): a comparing
    word never holds a mark, and a mark is no word character, so each text answers as the whole-text search."""
    import random


    words = ["The", "heart", "is", "UNCHANGED", "since", "prior", "66-year-old", "Now", "nowhere", "before\nthe",
             "operation", "on", "admission", "re-demonstrated", "(previous)", "Stable.", "clear,", "then;", "ago:",
             "weeks", "new!", "renew?", "\u017fince", "day\u00a0old", "pre", "operatively", "-", ".", ",", "(", ")"]
    rng = random.Random(9)
    for k in range(6000):
        if k % 500 == 0:
            no_comparison._compares.cache_clear()
        t = rng.choice([" ", "", "\n"]).join(rng.choice(words) for _ in range(rng.randrange(1, 9)))
        whole = no_comparison._COMPARES.search(no_comparison._AGE.sub(" ", t)) is not None
        assert no_comparison._compares(t) is whole, repr(t)


def test_the_class_first_piece_cut_finds_the_plain_cuts() -> None:
    """``pieces._CUT`` (class-first) matches where "[.?!](?= [^\\s])|\\n(?=[^\\s])" does, on every string of a small
    alphabet up to six characters, searched whole and from inside."""
    import itertools
    import re

    from medstep.verify import pieces

    plain = re.compile(r"[.?!](?= [^\s])|\n(?=[^\s])")
    alphabet = ["a", ".", "?", "!", "\n", " ", "\t", "\u00a0"]
    for n in range(7):
        for t in map("".join, itertools.product(alphabet, repeat=n)):
            for a, b in ((0, n), (1, n), (0, max(0, n - 1))):
                assert [m.span() for m in pieces._CUT.finditer(t, a, b)] == [m.span() for m in plain.finditer(t, a, b)]


def test_patterns_searched_piece_by_piece_answer_as_on_the_whole_text() -> None:
    """Each pattern ``memo.found_in_pieces`` serves (an earlier time, a structure given a side, a dominance cue, a
    comparing word) answers on texts of its words joined by marks, spaces and line breaks as one search does."""
    import random

    from medstep.verify import organ_sides, prior_state
    from medstep.verify.memo import found_in_pieces

    patterns = [prior_state._EARLIER, organ_sides._ANY_STRUCTURE, dominance._CUE, no_comparison._COMPARES_LOWER]
    words = ["two days ago", "on the prior film", "in an old", "radiograph", "yesterday", "before", "previously",
             "the minor fissure", "azygos lobe", "thin", "line", "liver shadow", "gastric air bubble", "aortic knob",
             "r>l", "l < r", "than", "on the left", "dominant", "left small", "moderate right", "the right is larger",
             "since", "unchanged", "interval", "now", "nowhere", "then", "the", "heart", "is", "3.5", "cm", "-"]
    joins = [" ", ". ", ".", ", ", ",", "; ", ":", "(", ")", "\n", "? ", "!", "  "]
    rng = random.Random(13)
    for _ in range(4000):
        t = "".join(rng.choice(words) + rng.choice(joins) for _ in range(rng.randint(1, 7)))
        for p in patterns:
            assert found_in_pieces(p, t) is (p.search(t) is not None), (p.pattern[:40], t)


def test_the_option_only_test_stops_early_and_answers_as_before() -> None:
    """``FrameWords.only_option_words`` reads the chain's words until the first that is neither the option's nor
    idle, and answers as the all-words test did."""
    from medstep.verify.frame import _ANSWER_WORDS, _LETTERS, _TAG, IDLE

    frame = Verifier()._frame
    option = "Displaced fracture of the left clavicle"
    chains = ["Displaced fracture, fracture displaced, left clavicle. Answer: B", "<think>The left clavicle.</think>",
              "The left clavicle shows a displaced fracture with callus.", "B", "", "Answer: B. Final choice B.",
              "So the answer is the displaced fracture of the left clavicle (B)."]
    for chain in chains:
        own = set(_LETTERS.findall(option.lower()))
        words = _LETTERS.findall(_TAG.sub(" ", chain).lower())
        plain = bool(own) and any(w in own for w in words) and all(
            w in own or w in IDLE or w in _ANSWER_WORDS or w == "b" for w in words)
        assert frame.only_option_words(chain, option, "B") is plain, chain
    assert frame.only_option_words(chains[0], option, "B") and not frame.only_option_words(chains[2], option, "B")


def test_word_prefilters_answer_as_the_searches(monkeypatch: pytest.MonkeyPatch) -> None:
    """A side word is searched back from for a comparison ("hazier than the left") and a sentence for a whole-film
    subject ("The appearances are unchanged") only when it holds one of the pattern's words: the answers are the
    searches' on texts of those words and near misses."""
    import random

    from medstep.verify import changes, scope_words

    v = Verifier()
    scanner, concepts = v.extractor.scanner, v.lexicon.concepts
    words = ["than", "compared", "with", "to", "relative", "the", "on", "in", "left", "right", "hazier", "overall",
             "appearance", "appearances", "findings", "abnormality", "abnormalities", "changes", "change", "are",
             "stable", "thank", "comparable", "relatively", "heart", "unchanged", "since", "film", ",", "."]
    rng = random.Random(17)
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 10))) for _ in range(3000)]
    fast = [changes._organ_subject(scanner, concepts, t) for t in texts]
    for low in texts:
        for start in range(0, len(low) + 1, 3):
            plain = scope_words._COMPARED.search(low, max(0, start - 24), start) is not None
            assert scope_words.side_compared(low, start) is plain, (low, start)
    monkeypatch.setattr(changes, "_WHOLE_WORDS", ("",))  # (the empty word is in every text: always searched)
    assert [changes._organ_subject(scanner, concepts, t) for t in texts] == fast
    assert any(f is not None and f[0] == changes._WHOLE for f in fast)
