"""The ``typed`` rung of the open grader (``score/open_typed.py``): an answer to a question asking a value of a closed
type matches when it names exactly one value of the type, the gold's. Texts written for these tests."""

from __future__ import annotations

import pytest

from medstep.score.open_grade import MatchStep, grade_open
from medstep.score.open_typed import asked_type


@pytest.mark.parametrize(("question", "kind"), [
    ("Which side is the consolidation on?", "side"),
    ("On which side is the renal stone?", "side"),
    ("Which breast contains the mass?", "side"),
    ("How many cysts are in the liver?", "count"),
    ("At which vertebral level is the wedge deformity?", "level"),
    ("Which bone shows the sclerotic lesion?", "site"),
    ("Which organ is enlarged on this scan?", "site"),
    ("What part of the body is imaged here?", "site"),
    ("What imaging modality was used?", "modality"),
    ("What type of imaging study is shown?", "modality"),
])
def test_asked_type(question: str, kind: str) -> None:
    assert asked_type(question) == kind


@pytest.mark.parametrize("question", [
    "Is the consolidation on the left side?",  # a yes/no question asks no value
    "Which lung lobe shows the opacity?",  # a lobe, not a side
    "What is the most likely diagnosis?",
])
def test_no_asked_type(question: str) -> None:
    assert asked_type(question) in (None, "site")
    assert asked_type(question) != "side"


@pytest.mark.parametrize(("answer", "gold", "question"), [
    # one side named, the other side only said to be normal
    ("right sided consolidation with air bronchograms and the left lung is clear", "right", "Which side is the consolidation on?"),
    ("mass in the left breast upper outer quadrant right breast is unremarkable", "left", "Which breast contains the mass?"),
    ("small right apical collection", "right", "On which side is the collection?"),
    # one count, said twice, beside a measure
    ("two hypoechoic foci consistent with two cysts the larger 9 mm", "2", "How many cysts are in the liver?"),
    # one level, its neighbours intact
    ("wedge deformity at t11 with 20 mm of height loss while t10 and t12 are intact", "T11",
     "At which vertebral level is the wedge deformity?"),
    # one organ or bone named in a sentence, with a side and a part
    ("sclerotic lesion in the distal right femur", "femur", "Which bone shows the sclerotic lesion?"),
    ("marked enlargement of the spleen reaching below the costal margin", "spleen",
     "Which organ is enlarged on this scan?"),
    # a side and an ordinal of the gold
    ("transverse fracture of the third metacarpal shaft with mild angulation", "third metacarpal", "Which bone is fractured?"),
])
def test_typed_matches(answer: str, gold: str, question: str) -> None:
    graded = grade_open(answer, gold, question)
    assert graded.matched and graded.step in (MatchStep.TYPED, MatchStep.NARROWER)
    assert graded.precision < 1.0  # a long answer gains no precision: the plain token overlap


@pytest.mark.parametrize(("answer", "gold", "question"), [
    # two values of the type
    ("left and right", "left", "Which side is the consolidation on?"),
    ("appears on the right of the image which is the patient s left", "left", "Which side is the consolidation on?"),
    ("two cysts in segment 6 and one more in segment 8 so three", "2", "How many cysts are in the liver?"),
    ("liver spleen kidney pancreas", "spleen", "Which organ is enlarged on this scan?"),
    ("sclerotic lesion spanning the femur and the tibia", "femur", "Which bone shows the sclerotic lesion?"),
    # another value than the gold's
    ("right sided consolidation", "left", "Which side is the consolidation on?"),
    ("fracture of the fourth metacarpal shaft", "third metacarpal", "Which bone is fractured?"),
    # a denial, a doubt, a bound of the value
    ("possibly right sided consolidation", "right", "Which side is the consolidation on?"),
    ("mostly left", "left", "Which side is the consolidation on?"),
    ("at least two cysts", "2", "How many cysts are in the liver?"),
    ("not the spleen", "spleen", "Which organ is enlarged on this scan?"),
    ("two or three cysts", "2", "How many cysts are in the liver?"),
    # words before the organ that the grader does not know
    ("qux zork spleen", "spleen", "Which organ is enlarged on this scan?"),
    ("normal appearing spleen", "spleen", "Which organ is enlarged on this scan?"),
    # an organ inside a gold region is not the region
    ("the liver", "abdomen", "What part of the body is imaged here?"),
    # the question's own value
    ("a mass in the posterior segment of the liver", "liver", "Which segment of the liver holds the mass?"),
    # a yes/no question is not typed
    ("left sided consolidation and the right lung is clear", "yes", "Is the consolidation on the left side?"),
])
def test_typed_no_match(answer: str, gold: str, question: str) -> None:
    assert not grade_open(answer, gold, question).matched


def test_modality_parts_and_word_forms() -> None:
    assert grade_open("fluoroscopic", "fluoroscopy", "What imaging modality was used?").matched
    assert grade_open("dermatoscopic", "dermoscopy", "What type of imaging study is shown?").matched
    combined = "What imaging modality was used?"
    assert grade_open("positron emission tomography with pet ct fusion of the thorax", "PET/CT", combined).matched
    assert not grade_open("pet or ct", "PET/CT", combined).matched  # an alternative among the parts
    assert not grade_open("ct of the chest", "PET/CT", combined).matched  # one part of the gold alone
    assert not grade_open("ct and mri", "CT", combined).matched  # a second modality


def test_typed_counted_apart() -> None:
    assert MatchStep.TYPED.value == "typed"
    assert MatchStep.TYPED not in {MatchStep.EXACT, MatchStep.FORMS, MatchStep.NUMBER, MatchStep.SYNONYM}


def test_a_side_belongs_to_the_asked_place() -> None:
    question = "Which side of the diaphragm sits higher?"
    assert grade_open("the left hemidiaphragm sits higher with a gastric bubble beneath it", "left", question).matched
    assert not grade_open("the left hemithorax looks smaller with crowded ribs", "left", question).matched
    ovary = "Which ovary holds the dermoid?"
    assert grade_open("fat containing lesion of the right ovary and the left ovary is normal", "right", ovary).matched
