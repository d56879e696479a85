"""Session 58 lane cleanup58 (issues #7, #8): each word list read from its one home, no reading moved.

Each reader's list is the home's object (identity) or built from it alone (equality with the derivation), so a word
added at the home reaches every reader; the readings around each list are pinned, near misses included (an "other"
that is BESIDES's and no counterpart, "alternatively" that turns to another candidate and no decision).
"""

from __future__ import annotations

from medstep.answers import concepts, hedges, text
from medstep.answers.hedges_foreign import ZH_TURN
from medstep.extract import acuity, antonym_question, findings_time, implicit_terms, other_organ, retracted
from medstep.verify import relative_sides, scope_words

# --- (a) the other one of a pair: hedges.OTHER_OF_PAIR


def test_other_of_pair_one_home() -> None:
    assert hedges.OTHER_OF_PAIR == ("contralateral", "opposite", "other")
    assert scope_words.OTHER_SIDE == frozenset(hedges.OTHER_OF_PAIR)
    assert relative_sides._CONTRA == ("contralateral", "opposite side", "other side")
    assert hedges.COUNTERPART == ("fellow", "contralateral", "opposite")  # not "other": BESIDES's
    assert "other" in hedges.BESIDES and "other" not in hedges.COUNTERPART


def test_other_of_pair_readings() -> None:
    low = "the contralateral lung is clear"
    assert scope_words.other_side_before(low, low.index("lung"))
    low = "the other lung is clear"
    assert scope_words.other_side_before(low, low.index("lung"))
    low = "the left lung is clear"
    assert not scope_words.other_side_before(low, low.index("lung"))
    low = "the mediastinum is shifted to the opposite side."
    assert relative_sides.names_relative(low, 0, -1)
    assert not relative_sides.names_relative("the mediastinum is shifted to the right.", 0, -1)
    assert not relative_sides.names_relative("an opposite view", 0, -1)  # "opposite" alone is no side here


# --- (b) sides and number words: concepts.LATERALITIES / OTHER_SIDE, text.NUMBER_WORDS


def test_sides_from_their_homes() -> None:
    assert relative_sides._OTHER is concepts.OTHER_SIDE
    assert {w for w, _ in scope_words.SIDES} == {*concepts.LATERALITIES, "both"}
    assert dict(scope_words.SIDES) == {"left": "left", "right": "right", "bilateral": "bilateral", "both": "bilateral"}
    assert other_organ._SIDES == frozenset({*concepts.LATERALITIES, "both"})


def test_side_before_readings() -> None:
    low = "the both lungs are clear"
    assert scope_words.side_before(low, low.index("lungs")) == "bilateral"
    low = "the left lung is clear"
    assert scope_words.side_before(low, low.index("lung")) == "left"
    low = "the upper lung is clear"
    assert scope_words.side_before(low, low.index("lung")) is None


def test_distance_words_from_number_words() -> None:
    words = scope_words._NUMBER_WORDS
    assert {k: v for k, v in words.items() if k in text.NUMBER_WORDS} == \
        {w: float(i) for i, w in enumerate(text.NUMBER_WORDS[1:11], start=1)}
    assert words["half an"] == 0.5 and words["a"] == 1.0 and "eleven" not in words and "zero" not in words
    assert scope_words.depth_of("two", "cm") == scope_words.depth_of("2", "cm")
    assert scope_words.depth_of("ten", "mm") == scope_words.depth_of("1", "cm")


# --- (c) a turn back to a decision after a doubt: hedges.TURN / DESPITE / CONTRAST, ZH_TURN


def test_override_built_from_turns() -> None:
    pattern = retracted._OVERRIDE.pattern
    for w in (*hedges.DESPITE, *hedges.CONTRAST, *ZH_TURN, "but", "however", "though", "although", "still"):
        assert retracted._OVERRIDE.search(f"x {w} y") is not None, w
    assert "alternatively" in hedges.TURN and "alternatively" not in pattern


def test_doubt_readings() -> None:
    assert retracted._doubts("It's hard to say which one.")
    assert not retracted._doubts("It's hard to say, but it looks like B.")
    assert not retracted._doubts("I'm not sure; nevertheless, B fits.")
    assert not retracted._doubts("难以确定，不过倾向于B")
    assert retracted._doubts("难以确定")
    assert retracted._doubts("Hard to say; alternatively it could be C.")  # another candidate, no decision


# --- (d) study nouns from answers/studies


def test_study_noun_readers() -> None:
    assert acuity._NOT_AGE.search("compared with the old images") is not None
    assert acuity._NOT_AGE.search("an old x-ray") is not None
    assert acuity._NOT_AGE.search("an old fracture") is None
    assert findings_time.EARLIER_STUDY.search("not present on the prior studies") is not None
    assert findings_time.EARLIER_STUDY.search("seen on the previous examination") is not None
    assert findings_time.EARLIER_STUDY.search("seen on the previous echocardiogram") is not None
    assert findings_time.EARLIER_STUDY.search("seen on the previous occasion") is None
    m = antonym_question._PRESENCE_Q.match("Does this chest images show a pneumothorax?")
    assert m is not None and m.group(1) == "pneumothorax"
    m = antonym_question._PRESENCE_Q.match("Does the CT show any evidence of an effusion?")
    assert m is not None and m.group(1) == "effusion"
    assert antonym_question._PRESENCE_Q.match("Does the patient show a pneumothorax?") is None


# --- the question read once: implicit_terms.question_term / parse_question cached on the question


def test_question_read_once() -> None:
    q = "Is there a right pneumothorax?"
    assert implicit_terms.question_term(q) is implicit_terms.question_term(q)
    assert implicit_terms.question_term(q) == implicit_terms.Term("right pneumothorax")
    assert implicit_terms.parse_question(q) is implicit_terms.parse_question(q)
    assert implicit_terms.question_term("Is the heart enlarged?") == implicit_terms.Term("heart", prop="enlarged")
    assert implicit_terms.question_term("What is shown?") is None
