"""Invented findings and the faithful words they must not be confused with (issue #8, vfaith9, judge 45).

Why: a full report names what the film shows, so an urgent or actionable finding it never names is charged
like a detected contradiction (``count_errors``), in the step it shares with true claims too. That is only
fair when the faithful wordings of what the report does say are recognised; each case below is a faithful
sentence that read as an invented finding before (our own reports and wording).
"""

from medstep.judges.verifier import ReasoningScore
from medstep.verify import ErrorKind, Verdict, verify

CAVITY = "A 6 cm thick-walled cavity with an air-fluid level in the right lower lobe. No pleural effusion."


def test_a_collection_named_for_a_lung_abscess_is_no_invented_finding() -> None:
    v = verify("The air-fluid level is equal on both views, so the collection is intrapulmonary.", report=CAVITY,
               reference=["The cavity is a lung abscess."])
    assert v.steps[0].verdict is Verdict.SUPPORTED and v.errors == (0, 0)
    # "both views" are the two films of the study, not both sides
    assert all(f.laterality is None for f in v.findings)


def test_white_patches_stuck_to_the_lung_lining_are_the_pleural_plaques() -> None:
    v = verify("There are chalky white patches stuck to the lining of both lungs.",
               report="Multiple bilateral calcified pleural plaques. No pleural effusion.")
    assert "lung_opacity" not in {f.concept for f in v.findings} and v.errors == (0, 0)


def test_net_like_scarring_of_the_lungs_is_the_reported_fibrosis() -> None:
    v = verify("Both lungs show a fine net-like scarring pattern.",
               report="Bilateral basal reticular opacities in keeping with pulmonary fibrosis.")
    assert v.steps[0].verdict is Verdict.SUPPORTED


def test_a_clinical_sign_the_question_gives_is_neither_claim_nor_false_finding() -> None:
    question = "Which stage best describes the radiograph of this 30-year-old with erythema nodosum?"
    report = "Bilateral hilar lymphadenopathy. The lungs are clear."
    v = verify("The hilar glands are swollen on both sides. With the tender red lumps on the shins, this is stage I "
               "sarcoidosis.", report=report, reference=["This is stage I sarcoidosis."], question=question)
    assert v.errors == (0, 0)
    assert not [e for e in v.clinical.errors if e.kind is ErrorKind.FALSE_FINDING]


def test_an_invented_effusion_beside_a_true_claim_costs_like_a_denied_one() -> None:
    report = "Right upper lobe consolidation. No pneumothorax."
    good = ReasoningScore.from_verification(verify("There is right upper lobe consolidation. No pneumothorax.",
                                                   report=report))
    invented = ReasoningScore.from_verification(verify(
        "There is right upper lobe consolidation and a small left pleural effusion. No pneumothorax.", report=report))
    assert invented.verification.errors == (1, 0) and invented.radrscore < good.radrscore / 2
