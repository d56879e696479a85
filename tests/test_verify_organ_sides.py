"""The side of a one-sided structure: the liver, gastric bubble, cardiac apex, aortic knuckle, the minor and azygos
fissures (issue #8, verify10).

Why: "the liver shadow is on the right" against a situs inversus report whose liver is on the left, and "the
minor fissure on the left is elevated" (the minor fissure is right-sided) named no finding, so a chain with the
wrong side scored as its faithful original (retired blind 5 V2, one-error dev 3 P11).
"""

import pytest

from medstep.verify import Verdict, default_verifier, verify
from medstep.verify.organ_sides import read_sides

SITUS = ("The cardiac apex points to the right. The aortic knuckle is on the right. The gastric bubble lies under the "
         "right hemidiaphragm and the liver shadow is on the left.")
RUL = "Right upper lobe collapse: the horizontal fissure is elevated. Left lung clear."


def test_the_sides_a_sentence_gives_its_structures() -> None:
    got = [(d.structure, d.side) for d in read_sides(
        "The cardiac apex and the aortic knuckle are on the right. The liver is not on the left. A left-sided aortic arch.",
        default_verifier().extractor.scanner)]
    assert got == [("cardiac apex", "right"), ("aortic knuckle", "right"), ("aortic knuckle", "left")]


@pytest.mark.parametrize("report, chain, ok", [
    (SITUS, "The gastric bubble lies under the right hemidiaphragm and the liver shadow is on the left.", True),
    (SITUS, "The gastric bubble lies under the right hemidiaphragm and the liver shadow is on the right.", False),
    (RUL, "The horizontal fissure on the right is elevated.", True),
    (RUL, "The minor fissure on the left is elevated.", False),
    ("Right upper lobe collapse: the horizontal fissure is elevated. Left basal atelectasis.",
     "The horizontal fissure is elevated and there is left basal atelectasis.",
     True),  # the side of another thing
    ("Dextrocardia with situs inversus. The horizontal fissure is on the left.", "The minor fissure is on the left.",
     True),
])
def test_a_structure_on_the_wrong_side_is_contradicted(report: str, chain: str, ok: bool) -> None:
    v = verify(chain, report=report)
    assert (v.steps[0].verdict is Verdict.CONTRADICTED) is not ok


AZYGOS = ("A fine curvilinear line runs obliquely from the right lung apex to a small teardrop-shaped opacity just above "
          "the right hilum. No pneumothorax. Azygos fissure.")


@pytest.mark.parametrize("chain, ok", [
    ("A fine curvilinear line runs obliquely from the right apex towards the right hilum.", True),
    ("A fine curvilinear line runs obliquely from the left apex towards the right hilum.", False),
])
def test_the_line_a_chain_describes_keeps_the_reports_side(chain: str, ok: bool) -> None:
    # verify11: retired blind 5 V9 moved the azygos line to the left apex and scored as the faithful chain
    assert (verify(chain, report=AZYGOS).steps[0].verdict is Verdict.CONTRADICTED) is not ok


PELVIS = ("Radiographs of the pelvis. The right femoral head is flattened and sclerotic, and the right joint space is "
          "slightly wide. The left hip is normal.")
ONE_KNEE = "Radiograph of the left knee. Small joint effusion. No fracture."


@pytest.mark.parametrize("report, chain, ok", [
    # vlay23: a study of both hips names the normal left hip; the chain's right hip is the one the report describes
    (PELVIS, "The joint space of the right hip is a little wider than it should be.", True),
    (PELVIS, "The left hip looks normal.", True),
    # near miss: a study of one side's joint, whose report never speaks of the other side, keeps the conflict
    (ONE_KNEE, "The right knee has a small effusion.", False),
    (ONE_KNEE, "The left knee has a small effusion.", True),
])
def test_a_limb_joint_conflicts_only_where_the_evidence_never_names_its_side(report: str, chain: str, ok: bool) -> None:
    assert (verify(chain, report=report).steps[0].verdict is Verdict.CONTRADICTED) is not ok
