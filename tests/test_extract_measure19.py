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
