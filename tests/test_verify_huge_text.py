"""A huge output reads as the plain, slow readings read it, in time linear in its length.

The phrase scan resumed after a recovered phrase reads windows of the text (``Scanner._iter_from``) and a recovery
reads a slice, because the automaton copies the whole string it is given on every call (one output of 100k unknown
words took 26 s)."""

from __future__ import annotations

import pytest

from medstep.verify import Verifier, scan

# phrases that run into a longer word and hide others ("midlung nodule", "there is nodal"), so the scan resumes
_TEXTS = [
    "There is a midlung nodule and there is nodal enlargement; acute infarction noted. Midlung nodule again.",
    "no pneumothoraces. Midlung nodule, midlung nodule, and a leftlung effusion; there is nodal disease.",
    "Findings: acute infarctions; midlung nodules x3; there is nodularity at the bases, no effusion.",
    "The heart is enlarged. There is no pleural effusion. Right midlung nodule measuring 2cm.",
]


@pytest.fixture(scope="module")
def scanner() -> scan.Scanner:
    return Verifier().extractor.scanner


@pytest.mark.parametrize("width", [1, 64, 66, 80, 100, 150, 300])
def test_windowed_resume_reports_what_the_automaton_reports_from_that_position(
        scanner: scan.Scanner, width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scan, "_WINDOW", width)
    padded = f" {scan.lower_text(' '.join(_TEXTS * 2))} "  # (longer than the longest phrase, 63 characters)
    for pos in range(1, len(padded)):
        assert list(scanner._iter_from(padded, pos)) == list(scanner._iter(padded, pos)), pos


def test_events_are_the_same_whatever_the_window(scanner: scan.Scanner, monkeypatch: pytest.MonkeyPatch) -> None:
    wide = [scanner.events(t) for t in _TEXTS]
    assert all(any(e[3] == "nodule" or "nodule" in str(e[3]) for e in ev) for ev in wide[:2])
    monkeypatch.setattr(scan, "_WINDOW", 70)
    assert [scanner.events(t) for t in _TEXTS] == wide


def test_a_huge_output_of_unknown_words_is_scanned_as_its_short_tail(scanner: scan.Scanner) -> None:
    """200k words no phrase knows, each a rejected match inside a word, then a finding: the events are the tail's,
    shifted (this took minutes when each recovery and resume copied the whole text)."""
    tail = "There is a midlung nodule and there is nodal enlargement."
    head = "word " * 200_000
    shifted = [(a + len(head), b + len(head), *rest) for a, b, *rest in scanner.events(tail)]
    assert shifted and scanner.events(head + tail) == shifted

