"""Lane faithful58 (issue #8): a list denied item by item leaves an item without its own "no" undenied.

"Heart failure (D) - CTR 0.44, no diversion, no septal lines, unilateral effusion" (a good chain of retired blind 57)
read the effusion denied, and the report's effusion contradicted a faithful chain. A writer who gives each denied item
its own "no" says the next item without one (``denial_reach.denied_items_end``). One "no" over a comma list, a list
that goes on to an "or" (before the next item's own "no"), "without" and "and no" keep their reading (near misses
below).
"""

from __future__ import annotations

import pytest

from medstep.verify import verify
from medstep.verify.denial_reach import denied_items_end
from medstep.verify.findings import Polarity
from medstep.verify.scan import sentence_events
from medstep.verify.verifier import default_verifier, extract_findings


def _pol(text: str, concept: str) -> str | None:
    found = [f.polarity.value for f in extract_findings(text) if f.source == "mention" and f.concept == concept]
    return found[-1] if found else None


@pytest.mark.parametrize("text,concept", [
    ("Heart normal, no diversion, no septal lines, unilateral effusion.", "pleural_effusion"),
    ("No diversion, no septal lines, an effusion.", "pleural_effusion"),
    ("No fracture, no dislocation, soft tissue swelling over the lateral malleolus.", "soft_tissue_swelling"),
    ("No midline shift, no hydrocephalus, acute subdural haematoma.", "subdural_hematoma"),
    ("No pneumothorax, no effusion, right lower lobe consolidation.", "consolidation"),
    ("Liver: no focal lesion, no biliary dilatation, fatty infiltration.", "hepatic_steatosis"),
    ("No cavitation, no lymphadenopathy, and pleural thickening at the apex.", "pleural_thickening"),
    ("No infarct, no haemorrhage, white matter hyperintensities.", "white_matter_disease"),
    ("No mass, no adenopathy, emphysema.", "emphysema"),
    ("no fluid, no air, atelectasis", "atelectasis"),
    ("Sin derrame, no consolidation, no pneumothorax, cardiomegaly.", "cardiomegaly"),
])
def test_an_item_after_items_denied_one_by_one_is_said(text: str, concept: str) -> None:
    assert _pol(text, concept) == Polarity.PRESENT.value


@pytest.mark.parametrize("text,concept", [
    ("No diversion, septal lines or effusion.", "pleural_effusion"),  # one "no" over the list
    ("No fracture, dislocation, soft tissue swelling.", "soft_tissue_swelling"),
    ("No pneumothorax, effusion, consolidation.", "consolidation"),
    ("No pneumothorax, no effusion, consolidation or collapse.", "consolidation"),  # the list goes on to "or"
    ("No diversion, no septal lines, effusion or pneumothorax.", "pleural_effusion"),
    ("Without effusion, without pneumothorax, consolidation.", "consolidation"),  # "without": unchanged
    ("No pneumothorax, no effusion and no consolidation.", "consolidation"),  # its own "no"
    ("No pneumothorax or effusion, no consolidation.", "consolidation"),
    ("No diversion, no septal lines.", "septal_thickening"),
    # the item's own list goes on to an "or" before the next item's "no" (NegEx gold: a review of systems)
    ("No cough, no effusion, consolidation, or collapse, no pneumothorax.", "consolidation"),
    ("No cough, no effusion, consolidation, or collapse, no pneumothorax.", "atelectasis"),
])
def test_a_denied_list_stays_denied(text: str, concept: str) -> None:
    assert _pol(text, concept) == Polarity.ABSENT.value


def _events(low: str) -> list:
    return list(sentence_events(default_verifier().extractor.scanner, low))


def test_the_reading_itself() -> None:
    low = "no diversion, no septal lines, unilateral effusion"
    at = low.index("no septal")
    assert denied_items_end(low, "no", at, low.index(", unilateral"), _events(low))
    assert not denied_items_end(low, "without", at, low.index(", unilateral"), _events(low))
    one = "no diversion, septal lines, effusion"
    assert not denied_items_end(one, "no", 0, one.index(", effusion"), _events(one))


# review repair: a comma between two adjectives of one denied noun is no item boundary; "etc." goes on like "or"
@pytest.mark.parametrize("text,concept", [
    ("No pneumothorax, no large, loculated effusion.", "loculated_effusion"),
    ("No pneumothorax, no new, focal consolidation.", "consolidation"),
    ("No effusion, no dense, lobar consolidation.", "consolidation"),
    ("No fracture, no large, haemorrhagic joint effusion.", "joint_effusion"),
    ("No pneumothorax, no new, suspicious pulmonary nodule.", "pulmonary_nodule"),
    ("No pneumothorax, no effusion, consolidation, etc.", "consolidation"),
])
def test_review_near_misses_stay_denied(text: str, concept: str) -> None:
    assert _pol(text, concept) == Polarity.ABSENT.value


def test_review_a_report_adjective_list_still_denies() -> None:
    report = "FINDINGS: No pneumothorax, no large, loculated effusion. Heart size normal."
    v = verify("There is a loculated pleural effusion.", report=report)
    assert [fv.verdict.value for s in v.steps for fv in s.verdicts if fv.finding.concept == "loculated_effusion"] \
        == ["contradicted"]


def test_the_faithful_line_of_blind_57_is_no_longer_contradicted() -> None:
    report = "FINDINGS: There is a small left pleural effusion. No septal lines or upper lobe diversion."
    v = verify("Heart failure (D) - CTR 0.44, no diversion, no septal lines, unilateral effusion.", report=report)
    effusion = [fv for s in v.steps for fv in s.verdicts if fv.finding.concept == "pleural_effusion"]
    assert [(fv.finding.polarity.value, fv.verdict.value) for fv in effusion] == [("present", "supported")]
