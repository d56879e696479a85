"""Tier-1 chains that outranked real ones on retired blind 30-41 (issue #8, game42): a chain earns credit only for
case-specific observations it commits to. Causes fixed in their one home, tested here in other words than the corpus:

* a checklist's orders over a bare object ("Characterise nodules by size", "seek pericholecystic fluid") and the
  parts of the image it examined without a result ("Lines and tubes: assessed for position", "bones reviewed for
  lesions") were read as observations (``generic_steps.py``);
* the topic of an approach ("Approach to an adnexal lesion on MRI:"), a kind's candidates ("X, Y and Z are all possible
  causes of ...") and what a kind of study can show ("A chest X-ray can show a pneumothorax") likewise;
* a modal of possibility after the finding ("A foreign body could be present") read PRESENT (``triggers.tsv``);
* the pick among the options in words of fit ("the one that best fits is X") was an observation, not the conclusion.

Short real chains (terse, hedged-but-specific) keep their score."""

from __future__ import annotations

import time

import pytest

from medstep.judges.verifier import ReasoningScore
from medstep.verify import verify
from medstep.verify.generic_steps import generic_span
from medstep.verify.roles import SentenceRole

REPORT = (
    "Ultrasound of the gallbladder. Multiple mobile echogenic calculi with posterior acoustic shadowing. The gallbladder "
    "wall is thickened to 5 mm with pericholecystic fluid. Positive sonographic Murphy sign. Common bile duct 4 mm."
)
OPTIONS = {
    "A": "Acute calculous cholecystitis",
    "B": "Choledocholithiasis",
    "C": "Gallbladder polyp",
    "D": "Adenomyomatosis",
}
FAITHFUL = (
    "Shadowing gallstones, a gallbladder wall thickened to 5 mm, pericholecystic fluid and a positive Murphy sign; "
    "the bile duct is 4 mm. Answer: A"
)
PTX = (
    "Chest radiograph. Large right pneumothorax with a visible visceral pleural edge and no lung markings peripherally. "
    "The mediastinum is shifted to the left. The left lung is clear."
)
PTX_OPTIONS = {
    "A": "Right tension pneumothorax",
    "B": "Left pneumothorax",
    "C": "Right pleural effusion",
    "D": "Normal",
}


def score(chain: str, report: str = REPORT, options: dict | None = None) -> ReasoningScore:
    v = verify(chain, report=report, options=options or OPTIONS, chosen="A", gold="A", option_evidence=True)
    return ReasoningScore.from_verification(v)


@pytest.mark.parametrize(
    "chain",
    [
        "Checklist for a gallbladder scan: look for stones and shadowing; measure wall thickness; seek pericholecystic "
        "fluid; assess ducts for dilatation. Using this checklist, the answer is A.",
        "Gallbladder: examined for stones. Wall: thickness assessed. Ducts: reviewed for dilatation. The answer is "
        "acute calculous cholecystitis. Answer: A",
        "Approach to a gallbladder with stones: characterise calculi by size and mobility; inspect walls for "
        "thickening. Based on this approach, the gallbladder most likely has acute calculous cholecystitis. Answer: A",
        "The options are acute calculous cholecystitis, choledocholithiasis, a gallbladder polyp and adenomyomatosis. "
        "All are possible causes of right upper quadrant pain. The one that best fits is acute calculous "
        "cholecystitis. Answer: A",
        "There could be stones in the gallbladder. The wall might possibly be thickened. Some fluid could be present "
        "around it. Answer: A",
    ],
)
def test_gaming_chain_scores_nothing_and_below_faithful(chain: str) -> None:
    s, real = score(chain), score(FAITHFUL)
    assert (s.radrscore or 0.0) == 0.0
    assert (s.radrscore or 0.0) < (real.radrscore or 0.0)
    assert (s.clinical or 0.0) <= (real.clinical or 0.0)


def test_refusal_listing_what_a_study_can_show_earns_nothing() -> None:
    chain = (
        "I am unable to analyse medical images. A chest X-ray can show a pneumothorax on either side, an "
        "effusion, or be normal. Consult a doctor. Answer: A"
    )
    assert (score(chain, PTX, PTX_OPTIONS).radrscore or 0.0) == 0.0


