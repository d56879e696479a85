"""A denial does not deny the finding its object lies in: "No calcification in the lesion." (issue #8, verify11).

Why: the report's "No calcification in the lesion." read the lesion as absent, so a good chain's "Six months ago this
was a 3 cm solid nodule" and "worrying for a cavitating carcinoma" were contradicted (retired blind 9 Z7: RadRScore
0.417 for the good chain, below three one-error chains).
"""

import pytest

from medstep.verify.verifier import extract_findings


@pytest.mark.parametrize("text, denied, kept", [
    ("No calcification in the lesion.", "calcification", "lesion"),
    ("No cavitation within the mass.", "cavitation", "mass"),
    ("No air-fluid level in the cavity.", "pneumatocele_cavity", "cavitation"),
])
def test_the_finding_a_denied_one_would_lie_in_is_not_denied(text: str, denied: str, kept: str) -> None:
    found = {(f.concept, f.polarity.value) for f in extract_findings(text)}
    assert (denied, "absent") in found and (kept, "present") in found


def test_a_list_of_denials_still_runs_on() -> None:
    found = {(f.concept, f.polarity.value) for f in extract_findings(
        "No effusion, consolidation in the right lung or pneumothorax.")}
    assert found >= {("pleural_effusion", "absent"), ("consolidation", "absent"), ("pneumothorax", "absent")}


@pytest.mark.parametrize("text, present", [
    ("The left hemithorax is lucent without lung markings and the left lung has collapsed toward the hilum, a large "
     "left pneumothorax.", "pneumothorax"),  # retired blind 9 Z3's good chain read the pneumothorax denied
    ("No effusion and the heart is enlarged.", "cardiomegaly"),
])
def test_and_opening_a_clause_that_states_a_finding_ends_the_denial(text: str, present: str) -> None:
    assert (present, "present") in {(f.concept, f.polarity.value) for f in extract_findings(text)}


def test_a_denial_runs_on_over_and_with_a_normal_clause() -> None:
    found = {(f.concept, f.polarity.value) for f in extract_findings(
        "The mediastinum is clear, which argues against lymphoma, and the main pulmonary artery is normal in size, "
        "against pulmonary hypertension.")}
    assert ("pulmonary_hypertension", "absent") in found


def test_a_pronoun_clause_after_a_comma_ends_the_denial() -> None:
    # retired blind 9 Z4: the good chain's sentence read every finding denied by "not being ventilated"
    found = {(f.concept, f.polarity.value) for f in extract_findings(
        "Because the left lung is not being ventilated, it is losing volume, with increased opacity and a slight "
        "mediastinal shift to the left.")}
    assert {("tracheal_deviation", "present"), ("atelectasis", "present"), ("lung_opacity", "present")} <= found
