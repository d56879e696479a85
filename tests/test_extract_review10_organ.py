"""Wrong readings found in review of closed10's batches 2-3 (review10): the organ reader and the placement pair.
One sentence per case; invented texts. Each read a verdict the text does not give."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _closed(question: str, text: str) -> str | None:
    return extract(text, Sample(id="r10", question=question, answer="yes", answer_type=AnswerType.CLOSED)).answer


@pytest.mark.parametrize("question, text, expected", [
    # a denial placed in an organ the vocabulary does not know was taken for a denial with no place (read no)
    ("Is there a fracture of the femur?", "No fracture of the tibia.", None),
    ("Is there a fracture of the radius?", "No acute fracture of the ulna.", None),
    ("Is there hemorrhage in the brain?", "No significant hemorrhage in the scalp.", None),
    ("Is there a fracture of the femur?", "No fracture of the femur.", "no"),
    # part of the organ called normal was taken for the whole organ (read no)
    ("Is there a mass in the liver?", "The left lobe of the liver is normal.", None),
    ("Is there a mass in the liver?", "Segment VI of the liver is normal.", None),
    ("Is there a mass in the liver?", "The liver contour is normal.", None),
    ("Is there a mass in the liver?", "The liver is normal.", "no"),
    # a position aimed at, not stated (read yes)
    ("Is the NG tube in good position?", "The NG tube should be advanced to reach a good position.", None),
    ("Is the NG tube in good position?", "The NG tube must be repositioned to a good position.", None),
    ("Is the NG tube in good position?", "Aim for a good position of the NG tube.", None),
    ("Is the endotracheal tube in good position?",
     "The ETT tip is 4 cm above the carina, which is an appropriate position.", "yes"),
])
def test_organ_and_placement_review10(question: str, text: str, expected: str | None) -> None:
    assert _closed(question, text) == expected
