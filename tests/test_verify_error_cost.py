"""Issue #8, fifth round: one detected clinical error must cost more than wording the verifier misses.

Why: on chains written by people who never saw the verifier, the faithful chain in lay or terse words
scored below the same clinical chain with one wrong side, size or option, because the three RadRScore
ratios charge a detected error one unit out of many while an unrecognised paraphrase loses whole
reference units. The cases below are our own (invented reports, our wording).
"""

from __future__ import annotations

import pytest

from medstep.judges.verifier import CONTRADICTION_FACTOR, ReasoningScore, composite
from medstep.verify import ERROR_FLOOR, error_factor, extract_findings, verify
from medstep.verify.findings import Polarity

REPORT = ("PA chest radiograph. Moderate right pleural effusion with a meniscus. No pneumothorax. "
          "The left lung is clear. Heart size is normal.")
REFERENCE = ["There is a moderate right pleural effusion.", "There is no pneumothorax.",
             "The left lung is clear.", "The findings indicate a right pleural effusion."]
OPTIONS = {"A": "Right pleural effusion", "B": "Left pleural effusion", "C": "Right pneumothorax",
           "D": "Cardiomegaly"}
QUESTION = "What is the main finding?"


def score(chain: str, chosen: str = "A") -> ReasoningScore:
    v = verify(chain, report=REPORT, reference=REFERENCE, options=OPTIONS, chosen=chosen, gold="A",
               option_evidence=True, question=QUESTION)
    return ReasoningScore.from_verification(v)


GOOD = ("There is a moderate right pleural effusion with a meniscus. There is no pneumothorax. "
        "The left lung is clear. This is a right pleural effusion.")


def test_composite_halves_only_when_a_contradiction_was_detected() -> None:
    assert composite(0.9, 0.9, 0.9) == pytest.approx(0.9)
    assert composite(0.9, 0.9, 0.9, contradicted=True) == pytest.approx(0.9 * CONTRADICTION_FACTOR)
    assert composite(None, None, None, contradicted=True) is None


@pytest.mark.parametrize("error", [
    GOOD.replace("right pleural effusion with", "left pleural effusion with"),  # side
    GOOD.replace("There is no pneumothorax.", "There is a pneumothorax."),  # negation flip
    GOOD.replace("moderate right", "small right"),  # grade (moderate vs small are neighbours: not a conflict)
])
def test_one_detected_error_costs_more_than_half_the_faithful_score(error: str) -> None:
    good, bad = score(GOOD), score(error)
    assert good.radrscore > 0.9
    if bad.verification.has_contradiction:
        assert bad.radrscore <= good.radrscore * CONTRADICTION_FACTOR + 1e-9
    else:  # a neighbouring grade is no contradiction; it must still not score above the faithful chain
        assert bad.radrscore <= good.radrscore


def test_an_invented_finding_costs_like_a_contradicted_one_but_is_no_contradiction() -> None:
    # judge 45: a full report names what the film shows, so a nodule it never names is as false as a pneumothorax
    # it denies; at SILENT_FACTOR alone (0.8) an invented finding left one-error chains above faithful lay chains
    unsupported = score(GOOD + " There is a small nodule in the left upper lobe.")  # the report is silent
    contradicted = score(GOOD + " There is a small left pneumothorax.")  # the report denies it
    assert not unsupported.verification.has_contradiction
    assert contradicted.verification.has_contradiction
    assert unsupported.verification.errors == contradicted.verification.errors == (1, 0)
    assert unsupported.radrscore <= score(GOOD).radrscore * CONTRADICTION_FACTOR + 1e-9
    assert unsupported.factuality == contradicted.factuality  # the component keeps its paper meaning


def test_an_invented_finding_costs_beside_a_true_claim_of_its_step() -> None:
    # "no pneumothorax, but a small left effusion": the true half of the sentence no longer hides the invented one
    mixed = score(GOOD.replace("There is no pneumothorax.", "There is no pneumothorax but a small nodule in the left "
                                                            "upper lobe."))
    assert mixed.verification.errors == (1, 0) and mixed.radrscore < score(GOOD).radrscore * CONTRADICTION_FACTOR


def test_a_normal_statement_the_report_omits_costs_no_error() -> None:
    normal = score(GOOD + " The ribs are intact and there is no mediastinal shift.")  # the report is silent
    assert normal.verification.errors == (0, 0) and normal.factuality == 1.0


