"""Lane concept46 (issue #8): the limb's long bones are no joints, and viral or atypical pneumonia is no COVID-19.

A long bone named intact or normal ("the radius is intact", "tibia and fibula look normal") was read as the joints'
normal row and denied the joint's effusion and dislocation, so a faithful chain on a Monteggia injury or a knee
effusion was contradicted. "Viral pneumonia" and "atypical pneumonia" were COVID-19 pneumonia's synonyms, so a
report's "no COVID-19 pneumonia" denied any viral pneumonia; they are pneumonia now, with the cause compared."""

from __future__ import annotations

import pytest

from medstep.verify import extract_findings, verify
from medstep.verify.verdicts import Verdict


def _contradicted(chain: str, report: str) -> bool:
    return any(s.verdict is Verdict.CONTRADICTED for s in verify(chain, report=report).steps)


@pytest.mark.parametrize(("chain", "report"), [
    ("The radius is intact.", "Ulnar shaft fracture with dislocation of the radial head; elbow joint effusion."),
    ("Tibia and fibula look normal.", "Large knee joint effusion. No fracture."),
    ("The humerus is unremarkable.", "Anterior glenohumeral dislocation."),
    ("The forearm bones are normal.", "Posterior elbow dislocation with a joint effusion."),
    ("The thigh bone is normal.", "Moderate knee effusion."),
])
def test_an_intact_long_bone_denies_no_joint_finding(chain: str, report: str) -> None:
    assert not _contradicted(chain, report)
    assert not any(f.concept in {"joint_effusion", "dislocation"} for f in extract_findings(chain))


@pytest.mark.parametrize(("chain", "report"), [
    ("The knee joint is normal.", "Moderate knee joint effusion."),
    ("The hip is normal.", "Left hip joint effusion."),
    ("The bones are intact.", "Fracture of the fibular shaft."),
    ("The femur is fractured.", "No fracture. Normal femur."),
    ("The humerus is dislocated.", "No dislocation."),
])
def test_joints_bones_and_broken_long_bones_keep_their_readings(chain: str, report: str) -> None:
    assert _contradicted(chain, report)


def test_a_broken_long_bone_is_a_fracture() -> None:
    found = {(f.concept, f.polarity.value) for f in extract_findings("The radius is broken.")}
    assert ("fracture", "present") in found
    assert not _contradicted("The radius is broken.", "Distal radius fracture.")


@pytest.mark.parametrize("text", ["Viral pneumonia.", "An atypical pneumonia pattern."])
def test_viral_and_atypical_pneumonia_are_pneumonia(text: str) -> None:
    assert [f.concept for f in extract_findings(text)] == ["pneumonia"]


@pytest.mark.parametrize(("chain", "report"), [
    ("A viral pneumonia.", "No features of COVID-19 pneumonia. Right lower lobe pneumonia."),
    ("Not COVID; this is a viral pneumonia.", "Viral pneumonia; no COVID-19 pneumonia."),
    ("Lobar pneumonia; no viral prodrome reported.", "Bacterial lobar pneumonia."),
    ("Pneumococcal pneumonia.", "Streptococcal pneumonia."),
    ("COVID-19 pneumonia.", "Typical COVID-19 pneumonia."),
])
def test_faithful_pneumonia_claims_stand(chain: str, report: str) -> None:
    assert not _contradicted(chain, report)


@pytest.mark.parametrize(("chain", "report"), [
    ("Viral pneumonia.", "Right middle lobe bacterial pneumonia."),
    ("Bacterial pneumonia of the left lower lobe.", "Viral pneumonia with bilateral interstitial opacities."),
    ("Viral pneumonia.", "Pneumocystis pneumonia."),
    ("No COVID-19 pneumonia.", "Bilateral ground-glass opacities typical of COVID-19 pneumonia."),
])
def test_a_pneumonia_of_another_cause_is_contradicted(chain: str, report: str) -> None:
    assert _contradicted(chain, report)
