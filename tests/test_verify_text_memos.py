"""The verifier's per-text memos of pure readings give what the readings give, cold and warm, and a memo of a reading
that carries state from the text before keys on that state (a stale hit would move a verdict silently)."""

from __future__ import annotations

from medstep.verify import Verifier
from medstep.verify import changes, measured_organs, no_comparison, organ_sides, prior_state, rib_sites
from medstep.verify.device_changes import evidence_changes, read_changes

_TEXTS = [
    "There are fractures of the left fourth to sixth ribs posteriorly.",
    "The cardiothoracic ratio is 0.6 and the aorta measures 5 cm.",
    "The liver is on the left and the gastric bubble lies right.",
    "Four weeks ago the heart size was normal, so it has grown quickly.",
    "Compared with the radiograph of two days ago, the effusion is unchanged.",
    "The trachea is midline.",
]


def test_text_memos_read_as_the_readings_cold_and_warm() -> None:
    scanner = Verifier().extractor.scanner
    for _ in range(2):  # the second pass is answered from the memos
        for t in _TEXTS:
            assert list(rib_sites._sites(t)) == rib_sites.read_rib_sites(t)
            assert list(measured_organs._measures(t)) == measured_organs.read_measures(t)
            assert organ_sides._sides(scanner, t) == (tuple(organ_sides.read_sides(t, scanner)),
                                                      organ_sides.MIRROR.search(t.lower()) is not None,
                                                      frozenset(w.lower() for w in organ_sides._SIDE_WORDS.findall(t)))
            assert no_comparison._compares(t) is (no_comparison._COMPARES.search(no_comparison._AGE.sub(" ", t))
                                                 is not None)
    assert prior_state.past_spans(_TEXTS[3]) == ((0, 40),)
    assert isinstance(prior_state.past_spans(_TEXTS[5]), tuple)  # shared by every caller: nobody can change it


def test_the_device_change_memo_keys_on_the_device_carried_in() -> None:
    v = Verifier()
    named, pronoun = "A nasogastric tube is in the stomach.", "It has been withdrawn since the previous film."
    memo = v._attributes._device_changes
    alone = [("reference[0]", pronoun, v._claims(pronoun))]
    after = [("report", named, v._claims(named))] + alone
    assert evidence_changes(alone, memo) == [] == evidence_changes(alone)  # (cached with no device carried in)
    got = evidence_changes(after, memo)
    assert [(c.family, c.state, c.text) for c, _s, _t in got] == [("enteric", "moved out", "withdrawn")]
    assert got == evidence_changes(after, read_changes)


def test_the_pronoun_change_memo_keys_on_the_state_carried_in() -> None:
    """A reference step "It has enlarged." is the finding's change the text before named; the same step after an
    organ subject, a whole-film change or nothing reads otherwise, memo or not."""
    v = Verifier()
    scanner, concepts = v.extractor.scanner, v.lexicon.concepts
    pronoun = "It has enlarged since the previous film."
    firsts = ["There is a right pleural effusion.", "There is a left pneumothorax.", "The cardiac silhouette is globular.",
              "Overall the appearances are unchanged.", "The trachea is midline.", ""]
    memo: dict = {}
    subjects: dict = {}
    seen = set()
    for _ in range(2):  # the second pass is answered from the memos
        for first in firsts:
            texts = [(src, t, v._claims(t) if t else []) for src, t in
                     (("report", first), ("reference[0]", pronoun), ("reference[1]", pronoun))]
            plain = changes.pronoun_changes(scanner, concepts, texts)
            assert changes.pronoun_changes(scanner, concepts, texts, memo, subjects) == plain
            seen.add(tuple((f.concept, f.change, f.laterality, s) for f, s, _t in plain))
    assert len(seen) >= 4  # the carried state changes the reading, so a key without it would give a stale one


def test_the_lowered_search_of_comparing_words_answers_as_the_ignore_case_one() -> None:
    """``_compares`` searches an ASCII text lowered with the pattern as written: right only while the pattern's
    letters are all lower case, and then it answers as the ignore-case search on every text."""
    import random
    import re

    assert not re.search(r"[A-Z]", re.sub(r"\\.", "", no_comparison.COMPARING))
    words = ["The", "effusion", "is", "UNCHANGED", "Since", "prior", "study", "66-year-old", "Year", "old", "NOW",
             "nowhere", "re-demonstrated", "Compared", "comparable", "then.", "Stable", "lungs", "clear", "ago",
             "weeks", "Shrunk", "post-op", "Residual", "new", "renew", "(previous)", "\u017fince", "Interval", "-"]
    rng = random.Random(11)
    for _ in range(3000):
        t = " ".join(rng.choice(words) for _ in range(rng.randrange(1, 8)))
        t = t.upper() if rng.random() < 0.2 else t
        assert no_comparison._compares(t) is (no_comparison._COMPARES.search(no_comparison._AGE.sub(" ", t))
                                              is not None), t