def test_a_chosen_distractor_is_a_detected_error_and_the_chosen_gold_option_never_is() -> None:
    wrong = score(GOOD.replace("This is a right pleural effusion.", "This is a left pleural effusion."), "B")
    assert wrong.verification.decision.consistent is False and wrong.verification.has_contradiction
    # the gold option stays a consistent decision even when an unsided report phrase seems to deny a word of it
    v = verify("There are displaced fractures of the right fifth to eighth ribs. A haemothorax is seen on the right.",
               report="Displaced fractures of the right fifth to eighth ribs. Right haemothorax. "
                      "The left lung and ribs are normal.",
               options={"A": "Right haemothorax with rib fractures", "B": "Right pneumonia"}, chosen="A", gold="A",
               option_evidence=True)
    assert v.decision.consistent is True


def test_a_faithful_lay_chain_outranks_the_clinical_chain_with_one_wrong_side() -> None:
    lay = score("There's a moderate amount of fluid at the bottom of the right side of the chest. "
                "The lung hasn't collapsed. The left side is fine. So: fluid around the right lung.")
    side = score(GOOD.replace("right pleural effusion with", "left pleural effusion with"))
    assert lay.verification.observes and not lay.verification.has_contradiction
    assert lay.radrscore > side.radrscore


@pytest.mark.parametrize(("text", "concept", "polarity"), [
    ("The lungs haven't collapsed.", "atelectasis", Polarity.ABSENT),
    ("The heart isn't enlarged.", "cardiomegaly", Polarity.ABSENT),
    ("There wasn't a pneumothorax.", "pneumothorax", Polarity.ABSENT),
    ("Small bilateral effusions, no consolidation → heart failure.", "heart_failure", Polarity.PRESENT),
    ("It is possible that there is a mass, although this cannot be confirmed.", "mass", Polarity.UNCERTAIN),
])
def test_contractions_negate_an_arrow_ends_a_negation_and_it_is_possible_hedges(
        text: str, concept: str, polarity: Polarity) -> None:
    found = {f.concept: f.polarity for f in extract_findings(text)}
    assert found.get(concept) is polarity, found


def test_hedging_every_sentence_with_it_is_possible_that_observes_nothing() -> None:
    chain = ("It is possible that there is a moderate right pleural effusion, although this cannot be confirmed. "
             "It is possible that there is a meniscus, although this cannot be confirmed.")
    s = score(chain)
    assert not s.verification.observes and s.radrscore == 0.0


def test_a_framing_hedge_hedges_the_absences_and_normal_statements_of_its_sentence() -> None:
    framed = {f.concept: f.polarity for f in extract_findings(
        "It is possible that the lungs are clear, with no nodules, although this cannot be confirmed.")}
    assert framed.get("pulmonary_nodule") is Polarity.UNCERTAIN and "consolidation" not in framed, framed
    plain = {f.concept: f.polarity for f in extract_findings("The lungs are clear, with no nodules.")}
    assert plain.get("pulmonary_nodule") is Polarity.ABSENT and plain.get("consolidation") is Polarity.ABSENT
    chain = ("It is possible that there is a moderate right pleural effusion, although this cannot be confirmed "
             "on this image. It is possible that there is no pneumothorax, although this cannot be confirmed on "
             "this image. It is possible that the left lung is clear, although this cannot be confirmed.")
    s = score(chain)
    assert not s.verification.observes and s.radrscore == 0.0
    assert score(GOOD).radrscore > 0.9


MILIARY = ("PA chest radiograph. Innumerable 1-2 mm nodules are evenly distributed through both lungs. "
           "No pleural effusion.")


@pytest.mark.parametrize(("claim", "verdict"), [
    ("There are innumerable nodules of 1-2 cm in both lungs.", "contradicted"),  # tenfold: a size error
    ("There are innumerable nodules of 2 mm in both lungs.", "supported"),
    ("There are innumerable nodules of 3 mm in both lungs.", "supported"),  # within a factor of two: noise
    ("There are innumerable nodules in both lungs.", "supported"),  # no size stated, nothing to compare
])
def test_a_stated_size_is_compared_with_the_reports_measurement(claim: str, verdict: str) -> None:
    v = verify(claim, report=MILIARY)
    nodule = [x for s in v.steps for x in s.verdicts if x.finding.concept == "pulmonary_nodule"]
    assert nodule and nodule[0].verdict.value == verdict, [(x.rule, x.finding.size) for x in nodule]


def test_a_reference_step_stating_the_site_outranks_a_report_that_only_supports_it_vaguely() -> None:
    report = "Airspace opacity in the left mid zone obscures the left heart border. No effusion."
    reference = ["There is airspace opacity in the left mid zone.", "The opacity is in the lingula."]
    wrong = verify("The opacity is in the left lower lobe.", report=report, reference=reference)
    right = verify("The opacity is in the lingula.", report=report, reference=reference)
    assert wrong.steps[0].verdict.value == "contradicted" and wrong.has_contradiction
    assert right.steps[0].verdict.value == "supported" and not right.has_contradiction


