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


# review of concept46: a sentence giving two causes gives none (a differential, a ranking, a mixed or sequential
# cause), a cause word before another thing's noun or after "post"/"non" is no cause of the pneumonia
@pytest.mark.parametrize(("chain", "report"), [
    ("Viral or bacterial pneumonia.", "Bacterial pneumonia."),
    ("A viral pneumonia is less likely than a bacterial pneumonia.", "Bacterial pneumonia."),
    ("Viral pneumonia with a superimposed bacterial pneumonia.", "Bacterial superinfection of a viral pneumonia."),
    ("Viral versus bacterial pneumonia.", "Bacterial pneumonia."),
    ("Post-viral bacterial pneumonia.", "Bacterial pneumonia."),
    ("Non-viral pneumonia.", "Bacterial pneumonia."),
    ("Viral prodrome then pneumonia.", "Bacterial pneumonia."),
    ("Viral illness with pneumonia.", "Bacterial pneumonia."),
    ("Viral pneumonia.", "Bacterial pneumonia is less likely than viral pneumonia."),
])
def test_two_causes_or_a_cause_of_something_else_give_no_cause(chain: str, report: str) -> None:
    assert not _contradicted(chain, report)


@pytest.mark.parametrize(("chain", "report"), [
    ("Viral pneumonia, not bacterial pneumonia.", "Bacterial pneumonia."),
    ("Bacterial pneumonia rather than a viral pneumonia.", "Viral pneumonia."),
    ("Viral interstitial pneumonia.", "Bacterial pneumonia of the left lower lobe."),
    ("Bacterial lobar pneumonia.", "Viral pneumonia."),
])
def test_one_cause_said_beside_a_denied_one_is_still_compared(chain: str, report: str) -> None:
    assert _contradicted(chain, report)


@pytest.mark.parametrize(("question", "text", "expected"), [
    ("Is the elbow dislocated?", "The radius and ulna are normal, and the elbow joint is congruent with no dislocation.",
     "no"),
    ("Is the knee dislocated?", "The femur and tibia are intact, and the knee joint is not dislocated.", "no"),
    ("Is the hip dislocated?", "The femur is dislocated.", None),
])
def test_a_long_bone_beside_its_joint_keeps_the_reading(question: str, text: str, expected: str | None) -> None:
    from medstep.extract import extract
    from medstep.types import AnswerType, Sample
    got = extract(text, Sample(id="p", question=question, answer="yes", answer_type=AnswerType.CLOSED)).answer
    assert got == expected
