"""Rejected diagnoses and named kinds (issue #8, lane reject49).

A faithful chain turns an alternative down by how the image relates to it ("incompatible with a carcinoma", "atypical
for sarcoidosis", "sarcoidosis is a poor fit"): the words live in
``answers.judgements`` (MISFIT_WITH, POOR_FIT) and the verifier reads what follows as denied, so a report
without the alternative no longer contradicts it. A named kind of a broad finding (a pseudocyst, a tripod fracture, an infected bulla) is its own narrower concept: denying
the kind says nothing of the class, while denying the class still contradicts the kind.
"""

from __future__ import annotations

import pytest

from medstep.answers import judgements
from medstep.verify import verify
from medstep.verify.verdicts import Verdict


def _verdicts(chain: str, report: str, concepts: tuple[str, ...]) -> list[tuple[str, Verdict]]:
    v = verify(chain, report=report)
    return [(fv.finding.polarity.value, fv.verdict) for s in v.steps for fv in s.verdicts
            if fv.finding.concept in concepts]


def _contradicted(chain: str, report: str, concepts: tuple[str, ...]) -> bool:
    return any(verdict is Verdict.CONTRADICTED for _p, verdict in _verdicts(chain, report, concepts))


def test_the_relations_live_in_the_judgement_words() -> None:
    assert "incompatible with" in judgements.MISFIT_WITH and "atypical for" in judgements.MISFIT_WITH


@pytest.mark.parametrize("chain, report, concept", [
    ("Tiny symmetric nodes, inconsistent with lymphoma.", "Small reactive nodes. No lymphoma.", "lymphoma"),
    ("Sparing of the upper zones is atypical for sarcoidosis.", "Basal fibrosis. No sarcoidosis.", "sarcoidosis"),
    ("A course this indolent is unusual for an infection.", "Slow-growing lesion. No evidence of infection.",
     "infection"),
    ("Unchanged size over three years is hard to reconcile with a metastasis.", "Stable nodule. No metastatic disease.",
     "metastasis"),
    ("For a single unilateral effusion, sarcoidosis is a poor fit.", "Right effusion. No sarcoidosis.", "sarcoidosis"),
    ("Sarcoidosis is a poor fit for these findings.", "Right effusion. No sarcoidosis.", "sarcoidosis"),
    ("The appearance is incompatible with the diagnosis of tuberculosis.", "No tuberculosis.", "tuberculosis"),
    ("Tuberculosis is a remote possibility with no cavity and clear apices.", "No tuberculosis.", "tuberculosis"),
    ("The growth to 4 cm is incompatible with a stable benign lesion.", "Enlarging nodule, not a benign lesion.",
     "benign_lesion"),
])
def test_a_rejected_alternative_is_denied(chain: str, report: str, concept: str) -> None:
    got = _verdicts(chain, report, (concept,))
    assert got and all(p == "absent" and v is Verdict.SUPPORTED for p, v in got)


@pytest.mark.parametrize("chain, report, concepts", [
    # the relation denied keeps the alternative: "not inconsistent with" fits it
    ("The thick nodular wall is not inconsistent with a carcinoma.", "Benign cyst. No carcinoma.", ("tumor",)),
    ("Lobar consolidation compatible with pneumonia.", "Lungs clear. No pneumonia.", ("pneumonia",)),
    ("The nodes are bulky and matted, consistent with lymphoma.", "Small reactive nodes. No lymphoma.", ("lymphoma",)),
    ("There is a doubtful nodule at the right base.", "No pulmonary nodule.", ("pulmonary_nodule",)),
])
def test_a_fitting_alternative_is_still_claimed(chain: str, report: str, concepts: tuple[str, ...]) -> None:
    assert _contradicted(chain, report, concepts)


@pytest.mark.parametrize("chain, report, concepts", [
    ("The collection has no wall yet, so it is not a pseudocyst.",
     "Acute oedematous pancreatitis with a peripancreatic fluid collection without a wall.",
     ("pancreatitis", "pancreatic_pseudocyst")),
    ("The zygomatic arch and lateral orbital wall are intact, so this is no tripod fracture.",
     "Isolated orbital floor blow-out fracture.", ("fracture", "zygomaticomaxillary_fracture")),
    ("No bulla to suggest an infected bulla; the cavity is an abscess.",
     "Lung abscess with an air-fluid level; infection.", ("infection", "infected_bulla")),
])
def test_denying_a_named_kind_leaves_its_class(chain: str, report: str, concepts: tuple[str, ...]) -> None:
    assert not _contradicted(chain, report, concepts)