def test_the_clinical_score_of_a_chain_with_a_detected_error_is_halved_too() -> None:
    side = score(GOOD.replace("right pleural effusion with", "left pleural effusion with"))
    plain = verify(GOOD.replace("right pleural effusion with", "left pleural effusion with"), report=REPORT,
                   reference=REFERENCE, options=OPTIONS, chosen="A", gold="A", option_evidence=True,
                   question=QUESTION)
    assert side.verification.has_contradiction
    errors = plain.clinical
    assert errors.attribute_errors.get("laterality") == 1  # the error is still counted, then the score halved
    assert side.clinical < score(GOOD).clinical * CONTRADICTION_FACTOR + 1e-9
    unsupported = score(GOOD + " There is a small nodule in the left upper lobe.")  # invented: costs like an error
    assert not unsupported.verification.has_contradiction
    assert unsupported.clinical < score(GOOD).clinical * CONTRADICTION_FACTOR + 1e-9


def test_a_chain_that_only_restates_the_options_earns_no_clinical_score() -> None:
    s = score("The options are: A) Right pleural effusion. B) Left pleural effusion. C) Right pneumothorax. "
              "D) Cardiomegaly. There is a right pleural effusion, a left pleural effusion, a right pneumothorax "
              "and cardiomegaly.")
    assert not s.verification.committed and s.clinical == 0.0 and s.radrscore == 0.0


@pytest.mark.parametrize(("text", "concept", "polarity"), [
    ("A hazy patch sits low in the right lung.", "lung_opacity", Polarity.PRESENT),
    ("The lung has not shrunk.", "atelectasis", Polarity.ABSENT),
    ("Fluid is building up in the lungs.", "edema", Polarity.PRESENT),
    ("There is fluid at the bottom of the chest on the left.", "pleural_effusion", Polarity.PRESENT),
    ("Little air-filled tubes run through the white area.", "air_bronchogram", Polarity.PRESENT),
    ("Some air has leaked around the lung.", "pneumothorax", Polarity.PRESENT),
    ("The heart has not been pushed over.", "tracheal_deviation", Polarity.ABSENT),
    ("Bihilar nodes.", "hilar_lymphadenopathy", Polarity.PRESENT),
    ("Sarcoid, stage one.", "sarcoidosis", Polarity.PRESENT),
])
def test_lay_and_terse_words_are_read_through_the_concept_table(text: str, concept: str, polarity: Polarity) -> None:
    found = {f.concept: f.polarity for f in extract_findings(text)}
    assert found.get(concept) is polarity, found


def test_general_talk_of_fluid_is_no_effusion() -> None:
    """Bare "fluid" stays unread: a checklist ("estimate any fluid") or physiology ("fluid balance") is no finding."""
    for text in ("Estimate the size of any fluid.", "Clinicians track fluid balance daily."):
        assert "pleural_effusion" not in {f.concept for f in extract_findings(text)}


def test_sarcoidosis_is_one_concept_whatever_its_name() -> None:
    report = "Bilateral hilar lymphadenopathy in keeping with sarcoidosis. The lungs are clear."
    v = verify("Bilateral hilar nodes; sarcoid.", report=report)
    sarcoid = [x for s in v.steps for x in s.verdicts if x.finding.concept == "sarcoidosis"]
    assert sarcoid and sarcoid[0].verdict.value == "supported"


def test_a_normal_word_after_a_comma_describes_the_organ_it_stands_before() -> None:
    found = {f.concept: f.polarity for f in extract_findings("Right paratracheal nodes, clear lungs.")}
    assert "lymphadenopathy" not in found and found.get("consolidation") is Polarity.ABSENT, found
    # a list before the normal word still shares it
    listed = {f.concept: f.polarity for f in extract_findings("The heart, lungs and mediastinum are normal.")}
    assert listed.get("cardiomegaly") is Polarity.ABSENT and listed.get("consolidation") is Polarity.ABSENT


def test_a_side_before_a_list_of_organs_sides_them_all_and_a_dash_ends_a_negation() -> None:
    found = {(f.concept, f.laterality) for f in extract_findings("The left lung and ribs are normal.")
             if f.polarity is Polarity.ABSENT}
    assert ("rib_fracture", "left") in found and ("consolidation", "left") in found, found
    both = {(f.concept, f.laterality) for f in extract_findings("The heart and lungs are normal.")}
    assert ("cardiomegaly", None) in both and ("consolidation", None) in both
    dashed = {f.concept: f.polarity for f in extract_findings("The heart is not pumping well — heart failure.")}
    assert dashed.get("heart_failure") is Polarity.PRESENT, dashed


