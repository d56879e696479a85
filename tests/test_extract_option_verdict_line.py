"""A first line that gives a verdict per option is not an answer stated first (review7 probe). Invented texts.

"A: no. B: no. C: no. D: yes." was read as A by ``letter_lead`` (the option label opening the first line):
a wrong answer. One verdict word per option is read as a tally (the option left standing), longer words per
option are not; a first line with one option label still leads with the answer.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

CHOICE = Sample(id="v", question="Which finding is present?", answer="D", answer_type=AnswerType.CHOICE,
                options={"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Pneumonia"})


@pytest.mark.parametrize("text, standing", [
    ("A: no. B: no. C: no. D: yes.", "D"),
    ("A: False. B: True. C: False. D: False.", "B"),
    ("(A) no (B) yes (C) no (D) no", "B"),
    ("**A:** unlikely; **B:** possible; **D:** most likely.", "D"),
])
def test_a_verdict_per_option_is_no_letter_lead(text: str, standing: str) -> None:
    # unread, or read as the one option left standing (a tally of one verdict word per option, extract/tally.py)
    got = extract(text, CHOICE)
    assert got.rule != "letter_lead"
    assert got.answer in (None, standing)


@pytest.mark.parametrize("text, answer", [
    ("D) Pneumonia\nThe right lower lobe shows airspace consolidation.", "D"),
    ("B: Pleural effusion. The costophrenic angle is blunted.", "B"),
])
def test_one_label_on_the_first_line_still_leads(text: str, answer: str) -> None:
    got = extract(text, CHOICE)
    assert (got.answer, got.rule) == (answer, "letter_lead")
