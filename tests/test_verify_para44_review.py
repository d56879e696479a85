"""Review of lane para44: the near misses its new readings got wrong (fresh wording)."""

from __future__ import annotations

import pytest

from medstep.verify import verify


def detected(report: str, chain: str) -> int:
    return verify(chain, report=report).errors[0]


@pytest.mark.parametrize(
    ("report", "chain", "errors"),
    [
        # the lingula is part of the left upper lobe; a denial reaching both lungs is no one lobe's
        ("Consolidation in the lingula.", "There is no consolidation in the left upper lobe.", 1),
        ("Consolidation in the right lower lobe.", "No consolidation in either lung, including the right upper lobe.", 1),
        ("Consolidation in the right lower lobe.", "No consolidation in the right upper lobe.", 0),
        # gone from a place is gone; gone from one amount to another is a change
        ("The left basal consolidation has resolved.", "The consolidation has gone from the left base.", 0),
        ("Persistent left basal consolidation.", "The consolidation has gone from the left base.", 1),
        ("The left basal consolidation has resolved.", "The consolidation has gone on to resolve.", 0),
        ("Liver metastases increased from four to nine.", "The liver lesions have gone from the four seen before to nine.", 0),
        # a worry the clause goes on to find is a finding said
        ("No pneumothorax.", "The main worry, a pneumothorax, is present at the right apex.", 1),
        ("No pneumothorax.", "The obvious worry here is the large right pneumothorax.", 1),
        ("No pneumothorax.", "The usual worry is a pneumothorax, and here one is present at the right apex.", 1),
        ("No pneumothorax.", "The main worry is a pneumothorax, and none is seen.", 0),
        # what a clause before the rejected subject says stands; a rejected alternative called present is there
        ("No pneumothorax.", "There is a right pneumothorax and heart failure is not the diagnosis.", 1),
        ("No pleural effusion.", "A right pleural effusion is not the answer, although it is clearly present.", 1),
    ],
)
def test_review_near_misses(report: str, chain: str, errors: int) -> None:
    assert detected(report, chain) == errors
