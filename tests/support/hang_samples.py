"""One set of samples for the hang-guard tests (tests/test_slow4*.py): each answer type's reader runs on the same
hostile text, so a slow shape is found whichever reader it reaches."""

from __future__ import annotations

from medstep.types import AnswerType, Sample

OPTIONS = {"A": "Left pleural effusion", "B": "Right pneumothorax", "C": "Cardiomegaly", "D": "Normal study"}
CHOICE = Sample(
    id="w", question="What is the most likely finding?", answer="B", answer_type=AnswerType.CHOICE, options=OPTIONS
)
CLOSED = Sample(id="w", question="Is there a right pneumothorax?", answer="yes", answer_type=AnswerType.CLOSED)
OPEN = Sample(id="w", question="What abnormality is shown?", answer="pneumothorax", answer_type=AnswerType.OPEN)
DIAGNOSIS = Sample(id="w", question="What is the most likely diagnosis?", answer="pneumothorax", answer_type=AnswerType.OPEN)
