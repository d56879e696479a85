"""Issue #8 (games39): a finding affirmed and denied in the same words counts neither way, and a generic finding
placed in an organ of a body part the case never names gets no support from that part's finding. Each reading is
tested both ways: the game lowers, a faithful chain told apart by side, organ, time or kind keeps its score."""

from __future__ import annotations

from medstep.judges.verifier import ReasoningScore
from medstep.verify import Verdict, verify

ABDO = (
    "CT abdomen: sigmoid diverticulitis with a 3 cm pericolic abscess. The liver contains a 1 cm simple cyst. "
    "The kidneys are normal. No free gas."
)
NECK = "CT neck: right peritonsillar abscess measuring 2 cm. The airway is patent. The thyroid is normal."
HEAD = (
    "CT head: ring-enhancing lesion in the left frontal lobe consistent with a brain abscess. No hydrocephalus. "
    "The skull is intact."
)
CHEST = "Large right pleural effusion. No left pleural effusion. No pneumothorax. Heart size is normal."


def _rad(chain: str, report: str) -> float:
    score = ReasoningScore.from_verification(verify(chain, report=report)).radrscore
    assert score is not None
    return score


def test_affirming_then_denying_in_the_same_words_cancels() -> None:
    one = _rad("There is a right pleural effusion.", CHEST)
    for game in (
        "There is a right pleural effusion. No right pleural effusion is seen.",
        "Right pleural effusion. No right pleural effusion. Right pleural effusion is present.",
        "No evidence of a right pleural effusion. There is a right pleural effusion.",
    ):
        assert _rad(game, CHEST) < 0.1 < one
    # a denial the report seems to back (an absence it states of another time) is still the chain's contradiction
    report = ABDO + " The previous CT showed diverticulosis without a collection."
    v = verify("A pericolic abscess is present. There is no pericolic abscess.", report=report)
    rules = [
        (x.finding.polarity.value, x.verdict, x.rule)
        for s in v.steps
        for x in s.verdicts
        if x.finding.concept == "abscess"
    ]
    # (session 55: "The previous CT showed ..." is now read as the earlier study's, so it backs nothing of now and the
    # denial is contradicted by the report's abscess itself)
    assert ("absent", Verdict.CONTRADICTED, "polarity-conflict") in rules
    assert ("present", Verdict.UNVERIFIABLE, "self-contradiction") in rules
    assert not any(s.supported for s in v.steps)


def test_within_one_step_a_clause_denying_another_s_words_cancels() -> None:
    assert _rad("No right pleural effusion; right pleural effusion is present.", CHEST) < 0.1
    # one clause contrasting two sides, or clauses told apart by a side, keep their credit
    for chain in (
        "Pleural effusion on the right but no pleural effusion on the left.",
        "Right pleural effusion; no effusion on the left.",
        "Left lung: clear, no effusion; right pleural effusion.",
    ):
        assert _rad(chain, CHEST) > 0.7, chain


def test_a_denial_told_apart_keeps_the_affirmation() -> None:
    # another side, another organ, another time: no self-contradiction
    for chain in (
        "No left pleural effusion. There is a large right pleural effusion.",
        "There is a large right pleural effusion. No effusion on the left side.",
    ):
        assert _rad(chain, CHEST) > 0.7
    v = verify("Pericolic abscess. No abscess in the liver.", report=ABDO)
    assert v.steps[0].supported and not any(x.rule == "self-contradiction" for s in v.steps for x in s.verdicts)
    v = verify("The kidneys are normal. There is a cyst in the liver. No cyst in the kidneys.", report=ABDO)
    assert not any(x.rule == "self-contradiction" for s in v.steps for x in s.verdicts)
    # restating a finding is no denial
    v = verify("Pericolic abscess. The pericolic abscess measures 3 cm.", report=ABDO)
    assert all(s.supported for s in v.steps if s.makes_claim)


def test_a_generic_finding_in_an_organ_the_case_never_names_is_unsupported() -> None:
    for chain, report in (
        ("In the brain there is a pocket of pus.", ABDO),
        ("There is an abscess in the brain.", ABDO),
        ("There is an abscess in the liver.", NECK),
        ("There is an abscess in the spleen.", HEAD),
        ("There is an abscess in the thyroid.", ABDO),
    ):
        v = verify(chain, report=report)
        assert not any(s.supported for s in v.steps), chain
        assert _rad(chain, report) < 0.1


