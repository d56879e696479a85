"""Chains34 (issue #8): faithful chains lost to one-error chains on retired blind sets 30-33.

1. A differential weighed by how it *would* look ("Cannonball metastases would be larger and of varying size", "an
   empyema would form an obtuse angle") was read as a claim that the finding is there: a false contradiction that
   halved a faithful chain (the largest class of tier-3 false errors). A finding said with "would" is a definition
   of its picture, claimed neither present nor absent; the writer's own weighing ("I would favour", "X would fit",
   "this would be consistent with") keeps what it observes.
2. One flat halving for any number of detected errors scored a chain with three wrong statements like one with a
   single slip: each further error now costs ``SILENT_FACTOR`` (``error_factor``), down to ``ERROR_FLOOR``.
"""

from __future__ import annotations

import pytest

from medstep.verify import CONTRADICTION_FACTOR, ERROR_FLOOR, SILENT_FACTOR, error_factor, verify


def _claims(chain: str, report: str | None = None) -> set[tuple[str, str]]:
    v = verify(chain, report=report)
    return {(f.concept, f.polarity.value) for s in v.steps for f in s.findings}


@pytest.mark.parametrize(("chain", "concept"), [
    ("Metastases would be multiple and of varying size, which is not what we see here.", "metastasis"),
    ("An empyema would form an obtuse angle with the chest wall.", "empyema"),
    ("Pneumopericardium would stay below the pericardial reflection.", "pneumopericardium"),
    ("Sarcoidosis would favour the upper zones.", "sarcoidosis"),
    ("A neurogenic tumour would sit in the paravertebral gutter.", "neurogenic_tumor"),
    ("Pulmonary oedema would give bilateral perihilar haze and septal lines.", "edema"),
    ("A subdural haematoma would be crescentic and cross suture lines.", "subdural_hematoma"),
    ("Heart failure would be expected to produce Kerley B lines.", "heart_failure"),
    ("A glioma would not respect a vascular territory.", "brain_tumor"),
    ("Emphysema would flatten both hemidiaphragms.", "emphysema"),
    ("Infarction would be wedge-shaped and pleural-based.", "infarct"),
    ("A hiatus hernia would sit behind the heart with a fluid level.", "hiatal_hernia"),
])
def test_a_finding_said_with_would_is_no_claim(chain: str, concept: str) -> None:
    assert not any(c == concept for c, _ in _claims(chain))


@pytest.mark.parametrize(("chain", "claim"), [
    ("There is a large right pleural effusion, which would explain the dyspnoea.", ("pleural_effusion", "present")),
    ("The right lower lobe consolidation would fit pneumonia.", ("consolidation", "present")),
    ("I would favour pneumonia given the consolidation and fever.", ("consolidation", "present")),
    ("The heart is enlarged, as would be expected in heart failure.", ("cardiomegaly", "present")),
    ("A left pneumothorax is present; I would insert a drain.", ("pneumothorax", "present")),
    ("No pneumothorax, which would otherwise have needed a drain.", ("pneumothorax", "absent")),
    ("The findings would be in keeping with cardiac failure: cardiomegaly and effusions.", ("cardiomegaly", "present")),
])
def test_near_misses_keep_their_claim(chain: str, claim: tuple[str, str]) -> None:
    assert claim in _claims(chain)


def test_a_differential_said_with_would_is_no_false_contradiction() -> None:
    report = ("Large rounded retrocardiac opacity with an air-fluid level above the diaphragm: hiatus hernia. "
              "No paraspinal widening. No neurogenic tumour.")
    v = verify("There is a retrocardiac opacity with an air-fluid level. A neurogenic tumour would be a solid "
               "paravertebral mass without a fluid level.", report=report)
    assert v.errors == (0, 0)


def test_more_detected_errors_always_cost_more() -> None:
    assert error_factor(1, 0) == CONTRADICTION_FACTOR
    assert error_factor(2, 0) == pytest.approx(CONTRADICTION_FACTOR * SILENT_FACTOR)
    assert 1.0 > error_factor(1, 0) > error_factor(2, 0) > error_factor(3, 0) > error_factor(4, 0)
    assert error_factor(2, 0) == error_factor(1, 1)  # a further error costs like an unnamed finding
    assert error_factor(50, 3) == ERROR_FLOOR
    report = "There is a small left pleural effusion. No pneumothorax. Heart size normal."
    one = verify("There is a small right pleural effusion. No pneumothorax.", report=report)
    three = verify("There is a small right pleural effusion. There is a right pneumothorax. The heart is enlarged.",
                   report=report)
    assert one.errors[0] == 1 and three.errors[0] == 3
    assert error_factor(*three.errors) < error_factor(*one.errors)


# 3. A chain's step title worded like a report section ("**Technique:**", "Comparison:") hid every later step until a
#    "Findings:" header: in a chain, such a title hides the rest of its own line or paragraph only.
@pytest.mark.parametrize(("chain", "claim"), [
    ("**Technique:** portable AP film, rotated.\n**Heart:** The heart is enlarged.", ("cardiomegaly", "present")),
    ("Clinical history: fever and cough for a week.\n\nStep 2: There is consolidation in the left lower lobe.",
     ("consolidation", "present")),
    ("- Comparison: CT from March.\n- The left adrenal nodule has grown to 3 cm.", ("adrenal_mass", "present")),
    ("3) Indication: trauma.\n4) No pneumothorax is seen on either side.", ("pneumothorax", "absent")),
    ("**Comparison with prior:** none available.\n\n**Pleura:** A small right effusion blunts the angle.",
     ("pleural_effusion", "present")),
])
def test_a_chain_title_hides_only_its_own_line(chain: str, claim: tuple[str, str]) -> None:
    assert claim in _claims(chain)


@pytest.mark.parametrize("chain", [
    "History: known pneumonia last year. Pneumonia was treated.\nAnswer: A",
    "Technique: the lungs are assessed for consolidation, effusion and pneumothorax. Each is sought in turn.\nAnswer: B",
])
def test_a_title_still_hides_the_rest_of_its_paragraph(chain: str) -> None:
    assert not {c for c, p in _claims(chain) if p == "present"} - {"xray", "ct", "ultrasound", "mri"}
