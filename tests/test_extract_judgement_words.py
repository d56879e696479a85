"""The words judging an option are one list (``answers/judgements.py``): a word one reader knew is now known to every
reader of the same sub-list. Each case read otherwise while the per-option readers kept lists of their own."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

_SAMPLE = Sample(id="j", question="Which is the most likely diagnosis?", answer="C", answer_type=AnswerType.CHOICE,
                 options={"A": "Pneumothorax", "B": "Pleural effusion", "C": "Pulmonary embolism", "D": "Pneumonia"})


@pytest.mark.parametrize("text", [
    "A – no match. B – no match. C – match. D – no match.",  # read A: "no match" did not judge the leading letter
    "A: not supported. B: no. C: yes. D: no.",  # unparsed: "not supported" was no compact verdict
    "A. Inconsistent. The findings fit C.",  # ambiguous: "Inconsistent." did not judge the leading letter
])
def test_an_option_judged_against_in_words_another_reader_knew_is_not_chosen(text: str) -> None:
    assert extract(text, _SAMPLE).answer == "C"


@pytest.mark.parametrize("text", ["Sì, no.", "Answer: sì, no"])
def test_italian_yes_joined_to_no_is_a_conflict_as_french_and_german_are(text: str) -> None:
    # The pair reader retyped the other languages' verdict words and lacked Italian "sì" (read no and yes).
    got = extract(text, Sample(id="p", question="Is there a pleural effusion?", answer="no",
                               answer_type=AnswerType.CLOSED))
    assert got.answer is None and got.status.value == "ambiguous"