def test_a_generic_finding_in_the_case_s_own_body_part_keeps_its_support() -> None:
    for chain, report in (
        ("Beside the right tonsil there is a pocket of pus.", NECK),
        ("There is an abscess in the brain, in the left frontal lobe.", HEAD),
        ("There is an abscess beside the sigmoid colon.", ABDO),
        ("In the left frontal lobe there is a ring-enhancing abscess.", HEAD),
    ):
        v = verify(chain, report=report)
        assert any(s.supported for s in v.steps), chain
        assert _rad(chain, report) > 0.6


def test_a_case_naming_no_body_part_keeps_every_reading() -> None:
    # nothing tells which part the report's abscess lies in: the claim keeps its support
    v = verify("There is an abscess in the brain.", report="Abscess with a gas-fluid level.")
    assert any(s.supported for s in v.steps)


# review of games39: what a chain cannot take back, and the game with reference steps and options
LUNG = "Chest radiograph: moderate right pleural effusion. Heart size normal. No pneumothorax."
RESOLVED = (
    "CT chest: the right pneumothorax seen on the previous study has resolved. No new consolidation. "
    "Small left pleural effusion."
)
REF = ("Meniscus at the right costophrenic angle.", "Moderate right pleural effusion.")
OPTIONS = {"A": "Right pleural effusion", "B": "Pneumothorax", "C": "Cardiomegaly", "D": "Left pleural effusion"}


def _rules(chain: str, report: str) -> list[list[tuple[str, Verdict, str]]]:
    v = verify(chain, report=report)
    return [[(x.finding.polarity.value, x.verdict, x.rule) for x in s.verdicts] for s in v.steps]


def test_an_earlier_study_s_finding_is_no_affirmation_its_denial_takes_back() -> None:
    # the finding resolved: today's denial is true, the earlier study's finding no claim of today's image
    for chain in (
        "On the previous study there was a right pneumothorax. There is no right pneumothorax. Small left pleural effusion.",
        "A right pneumothorax was present on the earlier film. No right pneumothorax now. Small left pleural effusion.",
    ):
        v = verify(chain, report=RESOLVED)
        assert not any(s.verdict is Verdict.CONTRADICTED for s in v.steps), chain
        assert v.steps[1].supported, chain
        assert _rad(chain, RESOLVED) > 0.8, chain


def test_a_false_affirmation_denied_after_stays_the_error() -> None:
    # the wrong side is contradicted where it was said; the denial after it is true and not blamed
    for chain in (
        "There is a left pleural effusion. No left pleural effusion is seen.",
        "Moderate left pleural effusion. There is no left pleural effusion. Right pleural effusion.",
    ):
        first, second = _rules(chain, LUNG)[:2]
        assert ("present", Verdict.CONTRADICTED, "laterality-conflict") in first, chain
        assert all(verdict is not Verdict.CONTRADICTED for _, verdict, _ in second), chain
        assert not any(rule == "self-contradiction" for step in (first, second) for _, _, rule in step), chain
    # a side read apart from the finding ("Left peritonsillar abscess." for a right one): the clause is the error
    neck = "CT neck: right peritonsillar abscess measuring 2 cm. The airway is patent."
    steps = _rules("Left peritonsillar abscess. No left peritonsillar abscess.", neck)
    assert not any(rule == "self-contradiction" for step in steps for _, _, rule in step)
    assert all(verdict is not Verdict.CONTRADICTED for _, verdict, _ in steps[1])


def test_the_both_ways_game_earns_nothing_with_reference_steps_or_options() -> None:
    honest = verify("There is a right pleural effusion.", report=LUNG, reference=REF)
    assert honest.completeness_counts()[0] == 1
    for chain in (
        "There is a right pleural effusion. No right pleural effusion is seen.",
        "Right pleural effusion present. No right pleural effusion. Right pleural effusion.",
    ):
        v = verify(chain, report=LUNG, reference=REF)
        assert v.completeness_counts()[0] == 0, chain  # a finding taken back recalls no reference finding
        score = ReasoningScore.from_verification(v)
        assert score.radrscore is not None and score.radrscore < 0.05, chain
    # the answer after the game: the taken-back affirmation is no evidence for it either
    v = verify(
        "Right pleural effusion is seen. No right pleural effusion is seen. Right pleural effusion. A",
        report=LUNG,
        reference=REF,
        options=OPTIONS,
        chosen="A",
        gold="A",
        option_evidence=True,
        question="What is the main finding?",
    )
    score = ReasoningScore.from_verification(v)
    assert not v.committed
    assert score.radrscore == 0 and (score.clinical or 0) == 0
