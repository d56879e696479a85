"""A disclaimer beside a committed answer (session 32, issue #7, ``extract/disclaimers.py``): a decline of a
definitive diagnosis, medical advice or further comment, before or after the answer, leaves the answer read. Near
misses keep their reading: a whole-task refusal, a decline of the asked thing, a disclaimer followed by a definition,
advice, a hypothetical, two candidates or a rejected option."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.disclaimers import without_disclaimers
from medstep.types import AnswerType, Sample

_PTX = "Is there a pneumothorax?"
_EFF = "Is there a pleural effusion?"
_HRT = "Is the heart enlarged?"
_AIR = "Is there free air under the diaphragm?"
_CLR = "Are the lungs clear?"
_NO_ANSWER = ("refused", "ambiguous", "unparsed")


def _closed(question: str, text: str) -> tuple[str | None, str]:
    got = extract(text, Sample(id="x", question=question, answer="yes", answer_type=AnswerType.CLOSED))
    return got.answer, got.rule


@pytest.mark.parametrize("question, text, expected", [
    (_PTX, "I can't provide a definitive diagnosis, but there is a small right pneumothorax.", "yes"),
    (_PTX, "I can't give a diagnosis, but there is a small right pneumothorax.", "yes"),
    (_PTX, "I can't offer a definitive diagnosis, but there appears to be a small right pneumothorax.", "yes"),
    (_PTX, "No pneumothorax. I cannot comment further.", "no"),
    (_PTX, "I can't comment further. No pneumothorax.", "no"),
    (_EFF, "While I can't provide a medical diagnosis, the image shows blunting of the left costophrenic angle "
           "consistent with a pleural effusion.", "yes"),
    (_EFF, "There is no pleural effusion. I can't comment beyond that.", "no"),
    (_AIR, "I can't provide a definitive diagnosis from an image alone, but there is free air under the right "
           "hemidiaphragm.", "yes"),
    (_PTX, "I am not able to provide a diagnosis. However, there is no evidence of pneumothorax.", "no"),
    (_CLR, "I cannot offer a diagnosis; however, the lungs appear clear.", "yes"),
    (_PTX, "I can't give medical advice or a formal diagnosis, but there is no pneumothorax on this film.", "no"),
    (_HRT, "The heart is enlarged. I cannot comment further without a prior study.", "yes"),
    (_HRT, "I can't provide a definitive diagnosis, but the heart size appears normal.", "no"),
    (_EFF, "I cannot provide a medical diagnosis, but I can describe what I see: there is a large right pleural "
           "effusion.", "yes"),
])
def test_disclaimer_beside_an_answer_is_an_answer(question: str, text: str, expected: str) -> None:
    assert _closed(question, text)[0] == expected


@pytest.mark.parametrize("question, text, expected", [
    (_PTX, "I can't diagnose this. Pneumothorax can look like a skin fold; please consult a radiologist.", "refused"),
    (_PTX, "I cannot determine whether there is a pneumothorax from this image.", "refused"),
    (_PTX, "I can't say. It could be a pneumothorax or a skin fold.", None),
    (_PTX, "As an AI, I cannot provide medical diagnoses. Please consult a doctor.", "refused"),
    (_PTX, "I'm unable to view images. If there were a pneumothorax, you would see a pleural line.", "refused"),
    (_PTX, "I can't provide a diagnosis. A pneumothorax typically appears as a thin pleural line with absent lung "
           "markings beyond it.", "refused"),
    (_PTX, "I can't provide a definitive diagnosis, but you should look for a visible visceral pleural line to "
           "confirm a pneumothorax.", "refused"),
    (_PTX, "I can't provide a definitive diagnosis, but it could be a pneumothorax or a skin fold.", None),
    (_PTX, "I can't give a diagnosis, but a pneumothorax is a collection of air in the pleural space.", "refused"),
    (_PTX, "I can't provide a diagnosis, but if there is a pneumothorax it would be on the right.", "refused"),
    (_PTX, "I cannot comment further. Please consult your radiologist.", "refused"),
    (_PTX, "No pneumothorax. I cannot say more without a lateral view.", "no"),
    (_PTX, "There is a pneumothorax. I can't determine whether it is under tension.", "yes"),
])
def test_near_misses_keep_their_reading(question: str, text: str, expected: str | None) -> None:
    answer, rule = _closed(question, text)
    if expected is None:
        assert answer is None and rule in _NO_ANSWER
    elif expected == "refused":
        assert answer is None and rule == "refused"
    else:
        assert answer == expected


def test_choice_disclaimer_then_option() -> None:
    options = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Consolidation", "D": "Normal"}
    sample = Sample(id="x", question="What is the main finding on this chest radiograph?", answer="B",
                    answer_type=AnswerType.CHOICE, options=options)
    got = extract("I can't provide a diagnosis from an image. Please consult a pathologist.", sample)
    assert got.answer is None and got.rule == "refused"


def test_without_disclaimers_keeps_what_is_not_one() -> None:
    assert without_disclaimers("I cannot determine whether there is a pneumothorax.") is None
    assert without_disclaimers("No pneumothorax. I cannot comment further.") == "No pneumothorax."
    assert without_disclaimers("I cannot comment further.") is None


_PAP = {"A": "Normal squamous cells", "B": "Koilocytes consistent with LSIL",
        "C": "High-grade squamous intraepithelial lesion", "D": "Candida infection"}


@pytest.mark.parametrize("text, expected", [
    ("This would correspond to option B.", "B"),
    ("I can't provide a definitive diagnosis, but this would correspond to option D. A pathologist should confirm.",
     "D"),
    ("If the nuclei were much larger, this would correspond to option C.", None),
    ("The findings would point to option B.", None),
    ("This would fit option B.", None),
    ("This could correspond to option B.", None),
])
def test_would_correspond_names_the_option(text: str, expected: str | None) -> None:
    sample = Sample(id="x", question="What is shown in this cervical cytology (Pap smear)?", answer="B",
                    answer_type=AnswerType.CHOICE, options=_PAP)
    assert extract(text, sample).answer == expected
