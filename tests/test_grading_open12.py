"""Open answers graded by the concept vocabulary's abbreviations (``answers/concept_names.abbreviates``): an abbreviation
is its long form, while two different names of one broad concept, or a wrong answer, stay different."""

from __future__ import annotations

import pytest

from medstep.answers import same_text
from medstep.score.outcome import grade
from medstep.types import AnswerType, Extraction, Generation, Sample


@pytest.mark.parametrize(("answer", "gold"), [
    ("PTX", "pneumothorax"),
    ("DWI", "diffusion-weighted imaging"),
    ("abdominal aortic aneurysm", "AAA"),
    ("COPD", "Chronic obstructive pulmonary disease"),
    ("Boxer's fracture", "boxer fracture"),
])
def test_an_abbreviation_or_possessive_is_the_same_answer(answer: str, gold: str) -> None:
    sample = Sample(id="g12", question="What is it?", answer=gold, answer_type=AnswerType.OPEN)
    assert grade(sample, Extraction(answer=answer, rule="open_text"), Generation(text=answer)).correct


@pytest.mark.parametrize(("answer", "gold"), [
    ("PTX", "pleural effusion"),
    ("FLAIR", "diffusion-weighted imaging"),  # one concept in the vocabulary, two sequences
    ("MRI", "DWI"),
    ("AAA", "dilated aorta"),
    ("PE", "pulmonary edema"),
    ("CHF", "heart failure"),
])
def test_a_different_answer_stays_wrong(answer: str, gold: str) -> None:
    assert not same_text(answer, gold)
