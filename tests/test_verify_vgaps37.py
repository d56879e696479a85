"""The verifier reads negations and option headings right (issue #8, lane vgaps37).

Why: faithful chains lost score to misreadings of five shapes (last session's reviews, retired blind 30-36):
"no free pleural fluid" read as fluid present (a post-denial word used as an adjective closed the "no"); the reasons
after "Against sarcoid:" that name sarcoid again claimed it; "rules out a partial tear" contradicted a complete (or
ungraded) tear; "X does not explain Y" blanked Y, which the sentence presupposes is there; and "Pneumonia: it
appeared within 3 hours, which is too fast for infection" claimed the distractor in its heading. Each test reads both
ways: the misread shape now right, and the near miss that must keep its claim.
"""

from __future__ import annotations

from importlib import resources

import pytest
from support.timing import grows_linearly

from medstep.answers import negation
from medstep.judges.verifier import ReasoningScore
from medstep.verify import extract_findings, verify

_TRIGGERS = (resources.files("medstep.verify") / "triggers.tsv").read_text(encoding="utf-8")


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


# 3. the lowest grade denied denies a kind: a complete tear stands (an ungraded one does not: review of vgaps37)
TEAR = dict(
    report="Complete tear of the anterior cruciate ligament.",
    reference=["Complete ACL tear"],  # (a "full-thickness" tear reads ungraded: the ungraded one is denied too)
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


# Repair after review (vgaps37). A grade word spares a present finding only as a kind: the lowest grade denied
# against the top one, never a bare finding ("no small pneumothorax" against "Right pneumothorax" is the error it
# reads), nor a grade word of something else after the denial's comma ("No pneumothorax, slightly rotated").
PTX = dict(report="Right pneumothorax.", options={"A": "Right pneumothorax", "D": "No acute abnormality"}, gold="A")


@pytest.mark.parametrize(
    "chain",
    [
        "No pneumothorax, slightly rotated. Answer: D",
        "Not even a small pneumothorax is seen. Answer: D",
        "No small pneumothorax is seen. Answer: D",
        "No mild pneumothorax. Answer: D",
        "There is no minimal pneumothorax. Answer: D",
    ],
)
def test_a_low_grade_denial_still_contradicts_an_ungraded_finding(chain: str) -> None:
    assert ("pneumothorax", "absent", "contradicted") in _verdicts(chain, chosen="D", **PTX)


def test_denying_a_complete_tear_leaves_a_partial_one() -> None:
    found = _verdicts(
        "MRI rules out a complete ACL tear. Answer: B",
        chosen="B",
        **{
            **TEAR,
            "report": "Partial tear of the anterior cruciate ligament.",
            "reference": ["Partial ACL tear"],
            "gold": "B",
        },
    )
    assert not any(v == "contradicted" for _, _, v in found), found


# "no free <abdominal site> fluid" is free fluid (ascites), never the default pleural effusion of a bare "fluid"
@pytest.mark.parametrize(
    "text",
    ["No free pelvic fluid.", "No free perihepatic fluid.", "No free subhepatic fluid.", "No perisplenic fluid."],
)
def test_abdominal_site_fluid_is_free_fluid(text: str) -> None:
    assert _read(text) == {("ascites", "absent")}


def test_no_free_pelvic_fluid_does_not_deny_a_pleural_effusion() -> None:
    found = _verdicts(
        "No free pelvic fluid. Answer: A",
        chosen="A",
        report="Small left pleural effusion. No ascites.",
        options={"A": "Pleural effusion", "B": "Ascites"},
        gold="A",
    )
    assert not any(c == "pleural_effusion" for c, _, _ in found), found


# what an alternative "does not explain" claims nothing when it is only the chosen option's words (the echo, 327)
NORMAL = dict(
    report="The heart size is normal. The lungs are clear. No pleural effusion or pneumothorax.",
    options={"A": "Normal chest radiograph", "B": "Small right pneumothorax", "C": "Cardiomegaly"},
    gold="A",
    chosen="A",
)


def _radr(chain: str, **kw) -> float | None:
    return ReasoningScore.from_verification(verify(chain, option_evidence=True, **kw)).radrscore


@pytest.mark.parametrize(
    "chain",
    [
        "Cardiomegaly does not explain the normal chest radiograph. Answer: A",
        "Small right pneumothorax (B) does not explain the Normal chest radiograph. Answer: A",
    ],
)
def test_explaining_the_chosen_option_is_the_echo(chain: str) -> None:
    assert not _verdicts(chain, **NORMAL)
    assert (_radr(chain, **NORMAL) or 0.0) <= (_radr("Normal chest radiograph. Answer: A", **NORMAL) or 0.0)


def test_explaining_in_words_of_its_own_stands() -> None:
    found = _verdicts("Cardiomegaly does not explain the clear lungs and normal heart size. Answer: A", **NORMAL)
    assert ("consolidation", "absent", "supported") in found


def test_explained_echo_reads_linearly() -> None:
    unit = "Cardiomegaly does not explain the normal chest radiograph, "
    grows_linearly(lambda n: verify(unit * n + "Answer: A", option_evidence=True, **NORMAL), 20, 340)
    hostile = "cardiomegaly does not explain the normal chest radiograph and " * 320  # 20k characters, no mark
    grows_linearly(lambda n: verify(hostile[: n * 62] + ". Answer: A", option_evidence=True, **NORMAL), 32, 320)


# a heading whose only reason is a word of habit lists the option, and its name said again is still read as a claim:
# since session 43 (evid43, verify/rival_claims.py) a rival weighed in its own clause ("rarely looks like this") and
# contradicted only by the option mark is unverifiable, neither contradicted nor supported
def test_a_habit_only_reason_keeps_the_option_claimed() -> None:
    chain = "Against Lymphoma: Lymphoma rarely looks like this.\nSarcoidosis. Answer: A"
    found = _verdicts(chain, chosen="A", **SARCOID)
    assert ("lymphoma", "present", "unverifiable") in found
    assert ("lymphoma", "present", "supported") not in found


def test_rules_out_has_one_home() -> None:
    """The verifier's pre-denials "rules out"/"excludes" come from ``negation.EXCLUDES``, not a second list."""
    assert not any(line.split("\t")[0] in negation.EXCLUDES for line in _TRIGGERS.splitlines())
    for w in negation.EXCLUDES:
        assert _read(f"This {w} a pneumothorax.") == {("pneumothorax", "absent")}
