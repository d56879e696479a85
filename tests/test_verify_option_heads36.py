"""A heading naming an answer option lists it; it does not claim it (issue #8, blind 36, ``verify/option_heads.py``).

Why: faithful chains exclude the distractors one by one ("- Reactivation TB: no cavitation and no hilar
lymphadenopathy."), and the heading was read as that distractor present, then contradicted by the option evidence:
blind 36's good chains scored RadRScore 0.40 against 0.55 for paraphrases. Both ways: the heading forms that list an
option, and the near misses that must still claim (a place or frame heading, a finding described after its name, a
denial of the label, a chain without options).
"""

import time

import pytest

from medstep.verify import verify

REPORT = (
    "Chest radiograph. Bilateral peripheral non-segmental consolidation in the upper and mid zones, migratory "
    "compared with 5 weeks ago. No cavitation. No hilar or mediastinal lymphadenopathy. No central "
    "bronchiectasis. Heart size normal, no septal lines, no pleural effusion."
)
OPTIONS = {
    "A": "Cardiogenic pulmonary oedema",
    "B": "Chronic eosinophilic pneumonia",
    "C": "Post-primary (reactivation) tuberculosis",
    "D": "Allergic bronchopulmonary aspergillosis",
}
DRAIN_REPORT = (
    "Chest radiograph after left intercostal drain insertion. The large left effusion has almost completely "
    "drained. New diffuse airspace opacification throughout the re-expanded left lung. Heart size normal. "
    "No pneumothorax."
)
DRAIN_OPTIONS = {
    "A": "Haemothorax from drain-related injury",
    "B": "Cardiogenic pulmonary oedema",
    "C": "Left lower lobe pneumonia",
    "D": "Re-expansion pulmonary oedema",
}


def _said(chain: str, options=OPTIONS, report=REPORT, chosen="B", gold="B") -> dict[str, set[str]]:
    """The chain's claims by concept: the polarities each was read with."""
    v = verify(chain, report=report, options=options, chosen=chosen, gold=gold, option_evidence=bool(options))
    out: dict[str, set[str]] = {}
    for s in v.steps:
        for fv in s.verdicts:
            out.setdefault(fv.finding.concept, set()).add(fv.finding.polarity.value)
    return out


# heading forms that list an option: the heading's concept is not claimed present, what follows is read
LISTINGS = [
    ("- Reactivation TB: no cavitation and no hilar or mediastinal lymphadenopathy.", "tuberculosis", "cavitation"),
    ("Reactivation TB: no cavitation.", "tuberculosis", "cavitation"),
    ("- **Reactivation TB:** no cavitation.", "tuberculosis", "cavitation"),
    ("- **Reactivation TB**: no cavitation.", "tuberculosis", "cavitation"),
    ("Reactivation TB - no cavitation.", "tuberculosis", "cavitation"),
    ("Reactivation TB \u2014 no cavitation.", "tuberculosis", "cavitation"),
    ("Reactivation TB -> no cavitation.", "tuberculosis", "cavitation"),
    ("Tuberculosis: no cavitation and no nodes.", "tuberculosis", "cavitation"),
    ("Post-primary tuberculosis: there is no cavitation.", "tuberculosis", "cavitation"),
    ("* Tuberculosis: the consolidation is migratory rather than fixed.", "tuberculosis", None),
    ("Against tuberculosis: no cavitation.", "tuberculosis", "cavitation"),
    ("The pattern is peripheral. Tuberculosis: no cavitation.", "tuberculosis", "cavitation"),
    ("- ABPA: no central bronchiectasis and no finger-in-glove mucoid impaction.", "abpa", "bronchiectasis"),
    ("ABPA: no central bronchiectasis.", "abpa", "bronchiectasis"),
    ("- Cardiogenic oedema: heart size normal (CTR 0.45), no septal lines.", "edema", None),
    ("Cardiogenic pulmonary oedema: no septal lines and no effusion.", "edema", None),
    ("Pulmonary oedema: the distribution is peripheral rather than perihilar.", "edema", None),
    ("1. Reactivation TB: no cavitation.", "tuberculosis", "cavitation"),
]

DRAIN_LISTINGS = [
    ("- Haemothorax: the fluid has drained rather than reaccumulated, and the haemoglobin is unchanged.", "hemothorax"),
    ("Haemothorax - the fluid has drained rather than reaccumulated.", "hemothorax"),
    ("- Pneumonia: the whole lung is involved rather than a lobe.", "pneumonia"),
    ("- Left lower lobe pneumonia: the whole lung is involved rather than a lobe.", "pneumonia"),
    ("Pneumonia: no fever, and it appeared within 3 hours of drainage.", "pneumonia"),
]


