"""Session 57 lane cleanup57 (issues #7/#8): each concept defined in one place, every reader importing that one list.

Identity, not equality: a reader that retyped the list would pass an equality test and drift the next time the home
gains a word. Each test also pins that the derived form reads exactly what the retyped one read.
"""

from __future__ import annotations

from medstep.answers import concepts, hedges, hedges_foreign, studies, text
from medstep.extract import antonym_holder, implicit_words, ordinals, other_class
from medstep.verify import commitment, generic_steps


def test_hedges_reexports_the_foreign_lists_as_the_same_objects() -> None:
    # the split keeps every import path: hedges.X is hedges_foreign.X, not a copy
    for name in hedges_foreign.__all__:
        assert getattr(hedges, name) is getattr(hedges_foreign, name), name
        assert name in hedges.__all__, name
    assert hedges.EUROPEAN["es"].ors == ("o", "u")
    assert hedges.OTHER_IF == ("si", "wenn", "falls")
    assert hedges.ZH_APPROX == ("以上", "以下", "以内", "左右")
    # no name is defined in both modules: hedges defines none of the foreign ones itself
    own = {n for n, v in vars(hedges).items() if getattr(v, "__module__", None) == "medstep.answers.hedges"}
    assert not own & set(hedges_foreign.__all__)


def test_hedge_modules_stay_within_500_lines() -> None:
    for module in (hedges, hedges_foreign):
        assert module.__file__ is not None
        with open(module.__file__, encoding="utf-8") as f:
            assert sum(1 for _ in f) <= 500


def test_study_nouns_of_the_generic_step_readers_come_from_studies() -> None:
    assert generic_steps.study_nouns is studies.study_nouns
    assert generic_steps._THIS_STUDY == studies.study_nouns(("image", "film", "radiograph", "scan", "study"),
                                                            plural=False)
    assert generic_steps._NOTED_STUDY in generic_steps._NOTED_HEAD.pattern
    assert commitment._PICTURED == "(?:image|film|radiograph|scan)"
    assert commitment.study_nouns is studies.study_nouns


def test_noted_heading_reads_what_it_read() -> None:
    noted = generic_steps._NOTED_HEAD
    assert noted.search("Things to note on this wrist film:") is not None
    assert noted.search("Features on this chest x-ray:") is not None
    # the home's spelling of "x-ray" also takes "xray" (the one reading the derivation widens)
    assert noted.search("Features on this chest xray:") is not None
    # near misses: a heading of things to look for, with no study pointed at, stays no noted heading
    assert noted.search("Things to look for:") is None
    assert noted.search("On a portable chest X-ray one should assess:") is None
    assert noted.search("Check the x-ray for:") is None


def test_seen_words_of_the_generic_step_reader_are_unchanged() -> None:
    seen = generic_steps._SEEN
    for said in ("this film", "the scan shows", "in this patient", "this case"):
        assert seen.search(said) is not None, said
    for said in ("a film", "these image", "the films"):
        assert seen.search(said) is None, said
    assert commitment._SEEN.search("the radiograph") is not None
    assert commitment._SEEN.search("these scans") is None


def test_laterality_words_have_one_home() -> None:
    assert antonym_holder.LATERALITIES is concepts.LATERALITIES
    assert implicit_words.LATERALITIES is concepts.LATERALITIES
    assert antonym_holder.SIDES == frozenset({"left", "right", "bilateral"})
    assert implicit_words.LATERAL == frozenset({"left", "right", "bilateral"})
    assert set(concepts.LATERALITIES) < implicit_words.SIDES
    assert {"both", "upper", "apex", "sided"} < implicit_words.SIDES


def test_number_words_have_one_home() -> None:
    assert other_class.NUMBER_WORDS is text.NUMBER_WORDS
    assert ordinals.NUMBER_WORDS is text.NUMBER_WORDS and ordinals.ORDINAL_WORDS is text.ORDINAL_WORDS
    assert {w: other_class._NUMERALS[w] for w in ("one", "two", "three", "four", "five", "six")} == {
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
    assert "seven" not in other_class._NUMERALS and "zero" not in other_class._NUMERALS
    assert ordinals._PLACE == {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "first": 1,
                               "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "1st": 1, "2nd": 2,
                               "3rd": 3, "4th": 4, "5th": 5, "6th": 6}
    assert ordinals._NUM == r"(\d|one|two|three|four|five|six)"
    assert ordinals._ORD == r"(first|second|third|fourth|fifth|sixth|last|1st|2nd|3rd|4th|5th|6th)"


def test_claim_droppers_share_one_copy_on_write() -> None:
    from medstep.verify import explained_echo, option_heads, step_edits, weighed_claims

    for module in (generic_steps, weighed_claims, explained_echo, option_heads):
        assert module.StepEdits is step_edits.StepEdits, module.__name__
    per_step: list[list] = [[], []]
    per_sent: list[list] = [[], []]
    untouched = step_edits.StepEdits(per_step, per_sent).result()
    assert untouched[0] is per_step and untouched[1] is per_sent  # nothing put: the input lists themselves
    edits = step_edits.StepEdits(per_step, per_sent)
    edits.put(1, [], [(0, 3, None, 0, None)])
    found, clauses = edits.result()
    assert found is not per_step and clauses is not per_sent
    assert clauses == [[], [(0, 3, None, 0, None)]] and per_sent == [[], []]  # the caller's lists are not mutated
    assert found[0] is per_step[0]
