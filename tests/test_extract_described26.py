"""A finding said to be seen, then candidates without a choice (gen26, issue #7): "A lytic lesion is seen in the femur.
It could be a giant cell tumour or an aneurysmal bone cyst." weighs two diagnoses and picks none, like the "There is
..." description before it; the description is no diagnosis. A choice after it, or a diagnosis said seen, reads."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample, Status


def _read(text: str, question: str = "What is the diagnosis?") -> tuple[str | None, Status]:
    e = extract(text, Sample(id="d", question=question, answer="x", answer_type=AnswerType.OPEN))
    return e.answer, e.status


@pytest.mark.parametrize("text", [
    "A rounded opacity with spiculated margins is noted in the upper lobe. It may be a primary carcinoma or a granuloma.",
    "A lytic lesion is seen in the distal femur. It could represent a giant cell tumour or an aneurysmal bone cyst.",
    "An enhancing cortical mass is identified in the left kidney. This might be an oncocytoma or a renal cell carcinoma.",
    "The pancreatic duct is visible and dilated. The differential includes an ampullary tumour, a stone and a stricture.",
])
def test_a_seen_finding_then_candidates_decides_nothing(text: str) -> None:
    assert _read(text) == (None, Status.AMBIGUOUS)


@pytest.mark.parametrize(("text", "answer"), [
    ("A spiculated opacity is noted in the upper lobe. It is most likely a carcinoma.", "carcinoma"),
    ("A spiculated opacity is noted in the upper lobe, consistent with a carcinoma.", "carcinoma"),
    ("A meningioma is seen along the falx.", "meningioma"),
])
def test_a_choice_after_the_description_still_reads(text: str, answer: str) -> None:
    assert _read(text)[0] == answer
