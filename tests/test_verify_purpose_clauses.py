"""What a step says may happen or is done to avoid is no finding; "no X yet to suggest Y" denies Y; "Either A, B or C"
commits to none of them (issue #8, verify11).

Why: a reference step "The catheter ... should be withdrawn to avoid infarction or rupture" read as an infarct and a
(ligament) rupture present, so every faithful chain of retired blind 9 Z9 missed a "rupture" and the good chain's "no
wedge-shaped opacity yet to suggest infarction" ("yet" ended the denial) was contradicted (RadRScore 0.403); a
restating chain "Either the CVC is in the right atrium, the PA catheter is too distal, the pacemaker lead is
fractured, or there is no malposition" claimed every option's finding.
"""

import pytest

from medstep.verify.verifier import extract_findings


def _claims(text: str) -> list[tuple[str, str]]:
    return [(f.concept, f.polarity.value) for f in extract_findings(text) if f.category in ("finding", "device")]


@pytest.mark.parametrize("text, unsaid", [
    ("The catheter should be withdrawn to avoid infarction or rupture.", {"infarct", "ligament_tear"}),
    ("There is a risk of pneumothorax.", {"pneumothorax"}),
    ("The tube was placed to prevent aspiration.", {"aspiration"}),
])
def test_a_purpose_or_a_risk_claims_no_finding(text: str, unsaid: set[str]) -> None:
    assert not {c for c, p in _claims(text) if p != "absent"} & unsaid


def test_a_denial_runs_on_over_yet_to() -> None:
    assert ("infarct", "absent") in _claims("There is no wedge-shaped opacity yet to suggest infarction.")
    assert ("consolidation", "present") in _claims("No effusion, yet there is consolidation.")  # "yet" still turns


def test_an_either_list_commits_to_none_of_its_items() -> None:
    got = _claims("Either the CVC is in the right atrium, the PA catheter is too distal, the pacemaker lead is fractured, "
                  "or there is no malposition.")
    assert got and all(p == "uncertain" for _, p in got)
    assert _claims("No effusion on either side.") == [("pleural_effusion", "absent")]
