"""The aligned checks' per-sentence memos (issue #12 speed, speed28): the report's sites, sides and denial sides read
sentence by sentence from a memo, and the subject statements and graded nouns of a text memoised. Each warm reading is
held against a cold one of the same report: a sentence seen before at another offset, and beside another sentence (the
report-wide parts stay per report: a report that sides nothing, a denied sentence). Sentences of our own."""

from __future__ import annotations

from medstep.verify import default_verifier, verify
from medstep.verify.aligned import report_sentences
from medstep.verify.aligned_flips import _report_sides, _sentence_side, thing_reader
from medstep.verify.aligned_grades import graded_nouns
from medstep.verify.aligned_normal_places import _events, placed_sides, placed_sites
from medstep.verify.aligned_sides import report_sides, sentence_sides
from medstep.verify.aligned_sites import report_sites
from medstep.verify.aligned_states import statements
from medstep.verify.aligned_words import _not_thing, _things
from medstep.verify.lexicon import K_ABN, K_CONCEPT, K_NEG_POST, K_NEG_PRE, K_NORMAL

SIDED = "A small nodule sits in the left upper lobe."
SITED = "A polyp hangs from the posterior wall of the trachea."
PLAIN = "The heart is of normal size."


def _scanner():
    return default_verifier().extractor.scanner


def _sentences(scanner, report: str) -> tuple[tuple[int, str], ...]:
    return tuple((r.start, t) for r, t in report_sentences(scanner, report))


def _read(scanner, low: str) -> frozenset[str]:
    return frozenset(_things(low, [], _not_thing(scanner.attr_words)))


def _cold_sites(scanner, sentences):
    return report_sites(sentences, lambda low: _events(scanner, low), lambda low: _read(scanner, low), K_NORMAL,
                        (K_ABN, K_CONCEPT), frozenset({K_NEG_PRE, K_NEG_POST}))


def _cold_sides(scanner, sentences):
    return report_sides(sentences, lambda text: sentence_sides(
        text, lambda low: _events(scanner, low), lambda low: _read(scanner, low), K_NORMAL, (K_ABN, K_CONCEPT),
        frozenset({K_NEG_PRE, K_NEG_POST})))


def test_sites_and_sides_of_a_sentence_seen_before_stand_where_it_stands() -> None:
    scanner = _scanner()
    not_thing = _not_thing(scanner.attr_words)
    first = _sentences(scanner, "Chest CT. " + SIDED + " " + SITED)
    second = _sentences(scanner, "CT of the chest with contrast. " + PLAIN + " " + SITED + " " + SIDED)
    for sentences in (first, second):  # (the second report's sentences come from the memo, at other offsets)
        sites = placed_sites(scanner, sentences, not_thing, _things)
        assert sites == _cold_sites(scanner, sentences)
        sides = placed_sides(scanner, sentences, not_thing, _things)
        assert sides == _cold_sides(scanner, sentences)
    text = "CT of the chest with contrast. " + PLAIN + " " + SITED + " " + SIDED
    placed = {text[x:y].strip(" ."): p for _t, p, x, y in placed_sites(scanner, second, not_thing, _things)}
    assert "trachea" in placed[SITED.rstrip(".")] and "upper_lobe" in placed[SIDED.rstrip(".")]
    sides = {text[x:y].strip(" ."): got for _t, got, x, y in placed_sides(scanner, second, not_thing, _things)}
    assert {side for side, _key in sides[SIDED.rstrip(".")]} == {"left"} and not sides[SITED.rstrip(".")]


def test_a_report_siding_nothing_holds_no_sides_though_its_sentences_are_memoised() -> None:
    """The near miss: the per-report rule (a report that sides nothing gives no sentences) holds after the memo."""
    scanner = _scanner()
    not_thing = _not_thing(scanner.attr_words)
    placed_sides(scanner, _sentences(scanner, "Chest CT. " + SIDED + " " + PLAIN), not_thing, _things)
    sentences = _sentences(scanner, "Chest radiograph. " + PLAIN)
    assert placed_sides(scanner, sentences, not_thing, _things) == _cold_sides(scanner, sentences) == ()


