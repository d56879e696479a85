"""A report whose conclusion field is left empty before another field, and a conclusion field holding only a
template's placeholder, give no open answer (extract/open_decision.py)."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

Q = "What is the diagnosis?"


def _read(text: str) -> tuple[str | None, str]:
    got = extract(text, Sample(id="f", question=Q, answer="pneumonia", answer_type=AnswerType.OPEN))
    return got.answer, got.status.value


@pytest.mark.parametrize("text", [
    "FINDINGS: Patchy opacity in the right lower zone.\nIMPRESSION:\nRECOMMENDATION: Follow-up radiograph in 6 weeks.",
    "Impression: \nComment: Correlate clinically.",
    "**Findings:** Consolidation at the right base.\n**Diagnosis:**\n**Notes:** Compare with prior films.",
    "Diagnosis: [to be completed]",
    "Diagnosis: pending",
])
def test_an_empty_or_placeholder_conclusion_is_no_answer(text: str) -> None:
    assert _read(text)[0] is None


@pytest.mark.parametrize("text", [
    "Findings: Patchy opacity.\nImpression: Pneumonia.\nRecommendation: Follow-up radiograph in 6 weeks.",
    "IMPRESSION:\nPneumonia.\nRECOMMENDATION: Follow-up radiograph in 6 weeks.",
    "IMPRESSION:\nRight lower lobe pneumonia: likely aspiration.",
])
def test_a_conclusion_written_after_its_field_or_on_the_next_line_answers(text: str) -> None:
    answer, _ = _read(text)
    assert answer is not None and "pneumonia" in answer
