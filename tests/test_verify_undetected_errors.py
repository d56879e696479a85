"""Issue #8, round verr8: one-error chains whose error the verifier did not detect scored as their faithful
original. Each test is a hand-written case (our own reports and wording) of one class of undetected error
found on the retired blind set 5 (benchmarks/corpus/README.md, "verr8"): the error must now be detected
(a contradiction, so the chain is halved) and the one-error chain must score below the faithful one.
"""

from __future__ import annotations

import pytest

from medstep.judges.verifier import ReasoningScore
from medstep.verify import verify

OPTIONS = {"A": "Pulmonary metastases", "B": "Miliary tuberculosis", "C": "Sarcoidosis", "D": "Pneumonia"}


def scored(chain: str, report: str, reference: list[str], options: dict[str, str] = OPTIONS,
           chosen: str = "A", gold: str = "A") -> ReasoningScore:
    v = verify(chain, report=report, reference=reference, options=options, chosen=chosen, gold=gold,
               option_evidence=True, question="What is the most likely diagnosis?")
    return ReasoningScore.from_verification(v)


def assert_detected_below(good: ReasoningScore, bad: ReasoningScore) -> None:
    assert not good.verification.has_contradiction
    assert bad.verification.has_contradiction
    assert bad.radrscore < good.radrscore
    assert bad.clinical is not None and good.clinical is not None and bad.clinical < good.clinical


# --- a bilateral finding called one-sided, a one-sided finding called bilateral (review7 finding 4) ----------

MASSES = "PA chest radiograph. Multiple round masses in both lungs. No pleural effusion. Heart size normal."
MASSES_REF = ["There are multiple round masses in both lungs.", "There is no pleural effusion.",
              "Multiple bilateral masses indicate metastases."]


def test_a_bilateral_finding_moved_to_one_side_is_a_laterality_error() -> None:
    good = scored("There are multiple round masses in both lungs. There is no pleural effusion. "
                  "These are metastases.", MASSES, MASSES_REF)
    bad = scored("There are multiple round masses in the right lung. There is no pleural effusion. "
                 "These are metastases.", MASSES, MASSES_REF)
    assert_detected_below(good, bad)
    rules = [v.rule for s in bad.verification.steps for v in s.verdicts if v.verdict.value == "contradicted"]
    assert rules == ["laterality-partial"]


@pytest.mark.parametrize("chain", [
    # both sides named, in two steps or in one
    "There are round masses in the right lung. There are similar masses in the left lung. These are metastases.",
    "There are masses in the right lung and several more on the left. These are metastases.",
    "The masses are larger in the right lung than in the left. These are metastases.",
])
def test_both_sides_named_anywhere_in_the_chain_are_not_a_laterality_error(chain: str) -> None:
    assert not scored(chain, MASSES, MASSES_REF).verification.has_contradiction


def test_the_other_side_called_clear_does_not_excuse_a_one_sided_claim() -> None:
    bad = scored("There are round masses in the right lung only; the left lung is clear. These are metastases.",
                 MASSES, MASSES_REF)
    assert bad.verification.has_contradiction


EFFUSION = "PA chest radiograph. Small left pleural effusion. Mild cardiomegaly. No pneumothorax."
EFF_REF = ["There is a small left pleural effusion.", "The heart is mildly enlarged.", "There is no pneumothorax."]
EFF_OPTIONS = {"A": "Pneumothorax", "B": "Left pleural effusion", "C": "Right pleural effusion", "D": "Pneumonia"}


def test_a_one_sided_finding_called_bilateral_is_a_laterality_error() -> None:
    good = scored("There is a small left pleural effusion. The heart is mildly enlarged. There is no pneumothorax.",
                  EFFUSION, EFF_REF, EFF_OPTIONS, "B", "B")
    bad = scored("There are small bilateral pleural effusions. The heart is mildly enlarged. There is no "
                 "pneumothorax.", EFFUSION, EFF_REF, EFF_OPTIONS, "B", "B")
    assert_detected_below(good, bad)


def test_a_side_compared_with_is_not_a_side_of_the_finding() -> None:
    # "hazier than the left": the left is the yardstick; the haze is right-sided
    from medstep.verify import extract_findings
    [f] = [f for f in extract_findings("The whole right side of the chest looks hazier than the left.")
           if f.category == "finding"]
    assert f.laterality == "right"


