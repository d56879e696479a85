"""Multiple-choice readings fixed in session 12 (choice12). A ranking judgement beside an option whose direction
opposes the question's is never its selection ("Not the most likely diagnosis: C.", "Worst next step: D." to a BEST
question, "Most likely: C." to a LEAST one), and one in the question's own direction may be ("Pneumothorax (D) is
the least likely." to a LEAST question, "La opción más probable es B"). Invented texts."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.polarity import Pole, asked_pole
from medstep.types import AnswerType, Sample

DX = {"A": "Pneumonia", "B": "Pleural effusion", "C": "Atelectasis", "D": "Pneumothorax"}
STEP = {"A": "Repeat radiograph", "B": "CT-guided biopsy", "C": "PET-CT", "D": "Surgical resection"}
FEATURES = {"A": "Air bronchograms", "B": "Kerley B lines", "C": "Pleural thickening", "D": "Rib notching"}
MOST = "Which of the following is the most likely diagnosis?"
LEAST = "Which of the following is the LEAST likely diagnosis?"
BEST = "What is the best next step in management?"
WORST = "Which is the least appropriate next step?"
EXCEPT = "All of the following are seen on this radiograph EXCEPT:"


def _read(text: str, question: str, options: dict[str, str]) -> str | None:
    return extract(text, Sample(id="c12", question=question, answer="A", answer_type=AnswerType.CHOICE,
                                options=options)).answer


@pytest.mark.parametrize("question, text, letter", [
    (MOST, "Not the most likely diagnosis: C.", "C"),  # a negated top: no end at all
    (MOST, "Second most likely: C.", "C"),  # an ordinal: no end at all
    (MOST, "Pneumothorax (D) is the least likely.", "D"),
    (MOST, "The option that fits worst is D.", "D"),
    (MOST, "Lowest likelihood: D.", "D"),
    (MOST, "Am wenigsten wahrscheinlich: C.", "C"),
    (MOST, "La opción menos probable es la C.", "C"),
    (MOST, "最不可能的诊断是C。", "C"),
    (MOST, "Least likely: PTX.", "D"),  # named by an abbreviation
    (LEAST, "Most likely: C.", "C"),
    (LEAST, "The most likely diagnosis is B.", "B"),
    (LEAST, "Best fit: A.", "A"),
    ("¿Cuál es el diagnóstico menos probable?", "Más probable: C.", "C"),
    (BEST, "Worst next step: D.", "D"),
    (BEST, "Least appropriate next step: B.", "B"),
    (BEST, "Inappropriate: C.", "C"),
    (WORST, "Best next step: A.", "A"),
    (EXCEPT, "Most typical feature: A.", "A"),
    ("Which of the following is the diagnosis?", "Worst fit: B.", "B"),
])
def test_a_ranking_against_the_question_is_no_selection(question: str, text: str, letter: str) -> None:
    assert _read(text, question, STEP if "step" in question else FEATURES if "EXCEPT" in question else DX) != letter


@pytest.mark.parametrize("question, text, letter", [
    (LEAST, "Pneumothorax (D) is the least likely.", "D"),
    (LEAST, "Most probable: A; least probable: D.", "D"),
    ("Welche Diagnose ist am wenigsten wahrscheinlich?", "Am wenigsten wahrscheinlich ist C.", "C"),
    (WORST, "Surgical resection (D) is the least appropriate.", "D"),
    (EXCEPT, "Least likely to be seen: D.", "D"),
    (MOST, "Pneumothorax (D) is the least likely; pleural effusion (B) is the most likely.", "B"),
    (MOST, "Not the most likely diagnosis: C. Most likely: B.", "B"),
    (MOST, "La opción más probable es B; la menos probable es D.", "B"),
    (MOST, "Am wahrscheinlichsten ist B, am wenigsten wahrscheinlich D.", "B"),
    (LEAST, "The answer is most likely D.", "D"),  # the adverb of an answer phrase says how sure, not where D ranks
    (MOST, "B is the best answer, at least on this film.", "B"),
])
def test_a_ranking_in_the_question_s_direction_selects(question: str, text: str, letter: str) -> None:
    options = STEP if "step" in question else FEATURES if "EXCEPT" in question else DX
    assert _read(text, question, options) == letter


@pytest.mark.parametrize("question, pole", [
    (MOST, Pole.TOP), (LEAST, Pole.BOTTOM), (BEST, Pole.TOP), (WORST, Pole.BOTTOM), (EXCEPT, Pole.EXCEPT),
    ("Which is the diagnosis?", Pole.TOP), ("¿Cuál es el diagnóstico menos probable?", Pole.BOTTOM),
    ("Which finding is at least 2 cm?", Pole.TOP),
])
def test_the_question_s_direction(question: str, pole: Pole) -> None:
    assert asked_pole(question) is pole
