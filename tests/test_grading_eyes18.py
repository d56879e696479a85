"""Latin eye sides in open answers: OD, OS and OU (oculus dexter, sinister, uterque) to a question asking of an eye
(``answers/eye_sides.py``)."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.score import grade
from medstep.score.open_grade import match_step
from medstep.types import AnswerType, Generation, Sample

EYE = "Which eye is affected?"


def _correct(text: str, gold: str, question: str = EYE) -> bool:
    sample = Sample(id="e", question=question, answer=gold, answer_type=AnswerType.OPEN)
    return grade(sample, extract(text, sample), Generation(text=text)).correct


@pytest.mark.parametrize(("text", "gold"), [
    ("OS", "left"), ("OD.", "right"), ("OU", "both"), ("The affected eye is the OS.", "left eye"),
    ("The OD is affected.", "right"), ("In the OS.", "left eye"), ("Both eyes (OU).", "both"), ("Left eye (OS).", "left"),
    ("Oculus sinister.", "left"), ("Right eye.", "OD"),
])
def test_a_latin_eye_side_names_its_side(text: str, gold: str) -> None:
    assert _correct(text, gold)


@pytest.mark.parametrize(("text", "gold"), [
    ("OS", "right"), ("OD.", "left"), ("OU", "left"), ("Both eyes (OU).", "right"), ("Left eye (OS).", "both"),
])
def test_another_latin_side_is_another_answer(text: str, gold: str) -> None:
    assert not _correct(text, gold)


@pytest.mark.parametrize("text", ["OD and OS.", "OD or OS", "Right eye (OS)"])
def test_two_sides_or_a_side_contradicting_its_latin_name_is_no_single_side(text: str) -> None:
    for gold in ("left", "right"):
        assert match_step(text, gold, EYE) is None


def test_os_is_a_bone_where_the_question_asks_of_no_eye() -> None:
    assert match_step("os trigonum", "left", "Which accessory ossicle is seen posterior to the talus?") is None
    assert match_step("OS", "left", "Which side is the effusion on?") is None


EYES = {"A": "Right eye", "B": "Left eye", "C": "Both eyes", "D": "Neither eye"}


@pytest.mark.parametrize(("text", "letter"), [
    ("OS.", "B"), ("OD", "A"), ("OU", "C"), ("The vitreous haemorrhage is in the OS.", "B"), ("Answer: OD", "A"),
])
def test_a_latin_eye_side_chooses_its_eye_option(text: str, letter: str) -> None:
    sample = Sample(id="e", question=EYE, answer="A", answer_type=AnswerType.CHOICE, options=EYES)
    assert extract(text, sample).answer == letter


@pytest.mark.parametrize("text", ["OD and OS.", "OD or OS?"])
def test_two_latin_sides_choose_no_single_eye(text: str) -> None:
    sample = Sample(id="e", question=EYE, answer="A", answer_type=AnswerType.CHOICE, options=EYES)
    assert extract(text, sample).answer not in ("A", "B")