# review7 finding 2: a hedged absence leans the same way as the report's absence, yet judge 22's frame hedge made it
# uncertain, U-Ones read it as present and the report's "No pneumothorax" contradicted it, halving a faithful chain
PTX_REPORT = "Small left pleural effusion. Mild cardiomegaly. No pneumothorax. No focal consolidation."
PTX_CHAIN = ("There is a small left pleural effusion. The heart is mildly enlarged. No pneumothorax. "
             "No consolidation.")


@pytest.mark.parametrize("hedged", ["It is possible that there is no pneumothorax.", "Possibly no pneumothorax.",
                                    "Pneumothorax cannot be confirmed."])
def test_a_hedged_absence_is_never_contradicted_by_an_absence_in_the_report(hedged: str) -> None:
    plain = verify(PTX_CHAIN, report=PTX_REPORT)
    v = verify(PTX_CHAIN.replace("No pneumothorax.", hedged), report=PTX_REPORT)
    ptx = [x for s in v.steps for x in s.verdicts if x.finding.concept == "pneumothorax"]
    assert ptx and ptx[0].finding.polarity is Polarity.UNCERTAIN and ptx[0].rule == "hedged-absence", ptx
    assert ptx[0].consistent is True and not v.has_contradiction
    hedged_score = ReasoningScore.from_verification(v).radrscore
    plain_score = ReasoningScore.from_verification(plain).radrscore
    assert plain_score * CONTRADICTION_FACTOR < hedged_score <= plain_score
    # a hedge toward a finding the report denies is still contradicted
    assert verify(PTX_CHAIN.replace("No pneumothorax.", "Possible pneumothorax."), report=PTX_REPORT).has_contradiction


@pytest.mark.parametrize("frame", ["It may be that", "It is conceivable that", "One could argue that",
                                   "I suspect that", "It might be the case that", "It is possible that"])
def test_every_framing_hedge_hedges_the_whole_sentence(frame: str) -> None:
    # review7 finding 3: only "it is possible that" framed its sentence, so a chain hedging every sentence with
    # another frame scored like the faithful chain
    chain = " ".join(f"{frame} {s[0].lower()}{s[1:]}" for s in PTX_CHAIN.split(". "))
    v = verify(chain, report=PTX_REPORT)
    assert not v.observes and not v.has_contradiction
    assert ReasoningScore.from_verification(v).radrscore == 0.0
    framed = {f.concept: f.polarity for f in extract_findings(f"{frame} there is no pneumothorax.")}
    assert framed.get("pneumothorax") is Polarity.UNCERTAIN, framed


def test_the_frame_hedges_are_one_list_in_the_trigger_table() -> None:
    from medstep.verify.lexicon import Lexicon
    hedges = Lexicon.load().frame_hedges
    assert {"it is possible that", "cannot be confirmed", "it may be that", "i suspect that"} <= hedges


PTX_OPTIONS = {"A": "Pneumothorax", "B": "Left pleural effusion", "C": "Right pleural effusion", "D": "Pneumonia"}


def _ptx_score(chain: str) -> ReasoningScore:
    v = verify(chain, report=PTX_REPORT, options=PTX_OPTIONS, chosen="B", gold="B", option_evidence=True,
               question="Which finding is present?")
    return ReasoningScore.from_verification(v)


def test_invented_findings_a_full_report_never_names_cost_like_errors() -> None:
    # review7 finding 1: three invented findings (report silent) scored 0.73, one detected wrong side 0.38
    faithful = _ptx_score(PTX_CHAIN)
    side = _ptx_score(PTX_CHAIN.replace("left", "right"))
    one = _ptx_score(PTX_CHAIN + " There is a rib fracture.")
    three = _ptx_score(PTX_CHAIN + " There is a rib fracture. There is a hilar mass. There is a right apical nodule.")
    # the first invented finding costs like the detected wrong side (judge 45), each further one SILENT_FACTOR
    assert side.verification.errors[0] >= 1 and one.verification.errors == (1, 0)
    assert three.verification.errors == (1, 2)
    assert three.radrscore < one.radrscore <= faithful.radrscore * CONTRADICTION_FACTOR
    assert three.radrscore < side.radrscore
    assert three.verification.clinical.score < side.verification.clinical.score
    # more invented findings always cost more, down to the floor; words no concept covers cost nothing
    assert error_factor(0, 1) > error_factor(0, 2) > error_factor(0, 3) >= ERROR_FLOOR
    assert error_factor(0, 0) == 1.0 and error_factor(1, 0) == CONTRADICTION_FACTOR
    plain = _ptx_score(PTX_CHAIN + " The picture is rather grainy.")
    assert plain.verification.errors == (0, 0)


def test_an_unnamed_finding_costs_nothing_without_a_full_report() -> None:
    v = verify(PTX_CHAIN + " There is a hilar mass.", reference=["There is a small left pleural effusion."])
    assert v.errors[1] == 0
