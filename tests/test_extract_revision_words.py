"""The revision cues are one list (``answers/revisions.py``): a cue one reader knew is now known to every reader of
the same sub-list. Each case read otherwise while the sentence reader and the yes/no reader kept their own lists."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

_OPTIONS = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Pulmonary embolism", "D": "Pneumonia"}


@pytest.mark.parametrize("text", ["The answer is B. On second look, it is C.",
                                  "The answer is B. Looking again, it is C."])
def test_a_second_look_withdraws_a_stated_option(text: str) -> None:
    # Read B (the withdrawn answer): the sentence reader lacked the yes/no reader's "on second look", "looking again".
    sample = Sample(id="r", question="Which is the most likely diagnosis?", answer="C", answer_type=AnswerType.CHOICE,
                    options=_OPTIONS)
    got = extract(text, sample)
    assert got.answer is None and got.status.value == "ambiguous"


@pytest.mark.parametrize("text", ["Yes. I take that back: no effusion.",
                                  "Yes. Just kidding, there is no effusion."])
def test_a_leading_verdict_taken_back_is_not_the_answer(text: str) -> None:
    # Read ambiguous: the yes/no reader lacked the sentence reader's "I take that back", "just kidding".
    sample = Sample(id="r", question="Is there a pleural effusion?", answer="no", answer_type=AnswerType.CLOSED)
    assert extract(text, sample).answer == "no"
