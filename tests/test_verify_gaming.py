"""Chains that game a word-matching grader must not score well (issue #8)."""

from __future__ import annotations

from medstep.judges.verifier import ReasoningScore
from medstep.verify import verify

REPORT = "PA chest radiograph. The heart is enlarged. Small right pleural effusion. No pneumothorax."
REFERENCE = ["The cardiac silhouette is enlarged, indicating cardiomegaly.",
             "Blunting of the right costophrenic angle shows a small right pleural effusion.",
             "For the option of pneumothorax, no visceral pleural line is seen, so there is no pneumothorax.",
             "Therefore the answer is C."]
OPTIONS = {"A": "Small left pneumothorax", "B": "Right lower lobe consolidation",
           "C": "Cardiomegaly with small right pleural effusion", "D": "No acute abnormality"}
RESTATED = "\n".join(f"{k}) {v}" for k, v in OPTIONS.items())
REAL = ("Step 1: This is a frontal chest X-ray.\nStep 2: The cardiac silhouette appears enlarged, suggesting "
        "cardiomegaly.\nStep 3: The right costophrenic angle is blunted, consistent with a small effusion.\n"
        "Step 4: No pneumothorax is seen.\nStep 5: Therefore the answer is C.")
REAL_WEAK = ("Step 1: The heart may be slightly enlarged.\nStep 2: I do not see a pneumothorax.\n"
             "Step 3: There could also be some atelectasis at the left base.\nStep 4: The answer is C.")


def grade(chain: str, chosen: str | None):
    v = verify(chain, report=REPORT, reference=REFERENCE, options=OPTIONS, chosen=chosen, gold="C",
               option_evidence=True)
    return ReasoningScore.from_verification(v), v


def test_real_chains_outscore_every_gaming_chain() -> None:
    real = [grade(REAL, "C")[0].radrscore, grade(REAL_WEAK, "C")[0].radrscore]
    gaming = {
        "restated options": grade(RESTATED, None)[0].radrscore,
        "restated options, then the right letter": grade(RESTATED + "\nThe answer is C.", "C")[0].radrscore,
        "hedge every finding": grade(" ".join(f"Possible {f}." for f in (
            "pneumothorax", "pleural effusion", "consolidation", "cardiomegaly", "edema", "atelectasis",
            "pneumonia", "nodule", "fracture")), None)[0].radrscore,
        "list every finding": grade("There is pneumothorax, pleural effusion, consolidation, cardiomegaly, "
                                    "edema, atelectasis, pneumonia, a nodule, a mass and a fracture.", None)[0].radrscore,
    }
    assert min(real) > max(gaming.values()), (real, gaming)
    assert gaming["restated options"] == 0.0


def test_restating_the_options_claims_nothing() -> None:
    rs, v = grade(RESTATED, None)
    assert not v.committed and rs.factuality is None and rs.completeness == 0.0
    assert all(s.role.value == "option_listing" for s in v.steps)


def test_one_wrong_option_stated_as_fact_has_low_factuality() -> None:
    rs, v = grade("There is a small left pneumothorax.", "A")
    assert rs.factuality == 0.0 and v.clinical.false_findings >= 1
    right, _ = grade("The heart is enlarged with a small right pleural effusion.", "C")
    assert right.factuality == 1.0


def test_the_clinical_score_ranks_the_same_way() -> None:
    real = grade(REAL, "C")[1].clinical.score
    listed = grade("There is pneumothorax, pleural effusion, consolidation, cardiomegaly, edema, atelectasis, "
                   "pneumonia, a nodule, a mass and a fracture.", None)[1].clinical.score
    wrong = grade("There is a small left pneumothorax.", "A")[1].clinical.score
    assert real > listed and real > wrong