@pytest.mark.parametrize(("chain", "concept", "denied"), LISTINGS)
def test_an_option_heading_claims_nothing(chain: str, concept: str, denied: str | None) -> None:
    said = _said(chain + "\nAnswer: B - Chronic eosinophilic pneumonia")
    assert "present" not in said.get(concept, set()) and "possible" not in said.get(concept, set())
    if denied is not None:  # what follows the colon is read as usual
        assert said.get(denied) == {"absent"}


@pytest.mark.parametrize(("chain", "concept"), DRAIN_LISTINGS)
def test_a_distractor_heading_is_not_contradicted(chain: str, concept: str) -> None:
    said = _said(chain + "\nAnswer: D", DRAIN_OPTIONS, DRAIN_REPORT, "D", "D")
    assert "present" not in said.get(concept, set())


def test_a_heading_naming_the_chosen_option_keeps_its_evidence() -> None:
    said = _said("- Chronic eosinophilic pneumonia: the consolidation is peripheral and migratory.\nAnswer: B")
    assert "present" in said.get("consolidation", set())


# near misses: the heading is no option's name, describes its own finding, or is denied; these still claim
CLAIMS = [
    ("Dominant abnormality: tuberculosis with cavitation.", "tuberculosis", "present"),
    ("Tuberculosis: none.", "tuberculosis", "absent"),
    ("Tuberculosis: not seen.", "tuberculosis", "absent"),
    ("Tuberculosis: right upper lobe, with cavitation.", "tuberculosis", "present"),
    ("Tuberculosis: cavitating right upper lobe consolidation.", "tuberculosis", "present"),
    ("Reactivation TB: yes.", "tuberculosis", "present"),
    ("Findings: reactivation tuberculosis with cavitation.", "tuberculosis", "present"),
    ("Right lung: cavitating tuberculosis.", "tuberculosis", "present"),
    ("Tuberculosis of the spine: no cord compression.", "pott_disease", "present"),
    ("Reactivation TB with cavitation: no nodes.", "tuberculosis", "present"),
    ("Impression: reactivation TB is likely.", "tuberculosis", "uncertain"),
    ("There is reactivation TB: cavitation is present.", "tuberculosis", "present"),
    ("Reactivation TB is present.", "tuberculosis", "present"),
    ("Left upper zone: reactivation TB.", "tuberculosis", "present"),
    ("Tuberculosis: right upper lobe, 2 cm from the hilum.", "tuberculosis", "present"),
]


@pytest.mark.parametrize(("chain", "concept", "polarity"), CLAIMS)
def test_a_near_miss_still_claims(chain: str, concept: str, polarity: str) -> None:
    assert polarity in _said(chain + "\nAnswer: C", chosen="C").get(concept, set())


@pytest.mark.parametrize(
    ("chain", "concept"),
    [
        ("Left base: pleural effusion with a meniscus.", "pleural_effusion"),
        ("Pleural effusion: large, on the left.", "pleural_effusion"),
    ],
)
def test_a_place_heading_or_a_described_finding_claims(chain: str, concept: str) -> None:
    options = {"A": "Left pleural effusion", "B": "Left lower lobe collapse", "C": "Pneumothorax"}
    said = _said(chain + "\nAnswer: A", options, "Large left pleural effusion with a meniscus.", "A", "A")
    assert "present" in said.get(concept, set())


@pytest.mark.parametrize("chain", ["- Reactivation TB: no cavitation.", "Haemothorax: the fluid has drained."])
def test_a_chain_without_options_is_unchanged(chain: str) -> None:
    v = verify(chain, report=REPORT)
    assert any(
        fv.finding.polarity.value == "present"
        for s in v.steps
        for fv in s.verdicts
        if fv.finding.concept in ("tuberculosis", "hemothorax")
    )


def test_a_chain_of_option_headings_with_nothing_real_observes_nothing() -> None:
    chain = (
        "- Cardiogenic oedema: a cause to consider.\n- Chronic eosinophilic pneumonia: a cause to consider.\n"
        "- Reactivation TB: a cause to consider.\n- ABPA: a cause to consider.\nAnswer: B"
    )
    said = _said(chain)
    assert not any("present" in p for p in said.values())


