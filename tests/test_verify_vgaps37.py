"""The verifier reads negations and option headings right (issue #8, lane vgaps37).

Why: faithful chains lost score to misreadings of five shapes (last session's reviews, retired blind 30-36):
"no free pleural fluid" read as fluid present (a post-denial word used as an adjective closed the "no"); the reasons
after "Against sarcoid:" that name sarcoid again claimed it; "rules out a partial tear" contradicted a complete (or
ungraded) tear; "X does not explain Y" blanked Y, which the sentence presupposes is there; and "Pneumonia: it
appeared within 3 hours, which is too fast for infection" claimed the distractor in its heading. Each test reads both
ways: the misread shape now right, and the near miss that must keep its claim.
"""

from __future__ import annotations

import pytest
from support.timing import grows_linearly

from medstep.verify import extract_findings, verify


def _read(text: str) -> set[tuple[str, str]]:
    return {(f.concept, f.polarity.value) for f in extract_findings(text)}


def _verdicts(chain: str, **kw) -> list[tuple[str, str, str]]:
    v = verify(chain, option_evidence=True, **kw)
    return [(fv.finding.concept, fv.finding.polarity.value, fv.verdict.value) for s in v.steps for fv in s.verdicts]


# 1. a post-denial word right after a denial is an adjective of the noun after it; the denial runs on to the noun
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("No free pleural fluid.", "pleural_effusion"),
        ("There is no free pleural fluid.", "pleural_effusion"),
        ("No free mediastinal air.", "pneumomediastinum"),
        ("Without free pleural fluid.", "pleural_effusion"),
    ],
)
def test_a_denied_adjective_and_noun_is_denied(text: str, concept: str) -> None:
    assert _read(text) == {(concept, "absent")}


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Free pleural fluid is present.", ("pleural_effusion", "present")),
        ("No pneumothorax, free pleural fluid is seen.", ("pleural_effusion", "present")),
        ("The costophrenic angles are free.", ("costophrenic_angles", "absent")),
        ("The costophrenic angles are not free, with blunting.", ("pleural_effusion", "present")),
        ("No free.", None),
    ],
)
def test_free_elsewhere_keeps_its_reading(text: str, claim: tuple[str, str] | None) -> None:
    assert claim in _read(text) if claim else not _read(text)


# 2. and 5. an option heading that reasons against its option claims it nowhere in its sentence
SARCOID = dict(
    report="Bilateral hilar lymphadenopathy with perilymphatic nodules. No effusion.",
    options={"A": "Sarcoidosis", "B": "Lymphoma", "C": "Tuberculosis"},
    gold="A",
    question="Most likely diagnosis?",
)
ASPIRATION = dict(
    report="New right lower lobe opacity after bronchoscopy 3 hours ago, consistent with aspiration.",
    options={"A": "Aspiration", "B": "Pneumonia", "C": "Pulmonary edema"},
    gold="A",
    question="Most likely diagnosis?",
)


def test_reasons_after_an_against_heading_do_not_claim_the_option() -> None:
    found = _verdicts(
        "Against lymphoma: lymphoma rarely causes symmetric hilar nodes. Answer: A", chosen="A", **SARCOID
    )
    assert ("lymphoma", "present", "contradicted") not in found
    assert ("lymphoma", "absent", "supported") in found
    found = _verdicts(
        "Against lymphoma: end-stage lymphoma favours one side, whereas here both hila are large. Answer: A",
        chosen="A",
        **SARCOID,
    )
    assert not any(c == "lymphoma" and p == "present" for c, p, _ in found)


def test_an_against_heading_over_an_affirmation_still_claims() -> None:
    found = _verdicts("Against lymphoma: lymphoma is present. Answer: A", chosen="A", **SARCOID)
    assert ("lymphoma", "present", "contradicted") in found


def test_a_heading_denied_later_in_its_sentence_claims_nothing() -> None:
    found = _verdicts(
        "Pneumonia: it appeared within 3 hours of the procedure, which is too fast for infection. Answer: A",
        chosen="A",
        **ASPIRATION,
    )
    assert not any(c == "pneumonia" for c, _, _ in found)


@pytest.mark.parametrize(
    "chain",
    [
        "Pneumonia: fever and consolidation fit infection, which is present. Answer: A",
        "Pneumonia: consolidation in the right lower lobe, no effusion. Answer: A",
    ],
)
def test_a_heading_that_affirms_or_describes_still_claims(chain: str) -> None:
    assert ("pneumonia", "present", "contradicted") in _verdicts(chain, chosen="A", **ASPIRATION)