@pytest.mark.parametrize("chain, report, concepts", [
    ("The pancreas is normal and there is no pancreatitis.", "Acute necrotising pancreatitis.", ("pancreatitis",)),
    ("A pseudocyst sits in the pancreatic tail.", "The pancreas is normal. No pancreatitis or collection.",
     ("pancreatic_pseudocyst",)),
    ("No fracture is seen.", "Tripod fracture of the left zygoma.", ("fracture",)),
    ("The ventricles are normal; there is no hydrocephalus.", "Obstructive hydrocephalus from aqueductal stenosis.",
     ("hydrocephalus",)),
    ("The bowel enhances normally: no mesenteric ischaemia.", "Ischaemic small bowel from an SMA embolus.",
     ("bowel_ischemia",)),
    ("A left tripod fracture is present.", "No facial fracture.", ("zygomaticomaxillary_fracture",)),
])
def test_denying_the_class_still_contradicts_the_kind(chain: str, report: str, concepts: tuple[str, ...]) -> None:
    assert _contradicted(chain, report, concepts)


_RENAL = {"A": "Renal infarction", "B": "Renal cell carcinoma", "C": "Obstructive uropathy from a ureteric calculus",
          "D": "Acute pyelonephritis"}


def _heading_claims(chain: str, chosen: str) -> list[tuple[str, str]]:
    v = verify(chain, report="Striated nephrogram. No renal infarction. No hydronephrosis.", options=_RENAL,
               chosen=chosen, gold="D", option_evidence=True)
    return [(fv.finding.concept, fv.finding.polarity.value) for s in v.steps for fv in s.verdicts]


def test_a_heading_in_broader_words_lists_its_option_before_a_firm_reason() -> None:
    """"Infarction:" names "Renal infarction" by a broader concept: before a denial it weighs the option, no claim."""
    assert ("infarct", "present") not in _heading_claims("Infarction: no cortical rim sign and normal renal arteries.", "D")


@pytest.mark.parametrize("chain, chosen", [
    ("Infarction: no cortical rim sign and normal renal arteries.", "A"),  # the chosen option's heading is its claim
    ("Infarction: wedge-shaped defect in the upper pole.", "D"),  # a description claims the heading's finding
])
def test_a_broader_heading_keeps_its_claim_otherwise(chain: str, chosen: str) -> None:
    assert ("infarct", "present") in _heading_claims(chain, chosen)


def test_the_chosen_options_broader_kind_is_no_listing() -> None:
    """"Infection:" is broader than the chosen pyelonephritis: it stays the chain's claim."""
    assert ("infection", "present") in _heading_claims("Infection: no gas, no abscess.", "D")


@pytest.mark.parametrize("chain, report, concept", [
    # review of reject49: a relation to something named already, a verdict on what is said of a finding, a fit of a
    # finding to a diagnosis named after it: the finding is still there
    ("The clinical history is inconsistent with the large pneumothorax seen on this film.", "Large left pneumothorax.",
     "pneumothorax"),
    ("The significance of the nodule is doubtful.", "4 mm nodule in the right upper lobe.", "pulmonary_nodule"),
    ("The haemorrhage is extensive and meaningful recovery is doubtful.", "Large intracerebral haemorrhage.",
     "hemorrhage"),
    ("The effusion is a poor fit for heart failure, being unilateral.", "Large left pleural effusion.",
     "pleural_effusion"),
])
def test_a_finding_beside_a_verdict_stays_present(chain: str, report: str, concept: str) -> None:
    assert not _contradicted(chain, report, (concept,))


def test_a_broad_heading_turning_down_the_narrowing_claims_its_finding() -> None:
    v = verify("Pneumothorax: not under tension. Effusion: large.", report="Large effusion. No pneumothorax.",
               options={"A": "Tension pneumothorax", "B": "Pleural effusion"}, chosen="B")
    assert any(fv.verdict is Verdict.CONTRADICTED for s in v.steps for fv in s.verdicts
               if fv.finding.concept == "pneumothorax")
