"""A question's owner ("the patient's") is no word of its subject, and a cavity's word forms name it (lane closed39b)."""

from __future__ import annotations

import time

import pytest

from medstep.extract import extract
from medstep.extract.implicit_terms import parse_question
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> str | None:
    sample = Sample(id="t", question=question, answer="yes", answer_type=AnswerType.CLOSED)
    return extract(text, sample).answer


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        ("Is the patient's spleen enlarged?", "The spleen is enlarged, spanning 16 cm.", "yes"),
        ("Is this child's heart enlarged?", "Heart size is normal; the heart is not enlarged.", "no"),
        ("Is the woman's left ovary enlarged?", "The left ovary is not enlarged.", "no"),
        ("Is the patient's trachea central?", "The trachea is shifted towards the left.", "no"),
        ("Is there a cavity in the mass?", "The mass shows central cavitation.", "yes"),
        ("Is there a cavity in the mass?", "No cavitation within the mass.", "no"),
        ("Is there cavitation in the consolidation?", "A thick-walled cavity lies within the consolidation.", "yes"),
    ],
)
def test_read(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("Is the patient's spleen enlarged?", "The liver is enlarged, spanning 19 cm."),  # another organ
        ("Is the patient's right kidney enlarged?", "The left kidney is enlarged."),  # another side
        ("Is the man's prostate enlarged?", "Is the prostate enlarged? Hard to say on this image."),  # restated
        ("Is there a cavity in the mass?", "The nasal cavity is clear."),  # another cavity
        ("Is there a cavity in the mass?", "Cavitation or necrosis could explain the low density."),  # a differential
    ],
)
def test_left_unread(question: str, text: str) -> None:
    assert _read(question, text) is None


def test_owner_dropped_from_subject() -> None:
    asked = parse_question("Is the patient's trachea midline?")
    assert asked is not None and asked.words == ("trachea",) and asked.prop == "midline"


def test_owner_linear_on_hostile_input() -> None:
    question = "Is the " + "patient's " * 4000 + "heart enlarged?"
    start = time.perf_counter()
    parse_question(question)
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        # the candidate set aside ("rather than", "instead of", "as opposed to") is no sighting of the asked term ...
        ("Is the lesion solid?", "This is a simple cyst rather than a solid lesion.", None),
        ("Is the nodule calcified?", "It is a soft-tissue nodule as opposed to a calcified granuloma.", None),
        ("Is there consolidation?", "Atelectasis instead of consolidation explains the opacity.", None),
        # ... while the one kept, or one stated plainly, still reads
        ("Is there a pneumothorax?", "This is a pneumothorax rather than a skin fold.", "yes"),
        ("Is there consolidation?", "There is dense consolidation in the left lower lobe.", "yes"),
        ("Is the nodule calcified?", "The nodule is densely calcified.", "yes"),
    ],
)
def test_set_aside_candidate(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        # a side the concept's own name holds is no laterality asked: the finding read by its other names ...
        ("Is there left ventricular hypertrophy?", "Concentric LVH is seen.", "yes"),
        ("Is there left ventricular hypertrophy?", "No LVH.", "no"),
        ("Is there a left bundle branch block?", "The tracing shows a complete LBBB.", "yes"),
        # ... never the other side's finding, and a real laterality is still asked
        ("Is there left ventricular hypertrophy?", "There is right ventricular hypertrophy.", None),
        ("Is there a left bundle branch block?", "There is a right bundle branch block.", None),
        ("Is there a left pleural effusion?", "There is a right pleural effusion.", None),
        ("Is there a left pneumothorax?", "There is a right pneumothorax.", None),
    ],
)
def test_side_in_concept_name(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected
