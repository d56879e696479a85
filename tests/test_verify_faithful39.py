"""Faithful chains falsely contradicted (issue #8, faithful39): a biopsy or a scope named beside an imaging study is
the next step or the history, unless the step presents it as the picture read. Each reading is tested both ways: the faithful words stay uncontradicted, the
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
        (CXR + "Spiculated left upper lobe mass.", "This bronchoscopy picture shows a left upper lobe mass."),
        (CXR + "Spiculated left upper lobe mass.", "On the present histology slide a left upper lobe mass is seen."),
        (CT + "Sigmoid colon mass.", "Colonoscopy view: a sigmoid mass narrows the lumen."),
        (CT + "Sigmoid colon mass.", "These endoscopic images show a sigmoid mass."),
        (CT + "Sigmoid colon mass.", "In CT and colonoscopy a sigmoid mass is seen."),
        (CT + "Sigmoid colon mass.", "On endoscopy or ultrasound a sigmoid mass is seen."),
    ],
)
def test_a_scope_or_slide_presented_as_the_image_read_stays_contradicted(report: str, chain: str) -> None:
    assert "modality-conflict" in _rules(chain, report)


@pytest.mark.parametrize(
    ("report", "chain"),
    [
        (CT + "Sigmoid colon mass.", "A sigmoid mass; colonoscopy is warranted to sample it."),
        (CT + "Sigmoid colon mass.", "A sigmoid mass, not seen at colonoscopy two years ago."),
        (
            CXR + "Spiculated left upper lobe mass.",
            "A left upper lobe mass; on biopsy last week it was an adenocarcinoma.",
        ),
    ],
)
def test_a_scope_as_next_step_or_history_stays_uncontradicted(report: str, chain: str) -> None:
    assert "modality-conflict" not in _rules(chain, report)


def test_the_at_hand_reading_is_linear_on_hostile_input() -> None:
    """A 20k-character chain of tests and image words is judged in seconds (the at-hand windows are bounded)."""
    import time

    chain = ("this endoscopic, biopsy and colonoscopy view " * 500)[:20000]
    t0 = time.perf_counter()
    verify(chain, report=CT + "Sigmoid colon mass.")
    assert time.perf_counter() - t0 < 10


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
