"""A bare gold number in the unit its question implies, and a score out of its maximum (issue #7).

A gold "150" to "What is the heart rate?" was matched by "150" but not by "150 beats per minute": the grader took a
bare gold number only from an answer naming no unit. The question says the unit (``score/open_units.py``): one it
names ("in mm"), or the one unit its kind is given in (%, per minute, degrees, mmHg). A score written out of its
maximum ("13/15") or in points is the score to a question asking one. A number written in words before a unit is its
digits ("thirty-two degrees").
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.score import grade
from medstep.score.open_grade import match_step
from medstep.types import AnswerType, Generation, Sample


def _matched(answer: str, gold: str, question: str) -> bool:
    return match_step(answer, gold, question) is not None


def _correct(text: str, gold: str, question: str) -> bool:
    sample = Sample(id="u", question=question, answer=gold, answer_type=AnswerType.OPEN)
    return grade(sample, extract(text, sample), Generation(text=text)).correct


@pytest.mark.parametrize(("answer", "gold", "question"), [
    ("112 beats per minute", "112", "What is the ventricular rate?"),
    ("112 bpm", "112", "What is the heart rate on this ECG?"),
    ("112/min", "112", "What is the heart rate?"),
    ("22 breaths per minute", "22", "What is the respiratory rate?"),
    ("45%", "45", "What is the left ventricular ejection fraction?"),
    ("28 degrees", "28", "What is the Cobb angle?"),
    ("28°", "28", "What is the angle of the kyphosis?"),
    ("52 mmHg", "52", "What is the estimated pulmonary artery systolic pressure?"),
    ("0.7 cm", "7", "What is the size of the stone in mm?"),
    ("7 mm", "0.7", "What is the diameter of the duct (cm)?"),
    ("40-45%", "40-45", "What is the ejection fraction?"),
])
def test_a_bare_gold_number_takes_the_unit_of_its_question(answer: str, gold: str, question: str) -> None:
    assert _matched(answer, gold, question)


@pytest.mark.parametrize(("answer", "gold", "question"), [
    ("112 mm", "112", "What is the heart rate?"),  # another kind of quantity
    ("7 cm", "7", "What is the size of the stone in mm?"),  # the named unit says 7 mm
    ("45 mm", "45", "What is the ejection fraction?"),
    ("between 100 and 120 bpm", "112", "What is the heart rate?"),  # a range is no single value
    ("7 cm", "7", "What is the size of the stone?"),  # a size's kind names no unit: 7 mm or 7 cm?
    ("112 bpm", "112 mm", "What is the heart rate?"),  # a gold with its own unit keeps it
])
def test_a_value_in_another_unit_or_kind_stays_wrong(answer: str, gold: str, question: str) -> None:
    assert not _matched(answer, gold, question)


@pytest.mark.parametrize(("answer", "gold", "question", "matched"), [
    ("14/15", "14", "What is the Glasgow Coma Scale score?", True),
    ("GCS 14 / 15", "14", "What is the GCS?", True),
    ("14/15", "15", "What is the GCS?", False),  # the maximum is no score
    ("9 out of 10", "9", "What is the Apgar score at five minutes?", True),
    ("ASPECTS 7/10", "7", "What is the ASPECTS score?", True),
    ("NIHSS 17 points", "17", "What is the NIHSS score?", True),
    ("14/15 or 13/15", "14", "What is the GCS?", False),  # two scores
    ("20/40", "20", "What is the visual acuity score of the right eye?", False),  # acuity is no score out of 40
    ("120/80", "120", "What is the blood pressure score?", False),
])
def test_a_score_out_of_its_maximum_is_the_score(answer: str, gold: str, question: str, matched: bool) -> None:
    assert _matched(answer, gold, question) is matched


@pytest.mark.parametrize(("answer", "gold", "matched"), [
    ("thirty-two degrees", "32°", True),
    ("Thirty two degrees", "32", True),
    ("forty-five percent", "45%", True),
    ("twelve millimetres", "1.2 cm", True),
    ("thirty-two degrees", "23°", False),
    ("the left one", "1", False),  # a number word is a quantity only before its unit
])
def test_a_number_spelled_before_its_unit_is_its_value(answer: str, gold: str, matched: bool) -> None:
    assert _matched(answer, gold, "What is the Cobb angle?" if "degree" in answer else "What is it?") is matched


@pytest.mark.parametrize(("text", "gold"), [
    ("The ventricular rate is about 112 beats per minute.", "112"),
    ("Heart rate: 112 bpm, sinus rhythm.", "112"),
])
def test_an_extracted_rate_matches_a_bare_gold(text: str, gold: str) -> None:
    assert _correct(text, gold, "What is the heart rate?")
    assert not _correct(text, "121", "What is the heart rate?")


@pytest.mark.parametrize(("answer", "gold", "matched"), [
    ("right subphrenic region", "right subphrenic space", True),
    ("The abscess is in the right subphrenic region.", "right subphrenic space", True),
    ("perihepatic area", "perihepatic space", True),
    ("left subphrenic region", "right subphrenic space", False),
    ("region", "right subphrenic space", False),  # the place noun alone names no place
])
def test_a_closing_place_noun_names_only_that_a_place_is_one(answer: str, gold: str, matched: bool) -> None:
    assert _matched(answer, gold, "Where is the abscess?") is matched


@pytest.mark.parametrize(("answer", "gold"), [
    ("Hepatic steatosis (fatty liver).", "fatty liver"),
    ("fatty liver hepatic steatosis", "hepatic steatosis"),
    ("Vestibular schwannoma (acoustic neuroma)", "acoustic neuroma"),
    ("Osteitis deformans (Paget disease of bone)", "osteitis deformans"),
])
def test_an_answer_giving_two_names_of_one_finding_matches_either(answer: str, gold: str) -> None:
    assert _matched(answer, gold, "What is the diagnosis?")


@pytest.mark.parametrize(("answer", "gold"), [
    ("small bowel obstruction large bowel obstruction", "small bowel obstruction"),  # two things, one broad concept
    ("diffusion weighted imaging fluid attenuated inversion recovery", "diffusion weighted imaging"),  # two sequences
    ("vestibular schwannoma meningioma", "vestibular schwannoma"),  # two findings
    ("possibly vestibular schwannoma acoustic neuroma", "vestibular schwannoma"),  # doubted
    ("vestibular schwannoma acoustic neuroma", "meningioma"),
])
def test_two_things_or_a_doubted_name_are_no_two_names_of_one(answer: str, gold: str) -> None:
    assert not _matched(answer, gold, "What is the diagnosis?")


@pytest.mark.parametrize(("answer", "gold", "question", "matched"), [
    ("470 ms", "470", "What is the QTc interval?", True),
    ("0.47 s", "470", "What is the corrected QT interval?", True),
    ("470 ms", "0.47", "What is the QTc interval?", False),  # a bare gold in the interval's unit is ms
    ("34 weeks", "34", "What is the gestational age?", True),
    ("34 days", "34", "What is the gestational age?", False),
    ("34 mm", "34", "What is the gestational age?", False),
])
def test_an_interval_is_in_ms_and_a_gestational_age_in_weeks(answer: str, gold: str, question: str,
                                                              matched: bool) -> None:
    assert _matched(answer, gold, question) is matched
