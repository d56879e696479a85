"""Review of lane commit53: readings the lane lost on fresh wordings, kept by the repair.

A pick after a clause telling candidates apart, a stray decoding token beside a side, a count or a plane, "Front."
as a view, and "the question requires ...: it is X" answer; the near misses stay unanswered.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> tuple[str | None, str]:
    ext = extract(text, Sample(id="t", question=question, answer="x", answer_type=AnswerType.OPEN, options={}))
    return ext.answer, ext.status.value


@pytest.mark.parametrize(("question", "text", "expected"), [
    ("What abnormality is seen in this image?", "Although it can be hard to differentiate between cyst and abscess, "
                                                "the thick enhancing wall here indicates an abscess.", "abscess"),
    ("Which side is the abnormality on?", "Left<unk>", "left"),
    ("Which side is the abnormality on?", "<unk> right", "right"),
    ("How many lesions are seen?", "2 <unk>", "2"),
    ("In which plane is this image taken?", "Axial<unk>", "axial"),
    ("What view is this radiograph?", "Front.", "front"),
    ("What imaging modality was used?", "The question requires recognizing the modality: it is an MRI.", "mri"),
])
def test_answer_kept(question: str, text: str, expected: str) -> None:
    answer, status = _read(question, text)
    assert status == "scored"
    assert answer is not None and expected in answer


@pytest.mark.parametrize(("question", "text"), [
    ("What is the most likely diagnosis?", "Imaging cannot differentiate between lymphoma and sarcoidosis, which "
                                           "requires biopsy."),
    ("What is the most likely diagnosis?", "It is hard to distinguish between lymphoma and sarcoidosis, both remain "
                                           "possible."),
    ("Where is the lesion located?", "The answer depends on: clinical history and prior imaging."),
    ("Which side is the abnormality on?", "<unk> <unk> <unk> image image"),
])
def test_near_miss_unanswered(question: str, text: str) -> None:
    assert _read(question, text)[0] is None
