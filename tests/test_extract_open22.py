"""Open outputs after the held-out round 20 (issue #7): a finding said to have many causes, candidates offered and none
chosen (no answer). Invented outputs, and the near misses that must still be read."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample, Status


def _read(text: str, question: str = "What is the abnormality?") -> tuple[str | None, Status]:
    got = extract(text, Sample(id="o22", question=question, answer="none", answer_type=AnswerType.OPEN))
    return got.answer, got.status


@pytest.mark.parametrize("text", [
    "The opacity could have a number of causes. It might represent pneumonia, atelectasis, or simply a summation "
    "artefact. History would help.",
    "This nodule has many possible explanations. It may be a granuloma, a metastasis, or just a vessel seen end-on.",
    "The effusion can arise from several different causes. It could be due to heart failure, infection, or malignancy.",
    "A wide range of conditions can look like this, among them sarcoid, lymphoma and tuberculosis.",
])
def test_a_finding_with_many_causes_and_none_chosen_is_no_answer(text: str) -> None:
    assert _read(text) == (None, Status.AMBIGUOUS)


@pytest.mark.parametrize(("text", "answer"), [
    ("The opacity could have a number of causes, but here it is most likely pneumonia.", "pneumonia"),
    ("Multiple rib fractures on the left.", "multiple rib fractures"),
])
def test_many_causes_with_a_pick_or_a_count_of_findings_is_still_an_answer(text: str, answer: str) -> None:
    got, status = _read(text)
    assert status is Status.SCORED and got is not None and answer in got

