"""``on_fact`` of ``bench_error_detection`` (issue #8, lane found56): an error counts as read only when a contradicted
claim's own extent covers a word the erroneous line changed (``benchmarks/error_facts.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

_BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
if str(_BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(_BENCHMARKS))

import error_facts as ef  # noqa: E402


def _words(chain: str, spans: list[tuple[int, int]]) -> list[str]:
    return [chain[a:b] if a < b else f"^{chain[a:a + 6]}" for a, b in spans]


def test_replaced_word_is_the_change() -> None:
    err, good = "The cavity measures 5.8 cm.", "The cavity measures 2.8 cm."
    assert _words(err, [s for s, _w in ef.line_changes(err, good)]) == ["5.8"]


def test_deleted_negation_leaves_a_point_before_its_finding() -> None:
    err, good = "There is gas in the chest wall.", "There is no gas in the chest wall."
    assert ef.line_changes(err, good) == [((9, 9), frozenset({"gas"}))]


def test_inserted_words_are_changes() -> None:
    err, good = "There is no pleural effusion.", "There is a small left pleural effusion."
    assert _words(err, [s for s, _w in ef.line_changes(err, good)]) == ["no"]


def test_most_similar_line() -> None:
    lines = ["Heart size is normal.", "The cavity measures 2.8 cm in the right upper lobe."]
    assert ef.most_similar("The cavity measures 5.8 cm in the right upper lobe.", lines) == lines[1]
    assert ef.most_similar("Nothing shared here", lines) == ""


def test_error_clause_of_the_note() -> None:
    assert ef.error_clause("One error: gives the cavity as 5.8 cm; the report says 2.8 cm.") == "gives the cavity as 5.8 cm"
    assert ef.error_clause("Error (size): says 5 cm; the report 2 cm.") == "says 5 cm"
    assert ef.error_clause("Faithful complete chain.") == ""


def test_note_keeps_only_the_fact_among_reworded_lines() -> None:
    good = "Step 1: Large right opacity.\nStep 2: The cavity measures 2.8 cm."
    err = "Step 1: Big right opacity.\nStep 2: The cavity measures 5.8 cm."
    note = "One error: gives the cavity diameter as 5.8 cm; the report measures 2.8 cm."
    assert _words(err, ef.changed_words(err, good, note)) == ["5.8"]
    # no note: every changed word counts
    assert _words(err, ef.changed_words(err, good)) == ["Big", "5.8"]


def test_unchanged_lines_have_no_changes() -> None:
    good = "A.\nB is normal."
    assert ef.changed_words(good, good, "One error: says B; x") == []


def test_claim_extent_reaches_the_measure_but_not_the_next_clause() -> None:
    t = "The density is smooth, oval and well defined, measuring about 4.5 cm across, which suggests a vein."
    a, b = ef.claim_extent(t, 4, 11)
    assert t[a:b] == "The density is smooth, oval and well defined, measuring about 4.5 cm across, "
    s = t.index("vein")
    a, b = ef.claim_extent(t, s, s + 4)
    assert t[a:b] == " suggests a vein"


def test_option_heading_is_its_own_extent() -> None:
    t = "Contusion (C): no fractures or pneumothorax. The opacity is basal."
    a, b = ef.claim_extent(t, 0, 9)
    assert t[a:b] == "Contusion "


def test_claim_credited_only_on_the_fact() -> None:
    good = ("Contusion (C): no fractures or pneumothorax.\n"
            "The opacities are central and perihilar.")
    err = ("Contusion (C): there are no fractures or pneumothorax.\n"
           "The opacities are basal and perihilar.")
    note = "One error: places the opacities basally; the report describes them as central."
    fact = ef.changed_words(err, good, note)
    f = err.index("fractures")
    heading = ef.claim_extent(err, f, f + 9)  # "fractures" read from the reworded option line
    s = err.index("opacities")
    opacity = ef.claim_extent(err, s, s + 9)
    assert err[heading[0]:heading[1]] == " there are no fractures or pneumothorax"
    assert not ef.covers(heading, fact)  # the reworded heading is no error
    assert ef.covers(opacity, fact)
    # without the note the heading's rewording would count
    assert ef.covers(heading, ef.changed_words(err, good))


def test_covers_points_and_spans() -> None:
    assert ef.covers((0, 10), [(10, 10)])
    assert not ef.covers((0, 10), [(10, 12)])
    assert ef.covers((0, 10), [(9, 12)])
    assert not ef.covers((0, 10), [])


def test_unlabelled_note_gives_its_first_clause() -> None:
    assert ef.error_clause("Places the stone in the cystic duct; report says the neck.") == "Places the stone in the cystic duct"
    assert ef.error_clause("Location error: says the opacity obscures the heart border (it preserves it).") == \
        "says the opacity obscures the heart border (it preserves it)."
