"""Sides written as one or two letters in terse chains: "R IJ CVC", "L chest tube", "R>L effusions", "Lt", "Rt"
(issue #8, verify10).

Why: since judge 19 the letters were no sides (as automaton phrases they made every r and l inside a word a
candidate hit), so a terse faithful chain's "R lung clear" denied an opacity the report places on the left
(contradicted), and "L pleural collection" beside a report's right effusion went unnoticed. The letters are
``short_attr`` rows of the trigger table, found by the scanner's own letter search; a volume ("2 L"), the
lumbar spine ("L-spine", "L1"), an ECG wave ("R wave") and "L/min" stay no sides.
"""

import pytest

from medstep.verify import Verdict, extract_findings, verify


def _sides(text: str) -> set[tuple[str, str | None]]:
    return {(f.concept, f.laterality) for f in extract_findings(text) if f.category in ("finding", "device")}


@pytest.mark.parametrize("text, concept, side", [
    ("R IJ CVC tip in low SVC.", "central_venous_catheter", "right"),
    ("L chest tube in place.", "chest_tube", "left"),
    ("R>L effusions.", "pleural_effusion", "bilateral"),
    ("Lt effusion, small.", "pleural_effusion", "left"),
    ("Small pneumothorax (Rt).", "pneumothorax", "right"),
    ("Findings:\nR apical pneumothorax.", "pneumothorax", "right"),
])
def test_a_letter_sides_the_finding_after_it(text: str, concept: str, side: str) -> None:
    assert (concept, side) in _sides(text)


@pytest.mark.parametrize("text, concept", [
    ("L1 vertebral body fracture.", "fracture"),
    ("2 L of pleural effusion drained.", "pleural_effusion"),
    ("Tall R wave; no pleural effusion.", "pleural_effusion"),
    ("On 2 L/min oxygen, new effusion.", "pleural_effusion"),
])
def test_a_letter_that_is_no_side_sides_nothing(text: str, concept: str) -> None:
    assert (concept, None) in _sides(text)


def test_a_terse_normal_statement_takes_its_letter_side() -> None:
    report = "Large loculated left pleural effusion with a lenticular opacity. Right lung clear."
    assert verify("R lung clear.", report=report).steps[0].verdict is Verdict.SUPPORTED
    assert verify("L lung clear.", report=report).steps[0].verdict is not Verdict.SUPPORTED


def test_a_letter_on_the_wrong_side_is_a_laterality_error() -> None:
    report = "Small right pleural effusion. No pneumothorax."
    assert verify("Small L effusion.", report=report).steps[0].verdict is Verdict.CONTRADICTED
    assert verify("Small R effusion.", report=report).steps[0].verdict is Verdict.SUPPORTED
