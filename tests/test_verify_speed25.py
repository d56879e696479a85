"""Speed work of session 25 (issue #12): each short cut answers exactly as the work it skips. Texts of our own."""

from __future__ import annotations

import random

import pytest

from medstep.verify.regions import case_region
from medstep.verify.verifier import default_verifier

# sentences of several regions, joined below into cases the piece memo has and has not seen
_SENTENCES = [
    "A moderate joint effusion distends the suprapatellar recess.",
    "The anterior cruciate ligament is torn.",
    "The gallbladder holds several shadowing stones.",
    "The common bile duct measures 5 mm.",
    "The right kidney contains a 6 mm calculus.",
    "There is no hydronephrosis.",
    "Small effusion.",
    "The ventricles are of normal size for age.",
    "No intracranial bleed is seen.",
    "The heart size is normal.",
    "A small left pneumothorax is present.",
    "Mild oedema of the medial femoral condyle marrow.",
    "Nothing further to add.",
    "Compared with the study of Monday vs. today, no change.",
]


def _cases(seed: int, n: int) -> list[tuple[str | None, ...]]:
    rng = random.Random(seed)
    out: list[tuple[str | None, ...]] = []
    for _ in range(n):
        report = rng.choice([" ", "\n", "  "]).join(rng.sample(_SENTENCES, rng.randint(1, 4)))
        steps = tuple(rng.sample(_SENTENCES, rng.randint(0, 2)))
        out.append((rng.choice([report, None]), *steps))
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_region_read_piece_by_piece_is_the_region_read_whole(seed: int) -> None:
    v = default_verifier()
    scanner, concepts = v.extractor.scanner, v.lexicon.concepts
    memo: dict = {}
    for texts in _cases(seed, 150):
        assert case_region(scanner, concepts, texts, memo) == case_region(scanner, concepts, texts), texts
    assert memo  # the pieces were memoised


def test_a_chest_piece_anywhere_keeps_the_chest_readings() -> None:
    v = default_verifier()
    scanner, concepts = v.extractor.scanner, v.lexicon.concepts
    memo: dict = {}
    knee = "A moderate joint effusion distends the suprapatellar recess. The anterior cruciate ligament is torn."
    assert case_region(scanner, concepts, (knee,), memo).joint
    for texts in ((knee + " The heart size is normal.",), (knee, "A small left pneumothorax is present.")):
        got = case_region(scanner, concepts, texts, memo)
        assert got.chest and not got.any and not got.chest_only  # (the chest's readings; the knee named too)
    assert case_region(scanner, concepts, (knee,), memo).joint  # (a memoised piece answers as before)


@pytest.mark.parametrize("options", [
    {"A": "Yes", "B": "No"}, {"(a)": "Left", "b)": "Right", "C": ""}, {"A": "One", "Z9": "Two"},
    {1: "first", "B": "second"}, {True: "yes"}, {"A": None, "B": "x"}, ["Small", "Large"], {}, None,
])
def test_the_options_memo_answers_as_a_fresh_reading(options: object) -> None:
    from medstep.verify import options as opts

    fresh = opts._normalize(options) if options else {}
    for _ in range(2):  # (the second answer comes from the memo where it keeps one)
        got = opts.normalize_options(options)  # type: ignore[arg-type]
        assert got == fresh and list(got) == list(fresh)
        got["Q"] = "changed by a caller"  # (a caller's change never reaches the memo)


def test_equal_keys_of_other_types_do_not_share_an_entry() -> None:
    from medstep.verify import options as opts

    for first, second in (({1: "a"}, {True: "a"}), ({"1": "a"}, {1: "a"})):
        opts.normalize_options(first)  # type: ignore[arg-type]
        assert opts.normalize_options(second) == opts._normalize(second)  # type: ignore[arg-type]


def test_the_named_sites_and_sides_follow_the_report_asked() -> None:
    from medstep.answers.sites import site_table
    from medstep.verify import aligned_sides, aligned_sites

    table = site_table()
    some = next(iter(table.ancestors))
    one = ((frozenset({"mass"}), frozenset({some}), 0, 10),)
    other = ((frozenset({"mass"}), frozenset(), 0, 10),)
    for sites in (one, other, one, (), one):
        want = frozenset(a for _t, placed, _x, _y in sites for p in placed for a in table.ancestors[p])
        assert aligned_sites._named(sites, "") == want
    left = ((frozenset({"kidney"}), frozenset({("left", "kidney")}), 0, 9),)
    right = ((frozenset({"kidney"}), frozenset({("right", "kidney")}), 0, 9),)
    for sides in (left, right, left, ()):
        assert aligned_sides._named(sides) == frozenset(x for _t, got, _a, _b in sides for x in got)


def test_a_report_sentence_and_the_same_reference_step_share_one_piece() -> None:
    """Session 42 (issue #12): a piece is keyed without the space it opens with, so a case whose every sentence is new
    reads each once, whether met inside its report (" The ankle mortise is congruent.") or as a reference step; the
    answers are those of the whole texts read without the memo, in either order."""
    v = default_verifier()
    scanner, concepts = v.extractor.scanner, v.lexicon.concepts
    report = "Fluid fills the olecranon bursa. The ankle mortise is congruent. A stone sits in the left ureter."
    steps = ("The ankle mortise is congruent.", "A stone sits in the left ureter.")
    for texts in ((report, *steps), (*steps, report), (" " + steps[0], report)):
        memo: dict = {}
        assert case_region(scanner, concepts, texts, memo) == case_region(scanner, concepts, texts), texts
        assert "the ankle mortise is congruent." in memo and " the ankle mortise is congruent." not in memo
