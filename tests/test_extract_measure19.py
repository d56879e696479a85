"""Measurements asked in other languages, firm ranges and lists (issue #7).

``extract/open_measure.py`` read a value only when the question's words named its kind in English, so "Le nodule
mesure 12 mm." to "Quelle est la taille du nodule ?" kept its French frame and matched no gold. A firm range of the
asked kind is the value ("Die LVEF beträgt 25–30 %." is "25-30 %"): the grader matches it to a gold range only, never
to one value inside it. Two values listed ("25 and 30%") hold the value open, as an alternative does.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.open_measure import asked_kind, measured
from medstep.score import grade
from medstep.types import AnswerType, Generation, Sample


def _correct(text: str, gold: str, question: str) -> bool:
    sample = Sample(id="m", question=question, answer=gold, answer_type=AnswerType.OPEN)
    return grade(sample, extract(text, sample), Generation(text=text)).correct


@pytest.mark.parametrize(("question", "kind"), [
    ("¿Cuál es la fracción de eyección del ventrículo izquierdo?", "percent"),
    ("Quelle est la FEVI ?", "percent"),
    ("Quelle est la taille du nodule ?", "length"),
    ("Wie groß ist der Nierenstein?", "length"),
    ("Qual è il diametro dell'aorta?", "length"),
    ("¿Cuánto mide la lesión?", "length"),
    ("Qual é o tamanho do cisto?", "length"),
    ("Qual è l'angolo di Cobb?", "angle"),
    ("¿Cuál es la frecuencia cardíaca?", "rate"),
    ("Quelle est la pression artérielle pulmonaire systolique ?", "pressure"),
    ("Welches Gestationsalter hat der Fetus?", "age"),
    ("Which lobe is affected?", None),
])
def test_the_kind_a_question_asks_is_read_in_other_languages(question: str, kind: str | None) -> None:
    assert asked_kind(question) == kind


@pytest.mark.parametrize(("text", "gold", "question"), [
    ("Le nodule mesure 12 mm.", "1.2 cm", "Quelle est la taille du nodule ?"),
    ("Der Stein ist 6 mm groß.", "6 mm", "Wie groß ist der Nierenstein?"),
    ("La lesión mide 2,5 cm.", "25 mm", "¿Cuánto mide la lesión?"),
    ("La fracción de eyección es del 40%.", "40%", "¿Cuál es la fracción de eyección?"),
    ("L'angolo di Cobb è di 38 gradi, circa 38°.", "38°", "Qual è l'angolo di Cobb?"),
])
def test_a_value_asked_in_another_language_is_read(text: str, gold: str, question: str) -> None:
    assert _correct(text, gold, question)


@pytest.mark.parametrize(("text", "question"), [
    ("Die LVEF beträgt 35–40 %.", "What is the ejection fraction?"),
    ("La FEVI est comprise entre 35 et 40 %.", "Quelle est la FEVI ?"),
    ("The ejection fraction is between 35 and 40%.", "What is the ejection fraction?"),
    ("LVEF 35 to 40 percent, with global hypokinesia.", "What is the ejection fraction?"),
])
def test_a_firm_range_is_the_value_and_matches_only_a_gold_range(text: str, question: str) -> None:
    assert _correct(text, "35-40%", question)
    assert not _correct(text, "40%", question)  # one value inside the range
    assert not _correct(text, "30-40%", question)


@pytest.mark.parametrize("text", [
    "The EF is 35-40% or perhaps 45%.",  # an alternative
    "Possibly 35-40%.",  # a hedge
    "EF 35-40%, previously 55%.",  # another value of the kind beside it
    "EF less than 35-40%.",  # a bound
])
def test_a_range_held_open_is_not_read(text: str) -> None:
    assert measured(text, "What is the ejection fraction?") is None


@pytest.mark.parametrize("text", ["EF 35 and 40%.", "EF 35, 40%.", "Rate 150 and 75 bpm."])
def test_two_values_listed_hold_the_value_open(text: str) -> None:
    assert measured(text, "What is the ejection fraction?" if "EF" in text else "What is the heart rate?") is None


@pytest.mark.parametrize(("question", "text", "value"), [
    ("What is the GCS?", "GCS 11 out of 15.", "11 out of 15"),
    ("What is the Glasgow Coma Scale score?", "GCS 11/15 (E3 V3 M5).", "11/15"),
    ("What is the Apgar score at one minute?", "The one-minute Apgar is 6 out of 10.", "6 out of 10"),
    ("What is the NIHSS score?", "NIHSS is 9 points on arrival.", "9 points"),
    ("What is the cardiothoracic ratio?", "CTR = 0,58", "0,58"),
    ("What is the cardiothoracic ratio?", "The cardiothoracic ratio is 0.58, mildly enlarged.", "0.58"),
])
def test_a_score_or_a_ratio_is_read_as_its_value(question: str, text: str, value: str) -> None:
    assert measured(text, question) == value


@pytest.mark.parametrize(("question", "text"), [
    ("What is the GCS?", "GCS 11/15 or 12/15."),  # two scores
    ("What is the visual acuity score?", "20/40"),  # acuity is no score out of a maximum
    ("What is the cardiothoracic ratio?", "0.55 or 0.6"),
    ("What is the cardiothoracic ratio?", "The ratio is 0.5 on the 2019 film."),  # another number beside it
    ("What is the A/G ratio?", "1:2"),  # a ratio of two numbers is not its second
    ("What is the heart rate?", "The blood pressure is 120/80 mmHg and the pulse 80/min."),
])
def test_a_score_or_ratio_beside_another_number_is_not_read(question: str, text: str) -> None:
    got = measured(text, question)
    assert got is None or got == "80/min"


@pytest.mark.parametrize(("text", "gold", "question"), [
    ("GCS 11 out of 15.", "11", "What is the GCS?"),
    ("The cardiothoracic ratio is 0.58, mildly enlarged.", "0.58", "What is the cardiothoracic ratio?"),
    ("NIHSS is 9 points on arrival.", "9", "What is the NIHSS score?"),
])
def test_an_extracted_score_or_ratio_matches_its_bare_gold(text: str, gold: str, question: str) -> None:
    assert _correct(text, gold, question)
    assert not _correct(text, "15" if "15" in text else "0.85", question)
