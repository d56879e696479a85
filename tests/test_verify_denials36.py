"""Denials the verifier did not read (issue #8, lane denials36; retired blind 32 and 35 chains and reference steps):
a bare "against X" verdict in brackets or after a comma, "not favoured", "improbable", "lack(s)", "too fast for",
"is not the explanation" (a rejection that claims nothing), advice to stay watchful, and a denied grade that leaves
another grade of the finding standing. Each reading has its near miss that must stay a claim. The sentences are
written for this test after the retired chains' shapes."""

from __future__ import annotations

import random
import re
import time

import pytest

from support.timing import grows_linearly

from medstep.verify import aligned_states, extract_findings, verify


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


# --- the repair after review (review_denials36): each reading narrowed to what it is about -------------------------


def _verdicts(chain: str, report: str) -> set[tuple[str, str]]:
    v = verify(chain, report=report)
    return {(fv.finding.concept, fv.verdict.value) for st in v.steps for fv in st.verdicts}


@pytest.mark.parametrize(
    ("chain", "report", "concept"),
    [
        # a denied grade contradicts a grade at or above it: the error chain is still caught
        ("There is no haemodynamically significant stenosis.", "Severe (80%) stenosis of the right ICA.", "stenosis"),
        ("No clinically significant pleural effusion.", "Large right pleural effusion.", "pleural_effusion"),
        ("No moderate effusion.", "Large right pleural effusion.", "pleural_effusion"),
    ],
)
def test_a_denied_grade_contradicts_a_grade_at_or_above_it(chain: str, report: str, concept: str) -> None:
    assert (concept, "contradicted") in _verdicts(chain, report)


def test_a_denied_grade_spares_a_lower_one() -> None:
    assert ("pleural_effusion", "contradicted") not in _verdicts(
        "No large pleural effusion.", "Small left pleural effusion."
    )


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a short verdict clause after a comma judges its own subject, not the finding before the comma
        ("Consolidation in the right lower lobe, TB not favoured.", "consolidation", "tuberculosis"),
        ("Consolidation in the right lower lobe, TB unlikely.", "consolidation", "tuberculosis"),
        ("Right upper lobe mass with hilar nodes, lymphoma improbable.", "mass", "lymphoma"),
        # a fronted denial ends at its comma before a subject of its own
        ("Lacking calcification, the nodule is spiculated.", "pulmonary_nodule", "calcification"),
    ],
)
def test_a_verdict_clause_keeps_to_its_own_subject(text: str, present: str, absent: str) -> None:
    found = claims(text)
    assert (present, "present") in found and (absent, "absent") in found


def test_a_list_before_a_post_denial_is_still_denied() -> None:
    # the near miss: a list with its verb is one clause, every item denied
    found = claims("Effusion, consolidation and pneumothorax are absent.")
    assert {("pleural_effusion", "absent"), ("consolidation", "absent"), ("pneumothorax", "absent")} <= found


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # "against" before a place is no verdict: the anatomy or device after it, not a finding, comes first
        ("Against the heart shadow, a retrocardiac consolidation is seen.", "consolidation"),
        ("Against the aortic knuckle, a mass is seen.", "mass"),
    ],
)
def test_against_a_place_after_an_edge_denies_nothing(text: str, concept: str) -> None:
    assert (concept, "present") in claims(text)


def test_against_a_finding_before_a_study_noun_is_a_verdict() -> None:
    assert ("pneumonia", "absent") in claims("Clear lungs (against pneumonia on this film).")
    assert ("ng_tube", "absent") not in claims("The NG tube tip is curled, against the gastric fundus.")


def test_not_the_cause_keeps_a_definite_subject_and_its_object() -> None:
    # a definite subject is there ("the small left effusion"); what "of" names is there too
    assert ("pleural_effusion", "present") in claims("The small left effusion is not the cause of the hypoxia.")
    found = claims("A mucus plug is not the cause of the left lower lobe collapse.")
    assert ("atelectasis", "present") in found and not {c for c in found if c[0] == "mucus_plugging"}
    assert ("pleural_effusion", "contradicted") in _verdicts(
        "The small left effusion is not the cause of the hypoxia.", "No pleural effusion."
    )


def test_watchful_advice_about_a_definite_finding_is_a_claim() -> None:
    assert ("pneumothorax", "present") in claims("Be alert to the large right pneumothorax, which needs a drain.")
    assert ("pneumothorax", "present") in claims("Remain alert to the known left pneumothorax, which has enlarged.")
    assert not {c for c in claims("Remain alert to a pneumothorax after the biopsy.") if c[0] == "pneumothorax"}


@pytest.mark.parametrize("unit", ["lacks ", "too fast for ", "absent ", "not favoured ", "no "])
def test_a_text_of_repeated_denials_reads_linearly(unit: str) -> None:
    # each denied item ends where the next denial starts (``aligned_flips._denied_items``): 3,500 "lacks " took 10 s
    grows_linearly(lambda n: verify(unit * n + "pneumonia.", report="No pneumonia."), 300, 3000)


@pytest.mark.parametrize("tail", ["pneumonia.", "x pneumonia."])
def test_against_after_a_run_of_blanks_reads_linearly(tail: str) -> None:
    # ("x pneumonia": the step's subject statements, ``aligned_states._CLAUSE``, read the blank run once)
    grows_linearly(lambda n: verify("against" + " " * n + tail, report="No pneumonia."), 2000, 20000)


def test_the_clause_cuts_of_subject_statements_are_unchanged() -> None:
    # the conjunction cut tried from the first blank of a run only: the old pattern is the oracle on random texts
    old = re.compile(r"[;,:]\s*|\s+(?:and|while|whereas|but)\s+(?=the\s)")
    tokens = [" ", "  ", "\t", "\n", ",", ";", ":", "and", "but", "while", "whereas", "the", "x", "them", " the "]
    rng = random.Random(36)
    for _ in range(3000):
        text = "".join(rng.choice(tokens) for _ in range(rng.randint(1, 30)))
        assert [m.span() for m in old.finditer(text)] == [m.span() for m in aligned_states._CLAUSE.finditer(text)]
