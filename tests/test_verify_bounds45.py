"""Concept boundaries that contradicted faithful claims (issue #8, session 45 lane medi45), both ways.

Why: "the mediastinum is not widened" was contradicted by a report's cardiomegaly (the mediastinum's widening and the
heart's enlargement shared one concept); a differential's heading ("**Tumour:** no mass") read its finding present;
"volume loss, right greater than left" and "bullae at the apices, the largest in the right apex" read one-sided and
gave a faithful bilateral claim a side conflict. Each fix comes with the near misses that must still be caught.
"""

import pytest

from medstep.verify import verify
from medstep.verify.verdicts import Verdict


def _outcome(report: str, chain: str) -> str:
    v = verify(chain, report=report)
    verdicts = [fv.verdict for s in v.steps for fv in s.verdicts]
    if Verdict.CONTRADICTED in verdicts:
        return "contra"
    return "supported" if Verdict.SUPPORTED in verdicts else "ok"


FAITHFUL = [
    ("Cardiomegaly with a cardiothoracic ratio of 0.61. Lungs clear.", "There is no widening of the mediastinum."),
    ("The heart is enlarged. No effusion.", "Mediastinal contours are within normal limits."),
    ("Globular enlargement of the cardiac shadow since last month.", "The superior mediastinum is not widened."),
    ("No focal mass. Acute infarct in the right PCA territory.",
     "**Neoplasm:** no mass lesion; the abnormality follows a vascular territory."),
    ("No lung mass. Patchy consolidation in the left lower lobe.", "Lung cancer: there is no mass."),
    ("No pleural fluid. Right lower lobe consolidation.", "- Effusion: there is no pleural fluid."),
    ("Fibrotic change at both apices with upper lobe volume loss, right more than left.",
     "Both upper lobes have lost volume."),
    ("Thin-walled bullae at the apices, the largest on the left measuring 4 cm.", "Apical bullae on both sides."),
]


@pytest.mark.parametrize(("report", "chain"), FAITHFUL)
def test_a_faithful_claim_is_not_contradicted(report: str, chain: str) -> None:
    assert _outcome(report, chain) != "contra"


CAUGHT = [
    ("Cardiomegaly.", "Heart size is normal."),
    ("Cardiomegaly.", "The cardiomediastinal silhouette is within normal limits."),
    ("Widened mediastinum, concerning for aortic injury. Heart size normal.", "The mediastinum is normal in width."),
    ("The mediastinum is widened. Heart size normal.", "The heart is enlarged."),
    ("No pneumothorax.", "Pneumothorax: no mediastinal shift."),
    ("No mass. Normal brain.", "**Mass:** a 3 cm mass in the right frontal lobe."),
    ("No cardiomegaly. Clear lungs.", "Mild cardiomegaly: no effusion."),
    ("A 3 cm bulla at the right apex.", "Bullae at both apices."),
    ("A single 12 mm nodule in the right lower lobe.", "Nodules are present in both lungs."),
]


@pytest.mark.parametrize(("report", "chain"), CAUGHT)
def test_a_near_miss_is_still_contradicted(report: str, chain: str) -> None:
    assert _outcome(report, chain) == "contra"


def test_the_silhouette_is_still_the_heart_and_the_mediastinum() -> None:
    assert _outcome("Cardiomegaly.", "The cardiomediastinal silhouette is enlarged.") == "supported"
    assert _outcome("Mediastinal widening. The heart is normal in size.", "Widening of the mediastinum is seen.") \
        == "supported"


def test_a_heading_denying_something_else_still_claims_its_finding() -> None:
    assert _outcome("Large left pneumothorax. The mediastinum is central.", "Pneumothorax: no mediastinal shift.") \
        == "supported"
    v = verify("Spinal tuberculosis: no cord compression.", report="No cord compression.")
    assert any(fv.finding.polarity.value == "present" for s in v.steps for fv in s.verdicts)


@pytest.mark.parametrize(("report", "chain", "expected"), [
    ("Bilateral interstitial change, probably PJP.", "It does not look like a bacterial pneumonia.", "ok"),
    ("Dense right lower lobe pneumococcal pneumonia.", "This is not a fungal pneumonia.", "ok"),
    ("Right lower lobe pneumonia.", "There is no bacterial pneumonia.", "contra"),
    ("Dense right lower lobe pneumococcal pneumonia.", "This is not a bacterial pneumonia.", "contra"),
    ("Pneumocystis pneumonia.", "There is no pneumonia.", "contra"),
])
def test_a_denied_cause_of_pneumonia_spares_another_cause(report: str, chain: str, expected: str) -> None:
    assert (_outcome(report, chain) == "contra") is (expected == "contra")


# review of medi45: the near misses the first version lost
@pytest.mark.parametrize(("report", "chain"), [
    ("Small left pleural effusion. No right effusion.", "Pleural effusions, right greater than left."),
    ("Right pleural effusion. No left effusion.", "Effusion, right greater than left."),
    ("Several nodules in the left lung, the largest 8 mm in the left upper lobe.",
     "Several pulmonary nodules, the largest in the right upper lobe."),
    ("Bullae at the right apex; the left apex is clear.", "Bullae at the apices, the largest on the left."),
    ("No pneumothorax. Lungs clear.", "Pneumothorax: no tension pneumothorax, and the mediastinum is central."),
    ("No pneumothorax. No pleural effusion.", "Pneumothorax: there is no pleural effusion with it."),
    ("Heart size and mediastinal contours are normal.", "The cardiomediastinal silhouette is enlarged."),
    ("Heart size is normal. The mediastinum is not widened.", "The cardiomediastinal silhouette is enlarged."),
    ("Pneumocystis jirovecii pneumonia.", "This is not a fungal pneumonia."),
])
def test_a_near_miss_of_the_review_is_contradicted(report: str, chain: str) -> None:
    assert _outcome(report, chain) == "contra"


@pytest.mark.parametrize(("report", "chain"), [
    ("Pleural effusions, right greater than left.", "Bilateral pleural effusions."),
    ("Bullae at both apices, the largest on the right measuring 5 cm.", "Bilateral apical bullae."),
    ("Moderate right pneumothorax without tension.", "Pneumothorax: no tension pneumothorax; the mediastinum is midline."),
    ("Cardiomegaly. Mediastinum not widened.", "The cardiomediastinal silhouette is enlarged because of the heart."),
])
def test_a_faithful_claim_of_the_review_is_not_contradicted(report: str, chain: str) -> None:
    assert _outcome(report, chain) != "contra"