def test_denial_sides_of_a_report_read_from_sentences_seen_before() -> None:
    scanner = _scanner()
    things = thing_reader(_not_thing(scanner.attr_words), _things)
    denied = "There is no pleural effusion."
    report = _sentences(scanner, "Chest radiograph. " + SIDED + " " + denied)
    stating, denying = _report_sides(scanner, report, things)
    assert len(denying) == 1 and _sentence_side(scanner, denied, things)[1]
    assert not _sentence_side(scanner, SIDED, things)[1]
    text = "Chest radiograph. " + SIDED + " " + denied
    assert [text[x:y].strip(" .") for _w, x, y, _n, _p in stating] == ["Chest radiograph", SIDED.rstrip(".")]


def test_memoised_statements_and_grades_are_the_cold_readings() -> None:
    scanner = _scanner()
    not_thing = _not_thing(scanner.attr_words)
    stated = "The posterior cortex is disrupted, and the endplates are eroded."
    graded = "There is mild narrowing of the joint space."
    for _ in range(2):  # (cold, then from the memo)
        assert [x[1][:1] for x in statements(scanner, stated)] == [("abnormal",), ("abnormal",)]
        assert statements(scanner, stated) == statements.__wrapped__(scanner, stated)
        assert statements(scanner, graded) == statements.__wrapped__(scanner, graded) == []
        assert [x[:2] for x in graded_nouns(scanner, graded, not_thing)] == [("narrow", "mild")]
        assert graded_nouns(scanner, graded, not_thing) == graded_nouns.__wrapped__(scanner, graded, not_thing)
        assert graded_nouns(scanner, stated, not_thing) == []


def test_a_chain_placing_a_mass_elsewhere_is_judged_alike_cold_and_warm() -> None:
    report = "Chest CT. An endobronchial mass sits in the bronchus intermedius. No pleural effusion."
    for _ in range(2):  # (cold, then from the memos)
        wrong = [v.rule for s in verify("An endobronchial mass sits in the main bronchus.", report=report).steps
                 for v in s.verdicts]
        assert "aligned-site-conflict" in wrong
        right = [v.rule for s in verify("An endobronchial mass sits in the bronchus intermedius.", report=report).steps
                 for v in s.verdicts]
        assert "aligned-site-conflict" not in right


def test_a_clause_s_denied_items_from_the_memo_are_the_cold_reading() -> None:
    from medstep.verify.aligned_flips import _denied_items
    scanner = _scanner()
    things = thing_reader(_not_thing(scanner.attr_words), _things)
    flow = "colour doppler shows no flow in the bowel wall"
    stated = "colour doppler shows preserved flow in the bowel wall"  # (the near miss: nothing denied)
    for _ in range(2):
        assert _denied_items(scanner, flow, things) == _denied_items.__wrapped__(scanner, flow, things)
        (words, unsaid), = _denied_items(scanner, flow, things)
        assert {"flow", "bowel", "wall"} <= words and not unsaid
        assert _denied_items(scanner, stated, things) == ()


def test_a_chain_denying_flow_the_report_states_is_flipped_cold_and_warm() -> None:
    from test_verify_aligned_flips23 import _GUT, flips
    for _ in range(2):
        assert flips(_GUT, "A target-shaped mass in the right upper quadrant. Colour Doppler shows no flow in the "
                           "bowel wall. A.") == ["aligned-polarity-flip"]
        assert flips(_GUT, "A target-shaped right upper quadrant mass with preserved flow in the bowel wall. A.") == []


def test_a_clause_s_places_leave_its_landmarks_out_from_the_memo_too() -> None:
    from medstep.verify.aligned_sites import _places
    for _ in range(2):
        assert [x[0] for x in _places("a mass in the left main bronchus")] == ["main_bronchus"]
        assert [x[0] for x in _places("a mass behind the trachea")] == []  # (a landmark, no place)
        assert _places("a mass behind the trachea in the left main bronchus") == _places.__wrapped__(
            "a mass behind the trachea in the left main bronchus")
