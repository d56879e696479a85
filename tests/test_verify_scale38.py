"""The per-text memos of session 38 (issue #12): a clause's generic part and a step's rejection spans are read from
their own text alone and kept by it, so a text met again, at another place in another step, reads the same."""

from __future__ import annotations

from medstep.verify import default_verifier
from medstep.verify.explained_echo import _named
from medstep.verify.generic_steps import generic_span


def test_a_memoised_generic_span_moves_with_its_clause() -> None:
    clause = "These are signs of a mediastinal haematoma, so aortic injury must be excluded with CT angiography."
    first = generic_span(clause, 0, len(clause))
    text = "The heart is normal. " + clause
    at = len(text) - len(clause)
    again = generic_span(text, at, len(text))
    assert again == (first[0] + at, first[1] + at)
    assert text[again[0] : again[1]].startswith("aortic injury")


def test_an_observing_clause_stays_empty_where_it_is_met_again() -> None:
    clause = "The trachea is midline."
    assert generic_span(clause, 0, len(clause)) == (0, 0)
    text = "1. " + clause
    assert generic_span(text, 3, len(text)) == (3, 3)


def test_rejection_spans_are_read_from_the_step_text() -> None:
    scanner = default_verifier().extractor.scanner
    text = "Cardiomegaly does not explain the normal chest radiograph, so A."
    spans = _named(scanner, text)
    assert [text[a:b].strip() for a, b in spans] == ["the normal chest radiograph"]
    assert _named(scanner, text) is spans  # (the second reading is the memo's)
    assert _named(scanner, "The trachea is midline.") == ()
