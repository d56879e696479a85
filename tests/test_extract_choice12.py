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


LIVER = {"A": "Hepatic hemangioma", "B": "Hepatocellular carcinoma", "C": "Hepatic metastasis",
         "D": "Focal nodular hyperplasia"}
VESSELS = {"A": "Moyamoya disease", "B": "Fibromuscular dysplasia", "C": "Vasculitis", "D": "Cerebral vasospasm"}
SMOKER = {"A": "Respiratory bronchiolitis-ILD", "B": "Hypersensitivity pneumonitis",
          "C": "Pulmonary Langerhans cell histiocytosis", "D": "Usual interstitial pneumonia"}


@pytest.mark.parametrize("text, options, letter", [
    # a staged chain of thought: the closing <CONCLUSION> stage chooses
    ("<SUMMARY> I will assess the pleural spaces. </SUMMARY> <REASONING> A pneumothorax would show a pleural line. "
     "The meniscus fits an effusion. </REASONING> <CONCLUSION> B </CONCLUSION>",
     {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Atelectasis", "D": "Pneumonia"}, "B"),
    # the name before a generic noun names the option
    ("Bilateral distal ICA occlusion with a puff-of-smoke collateral network. That's moyamoya.", VESSELS, "A"),
    # a one-word reply of the option's distinctive word
    ("pituitary", {"A": "Meningioma", "B": "Glioma", "C": "Pituitary adenoma", "D": "No tumor"}, "C"),
    # a closing sentence that only denies the other options, or recommends what to do next
    ("This is a hemangioma. It's not HCC, not a metastasis, not FNH.", LIVER, "A"),
    ("Peripheral nodular enhancement with centripetal fill-in: hemangioma. Recommendation: no follow-up needed.",
     LIVER, "A"),
    # an answer closed by bold markup, then a foil named by text and letter in the next sentence
    ("**Answer: A — Respiratory bronchiolitis–interstitial lung disease.** Hypersensitivity pneumonitis (B) is the "
     "main mimic but is less common in active smokers; PLCH (C) would show cysts.", SMOKER, "A"),
    ("Answer: B. Pneumonia (D) is a common mimic, but there are no air bronchograms.",
     {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Atelectasis", "D": "Pneumonia"}, "B"),
])
def test_an_option_stated_then_the_others_set_aside(text: str, options: dict[str, str], letter: str) -> None:
    assert _read(text, MOST, options) == letter


@pytest.mark.parametrize("text, options", [
    ("This is not a hemangioma. It's not HCC either.", LIVER),
    ("Could be a hemangioma. Not HCC, not FNH.", LIVER),
    ("That's not moyamoya.", VESSELS),
    ("This is a disease of the small bowel.",
     {"A": "Crohn disease", "B": "Celiac disease", "C": "Whipple disease", "D": "Ulcerative colitis"}),
    ("<REASONING> The film is rotated. </REASONING> <CONCLUSION> I cannot determine this from the image. "
     "</CONCLUSION>", {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Atelectasis", "D": "Pneumonia"}),
])
def test_no_option_stated(text: str, options: dict[str, str]) -> None:
    assert _read(text, MOST, options) is None


@pytest.mark.parametrize("text, letter", [
    # a negation in another clause of the sentence leaves the place stated
    ("A meniscus at the costophrenic angle with no pleural line is the classic sign of fluid — the second option.",
     "B"),
    ("No pleural line, so option 2 is correct.", "B"),
    # ... one in the place's own clause, or a rejection after it, does not
    ("There is no pleural line, so it is not the first option.", None),
    ("Pleural line absent: the first option is out.", None),
    ("Option 2 is wrong, no meniscus.", None),
])
def test_an_option_named_by_its_place(text: str, letter: str | None) -> None:
    assert _read(text, MOST, {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Atelectasis",
                              "D": "Pneumonia"}) == letter
