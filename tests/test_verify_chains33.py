"""Chains33 (issue #8): faithful chains lost to erring ones on a fresh blind set for two general reasons.

1. A chain step titled like a report section ("**Interval comparison:**", "History:") started a report
   section skip that ran to the next "Findings:", so every later step of a faithful chain claimed nothing.
   A chain has no sections: its headers are step titles (``Extractor.analyse(sections=False)``).
2. An answer option weighed as the explanation and turned down ("healed histoplasmosis (D) does not explain
   the findings") was read as a claim that the finding is there, a false contradiction. Such a clause claims
   nothing of what it turns down; what the clause says before a comma stands.
"""

from __future__ import annotations

import pytest

from medstep.verify import extract_findings, verify


def _claims(chain: str, report: str | None = None) -> set[tuple[str, str]]:
    v = verify(chain, report=report)
    return {(f.concept, f.polarity.value) for s in v.steps for f in s.findings}



@pytest.mark.parametrize(("chain", "claim"), [
    ("**Comparison:** The prior film was normal.\n\n**Lungs:** There is a large right pleural effusion.",
     ("pleural_effusion", "present")),
    ("Comparison: older study from 2019.\nStep 2: A left pneumothorax is present.", ("pneumothorax", "present")),
    ("1. History: smoker with cough.\n2. Findings in the lungs: right upper lobe consolidation.",
     ("consolidation", "present")),
    ("**Indication:** chest pain.\n\n**Pleura:** No pleural effusion.", ("pleural_effusion", "absent")),
    ("Interval comparison: compared with last month.\n\nThere is a new right lower lobe nodule.",
     ("pulmonary_nodule", "present")),
    ("Comparisons: none.\n\nNo pneumothorax is seen.", ("pneumothorax", "absent")),
])
def test_a_chain_header_skips_no_later_step(chain: str, claim: tuple[str, str]) -> None:
    assert claim in _claims(chain)


def test_a_report_section_still_skips() -> None:
    # the report keeps its sections: the history's pneumonia is no image finding
    found = {(f.concept, f.polarity.value) for f in extract_findings("History: pneumonia.\nFindings: No effusion.")}
    assert ("pneumonia", "present") not in found
    assert ("pleural_effusion", "absent") in found


@pytest.mark.parametrize(("chain", "rejected"), [
    ("Healed sarcoidosis does not explain a unilateral effusion.", "sarcoidosis"),
    ("So retrosternal goitre (D) does not fit here.", "goiter"),
    ("A hiatus hernia would not account for the air-fluid level in the lung.", "hiatal_hernia"),
    ("Lymphoma wouldn't explain the rib destruction.", "lymphoma"),
    ("Atelectasis therefore does not explain the appearance.", "atelectasis"),
    ("An aspirated foreign body would not produce bilateral changes.", "foreign_body"),
    ("Tuberculosis (A) doesn't account for the new rib lysis.", "tuberculosis"),
    ("A pleural collection with a fistula would instead be lens-shaped.", "pleural_effusion"),
])
def test_a_rejected_explanation_is_no_claim(chain: str, rejected: str) -> None:
    assert rejected not in {c for c, _ in _claims(chain)}


def test_the_clause_before_a_rejection_stands() -> None:
    claims = _claims("There are no septal lines, so heart failure does not explain the picture.")
    assert ("septal_thickening", "absent") in claims
    assert "heart_failure" not in {c for c, _ in claims}
    claims = _claims("The mass erodes the rib, which a lipoma would not cause.")
    assert ("mass", "present") in claims and "lipoma" not in {c for c, _ in claims}


@pytest.mark.parametrize(("chain", "claim"), [
    ("The effusion explains the dyspnoea.", ("pleural_effusion", "present")),
    ("A right pneumothorax is present, which explains the hypoxia.", ("pneumothorax", "present")),
    ("There is no effusion to explain the dyspnoea.", ("pleural_effusion", "absent")),
    ("The endotracheal tube does not reach the carina.", ("endotracheal_tube", "present")),
    ("There is a large left pleural effusion; it does not cause mediastinal shift.", ("pleural_effusion", "present")),
])
def test_near_misses_keep_their_claim(chain: str, claim: tuple[str, str]) -> None:
    assert claim in _claims(chain)


def test_a_rejected_option_is_no_false_contradiction() -> None:
    report = "Calcified pleural plaques. No pleural effusion. No calcified granulomas."
    v = verify("Calcified pleural plaques are seen. There are no calcified granulomas, so healed histoplasmosis (D) "
               "does not explain the findings.", report=report)
    assert not v.has_contradiction


# 3. The rejection said of the option instead of by it ("makes pyelonephritis inapplicable"): the same verdict, so
#    the same reading; otherwise a faithful chain wording it so kept a false contradiction an erring chain saying
#    "does not fit" dropped (blind32 X14 inverted).
@pytest.mark.parametrize(("chain", "rejected"), [
    ("The patient is afebrile, which makes pyelonephritis inapplicable.", "pyelonephritis"),
    ("Given the chronic course, pneumonia is not applicable here.", "pneumonia"),
    ("The hila are normal, so sarcoidosis does not apply.", "sarcoidosis"),
    ("With a smooth margin, a pneumothorax doesn't apply.", "pneumothorax"),
    ("No fever and normal markers, rendering an abscess inapplicable.", "abscess"),
])
def test_a_rejection_worded_of_the_option_is_no_claim(chain: str, rejected: str) -> None:
    assert not any(concept == rejected for concept, _ in _claims(chain))


# 4. A post-negation after "and" plus a subject the lexicon does not know ("and the right ureteric jet is absent")
#    denies that subject, not the finding of the conjunct before it.
@pytest.mark.parametrize(("chain", "claim"), [
    ("There is an 8 mm shadowing stone in the ureter, and the right ureteric jet is absent.",
     ("kidney_stone", "present")),
    ("A large right pleural effusion, and the costophrenic sulcus is not seen.", ("pleural_effusion", "present")),
    ("Right lower lobe consolidation, and its usual silhouette is absent.", ("consolidation", "present")),
    ("A left pneumothorax is present and the lung markings beyond it are absent.", ("pneumothorax", "present")),
])
def test_a_denial_with_its_own_subject_stays_there(chain: str, claim: tuple[str, str]) -> None:
    assert claim in _claims(chain)


@pytest.mark.parametrize(("chain", "claim"), [
    ("Pleural effusion and pneumothorax are absent.", ("pleural_effusion", "absent")),
    ("Consolidation and the effusion have resolved.", ("consolidation", "absent")),
    ("Effusion and pneumothorax are not seen.", ("pleural_effusion", "absent")),
])
def test_a_shared_denial_still_covers_both(chain: str, claim: tuple[str, str]) -> None:
    assert claim in _claims(chain)