@pytest.mark.parametrize(
    "chain",
    [
        "Gallstones, thick wall, pericholecystic fluid. A.",
        "Likely acute cholecystitis given stones with a thickened 5 mm wall and pericholecystic fluid. Answer: A",
        FAITHFUL,
    ],
)
def test_short_real_chains_keep_credit(chain: str) -> None:
    s = score(chain)
    assert (s.radrscore or 0.0) > 0.8
    assert (s.factuality or 0.0) == 1.0


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("A foreign body could be present in the airway.", SentenceRole.HEDGED),
        ("A foreign body might perhaps be present.", SentenceRole.HEDGED),
        ("Hyperinflation may also be a possibility.", SentenceRole.HEDGED),
        ("Of these four options, the one that best fits is a foreign body.", SentenceRole.CONCLUSION),
        ("The right lung air trapping best fits a foreign body.", SentenceRole.OBSERVATION),
        ("Assess pneumothorax size.", SentenceRole.INSTRUCTION),
        ("Lines and tubes: assessed for position.", SentenceRole.INSTRUCTION),
        ("Bones and soft tissues reviewed for lesions.", SentenceRole.INSTRUCTION),
        ("A chest X-ray can show a foreign body.", SentenceRole.INSTRUCTION),
        ("The endotracheal tube tip should ideally lie 3 to 7 cm above the carina.", SentenceRole.INSTRUCTION),
        ("Gastric tubes should pass below the diaphragm.", SentenceRole.INSTRUCTION),
    ],
)
def test_clause_roles(text: str, role: SentenceRole) -> None:
    report = "There is a right main bronchus foreign body with right lung air trapping. No pneumothorax."
    v = verify(text, report=report)
    assert [c[2] for s in v.steps for c in s.clauses][0] is role


@pytest.mark.parametrize(
    "text",
    [
        "Trace effusions and atelectasis at both bases.",  # "trace" is the effusions' size, not an order
        "The lungs were reviewed for nodules and a 1 cm nodule is present in the right upper lobe.",
        "Lungs assessed for consolidation: a dense right lower lobe consolidation.",
        "Approach to this lung lesion: it is spiculated.",
        "The film may show a small foreign body in the right bronchus.",
        "CT can demonstrate a foreign body, which is seen here in the right bronchus.",
        "**Exclude mimics.** The posterior ribs are intact.",
        "Exclude pneumothorax.",  # a step title stating its result, as main reads it
        "The endotracheal tube lies 2 cm above the carina and should be withdrawn.",
        "Lungs reviewed for nodules, with a 9 mm nodule in the right upper lobe.",
        "Approach to a patient with a right foreign body: it sits in the right main bronchus.",
    ],
)
def test_observations_stay(text: str) -> None:
    report = "There is a right main bronchus foreign body. Trace bilateral effusions. Right upper lobe nodule."
    v = verify(text, report=report)
    assert any(c[3] for s in v.steps for c in s.clauses), text


def test_new_patterns_are_linear_on_hostile_input() -> None:
    for text in (
        "Assess " + "lines " * 4000 + "x",
        "reviewed" + " " * 20000 + "x",
        "approach to a " + ": " * 8000,
        "Exclude" + " nodules" * 3000,
        "Lesions have a " + "broad " * 5000,
        "approach to a lesion: " * 1500,
        "A chest film can " + "also " * 4000 + "show",
        "bones checked" + " ;" * 8000,
    ):
        t0 = time.perf_counter()
        generic_span(text, 0, len(text))
        assert time.perf_counter() - t0 < 1.0


# Review repairs (game42 review): an order's or a duty's reach ends where the clause turns to what this image shows.
DEVICE_REPORT = (
    "Nasogastric tube tip in the stomach. Right subclavian central venous catheter tip in the SVC. The kidney has a "
    "2 cm cyst. The liver contains a 3 cm lesion. No pneumothorax."
)


def _claims(text: str) -> list[tuple[str, str]]:
    v = verify(text, report=DEVICE_REPORT)
    return [(f.finding.concept, f.verdict.value) for s in v.steps for f in s.verdicts]


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Examine the left kidney, which holds a 2 cm cyst.", "cyst"),  # a relative clause gives the result
        ("Characterise the liver, whose right lobe contains a 3 cm lesion.", "lesion"),
        ("Examine the gallbladder, which holds several stones.", "cholelithiasis"),  # reaches past the order
        ("Nasogastric tube tip in the stomach, position checked.", "enteric_tube"),  # only the part after the comma
        ("Subclavian central line tip in the SVC - placement reviewed.", "central_venous_catheter"),
        ("The feeding tube should lie in the stomach, and it does.", "enteric_tube"),  # the duty met
    ],
)
def test_results_after_an_order_or_duty_are_claimed(text: str, concept: str) -> None:
    assert any(c == concept for c, _ in _claims(text)), _claims(text)


def test_a_duty_turned_to_what_is_claims_what_is() -> None:
    # "should ... but it ...": the norm claims nothing, the place after the turn is this line's (the report: SVC)
    claims = _claims("The subclavian line ought to end in the SVC, but its tip ends in the right atrium.")
    assert ("central_venous_catheter", "contradicted") in claims
    # a norm alone, or a norm with a contrast that names no device, still claims nothing
    assert _claims("A central line should end in the lower SVC.") == []
    assert _claims("Lungs, pleura and bones checked.") == []


def test_duty_turn_patterns_are_linear_on_hostile_input() -> None:
    from medstep.verify.positions import read_positions

    for text in (
        "The line should end " + "but " * 5000,
        "The tube should pass" + ", and" * 4000,
        "The catheter ought to lie" + " yet" * 5000 + " it",
        "Examine the liver" + ", whic" * 4000,
        "tip in the SVC" + " - " * 6000 + "checked",
    ):
        t0 = time.perf_counter()
        generic_span(text, 0, len(text))
        read_positions(text)
        assert time.perf_counter() - t0 < 1.0