# --- sentence-opening hedge words frame their sentence (review7 finding 3) ------------------------------------

HEDGE_REPORT = "Small left pleural effusion. Mild cardiomegaly. No pneumothorax. No focal consolidation."
HEDGE_SENTENCES = ["there is a small left pleural effusion", "the heart is enlarged", "there is no pneumothorax",
                   "there is no consolidation"]


@pytest.mark.parametrize("frame", ["Perhaps", "Perhaps,", "Arguably,", "Possibly", "Maybe", "Conceivably,",
                                   "Presumably", "Potentially", "It could be that", "One might say that",
                                   "I would guess that"])
def test_a_chain_hedging_every_sentence_with_an_opening_word_observes_nothing(frame: str) -> None:
    faithful = scored(" ".join(s[0].upper() + s[1:] + "." for s in HEDGE_SENTENCES), HEDGE_REPORT, [],
                      EFF_OPTIONS, "B", "B")
    hedged = scored(" ".join(f"{frame} {s}." for s in HEDGE_SENTENCES), HEDGE_REPORT, [], EFF_OPTIONS, "B", "B")
    assert faithful.radrscore == pytest.approx(1.0)
    assert not hedged.verification.observes and hedged.radrscore == 0.0 and hedged.clinical == 0.0


def test_an_opening_hedge_word_frames_only_its_own_sentence_and_only_when_it_opens_it() -> None:
    from medstep.verify import extract_findings
    from medstep.verify.findings import Polarity
    pol = {f.concept: f.polarity for f in extract_findings("Perhaps there is no pneumothorax.")}
    assert pol["pneumothorax"] is Polarity.UNCERTAIN  # framed: a hedged absence, not a denial
    pol = {f.concept: f.polarity for f in extract_findings(
        "There is no pneumothorax, and this is perhaps a small effusion. Arguably the heart is enlarged.")}
    assert pol["pneumothorax"] is Polarity.ABSENT and pol["pleural_effusion"] is Polarity.UNCERTAIN
    assert pol["cardiomegaly"] is Polarity.UNCERTAIN
    # a committed chain with one hedged sentence keeps its credit (a hedge beside an observation is a claim)
    mixed = scored("Perhaps there is a small left pleural effusion. The heart is enlarged. There is no "
                   "pneumothorax.", HEDGE_REPORT, [], EFF_OPTIONS, "B", "B")
    assert mixed.verification.observes and mixed.radrscore > 0.5


def test_the_opening_hedge_words_are_one_list_in_the_trigger_table() -> None:
    from medstep.verify.lexicon import Lexicon
    lex = Lexicon.load()
    assert {"perhaps", "arguably", "possibly", "maybe"} <= lex.frame_openers
    assert not lex.frame_openers & lex.frame_hedges


# --- a side opening its clause, verb forms and lay words of findings ------------------------------------------

@pytest.mark.parametrize("text,concept,side", [
    ("On the right there is a pneumothorax.", "pneumothorax", "right"),  # vfalse: no comma, no side
    ("On the left, a small pleural effusion is seen.", "pleural_effusion", "left"),
    ("So the fall caused bleeding into the right chest.", "hemothorax", "right"),  # vcost: read as a silent bleed
    ("There is blood in the pleural space.", "hemothorax", None),
])
def test_sides_and_lay_words_are_read(text: str, concept: str, side: str | None) -> None:
    from medstep.verify import extract_findings
    found = {f.concept: f.laterality for f in extract_findings(text) if f.category == "finding"}
    assert concept in found and found[concept] == side, found


def test_a_displacement_to_one_side_does_not_side_the_finding_after_it() -> None:
    from medstep.verify import extract_findings
    found = {f.concept: f.laterality for f in extract_findings(
        "The trachea and mediastinum are displaced to the left, away from the effusion.") if f.category == "finding"}
    assert found == {"pleural_effusion": None, "tracheal_deviation": "left"}  # the shift keeps its side (verify12)


CAVITY = ("PA chest radiograph. Multiple round masses in both lungs, 1 to 4 cm. No cavitation. "
          "No pleural effusion.")
CAVITY_REF = ["There are multiple round masses in both lungs.", "None of them cavitates.",
              "These are haematogenous metastases."]


