"""A pulmonary artery catheter's tip keeps the side of its branch; "X may be Y, or not" commits to nothing (issue
#8, verify11).

Why: "its tip over a distal branch of the left lower lobe pulmonary artery" against the report's right lower lobe
branch read one unsided "pulmonary artery" position on both sides, so the laterality error scored above the faithful
chains (retired blind 9 Z9: b9-v76 RadRScore 0.952); and the all-hedge chain's "The catheter may be too far, or not."
committed to the catheter (clinical 0.361, above that one-error chain).
"""

import pytest

from medstep.verify import verify
from medstep.verify.positions import read_positions
from medstep.verify.verifier import extract_findings

REPORT = ("A right internal jugular pulmonary artery (Swan-Ganz) catheter courses through the right heart with its tip "
          "projecting over a distal branch of the right lower lobe pulmonary artery.")


@pytest.mark.parametrize("text, places", [
    ("Its tip lies over a branch of the left lower lobe pulmonary artery.", {"left pulmonary artery"}),
    ("The Swan-Ganz catheter tip is in the main pulmonary artery.", {"main pulmonary artery"}),
    ("Swan-Ganz catheter with tip in the pulmonary artery.",
     {"main pulmonary artery", "right pulmonary artery", "left pulmonary artery"}),
])
def test_a_pulmonary_artery_position_keeps_its_side(text: str, places: set[str]) -> None:
    found, _ = read_positions(text, "venous")
    assert [set(p.places) for p in found if "pulmonary artery" in " ".join(p.places)] == [places]


@pytest.mark.parametrize("chain, contradicted", [
    ("A Swan-Ganz catheter has its tip over a distal branch of the left lower lobe pulmonary artery.", True),
    ("A Swan-Ganz catheter has its tip over a distal branch of the right lower lobe pulmonary artery.", False),
    ("A Swan-Ganz catheter has its tip in the pulmonary artery.", False),
])
def test_the_tip_on_the_other_side_is_contradicted(chain: str, contradicted: bool) -> None:
    assert verify(chain, report=REPORT).has_contradiction is contradicted


def test_or_not_after_a_claim_hedges_its_sentence() -> None:
    assert [f.polarity.value for f in extract_findings("The catheter may be too far, or not.")
            if f.category == "device"] == ["uncertain"]
