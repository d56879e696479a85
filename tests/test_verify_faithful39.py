"""Faithful chains falsely contradicted (issue #8, faithful39): a biopsy or a scope named beside an imaging study, and
a long bone of a limb read as a joint. Each reading is tested both ways: the faithful words stay uncontradicted, the
same words stating a wrong fact stay contradicted."""

from __future__ import annotations

import pytest

from medstep.verify import Verdict, verify

CXR = "EXAMINATION: Chest radiograph, PA.\nFINDINGS: "
CT = "EXAMINATION: CT abdomen and pelvis with contrast.\nFINDINGS: "
XR = "EXAMINATION: Radiograph.\nFINDINGS: "


def _rules(chain: str, report: str) -> set[str]:
    """The rules of the chain's contradicted, counted claims."""
    v = verify(chain, report=report)
    return {
        fv.rule for s in v.steps for fv in s.verdicts if fv.verdict is Verdict.CONTRADICTED and fv.consistent is False
    }


@pytest.mark.parametrize(
    ("report", "chain"),
    [
        (CXR + "Large right pleural effusion.", "Large right effusion. Thoracentesis with cytology is the next move."),
        (
            CXR + "Spiculated left upper lobe mass.",
            "A spiculated left upper lobe mass. This needs a tissue biopsy to confirm.",
        ),
        (
            CT + "Free intraperitoneal gas after recent polypectomy.",
            "Free gas after colonoscopy and polypectomy suggests a perforation.",
        ),
        (
            "EXAMINATION: CT chest.\nFINDINGS: Endobronchial lesion in the right main bronchus.",
            "An endobronchial lesion in the right main bronchus; a bronchoscopy earlier this year was normal.",
        ),
    ],
)
def test_a_biopsy_or_scope_beside_imaging_is_another_test(report: str, chain: str) -> None:
    assert "modality-conflict" not in _rules(chain, report)


@pytest.mark.parametrize(
    ("report", "chain"),
    [
        (CXR + "Large right pleural effusion.", "On this CT, there is a large right effusion."),
        (CXR + "Large right pleural effusion.", "The MRI shows a large right effusion."),
        ("EXAMINATION: MRI brain.\nFINDINGS: Left frontal glioma.", "The CT shows a left frontal mass."),
        # against a pathology slide or an endoscopy report a scope or another test is still another study
        ("Histopathology: H&E stained section shows caseating granulomas.", "The endoscopy image shows granulomas."),
        ("Colonoscopy image: a pedunculated polyp in the sigmoid colon.", "This CT image shows a sigmoid polyp."),
    ],
)
def test_a_wrong_study_stays_contradicted(report: str, chain: str) -> None:
    assert "modality-conflict" in _rules(chain, report)


@pytest.mark.parametrize(
    ("report", "chain"),
    [
        (
            XR + "Left elbow: joint effusion with elevated anterior and posterior fat pads.",
            "The ulna and radius look normal.",
        ),
        (XR + "Posterior dislocation of the right hip.", "The femur looks intact."),
        (XR + "Large knee joint effusion.", "The tibia and fibula are unremarkable."),
        (XR + "Moderate osteoarthritis of the right hip.", "The thigh bone is normal."),
    ],
)
def test_an_intact_long_bone_denies_no_joint_finding(report: str, chain: str) -> None:
    assert not _rules(chain, report)


@pytest.mark.parametrize(
    ("report", "chain"),
    [
        (XR + "Left elbow: joint effusion with elevated fat pads.", "The elbow joint is normal."),
        (XR + "Posterior dislocation of the right hip.", "The hip is normal."),
        (XR + "Large knee joint effusion.", "The knee is normal."),
        (XR + "Moderate osteoarthritis of the right hip.", "The hip joint is normal."),
        (XR + "Normal elbow.", "There is an elbow joint effusion."),
    ],
)
def test_a_normal_or_denied_joint_stays_contradicted(report: str, chain: str) -> None:
    assert "polarity-conflict" in _rules(chain, report)


def test_a_long_bone_still_bounds_a_denial_to_itself() -> None:
    """'No skip lesion in the femur' denies no tumour named elsewhere (the bone is still an organ of its own)."""
    report = XR + "Aggressive lesion of the distal femoral metaphysis. No skip lesion in the visualised femur."
    assert not _rules("An aggressive metaphyseal tumour of the distal femur.", report)
