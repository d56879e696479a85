"""Option- and answer-aware grading, evidence precedence, and names of modalities that are not claims."""

from __future__ import annotations

import pytest

from medstep.verify import Verdict, Verifier, verify

OPTIONS = {"A": "Small left pneumothorax", "B": "Right lower lobe consolidation",
           "C": "Cardiomegaly with a small right pleural effusion", "D": "No acute abnormality"}
REPORT = "The heart is enlarged. Small right pleural effusion. No pneumothorax."


def test_the_chosen_option_is_a_claim_of_the_chain() -> None:
    v = verify("The answer is C.", report=REPORT, options=OPTIONS, chosen="C")
    assert v.decision is not None and v.decision.option == "C"
    assert {f.concept for f in v.decision.findings} == {"cardiomegaly", "pleural_effusion"}
    # a bare letter observes nothing: the decision is judged and shown, but earns no factuality alone
    assert v.decision.consistent is True and not v.observes and v.factuality_counts() == (0, 0)
    wrong = verify("The answer is A.", report=REPORT, options=OPTIONS, chosen="A")
    assert wrong.decision.consistent is False and wrong.factuality_counts() == (0, 0)
    assert [x.finding.concept for x in wrong.contradicted()] == ["pneumothorax"]
    assert "decision" in wrong.to_json() and wrong.to_json()["observes"] is False
    # beside an observation the decision is one more claim unit, right or wrong
    seen = verify("The heart is enlarged. The answer is C.", report=REPORT, options=OPTIONS, chosen="C")
    assert seen.observes and seen.factuality_counts() == (2, 2)
    seen_wrong = verify("The heart is enlarged. The answer is A.", report=REPORT, options=OPTIONS, chosen="A")
    assert seen_wrong.factuality_counts() == (1, 2)


def test_option_letters_and_lists_are_normalised() -> None:
    as_list = verify("x", report=REPORT, options=list(OPTIONS.values()), chosen="(c)")
    assert as_list.decision is not None and as_list.decision.option == "C"
    assert verify("x", report=REPORT, options=OPTIONS, chosen="Z").decision is None


def test_option_evidence_gold_true_and_distractors_absent() -> None:
    # no report, no reference: only the benchmark's statement that C is true and the rest absent
    v = verify("There is a small left pneumothorax.", options=OPTIONS, gold="C", option_evidence=True)
    verdict = v.steps[0].verdicts[0]
    assert verdict.verdict is Verdict.CONTRADICTED and verdict.sources[0].source == "option[A]"
    ok = verify("The heart is enlarged.", options=OPTIONS, gold="C", option_evidence=True)
    assert ok.steps[0].verdicts[0].verdict is Verdict.SUPPORTED
    # a distractor naming a finding of the gold option does not make that finding absent
    opts = {"A": "Pleural effusion and pneumothorax", "B": "Pleural effusion"}
    shared = verify("There is a pleural effusion.", options=opts, gold="B", option_evidence=True)
    assert shared.steps[0].verdicts[0].verdict is Verdict.SUPPORTED
    # without option_evidence the options are not evidence
    assert not verify("There is a pneumothorax.", options=OPTIONS, gold="C").has_evidence


def test_listing_every_option_without_committing_earns_nothing() -> None:
    chain = "A) Small left pneumothorax\nB) Right lower lobe consolidation\nC) Cardiomegaly\nD) Normal\n" \
            "The heart is enlarged."
    v = verify(chain, report=REPORT, options=OPTIONS, chosen=None)
    assert v.committed is False
    assert v.factuality_counts() == (0, 1) and v.effectiveness_counts() == (0, 1)
    committed = verify(chain, report=REPORT, options=OPTIONS, chosen="C")
    assert committed.committed and committed.factuality_counts() == (2, 2)
    # naming some options is not listing every one
    assert verify("A) Small left pneumothorax is unlikely. The heart is enlarged.", report=REPORT,
                  options=OPTIONS).committed


def test_a_report_contradiction_outranks_a_reference_mention() -> None:
    # the reference step mentions an effusion (as an option it discusses); the report rules it out
    v = verify("There is a pleural effusion.", report="No pleural effusion.",
               reference=["Pleural effusion is present on the left."])
    first = v.steps[0].verdicts[0]
    assert first.verdict is Verdict.CONTRADICTED and first.sources[0].source == "report"
    # the reference decides when the report is silent
    v2 = verify("There is a pleural effusion.", report="Cardiomegaly.", reference=["Left pleural effusion."])
    assert v2.steps[0].verdicts[0].verdict is Verdict.SUPPORTED


def test_report_support_makes_a_step_effective() -> None:
    v = verify("The heart is enlarged.", report="Cardiomegaly.", reference=["No pneumothorax."])
    assert v.steps[0].effective and v.effectiveness_counts() == (1, 1)