def test_a_narrower_denial_after_a_heading_still_claims() -> None:
    found = _verdicts(
        "Pneumothorax: small, left apical, no tension. Answer: A",
        chosen="A",
        report="Small left pleural effusion. No pneumothorax.",
        options={"A": "Pleural effusion", "B": "Tension pneumothorax", "C": "Pneumothorax"},
        gold="A",
    )
    assert ("pneumothorax", "present", "contradicted") in found


# 3. the lowest grade denied denies a kind: a complete or an ungraded tear stands
TEAR = dict(
    report="Complete tear of the anterior cruciate ligament.",
    reference=["Full-thickness ACL tear"],
    options={"A": "Complete ACL tear", "B": "Partial ACL tear", "C": "Meniscal tear"},
    gold="A",
)


@pytest.mark.parametrize(
    "denial",
    [
        "This rules out a partial tear of the ACL.",
        "This excludes a partial tear of the ACL.",
        "This rules out a partial ACL tear.",
        "No partial ACL tear.",
    ],
)
def test_denying_a_partial_tear_leaves_a_complete_one(denial: str) -> None:
    found = _verdicts(f"The ACL fibres are completely discontinuous. {denial} Answer: A", chosen="A", **TEAR)
    assert not any(v == "contradicted" for _, _, v in found), found


@pytest.mark.parametrize("denial", ["There is no tear of the ACL.", "The ACL is intact."])
def test_denying_the_tear_is_still_contradicted(denial: str) -> None:
    found = _verdicts(f"{denial} Answer: A", chosen="A", **TEAR)
    assert any(v == "contradicted" for _, _, v in found), found


def test_a_higher_grade_denied_still_denies_an_ungraded_finding() -> None:
    found = _verdicts("There is no significant pleural effusion.", report="Left pleural effusion.")
    assert ("pleural_effusion", "absent", "contradicted") in found


# 4. what an alternative "does not explain" is there; the alternative is not claimed
@pytest.mark.parametrize(
    ("text", "rejected", "stands"),
    [
        ("Heart failure does not explain a unilateral right pleural effusion.", "heart_failure", "pleural_effusion"),
        ("Cardiomegaly does not explain the pneumothorax.", "cardiomegaly", "pneumothorax"),
        (
            "A pulmonary infarct (C) would not explain the right pleural effusion.",
            "pulmonary_infarct",
            "pleural_effusion",
        ),
        ("So aspiration pneumonia (C) does not account for the pleural effusion.", "aspiration", "pleural_effusion"),
    ],
)
def test_a_rejected_explanation_leaves_what_it_explains(text: str, rejected: str, stands: str) -> None:
    found = _read(text)
    assert (stands, "present") in found
    assert rejected not in {c for c, _ in found}


def test_a_definite_subject_of_does_not_explain_stands() -> None:
    assert ("pleural_effusion", "present") in _read("The small pleural effusion does not explain the hypoxia.")


def test_does_not_cause_still_rejects_its_object() -> None:
    found = _read("A benign apical cap would not cause rib destruction.")
    assert not any(p == "present" for _, p in found)


# the same denial with an adverb of degree
def test_argues_strongly_against_denies() -> None:
    assert ("volvulus", "absent") in _read("With no whirlpool, which argues strongly against volvulus.")
    found = _read("The effusion argues strongly against pneumonia.")
    assert ("pleural_effusion", "present") in found and ("pneumonia", "absent") in found


def test_rejected_subjects_read_linearly() -> None:
    """The subject of each rejection is looked for a bounded way back; option brackets are skipped without search."""
    unit = "Pneumonia (B) does not explain the effusion (a (b (c (d). "
    grows_linearly(lambda n: extract_findings(unit * n), 20, 200)
    hostile = "(a) " * 5000 + "does not explain the effusion."
    grows_linearly(lambda n: extract_findings(hostile[-n * 4 :]), 500, 5000)


def test_headings_denied_later_read_linearly() -> None:
    """A later denial is looked up among the step's denials near each heading, not over all of them."""
    unit = "Pneumonia: it appeared within hours, which is too fast for infection; no effusion. "

    def run(n: int) -> object:
        return verify(unit * n + "Answer: A", chosen="A", option_evidence=True, **ASPIRATION)

    grows_linearly(run, 20, 200)
