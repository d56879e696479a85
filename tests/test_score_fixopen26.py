"""The ``typed`` rung read with its denials, normal statements, doubts, corrections and relations
(``score/open_typed.py``, ``score/open_typed_reads.py``): a wrong answer must not match. Texts written for these
tests, one row per kind of wrong answer a review found the rung accepting."""

from __future__ import annotations

import pytest

from medstep.score.open_grade import grade_open
from medstep.score.open_typed import asked_type

SIDE = "Which side is the consolidation on?"
AIR = "On which side is the pneumothorax?"
ORGAN = "Which organ is enlarged on this scan?"
BONE = "Which bone shows the fracture line?"
MODALITY = "Which imaging modality was used here?"
LEVEL = "At which vertebral level is the burst fracture?"
COUNT = "How many calculi are there?"


@pytest.mark.parametrize(("answer", "gold", "question"), [
    # 1. a denial after the value, or one governing its clause
    ("right: nil", "right", SIDE),
    ("right hemithorax: no consolidation", "right", SIDE),
    ("consolidation absent on the right", "right", SIDE),
    ("the right lung is without consolidation", "right", SIDE),
    ("right side free of consolidation", "right", SIDE),
    ("consolidation not identified on the right", "right", SIDE),
    ("right side is negative", "right", SIDE),
    ("right base ruled out", "right", SIDE),
    ("the kidney is not enlarged; the pancreas is", "kidney", ORGAN),
    ("kidney excluded", "kidney", ORGAN),
    ("tibia: no fracture line", "tibia", BONE),
    ("MRI is not shown; CT", "MRI", MODALITY),
    # 2. the value called normal without a copula
    ("right unremarkable", "right", SIDE),
    ("right lung clear, consolidation on the other side", "right", SIDE),
    ("T12 intact, burst fracture lower down", "T12", LEVEL),
    ("tibia normal, fracture line in the fibula", "tibia", BONE),
    ("enlarged liver, kidney normal", "kidney", ORGAN),
    # 3. a side of another structure
    ("right ventricular strain", "right", SIDE),
    ("right atrial dilatation, no consolidation", "right", SIDE),
    ("the right panel shows a normal lung", "right", SIDE),
    # 4. the side across from a named one
    ("across from the right, i.e. opposite the right", "right", SIDE),
    ("contralateral to the right pacemaker", "right", SIDE),
    # 5. a comparative names both sides
    ("right greater than left", "right", SIDE),
    ("worse on the right than on the left", "right", SIDE),
    # 6. a correction
    ("T11? no, T12 burst fracture", "T11", LEVEL),
    ("kidney at first. no, pancreas", "kidney", ORGAN),
    ("actually the left, not right", "right", SIDE),
    # 10. doubt words anywhere
    ("hard to say, the right", "right", SIDE),
    ("unsure whether right", "right", SIDE),
    ("cannot tell; right pacemaker in place", "right", SIDE),
])
def test_denied_normal_other_side_or_doubted_does_not_match(answer: str, gold: str, question: str) -> None:
    assert not grade_open(answer, gold, question).matched


@pytest.mark.parametrize(("answer", "gold"), [
    ("calculi at 7 o'clock", "7"),
    ("calculus, grade 2 hydroureter", "2"),
    ("several calculi, biggest 4", "4"),
    ("countless calculi; 4 large", "4"),
    ("2 hours after contrast a calculus appears", "2"),
    ("calculi in segment 5", "5"),
    ("calculi in 4 patients", "4"),
    ("two calculi or three", "2"),
])
def test_count_only_from_counting_numbers(answer: str, gold: str) -> None:
    assert not grade_open(answer, gold, COUNT).matched


def test_count_word_with_a_second_added() -> None:
    assert not grade_open("one viable embryo and a second non-viable one", "1", "How many embryos are seen?").matched


@pytest.mark.parametrize(("answer", "gold"), [
    ("burst fracture of the second lumbar vertebra seen on T2-weighted images", "T2"),
    ("two levels above L3", "L3"),
    ("burst fracture next to L3", "L3"),
    ("multilevel burst fractures including L3", "L3"),
    ("L3 and other levels", "L3"),
])
def test_level_no_match(answer: str, gold: str) -> None:
    assert not grade_open(answer, gold, LEVEL).matched


@pytest.mark.parametrize(("answer", "gold", "question"), [
    # 9. a list of siblings filed under one table entry matches none of them
    ("T2, FLAIR, DWI, SWI", "FLAIR", MODALITY),
    ("T2, FLAIR, DWI, SWI", "DWI", MODALITY),
    ("hamate, capitate, scaphoid, lunate", "scaphoid", BONE),
    ("cuboid, navicular, calcaneus, talus", "calcaneus", BONE),
    # 10. an organ or bone named by its adjective or its enlargement; a neighbour; another structure
    ("fibular fracture line, tibia intact elsewhere", "tibia", BONE),
    ("tibia; fibular fracture too", "tibia", BONE),
    ("kidney; also splenomegaly and hepatomegaly", "kidney", ORGAN),
    ("kidney; hepatic and splenic enlargement too", "kidney", ORGAN),
    ("the organ next to the kidney, enlarged", "kidney", ORGAN),
    ("thyroid artery", "thyroid", "Which organ is affected?"),
])
def test_lists_and_other_structures_do_not_match(answer: str, gold: str, question: str) -> None:
    assert not grade_open(answer, gold, question).matched


@pytest.mark.parametrize(("answer", "gold", "question"), [
    ("dense right-sided consolidation", "right", SIDE),
    ("consolidation in the right lower lobe, no consolidation on the left", "right", SIDE),
    ("right lower lobe consolidation without effusion", "right", SIDE),
    ("on the right", "right", SIDE),
    ("five calculi", "5", COUNT),
    ("burst fracture at T12 with retropulsion", "T12", LEVEL),
    ("fracture of the tibia with tibial bowing", "tibia", BONE),
    ("grossly enlarged kidney", "kidney", ORGAN),
])
def test_plain_answers_still_match(answer: str, gold: str, question: str) -> None:
    graded = grade_open(answer, gold, question)
    assert graded.matched and graded.recall > 0


def test_no_typed_match_with_recall_zero() -> None:
    graded = grade_open("right base ruled out", "right", SIDE)
    assert not graded.matched


def test_a_diagnosis_question_asks_no_type() -> None:
    assert asked_type("What is the most likely diagnosis?") is None
    assert asked_type(LEVEL) == "level"


def test_modality_siblings_and_own_names() -> None:
    assert grade_open("MRI of the knee with T2 sequences", "MRI", MODALITY).matched  # T2 is MRI
    assert not grade_open("axial T2-weighted MRI of the knee", "FLAIR", MODALITY).matched  # T2 is not FLAIR
    assert not grade_open("STIR, T2, DWI and MRI", "MRI", MODALITY).matched  # a list of sequences


def test_a_paired_part_carries_the_side() -> None:
    question = "On which side is the hydroureter?"
    assert grade_open("right kidney with dilated ureter, left kidney is normal", "right", question).matched
    assert not grade_open("right kidney with dilated ureter, left kidney is normal", "left", question).matched


@pytest.mark.parametrize("answer", ["right consolidation, since cleared", "previous right consolidation, now gone"])
def test_a_past_or_gone_value_does_not_match(answer: str) -> None:
    assert not grade_open(answer, "right", SIDE).matched