def test_a_finding_stated_as_a_verb_is_read_and_its_denial_detected() -> None:
    good = scored("There are multiple round masses in both lungs. None of them cavitates. There is no pleural "
                  "effusion. These are metastases.", CAVITY, CAVITY_REF)
    bad = scored("There are multiple round masses in both lungs. Several of them cavitate. There is no pleural "
                 "effusion. These are metastases.", CAVITY, CAVITY_REF)
    assert_detected_below(good, bad)


def test_arguing_against_a_finding_denies_it() -> None:
    from medstep.verify import extract_findings
    from medstep.verify.findings import Polarity
    pol = {f.concept: f.polarity for f in extract_findings(
        "Both costophrenic angles are sharp, arguing against blood in the pleural space.")}
    assert pol["hemothorax"] is Polarity.ABSENT


# --- a side declared exclusive; signs that had no concept ----------------------------------------------------

NOTCH = ("PA chest radiograph. Bilateral inferior rib notching of the posterior ribs. Figure-3 contour of the aortic "
         "knuckle. Heart size normal.")
NOTCH_REF = ["The posterior ribs are notched on both sides.", "The aortic knuckle has a figure-3 contour.",
             "Rib notching with a figure-3 sign indicates coarctation of the aorta."]
NOTCH_OPTIONS = {"A": "Coarctation of the aorta", "B": "Tetralogy of Fallot", "C": "Normal chest",
                 "D": "Pulmonary hypertension"}


def test_a_side_called_exclusive_is_a_laterality_error_even_beside_a_bilateral_summary() -> None:
    summary = " Bilateral rib notching with a figure-3 sign indicates coarctation of the aorta."
    good = scored("The posterior ribs are notched on both sides. The aortic knuckle has a figure-3 contour." + summary,
                  NOTCH, NOTCH_REF, NOTCH_OPTIONS)
    bad = scored("The posterior ribs are notched on the left side only. The aortic knuckle has a figure-3 contour."
                 + summary, NOTCH, NOTCH_REF, NOTCH_OPTIONS)
    assert_detected_below(good, bad)


def test_a_lobe_called_airless_is_collapse_and_contradicts_an_aerated_lobe() -> None:
    report = ("PA and lateral radiographs. A rounded retrocardiac opacity with an air-fluid level. The left "
              "hemidiaphragm outline is preserved.")
    ref = ["There is a retrocardiac opacity with an air-fluid level.", "A retrocardiac air-fluid level is a hiatus hernia."]
    options = {"A": "Left lower lobe collapse", "B": "Hiatus hernia", "C": "Aortic aneurysm", "D": "Neurogenic tumour"}
    good = scored("There is a retrocardiac opacity with an air-fluid level. The left hemidiaphragm is preserved, so "
                  "the left lower lobe is aerated. This is a hiatus hernia.", report, ref, options, "B", "B")
    bad = scored("There is a retrocardiac opacity with an air-fluid level. The left hemidiaphragm is obscured, so "
                 "the left lower lobe is not aerated. This is a hiatus hernia.", report, ref, options, "B", "B")
    assert_detected_below(good, bad)


# --- a size stated of the finding named just before ("They measure 1 to 3 mm.") -------------------------------

SIZE_REPORT = "PA chest radiograph. Multiple round masses of varying size, 1 to 5 cm, in both lungs. No effusion."
SIZE_REF = ["There are multiple round masses in both lungs.", "They vary in size from 1 to 5 cm.",
            "These are metastases."]


def test_a_size_given_in_a_sentence_of_its_own_is_the_size_of_the_finding_before_it() -> None:
    good = scored("There are multiple round masses in both lungs. They vary in size from 1 to 5 cm. These are "
                  "metastases.", SIZE_REPORT, SIZE_REF)
    bad = scored("There are multiple round masses in both lungs. They vary in size from 1 to 3 mm. These are "
                 "metastases.", SIZE_REPORT, SIZE_REF)
    assert_detected_below(good, bad)
    [step] = [s for s in bad.verification.steps if s.text.startswith("They")]
    assert [(f.concept, f.size, v.rule) for f, v in zip(step.findings, step.verdicts)] == [
        ("mass", 3.0, "size-conflict")]


def test_a_pronoun_sentence_without_a_size_claims_nothing_new() -> None:
    v = scored("There are multiple round masses in both lungs. They are more numerous at the bases. These are "
               "metastases.", SIZE_REPORT, SIZE_REF).verification
    [step] = [s for s in v.steps if s.text.startswith("They")]
    assert step.findings == ()
