"""Two closed-question precision fixes: a lobe is part of its lung, and a bare "T1" is not always a sequence.

A denial in one lobe says nothing of the rest of the lung ("No nodule in the right upper lobe." to "Is there a
nodule in the right lung?" was read no), and a vertebra or tumour stage named "T1"/"T2" is not an MRI weighting
("The fracture is at T1." to "Is this MRI T1-weighted?" was read yes).
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> str | None:
    return extract(text, Sample(id="t", question=question, answer="yes", answer_type=AnswerType.CLOSED)).answer


@pytest.mark.parametrize("question, text, expected", [
    ("Is there a nodule in the right lung?", "No nodule in the right upper lobe.", None),
    ("Is there a nodule in the right lung?",
     "There is no nodule in the right upper lobe, but a 1 cm nodule in the right lower lobe.", None),
    ("Is there a nodule in the right lung?", "A nodule is seen in the right upper lobe.", "yes"),
    ("Is there a nodule in the left lung?", "A 2 cm nodule in the left lower lobe.", "yes"),
    ("Is there consolidation in the right lower lobe?", "No consolidation in the right upper lobe.", None),
    ("Is there consolidation in the right lower lobe?", "No consolidation in the right lower lobe.", "no"),
])
def test_a_lobe_is_part_of_its_lung(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The fracture is at T1.", None),
    ("There is a compression fracture of T1.", None),
    ("T1 vertebral body fracture.", None),
    ("A T2 tumour of the tongue is seen.", None),
    ("This is a T2 image.", "no"),
    ("This is T2.", "no"),
    ("T2.", "no"),
    ("It is a T1-weighted sequence.", "yes"),
])
def test_bare_t1_t2_is_a_sequence_only_as_one(text: str, expected: str | None) -> None:
    assert _read("Is this MRI T1-weighted?", text) == expected
