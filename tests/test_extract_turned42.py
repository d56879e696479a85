"""An option named as what holds the OTHER pole of the asked property is not the answer (issue #7, lane wrong42b).

"The device that sits correctly is the chest drain, D." to "Which device is malpositioned?" names D as the one the
question does not ask for; "The kidney that is normal in size is the left kidney." to "Which kidney is enlarged?"
names the left one as not enlarged, and says nothing sure of the right (never inferred). Said of the asked pole (or
in its other words: "in the wrong place"), the same sentence answers.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

_TUBES = {"A": "Endotracheal tube", "B": "Nasogastric tube", "C": "Chest tube", "D": "Central venous catheter"}
_SIDES = {"A": "Left", "B": "Right"}
_VESSELS = {"A": "Right internal carotid artery", "B": "Left internal carotid artery", "C": "Basilar artery"}
_LESIONS = {"A": "Hepatic lesion", "B": "Renal lesion", "C": "Splenic lesion"}


def _read(question: str, options: dict[str, str], text: str) -> str | None:
    sample = Sample(id="t", question=question, answer="A", answer_type=AnswerType.CHOICE, options=options)
    return extract(text, sample).answer


@pytest.mark.parametrize(
    ("question", "options", "text"),
    [
        ("Which tube is malpositioned?", _TUBES, "The catheter that lies appropriately is D."),
        ("Which tube is malpositioned?", _TUBES, "The device that sits properly is the chest tube (C)."),
        ("Which tube is malpositioned?", _TUBES, "The tube positioned correctly is the endotracheal tube."),
        ("Which tube is malpositioned?", _TUBES, "The nasogastric tube is the one that is well positioned."),
        ("Which tube is malpositioned?", _TUBES, "The chest tube is the correctly placed device."),
        ("Which tube is malpositioned?", _TUBES, "The tube that is not malpositioned is the endotracheal tube."),
        ("Which device is correctly positioned?", _TUBES, "The tube in the wrong place is the chest tube."),
        ("Which device is correctly positioned?", _TUBES, "The chest tube is the poorly-positioned device."),
        ("Which kidney is enlarged?", _SIDES, "The kidney that is normal in size is the right kidney."),
        ("Which kidney is enlarged?", _SIDES, "The left kidney is the one that is normal."),
        ("Which kidney is enlarged?", _SIDES, "The left kidney is the normal one."),
        ("Which side is affected?", _SIDES, "The left is the unaffected side."),
        ("Which kidney is normal?", _SIDES, "The right kidney is the abnormal one."),
        ("Which lesion is malignant?", _LESIONS, "The renal lesion is the benign one."),
        ("Which vessel is occluded?", _VESSELS, "The basilar artery is the one that is patent."),
        ("Which vessel is occluded?", _VESSELS, "The basilar artery is the one that is not occluded."),
        ("Which kidney is enlarged?", _SIDES, "The right kidney is of normal size."),
        ("Which kidney is enlarged?", _SIDES, "Left kidney: the normal one."),
        ("Which kidney is enlarged?", _SIDES, "Normal kidney: left."),
        ("Which tube is malpositioned?", _TUBES, "Well-positioned tube: A."),
        ("Which tube is malpositioned?", _TUBES, "The endotracheal tube - the one in good position."),
        ("Which tube is malpositioned?", _TUBES, "The chest tube is appropriately positioned in the pleural space."),
    ],
)
def test_other_pole_names_no_answer(question: str, options: dict[str, str], text: str) -> None:
    assert _read(question, options, text) is None


@pytest.mark.parametrize(
    ("question", "options", "text", "letter"),
    [
        (
            "Which line is malpositioned?",
            {"A": "PICC", "B": "Central venous catheter"},
            "The line in the wrong place is B.",
            "B",
        ),
        ("Which tube is malpositioned?", _TUBES, "The tube sitting in the wrong place is the nasogastric tube.", "B"),
        ("Which tube is malpositioned?", _TUBES, "The endotracheal tube is the one that is misplaced.", "A"),
        (
            "Which tube is malpositioned?",
            _TUBES,
            "The chest tube is the misplaced device, not the endotracheal tube.",
            "C",
        ),
        (
            "Which device is correctly positioned?",
            _TUBES,
            "The tube that sits correctly is the endotracheal tube, A.",
            "A",
        ),
        ("Which kidney is enlarged?", _SIDES, "The left kidney is the one that is enlarged, the right is normal.", "A"),
        ("Which kidney is enlarged?", _SIDES, "The right kidney is the enlarged one.", "B"),
        ("Which kidney is normal?", _SIDES, "The left kidney is the normal one.", "A"),
        ("Which vessel is occluded?", _VESSELS, "The basilar artery is the one that is occluded.", "C"),
        ("Which lesion is malignant?", _LESIONS, "The malignant lesion is the splenic lesion.", "C"),
        ("Which tube is malpositioned?", _TUBES, "The answer is clear: B.", "B"),
        ("Which tube is malpositioned?", _TUBES, "The nasogastric tube is malpositioned in the oesophagus.", "B"),
        (
            "Which kidney is enlarged?",
            _SIDES,
            "The right kidney is normal in appearance but the left is enlarged.",
            "A",
        ),
        ("Which kidney is enlarged?", _SIDES, "Answer: B. The left kidney is normal.", "B"),
        ("Which kidney is normal?", _SIDES, "Left kidney: normal.", "A"),
        # the other pole named first, the answer stated after it
        (
            "Which tube is malpositioned?",
            _TUBES,
            "The well-positioned tube is the endotracheal tube; the nasogastric tube is coiled. Answer: B",
            "B",
        ),
    ],
)
def test_asked_pole_names_the_answer(question: str, options: dict[str, str], text: str, letter: str) -> None:
    assert _read(question, options, text) == letter


def test_hostile_lengths_stay_fast() -> None:
    """The subject and "the one that" patterns are bounded: 20k characters of their pieces read at once."""
    import time

    for text in ("A is the " + "one " * 5000 + "that", "the " * 5000 + "is the", "sits " * 4000 + "correctly"):
        start = time.perf_counter()
        _read("Which tube is malpositioned?", _TUBES, text)
        assert time.perf_counter() - start < 2.0
