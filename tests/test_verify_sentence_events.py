"""The sentence readers share one scan of a sentence (``scan.sentence_events``): a step read for its subject, its
change and an unattached grade is scanned once, every reader answers as with its own scan, and the memo is bounded."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from medstep.verify import Verifier, aligned, aligned_said, changes, scan
from medstep.verify.findings import Finding, Polarity
from medstep.verify.scan import SENTENCE_EVENTS_LIMIT, Scanner, lower_text, sentence_events

_SENTENCES = [
    "It is unchanged from two days ago.",
    "The heart size is unchanged.",
    "This is new compared with the preoperative radiograph.",
    "It has not improved.",
    "The cardiac silhouette has doubled in size since 2019.",
    "Overall the appearances have improved.",
    "R IJ CVC tip in the SVC, unchanged.",
    "Lt basal effusion, larger than before.",
    "no PTX -> small apical pleural line on the left",
    "A severe forward slip of L5 on S1, which has increased since the last film.",
    "Small left effusion;  trace right effusion.",
    "Mosaic attenuation with air trapping that has improved",
    "The 2.5 cm nodule measured 1.8 cm three months ago.",
    "Heart:\tnormal size. Lungs: clear.",
    "Patchy consolidation in the right lower zone, worse than yesterday",
]


@pytest.fixture(scope="module")
def verifier() -> Verifier:
    return Verifier()


@pytest.fixture(scope="module")
def scanner(verifier: Verifier) -> Scanner:
    return verifier.extractor.scanner


def _counting(monkeypatch: pytest.MonkeyPatch, scanner: Scanner) -> list[str]:
    """The texts ``scanner`` scans from now on."""
    seen: list[str] = []
    plain = Scanner.events_lower

    def events_lower(self: Scanner, low: str) -> list:
        if self is scanner:
            seen.append(low)
        return plain(self, low)

    monkeypatch.setattr(Scanner, "events_lower", events_lower)
    return seen


def test_the_shared_events_are_the_scan(scanner: Scanner) -> None:
    for _twice in range(2):  # the second time from the memo
        for s in _SENTENCES:
            low = lower_text(s)
            assert sentence_events(scanner, low) == tuple(scanner.events_lower(low)), s


def _readings(verifier: Verifier, text: str) -> Iterator[Any]:
    scanner, low = verifier.extractor.scanner, lower_text(text)
    graded = Finding("effusion", "effusion", "finding", Polarity.PRESENT, text, 0, 1, severity="mild")
    yield changes.first_change.__wrapped__(scanner, text)  # type: ignore[attr-defined]
    yield changes._first_concept.__wrapped__(scanner, low)  # type: ignore[attr-defined]
    yield changes._names_more(scanner, verifier.lexicon.concepts, low)
    yield aligned_said.read_sentence(scanner, text)
    yield aligned._unclaimed(scanner, text, [])
    yield aligned._unclaimed(scanner, text, [graded])  # (a grade a claim carries is no unattached one)


def test_every_reader_answers_as_with_its_own_scan(verifier: Verifier, monkeypatch: pytest.MonkeyPatch) -> None:
    shared = [list(_readings(verifier, s)) for s in _SENTENCES]
    for mod in (changes, aligned, aligned_said):
        monkeypatch.setattr(mod, "sentence_events", lambda sc, low: tuple(sc.events_lower(low)))
    own = [list(_readings(verifier, s)) for s in _SENTENCES]
    assert shared == own


def test_a_step_read_by_several_readers_is_scanned_once(scanner: Scanner, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "It is larger than on the film of three weeks ago, now moderate."  # (new to the memos)
    seen = _counting(monkeypatch, scanner)
    changes._first_concept(scanner, lower_text(text))
    changes.first_change(scanner, text)
    aligned._unclaimed(scanner, text, [])
    aligned_said.read_sentence(scanner, text)
    assert seen.count(lower_text(text)) == 1


def test_the_shared_events_are_bounded(scanner: Scanner, monkeypatch: pytest.MonkeyPatch) -> None:
    first = "a small left effusion, number 0"
    sentence_events(scanner, first)
    for k in range(1, SENTENCE_EVENTS_LIMIT + 1):  # as many other sentences as the memo holds
        sentence_events(scanner, f"a small left effusion, number {k}")
    seen = _counting(monkeypatch, scanner)
    sentence_events(scanner, first)  # the oldest entry has left: scanned again
    assert seen == [first]
    assert scan.sentence_events(scanner, first) == tuple(scanner.events_lower(first))


def test_a_memoised_sentence_reading_answers_as_computed(scanner: Scanner) -> None:
    """``aligned_said.read_sentence`` is memoised per scanner and text: a report sentence read again in another report,
    or a one-clause step read again as its clause, gets the reading computed afresh."""
    for _twice in range(2):
        for s in _SENTENCES:
            assert aligned_said.read_sentence(scanner, s) == aligned_said.read_sentence.__wrapped__(scanner, s), s  # type: ignore[attr-defined]


def test_report_sentences_keep_decimal_points_inside() -> None:
    scanner = Verifier().extractor.scanner
    report = "A 3.5 cm mass in the right upper lobe. It measured 2.1 cm previously; no effusion!\nHeart normal"
    spans = [(said.start, said.end) for said, _text in aligned.report_sentences(scanner, report)]
    assert [report[a:b].strip() for a, b in spans] == [
        "A 3.5 cm mass in the right upper lobe", "It measured 2.1 cm previously", "no effusion", "Heart normal"]


def test_thing_words_are_the_plain_reading() -> None:
    """``aligned._things`` (a fast path without attribute spans, a loop with them) keeps the words of the plain
    reading: every word of two characters or more that names a thing, outside each attribute's words."""
    import random

    from medstep.verify.aligned_words import _NOT_THING, _WORD, _stem, _things

    def plain(low: str, spans: list[tuple[int, int]]) -> set[str]:
        return {_stem(m.group()) for m in _WORD.finditer(low) if len(m.group()) > 1 and m.group() not in _NOT_THING
                and not any(a <= m.start() < b for a, b in spans)}

    rng = random.Random(7)
    for s in _SENTENCES:
        low = lower_text(s)
        for _ in range(20):
            spans = sorted((a, a + rng.randint(0, 12)) for a in rng.sample(range(len(low) + 1), rng.randint(0, 3)))
            assert _things(low, spans, _NOT_THING) == plain(low, spans), (s, spans)


def test_a_frame_opener_is_found_as_by_the_plain_test(verifier: Verifier) -> None:
    scoper = verifier.extractor.scoper
    phrases = [*scoper.frame_openers, *(w + " there is" for w in scoper.frame_openers), "possibly", "possiblyx",
               "maybe not", "perhapsthere", "either", "likely", ""]
    for p in phrases:
        assert scoper._opens_frame(p) == any(p == w or p.startswith(w + " ") for w in scoper.frame_openers), p
