"""A first line that gives a verdict per option is not an answer stated first (review7 probe). Invented texts.

"A: no. B: no. C: no. D: yes." was read as A by ``letter_lead`` (the option label opening the first line):
a wrong answer. Words per option are not read as a tally (only marks are), so it is unparsed; a first line
with one option label still leads with the answer.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

CHOICE = Sample(id="v", question="Which finding is present?", answer="D", answer_type=AnswerType.CHOICE,
                options={"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Pneumonia"})


@pytest.mark.parametrize("text", [
    "A: no. B: no. C: no. D: yes.",
    "A: False. B: True. C: False. D: False.",
    "(A) no (B) yes (C) no (D) no",
    "**A:** unlikely; **B:** possible; **D:** most likely.",
])
def test_a_verdict_per_option_is_no_letter_lead(text: str) -> None:
    got = extract(text, CHOICE)
    assert got.rule != "letter_lead"
    assert got.answer in (None, "D")


@pytest.mark.parametrize("text, answer", [
    ("D) Pneumonia\nThe right lower lobe shows airspace consolidation.", "D"),
    ("B: Pleural effusion. The costophrenic angle is blunted.", "B"),
])
def test_one_label_on_the_first_line_still_leads(text: str, answer: str) -> None:
    got = extract(text, CHOICE)
    assert (got.answer, got.rule) == (answer, "letter_lead")
