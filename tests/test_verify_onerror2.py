"""Second one-error round: the chain's own words outrank its chosen option, a stated side outranks a bare
mention, and lay and terse wording of chest findings is read.

Sentences here are written for these tests (chest X-ray style), not taken from any dataset.
"""

from __future__ import annotations

import pytest

from medstep.verify import Verifier

V = Verifier()

COLLAPSE = ("Dense opacity in the right upper zone bounded by the elevated horizontal fissure. Right upper lobe "
            "collapse. The trachea is deviated to the right. No pneumothorax.")
COLLAPSE_OPTIONS = {"A": "Right upper lobe collapse", "B": "Left upper lobe collapse", "C": "Right pneumothorax"}


def _clinical(chain: str, chosen: str, report: str = COLLAPSE, options: dict | None = None) -> float:
    v = V.verify(chain, report=report, options=options or COLLAPSE_OPTIONS, chosen=chosen, gold="A",
                 option_evidence=True)
    assert v.clinical is not None
    return v.clinical.score


def test_the_chains_own_lobe_outranks_the_chosen_options() -> None:
    right = _clinical("There is right upper lobe collapse and the trachea is deviated to the right. Answer: A", "A")
    lower = _clinical("There is right lower lobe collapse and the trachea is deviated to the right. Answer: A", "A")
    assert right > lower  # merging the option's "upper lobe" into the chain's "lower lobe" hid the error


def test_the_chains_own_side_outranks_the_chosen_options() -> None:
    right = _clinical("There is right upper lobe collapse and the trachea is deviated to the right. Answer: A", "A")
    left = _clinical("There is left upper lobe collapse and the trachea is deviated to the right. Answer: A", "A")
    assert right > left


def test_a_contradicted_option_chosen_after_ruling_it_out_still_costs() -> None:
    good = _clinical("Right upper lobe collapse with the trachea deviated to the right. No pneumothorax. A.", "A")
    wrong = _clinical("Right upper lobe collapse with the trachea deviated to the right. No pneumothorax. C.", "C")
    assert good > wrong


def test_a_stated_side_is_contradicted_by_the_other_side_beside_a_bare_mention() -> None:
    report = "A nasogastric tube is present. The nasogastric tube tip lies in the right lower lobe bronchus."
    left = V.verify("The nasogastric tube is in the left lower lobe bronchus.", report=report)
    assert left.steps[0].verdicts[0].verdict.value == "contradicted"
    assert left.steps[0].verdicts[0].rule == "laterality-conflict"
    right = V.verify("The nasogastric tube is in the right lower lobe bronchus.", report=report)
    assert right.steps[0].verdicts[0].verdict.value == "supported"


@pytest.mark.parametrize(("text", "concept"), [
    ("Free gas beneath both hemidiaphragms.", "pneumoperitoneum"),
    ("There is air under the diaphragm.", "pneumoperitoneum"),
    ("The windpipe is pulled over to the right.", "tracheal_deviation"),
    ("There is air trapped under the skin of the left chest wall.", "subcutaneous_emphysema"),
    ("Both hila look lumpy, like swollen glands.", "hilar_lymphadenopathy"),
    ("The lungs look smaller than they should.", "low_lung_volumes"),
    ("Part of the stomach has pushed up into the chest.", "hiatal_hernia"),
    ("There is scarring of the lungs at the bases.", "pulmonary_fibrosis"),
    ("Asbestos-related plaques along both chest walls.", "pleural_plaque"),
    ("The feeding tube has gone down the wrong pipe.", "cardiac_device_malposition"),
    ("Retrocardiac opacity w/ AFL.", "pneumatocele_cavity"),
])
def test_lay_and_terse_words_name_their_finding(text: str, concept: str) -> None:
    found = {f.concept for f in V.extract_findings(text) if f.category == "finding"}
    assert concept in found, (text, found)


def test_terse_negated_abbreviations() -> None:
    found = {(f.concept, f.polarity.value) for f in V.extract_findings("No eff/PTX. No consol.")}
    assert {("pleural_effusion", "absent"), ("pneumothorax", "absent"), ("consolidation", "absent")} <= found


def test_a_reference_step_fills_what_the_report_leaves_unsaid_in_the_clinical_truth() -> None:
    report = "The nasogastric tube follows the right main bronchus into the right lower lobe bronchus. No pneumothorax."
    refs = ["The tube lies in the right lower lobe bronchus.", "The tube is misplaced and must be removed."]
    said = V.verify("The nasogastric tube is in the right lower lobe bronchus. It is misplaced.", report=report,
                    reference=refs)
    assert said.clinical is not None and said.clinical.false_findings == 0
    silent = V.verify("The nasogastric tube is in the right lower lobe bronchus.", report=report, reference=refs)
    assert silent.clinical is not None and said.clinical.score > silent.clinical.score
    # a reference finding the report already speaks about (any reading of it) does not join the truth
    report = "Consolidation in the left lower lobe."
    v = V.verify("There is consolidation in the left lower lobe.", report=report,
                 reference=["The findings indicate left lower lobe pneumonia."])
    assert v.clinical is not None and v.clinical.missed_findings == 0


def test_population_statements_claim_nothing() -> None:
    for text in ("Idiopathic pulmonary fibrosis is most common in older men and smokers.",
                 "Sarcoidosis typically affects young adults."):
        assert [f for f in V.extract_findings(text) if f.category == "finding"] == [], text


def test_terse_bilat_is_a_side() -> None:
    # (single letters R / L are read apart from the automaton, tests/test_verify_terse_sides.py)
    got = {(f.concept, f.laterality) for f in V.extract_findings("Bilat pleural effusions.")
           if f.category == "finding"}
    assert ("pleural_effusion", "bilateral") in got


def test_a_chosen_distractor_is_a_false_claim_even_when_its_words_name_no_finding() -> None:
    report = "The nasogastric tube tip lies in the right lower lobe bronchus. No pneumothorax."
    options = {"A": "Yes, in the stomach", "B": "No, it is in the right lower lobe bronchus",
               "C": "No, it is coiled in the oesophagus"}
    chain = "The nasogastric tube tip lies in the right lower lobe bronchus. There is no pneumothorax."
    right = V.verify(chain, report=report, options=options, chosen="B", gold="B", option_evidence=True)
    wrong = V.verify(chain, report=report, options=options, chosen="C", gold="B", option_evidence=True)
    assert wrong.decision is not None and wrong.decision.consistent is False
    assert wrong.factuality_counts()[0] < right.factuality_counts()[0] or (
        wrong.factuality_counts()[1] > right.factuality_counts()[1])


def test_an_incidental_reference_word_does_not_join_the_clinical_truth() -> None:
    report = "Bilateral calcified pleural plaques. No pleural effusion."
    refs = ["There are multiple calcified plaques on both sides."]  # read as a calcification, not actionable
    v = V.verify("Bilateral calcified pleural plaques. No effusion.", report=report, reference=refs)
    assert v.clinical is not None and v.clinical.missed_findings == 0


@pytest.mark.parametrize(("text", "concept", "polarity"), [
    ("Several ribs on the right side at the back are broken.", "fracture", "present"),
    ("The lining of the lungs looks normal.", "pleural_effusion", "absent"),
    ("There is still a small pocket of air at the top of the lung.", "pneumothorax", "present"),
    ("There is no air around the lung.", "pneumothorax", "absent"),
])
def test_lay_anatomy_and_fracture_words(text: str, concept: str, polarity: str) -> None:
    found = {(f.concept, f.polarity.value) for f in V.extract_findings(text)}
    assert (concept, polarity) in found, (text, found)
