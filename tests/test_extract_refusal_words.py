"""Answers that decline or take themselves back, found by review7's probes. Invented texts.

An open answer "I don't know." has no text to grade (it was read as the open answer "i don t know" and graded
as a wrong diagnosis); a committed lean taken back with "maybe" ("Probably yes, but maybe not.") is no verdict,
as it is with "may" / "possibly" (it was read as yes).
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

OPEN = Sample(id="r", question="What abnormality is seen?", answer="pleural effusion", answer_type=AnswerType.OPEN)
CHOICE = Sample(id="r", question="Which finding is present?", answer="B", answer_type=AnswerType.CHOICE,
                options={"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly"})


@pytest.mark.parametrize("text, sample", [
    ("I don't know.", OPEN),
    ("Answer: I don't know what this is.", OPEN),
    ("I don't know which.", OPEN),
    ("I do not know the answer.", CHOICE),
    ("I don’t know", OPEN),
])
def test_not_knowing_is_refused(text: str, sample: Sample) -> None:
    got = extract(text, sample)
    assert (got.answer, got.rule) == (None, "refused")


@pytest.mark.parametrize("text, sample, answer", [
    # a caveat about what the model does not know, then an answer: the answer stands
    ("I don't know the history, but this is a pleural effusion.", OPEN, "pleural effusion"),
    ("I don't know for sure; B.", CHOICE, "B"),
])
def test_not_knowing_as_a_caveat_keeps_the_answer(text: str, sample: Sample, answer: str) -> None:
    got = extract(text, sample)
    assert got.answer is not None and answer in got.answer


PNEUMOTHORAX = Sample(id="r", question="Is there a pneumothorax?", answer="yes", answer_type=AnswerType.CLOSED)


@pytest.mark.parametrize("text", ["Probably yes, but maybe not.", "Probably not, but maybe.",
                                  "Likely yes, but maybe it is a skin fold.", "Probably yes. However, it may be a skin fold."])
def test_lean_taken_back_is_ambiguous(text: str) -> None:
    got = extract(text, PNEUMOTHORAX)
    assert (got.answer, got.rule) == (None, "ambiguous")


def test_lean_kept_is_read() -> None:
    assert extract("Likely not.", PNEUMOTHORAX).answer == "no"


@pytest.mark.parametrize("text, rule", [
    ('{"answer": "A or B"}', "ambiguous"),  # hedged between two options, as "A or B" outside JSON (was unparsed)
    ('{"answer": "unsure"}', "refused"),
    # only the answer field is read: a reasoning field listing alternatives does not make the reply ambiguous
    ('{"reasoning": "pneumothorax or effusion", "answer": "E"}', "unparsed"),
])
def test_json_answer_field_without_one_option(text: str, rule: str) -> None:
    got = extract(text, CHOICE)
    assert (got.answer, got.rule) == (None, rule)
