"""Review probes of session 51's weighed-claims reader (``verify/weighed_claims.py``): erroneous claims it silenced.

Each chain states a finding about this image that its report denies (or denies one the report states); the reader
for general statements, doubted labels and differential items must leave those claims to be contradicted.
"""

from __future__ import annotations

import pytest

from medstep.verify import verify
from medstep.verify.verdicts import Verdict

CLEAR = ("PA chest radiograph. Lungs clear. Heart size normal. No pleural effusion. No pneumothorax. "
         "No consolidation. No pulmonary nodule or mass.")
LEFF = "PA chest radiograph. Small left pleural effusion. No pneumothorax. Heart size normal. Lungs otherwise clear."


@pytest.mark.parametrize(
    ("report", "chain", "expected"),
    [
        (CLEAR, "Differential:\n- Pleural effusion: present on the right, but small\n- Pneumothorax: none",
         {"pleural_effusion"}),
        (CLEAR, "Differential:\n- Pneumothorax: present on the right, not a skin fold", {"pneumothorax"}),
        (CLEAR, "Differential:\n- Pneumothorax: yes, not a skin fold", {"pneumothorax"}),
        (CLEAR, "Differential:\n- Consolidation: more likely than atelectasis given air bronchograms", {"consolidation"}),
        (CLEAR, "Differential:\n- Consolidation: seen in the right lower lobe, while atelectasis is less likely",
         {"consolidation"}),
        (LEFF, "Effusion: unlikely, the angles are sharp.", {"pleural_effusion"}),
        (CLEAR, "Pneumonia can explain the lobar consolidation.", {"consolidation"}),
        (CLEAR, "Congestive failure would fit the cardiomegaly and effusions.", {"cardiomegaly", "pleural_effusion"}),
    ],
)
def test_claims_about_this_image_stay_contradicted(report: str, chain: str, expected: set[str]) -> None:
    v = verify(chain, report=report)
    got = {fv.finding.concept for s in v.steps for fv in s.verdicts if fv.verdict is Verdict.CONTRADICTED}
    assert expected <= got
