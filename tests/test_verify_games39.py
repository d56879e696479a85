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
    assert ("absent", Verdict.CONTRADICTED, "self-contradiction") in rules
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
