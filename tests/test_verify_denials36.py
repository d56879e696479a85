"""Denials the verifier did not read (issue #8, lane denials36; retired blind 32 and 35 chains and reference steps):
a bare "against X" verdict in brackets or after a comma, "not favoured", "improbable", "lack(s)", "too fast for",
"is not the explanation" (a rejection that claims nothing), advice to stay watchful, and a denied grade that leaves
another grade of the finding standing. Each reading has its near miss that must stay a claim. The sentences are
written for this test after the retired chains' shapes."""

from __future__ import annotations

import time

import pytest

from medstep.verify import extract_findings, verify


def claims(text: str) -> set[tuple[str, str]]:
    return {(f.concept, f.polarity.value) for f in extract_findings(text) if f.is_claim and f.category != "modality"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smooth, non-lobulated hila (against lymphadenopathy).", {("lymphadenopathy", "absent")}),
        (
            "Normal posterior ribs (against posterior mediastinal mass), normal hila (against primary TB).",
            {("mediastinal_mass", "absent"), ("tuberculosis", "absent")},
        ),
        ("The hila are normal in size, against primary tuberculosis (D).", {("tuberculosis", "absent")}),
        ("Rapid evolution with fever (against metastases).", {("metastasis", "absent")}),
        ("3. Against fluid overload: there are no septal lines.", {("edema", "absent")}),  # a list item's verdict
    ],
)
def test_a_bare_against_verdict_denies_what_follows(text: str, expected: set) -> None:
    assert expected <= claims(text)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # the bracket closes the denial: what follows it is stated
        ("Smooth hila (against lymphadenopathy) and a large pleural effusion.", "pleural_effusion", "lymphadenopathy"),
    ],
)
def test_a_bracketed_verdict_ends_at_its_bracket(text: str, present: str, absent: str) -> None:
    found = claims(text)
    assert (present, "present") in found and (absent, "absent") in found


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("The tube lies against the chest wall and there is a pneumothorax.", "pneumothorax"),  # a place, no verdict
        ("Consolidation, against a background of emphysema.", "emphysema"),
        ("The liver dome sits directly against the hemidiaphragm, with a pneumothorax.", "pneumothorax"),
    ],
)
def test_against_that_places_denies_nothing(text: str, concept: str) -> None:
    assert (concept, "present") in claims(text)


def test_against_an_option_letter_or_the_prior_film_is_no_denial() -> None:
    # "(against C)" turns an option down by its letter; "against the older film" compares
    assert ("pulmonary_nodule", "present") in claims("Nodules 2-5 mm rather than miliary (against C).")
    assert ("mass", "present") in claims("**Against the older film:** the mass has grown.")
    assert ("pneumothorax", "present") in claims("Against this morning's film, a 2.5 cm apical pneumothorax is new.")


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("With no popcorn calcification, a hamartoma is not favoured.", "hamartoma"),
        ("Smooth edges and her age make a lung cancer improbable.", "lung_mass"),
        ("A lung cancer is implausible at her age.", "lung_mass"),
        ("The lungs lack a widespread hazy ground-glass background.", "ground_glass_opacity"),
        ("An opacity lacking consolidation.", "consolidation"),
        ("The tempo is too fast for metastases (C).", "metastasis"),
    ],
)
def test_verdict_words_deny(text: str, concept: str) -> None:
    assert (concept, "absent") in claims(text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Pneumonia is favoured.", "pneumonia"),
        ("The pattern favours a hamartoma.", "hamartoma"),
        ("The lesion lacks fat, and the heart is enlarged.", "cardiomegaly"),  # the denial ends at its clause
        ("Far too rapid for metastases, and the pleural effusion is large.", "pleural_effusion"),
    ],
)
def test_near_misses_of_the_verdict_words_stay_claims(text: str, concept: str) -> None:
    assert (concept, "present") in claims(text)


def test_not_the_explanation_claims_nothing_of_the_finding() -> None:
    # like "does not explain": the effusion may be there, it is only not the cause
    assert not {
        c
        for c in claims("A small pleural effusion is not the explanation for the hypoxia.")
        if c[0] == "pleural_effusion"
    }
    assert ("pleural_effusion", "present") in claims("A small pleural effusion is the explanation for the hypoxia.")


def test_advice_to_stay_watchful_claims_nothing() -> None:
    assert not {c for c in claims("Silicosis; remain alert to superimposed TB.") if c[0] == "tuberculosis"}
    assert not {c for c in claims("Watch for superimposed tuberculosis.") if c[0] == "tuberculosis"}
    assert ("tuberculosis", "present") in claims("Silicosis with superimposed TB.")


REPORT = "FINDINGS: There is a complete full-thickness tear of the Achilles tendon. No fracture."


def _step_verdicts(chain: str) -> list[str]:
    v = verify(chain, report=REPORT)
    return [fv.verdict.value for st in v.steps for fv in st.verdicts if fv.finding.concept == "ligament_tear"]


def test_a_denied_grade_leaves_another_grade_standing() -> None:
    # "rules out a partial tear" says nothing against a complete tear
    assert "contradicted" not in _step_verdicts("The tendon is fully divided, which rules out a partial tear.")
    # the near miss: a denial with no grade, or with the report's own grade, is still contradicted
    assert "contradicted" in _step_verdicts("There is no tear of the Achilles tendon.")
    assert "contradicted" in _step_verdicts("There is no complete tear of the Achilles tendon.")


def test_against_verdict_is_linear_on_hostile_input() -> None:
    text = ", against" * 1200 + "(against " * 1200 + "x against" * 200 + "a" * 1000  # 24,400 characters
    began = time.perf_counter()
    extract_findings(text)
    assert time.perf_counter() - began < 2.0  # (about 0.1 s)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a denial stays in its clause (lane brief (c)); these already held at the lane's start and are kept so
        ("No effusion, and the heart is enlarged.", {("pleural_effusion", "absent"), ("cardiomegaly", "present")}),
        (
            "The lungs lack consolidation, and the heart is enlarged.",
            {("consolidation", "absent"), ("cardiomegaly", "present")},
        ),
        ("Neither pneumothorax nor effusion is seen.", {("pneumothorax", "absent"), ("pleural_effusion", "absent")}),
    ],
)
def test_a_denial_ends_at_its_clause(text: str, expected: set) -> None:
    assert expected <= claims(text)