def test_hostile_long_headings_are_linear() -> None:
    for chain in ("Reactivation " * 4000 + ": no", "a " * 10000 + ":", ("TB: no. " * 2500), "- " * 10000 + "TB:"):
        t = time.perf_counter()
        _said(chain)
        assert time.perf_counter() - t < 10


# review of optheads36: a findings-list line for the chosen option, or one that affirms a distractor, still claims
PTX = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Lobar pneumonia", "D": "Cardiomegaly"}
PTX_REPORT = "Small left apical pneumothorax measuring 2 cm. No pleural effusion. Heart size normal. Lungs clear."
EFF_REPORT = "Moderate left pleural effusion with a meniscus. No pneumothorax. Heart size normal."
CONS = {"A": "Consolidation", "B": "Pneumothorax", "C": "Pleural effusion", "D": "Cardiomegaly"}
CONS_REPORT = "Right lower lobe consolidation with air bronchograms. No pneumothorax. No pleural effusion."


def _verdicts(chain: str, options: dict, report: str, chosen: str, gold: str) -> dict[str, set[tuple[str, str]]]:
    """(polarity, verdict) pairs of the chain's claims by concept."""
    v = verify(chain, report=report, options=options, chosen=chosen, gold=gold, option_evidence=True)
    out: dict[str, set[tuple[str, str]]] = {}
    for s in v.steps:
        for fv in s.verdicts:
            out.setdefault(fv.finding.concept, set()).add((fv.finding.polarity.value, fv.verdict.value))
    return out


@pytest.mark.parametrize(
    ("chain", "options", "report", "concept", "verdict"),
    [
        ("Pneumothorax: there is a small left apical one.", PTX, PTX_REPORT, "pneumothorax", "supported"),
        ("Pneumothorax: there is a small left apical one.", PTX, EFF_REPORT, "pneumothorax", "contradicted"),
        ("Pneumothorax: small, left apical, no tension.", PTX, PTX_REPORT, "pneumothorax", "supported"),
        ("Consolidation: is present in the right lower lobe.", CONS, CONS_REPORT, "consolidation", "supported"),
        ("Consolidation: is present in the right lower lobe.", CONS, PTX_REPORT, "consolidation", "contradicted"),
    ],
)
def test_a_heading_naming_the_chosen_option_claims(
    chain: str, options, report: str, concept: str, verdict: str
) -> None:
    said = _verdicts(chain + "\nAnswer: A", options, report, "A", "A")
    assert ("present", verdict) in said.get(concept, set())


def test_a_wrong_answer_heading_is_contradicted() -> None:
    said = _verdicts("Pleural effusion: is present on the left.\nAnswer: B", PTX, PTX_REPORT, "B", "A")
    assert ("present", "contradicted") in said.get("pleural_effusion", set())


@pytest.mark.parametrize(
    "line",
    ["{}: is present.", "{}: is present at the left base.", "{}: present, heart normal.", "{}: there is one."],
)
def test_a_distractor_heading_that_affirms_it_is_contradicted(line: str) -> None:
    """Listing every option present as headings must not escape the option evidence (the lane opened that route:
    RadRScore 0.096 -> 0.75; bench_gaming's option_heads style)."""
    chain = "Small left apical pneumothorax.\n" + "\n".join(line.format(t) for t in list(PTX.values())[1:])
    said = _verdicts(chain + "\nAnswer: A", PTX, PTX_REPORT, "A", "A")
    assert ("present", "contradicted") in said.get("pleural_effusion", set())


def test_a_positive_hedge_after_a_distractor_heading_keeps_it_possible() -> None:
    said = _verdicts("Pleural effusion: likely, given the blunted left angle.\nAnswer: A", PTX, PTX_REPORT, "A", "A")
    assert said.get("pleural_effusion")
    assert all(p != "absent" for p, _ in said["pleural_effusion"])


def test_option_headings_grow_linearly() -> None:
    """Each heading is read once (the review timed 370 headings in a 20k-character chain)."""
    unit = "Pleural effusion: no meniscus, the angle is sharp. Cardiomegaly: heart size normal. "

    def best(n: int) -> float:
        runs = []
        for _ in range(3):
            t = time.perf_counter()
            _verdicts(unit * n + "Answer: A", PTX, PTX_REPORT, "A", "A")
            runs.append(time.perf_counter() - t)
        return min(runs)

    best(5)  # warm the vocabulary
    small, large = best(60), best(240)
    assert large < 10 * small + 0.05  # 4x the headings: about 4x the time, not 16x
