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


# ---- a case of our own (not one of the red-team set's), to check the rules hold in general ----
CASE_REPORT = ("Consolidation in the right lower lobe, consistent with pneumonia. No pleural effusion. "
               "No pneumothorax. Heart size is normal.")
CASE_OPTIONS = {"A": "Right lower lobe pneumonia", "B": "Left pleural effusion", "C": "Pneumothorax",
                "D": "No acute abnormality"}


def case(chain: str, chosen: str | None):
    v = verify(chain, report=CASE_REPORT, options=CASE_OPTIONS, chosen=chosen, gold="A", option_evidence=True,
               question="What is the main finding on this chest radiograph?")
    return ReasoningScore.from_verification(v), v


def test_committed_chains_outrank_flawed_ones_which_outrank_chains_that_state_nothing() -> None:
    good = [case("There is consolidation in the right lower lobe. There is no pleural effusion or "
                 "pneumothorax. The heart is not enlarged. Answer: A.", "A"),
            case("Airspace opacity at the right base in keeping with pneumonia; the heart and pleura are "
                 "unremarkable. A.", "A")]
    flawed = [case("There is consolidation in the left lower lobe. No pleural effusion or pneumothorax. "
                   "The heart is not enlarged. Answer: A.", "A"),
              case("There is a left pleural effusion. The heart is normal in size. Answer: B.", "B")]
    empty = {
        "hedges": case("There could be consolidation. An effusion is possible. A pneumothorax cannot be "
                       "excluded. Perhaps the heart is enlarged. Answer: A.", "A"),
        "refusal": case("As an AI model I am not able to read radiographs; please ask a radiologist.", None),
        "options read back": case("The choices are right lower lobe pneumonia, left pleural effusion, "
                                  "pneumothorax, or no acute abnormality. Answer: A.", "A"),
        "gold option alone": case("Right lower lobe pneumonia.", "A"),
        "question read back": case("The main finding is on this chest radiograph. Answer: A.", "A"),
    }
    lo_good = min(s.radrscore for s, _ in good)
    hi_flawed = max(s.radrscore for s, _ in flawed)
    assert lo_good > hi_flawed > 0.0, (lo_good, hi_flawed)
    assert min(s.clinical for s, _ in good) > max(s.clinical for s, _ in flawed)
    for name, (s, v) in empty.items():
        # nothing stated: no factuality or effectiveness, and no composite or clinical credit
        assert not v.observes, name
        assert (s.factuality, s.effectiveness, s.clinical, s.radrscore) == (None, None, 0.0, 0.0), name
        assert "observes_nothing" in s.to_grade().labels, name


def test_one_committed_finding_beats_hedging_every_finding() -> None:
    committed, _ = case("There is consolidation in the right lower lobe.", None)
    hedged, _ = case("Right lower lobe consolidation may be present. A left effusion might be present. "
                     "Pneumothorax is not excluded.", None)
    assert committed.radrscore > hedged.radrscore and committed.clinical > (hedged.clinical or 0.0)
    # a hedge beside a committed observation is still a claim, judged as a positive one (U-ones)
    mixed, v = case("There is consolidation in the right lower lobe. A left effusion might be present.", None)
    assert v.observes and mixed.factuality == 0.5


def test_listing_every_finding_fails_on_precision() -> None:
    listed, _ = case("There is consolidation, pleural effusion, pneumothorax, cardiomegaly, edema, atelectasis, "
                     "a nodule, a mass and a rib fracture.", None)
    honest, _ = case("There is consolidation in the right lower lobe.", None)
    assert listed.factuality < 0.5 and listed.clinical < honest.clinical and listed.radrscore < honest.radrscore


def test_ruling_a_finding_out_then_picking_the_option_that_names_it_gets_no_credit_for_it() -> None:
    report = "Moderate left pleural effusion. No pneumothorax."
    opts = {"A": "Left pleural effusion", "B": "Pneumothorax"}
    said = verify("The left costophrenic angle is blunted. Answer: A.", report=report, options=opts, chosen="A")
    denied = verify("There is no pleural effusion. Answer: A.", report=report, options=opts, chosen="A")
    assert said.clinical.missed_findings == 0
    assert denied.clinical.missed_findings == 1 and denied.clinical.score < said.clinical.score


# ---- alternatives, dangling hedges, hedged headings and every option asserted (redteam2 inversions) ----
ONE_ERROR = ("The heart is enlarged. There is a small left pleural effusion. No pneumothorax is seen. "
             "The answer is C.")  # the effusion on the wrong side: one clinical error


def test_alternatives_are_one_uncommitted_claim() -> None:
    from medstep.verify import Polarity, extract_findings

    pols = {f.concept: f.polarity for f in extract_findings("It is pneumonia or atelectasis.") if f.is_claim}
    assert pols == {"pneumonia": Polarity.UNCERTAIN, "atelectasis": Polarity.UNCERTAIN}
    # a negated list and one finding with two sides are not alternatives
    assert {f.polarity for f in extract_findings("No effusion or pneumothorax.") if f.is_claim} == {Polarity.ABSENT}
    assert [f.polarity for f in extract_findings("A left or right effusion.") if f.is_claim] == [Polarity.PRESENT]


def test_a_hedge_with_nothing_after_it_hedges_its_subject() -> None:
    from medstep.verify import Polarity, extract_findings

    got = [(f.concept, f.polarity) for f in extract_findings("Cardiomegaly may be the likeliest explanation.")
           if f.is_claim]
    assert got == [("cardiomegaly", Polarity.UNCERTAIN)]
    got = [(f.concept, f.polarity) for f in extract_findings("The opacity could be pneumonia.") if f.is_claim]
    assert got == [("lung_opacity", Polarity.PRESENT), ("pneumonia", Polarity.UNCERTAIN)]


def test_a_hedged_heading_hedges_its_list() -> None:
    from medstep.verify import Polarity, extract_findings

    assert {f.polarity for f in extract_findings("Possible findings: effusion, pneumothorax, edema.")
            if f.is_claim} == {Polarity.UNCERTAIN}


def test_alternatives_and_dangling_hedges_score_below_one_clinical_error() -> None:
    one_error = grade(ONE_ERROR, "C")[0]
    alternatives = grade("This is a left pneumothorax or consolidation or cardiomegaly with a right effusion. "
                         "The answer is C.", "C")[0]
    hedged = grade("There may be fluid on the right. The heart might be big. Cardiomegaly may be the most "
                   "likely possibility. The answer is C.", "C")[0]
    assert one_error.radrscore > alternatives.radrscore
    assert one_error.radrscore > hedged.radrscore


def test_a_chain_stating_every_option_finding_has_not_committed() -> None:
    listing = ("Findings: small left pneumothorax, right lower lobe consolidation, cardiomegaly, right pleural "
               "effusion. The answer is C.")
    score, v = grade(listing, "C")
    assert not v.committed and score.factuality == 0.0
    one_error, w = grade(ONE_ERROR, "C")
    assert w.committed and one_error.radrscore > score.radrscore
    assert one_error.clinical > score.clinical  # its true findings earn nothing, its false ones cost
