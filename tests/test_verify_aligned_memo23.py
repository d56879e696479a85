"""The aligned checks' memos (issue #12 speed, speed23): a report's normal places read sentence by sentence from a
memo, a step's clauses and its text-only "states more" test memoised. Each is held against a cold reading: the same
sentence at another offset or beside another sentence that names its place, the same step asked again; and a text
naming no rib read as no rib site without reading its sentences (an exact prefilter). Sentences of our own."""

from __future__ import annotations

from medstep.verify import default_verifier, verify
from medstep.verify.aligned import _states_more, report_sentences
from medstep.verify.aligned_words import _clauses, _not_thing, _thing_words, _things
from medstep.verify.aligned_normal_places import _events, _normal_subject, normal_places, read_normal_places
from medstep.verify.lexicon import K_ABN, K_CONCEPT, K_NEG_PRE, K_NORMAL

PATENT = "The left internal carotid artery is patent."
NAMED = "A web narrows the left internal carotid artery at its origin."
OTHER = "Soft plaque thickens the right carotid bulb."


def _scanner():
    return default_verifier().extractor.scanner


def _cold(scanner, report: str):
    sentences = tuple((r.start, t) for r, t in report_sentences(scanner, report))
    return read_normal_places(sentences, lambda low: _events(scanner, low), K_NORMAL, frozenset({K_ABN, K_CONCEPT}),
                              K_NEG_PRE)


def _warm(scanner, report: str):
    return normal_places(scanner, tuple((r.start, t) for r, t in report_sentences(scanner, report)))


def test_a_normal_sentence_seen_before_is_placed_where_it_stands() -> None:
    scanner = _scanner()
    first = "CT angiogram of the neck. " + PATENT
    second = "CT angiogram of the neck. " + OTHER + " " + PATENT
    _warm(scanner, first)
    warm = _warm(scanner, second)  # the normal sentence comes from the memo, at another offset
    assert warm == _cold(scanner, second)
    (name, start, end), = warm
    assert name == "left internal carotid artery" and second[start:end].strip(" .") == PATENT.rstrip(".")


def test_a_memoised_normal_sentence_yields_to_another_sentence_naming_its_place() -> None:
    """The near miss: the same normal sentence, read from the memo, names no normal place in a report where another
    sentence names that place (the check across sentences is made per report, not memoised with the sentence)."""
    scanner = _scanner()
    _warm(scanner, "CT angiogram of the neck. " + PATENT)
    report = "CT angiogram of the neck. " + PATENT + " " + NAMED
    assert _warm(scanner, report) == _cold(scanner, report) == []
    # and the sentence stays what it is: a place called normal
    assert _normal_subject(scanner, PATENT) == (PATENT.lower().rstrip("."), ("left internal carotid artery",))
    assert _normal_subject(scanner, NAMED)[1] is None


def test_a_chain_placing_a_finding_in_the_normal_place_is_judged_alike_cold_and_warm() -> None:
    report = "Venous duplex of the right arm. Thrombus fills the basilic vein. The axillary vein is compressible and patent."
    chain = "Occlusive clot lies within the axillary vein."
    rules = [[v.rule for s in verify(chain, report=report).steps for v in s.verdicts] for _ in range(2)]
    assert rules[0] == rules[1] and "aligned-place-normal" in rules[0]
    near = "Occlusive clot lies within the cephalic vein."  # another vein: the place's words are not in the clause
    assert "aligned-place-normal" not in [v.rule for s in verify(near, report=report).steps for v in s.verdicts]


def test_a_steps_clauses_and_its_text_reading_are_memoised_unchanged() -> None:
    scanner = _scanner()
    not_thing = _not_thing(scanner.attr_words)
    text = "New wedge-shaped opacity in the right lower zone, enlarged right pulmonary artery, no effusion."
    first = _clauses(text, not_thing)
    assert isinstance(first, tuple) and _clauses(text, not_thing) is first
    assert [text[a:b].strip(" ,.") for a, b in first] == [
        "New wedge-shaped opacity in the right lower zone", "enlarged right pulmonary artery", "no effusion"]
    assert _states_more(scanner, "The effusion has increased since the prior study.") is True
    assert _states_more(scanner, "There is a right pleural effusion.") is False


def test_a_texts_thing_words_are_memoised_unchanged() -> None:
    not_thing = _not_thing(_scanner().attr_words)
    low = "a web narrows the left internal carotid artery at its origin"
    words = _thing_words(low, not_thing)
    assert isinstance(words, frozenset) and words == frozenset(_things(low, [], not_thing))
    assert _thing_words(low, not_thing) is words and {"web", "carotid", "artery"} <= words
    assert _thing_words("the lungs are clear", not_thing) != words  # (another text, its own words)


def test_a_text_naming_no_rib_is_read_as_no_rib_site_without_its_sentences() -> None:
    from medstep.verify.rib_sites import read_rib_sites
    said = read_rib_sites("Old healed fractures. Acute fractures of the left fifth to seventh ribs.")
    assert [(r.side, sorted(r.numbers)) for r in said] == [("left", [5, 6, 7])]
    # the near miss: the word only inside another word ("ribbon", "fibrin") is no rib, in a sentence or a text
    assert read_rib_sites("A ribbon-like fracture line of the fifth metatarsal. Fibrin strands.") == []
