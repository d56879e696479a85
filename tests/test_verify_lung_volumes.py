"""Normal lung volumes deny hyperinflation and low volumes, and say nothing of consolidation or effusion (issue #8,
verify11).

Why: "The lungs are of normal volume with normally domed hemidiaphragms." against hyperinflated lungs read as "the
lungs are clear" (no consolidation, effusion, ...), so a chain that turned emphysematous lungs normal scored above
its faithful paraphrase (retired blind 9 Z11: b9-v97 RadRScore 0.852 -> 0.278).
"""

import pytest

from medstep.verify.verifier import extract_findings


@pytest.mark.parametrize("text", ["The lungs are of normal volume with normally domed hemidiaphragms.",
                                  "Normal lung volumes.", "Lung volumes are normal."])
def test_normal_volumes_deny_hyperinflation_only(text: str) -> None:
    absent = {f.concept for f in extract_findings(text) if f.polarity.value == "absent"}
    assert {"hyperinflation", "low_lung_volumes"} <= absent
    assert not absent & {"consolidation", "pleural_effusion", "edema", "pneumonia"}