@pytest.mark.parametrize("chain", [
    "I cannot determine the answer from this chest X-ray.",
    "This is a frontal chest radiograph.",
    "The PA view of the chest X-ray is shown.",
])
def test_naming_the_modality_or_view_is_not_a_claim(chain: str) -> None:
    v = verify(chain, report="PA chest radiograph. Cardiomegaly.")
    assert v.factuality_counts()[1] == 0 and v.effectiveness_counts()[1] == 0
    assert all(not s.makes_claim for s in v.steps)


def test_a_different_modality_still_counts_as_an_error() -> None:
    v = verify("This CT shows cardiomegaly.", report="PA chest radiograph. Cardiomegaly.")
    rules = {x.rule for x in v.steps[0].verdicts}
    assert "modality-conflict" in rules and v.factuality_counts() == (1, 2)  # the CT is one false unit


def test_clinical_errors_are_part_of_the_verification() -> None:
    v = verify("There is a large left pneumothorax. The heart is enlarged.", report=REPORT)
    c = v.clinical
    assert c is not None and c.false_findings == 1 and c.missed_findings == 1 and c.matched == 1
    assert 0 < c.score < 1 and v.to_json()["clinical"]["false_findings"] == 1
    assert verify("Cardiomegaly.").clinical is None  # nothing to compare with


def test_significance_table_of_a_user(tmp_path) -> None:
    table = tmp_path / "sig.tsv"
    table.write_text("pneumothorax\texpected_benign\n", encoding="utf-8")
    ver = Verifier(significance=table)
    assert ver.clinical.significance("pneumothorax").value == "expected_benign"
    bad = tmp_path / "bad.tsv"
    bad.write_text("# x\npneumothorax\tvery_bad\n", encoding="utf-8")
    with pytest.raises(Exception, match=rf"{bad}:2: significance must be one of"):
        Verifier(significance=bad)


def test_a_refusal_claims_nothing() -> None:
    v = verify("Sorry, I am unable to assess the pleural effusion or the heart size on this film.",
               report="Small left pleural effusion.")
    assert v.factuality_counts() == (0, 0) and v.steps[0].role.value == "instruction"


def test_repeating_the_question_premise_is_not_a_claim() -> None:
    q = "Which lobe contains the nodule?"
    report = "A 1 cm nodule in the right upper lobe."
    premise = verify("The nodule is in one of the lobes.", report=report, question=q)
    assert premise.factuality_counts() == (0, 0)
    assert premise.steps[0].verdicts[0].rule == "question-premise"
    located = verify("The nodule is in the right upper lobe.", report=report, question=q)
    assert located.factuality_counts() == (1, 1)


def test_a_sentence_that_only_repeats_options_is_a_listing() -> None:
    opts = {"A": "Left pleural effusion", "B": "Pneumothorax"}
    v = verify("Left pleural effusion or pneumothorax.", report="Left pleural effusion.", options=opts)
    assert v.steps[0].role.value == "option_listing" and v.factuality_counts() == (0, 0)
    said = verify("There is a left pleural effusion.", report="Left pleural effusion.", options=opts)
    assert said.factuality_counts() == (1, 1)


def test_sides_of_absences() -> None:
    # an absence on one side does not show an absence everywhere
    v = verify("No pleural effusion.", report="Small left pleural effusion. The right lung is clear.")
    assert v.steps[0].verdicts[0].verdict is Verdict.CONTRADICTED
    # a normal statement about one side keeps that side, beside a finding on the other
    findings = verify("Small right pleural effusion; the left costophrenic angle is sharp.",
                      report="Small right pleural effusion.").steps[0].findings
    assert [(f.concept, f.polarity.value, f.laterality) for f in findings] == [
        ("pleural_effusion", "present", "right"), ("pleural_effusion", "absent", "left")]
    # a finding whose side is not said is not ruled out by one side being clear
    v2 = verify("There is atelectasis.", report="Left basilar atelectasis. The right lung is clear.")
    assert v2.steps[0].verdicts[0].verdict is Verdict.SUPPORTED


def test_recall_of_a_sided_reference_needs_the_side() -> None:
    vague = verify("There is consolidation.", reference=["Right lower lobe consolidation."])
    sided = verify("There is right-sided consolidation.", reference=["Right lower lobe consolidation."])
    assert vague.factuality_counts() == (1, 1) and vague.completeness_counts() == (0, 1)
    assert sided.completeness_counts() == (1, 1)


def test_tube_position_words() -> None:
    v = verify("The endotracheal tube is in good position.", report="The endotracheal tube tip is in the right "
               "main bronchus.")
    bad = [x for s in v.steps for x in s.verdicts if x.verdict is Verdict.CONTRADICTED]
    assert [x.finding.concept for x in bad] == ["cardiac_device_malposition"]


def test_related_broader_concepts_do_not_contradict() -> None:
    v = verify("Perihilar airspace opacities.", report="Pulmonary edema.")
    x = v.steps[0].verdicts[0]
    assert (x.verdict, x.consistent, x.rule) == (Verdict.UNVERIFIABLE, True, "related-evidence")
    # "no airspace disease" does not deny interstitial edema
    assert verify("No airspace disease.", report="Interstitial edema.").steps[0].verdicts[0].consistent is True
