"""Issue #8, round verr9: a descriptor that changes a finding's meaning (``verify/descriptors.py``):
loculated or free-flowing, displaced or not, calcified or not, under tension or not. Our own reports and
wording; the chain that flips the descriptor must be contradicted and score below the faithful one, and
faithful wordings (negated the other way, a pronoun subject, a definition) must not be.
"""

from __future__ import annotations

import pytest

from medstep.judges.verifier import ReasoningScore
from medstep.verify import verify
from medstep.verify.descriptors import read_descriptors

EFFUSION = ("PA chest radiograph. A large loculated left pleural effusion forms a lenticular opacity along the lateral "
            "chest wall and does not layer; no meniscus. No mediastinal shift.")
RIBS = "PA chest radiograph after a fall. Displaced fractures of the right sixth and seventh ribs. No pneumothorax."
NODULE = "PA chest radiograph. There is a 9 mm nodule in the right upper zone. It is densely calcified."
TENSION = ("Supine chest radiograph. Large left tension pneumothorax with mediastinal shift to the right and "
           "depression of the left hemidiaphragm.")


def scored(chain: str, report: str) -> ReasoningScore:
    return ReasoningScore.from_verification(verify(chain, report=report))


def descriptor_rules(score: ReasoningScore) -> list[str]:
    return [v.rule for s in score.verification.steps for v in s.verdicts if v.rule == "descriptor-conflict"]


@pytest.mark.parametrize("report, good, bad", [
    (EFFUSION, "There is a large left pleural effusion. It does not layer and has no meniscus, so it is loculated.",
     "There is a large left pleural effusion. It layers with a smooth meniscus, so it is free-flowing."),
    (RIBS, "The right sixth and seventh ribs are fractured and the fragments are displaced. There is no pneumothorax.",
     "The right sixth and seventh ribs are fractured and the fragments are undisplaced. There is no pneumothorax."),
    (NODULE, "There is a 9 mm nodule in the right upper zone. It is densely calcified.",
     "There is a 9 mm nodule in the right upper zone. It is non-calcified."),
    (TENSION, "There is a large left pneumothorax. The mediastinum is shifted to the right, so it is under tension.",
     "There is a large left pneumothorax. The mediastinum is shifted to the right, but it is not under tension."),
])
def test_a_flipped_descriptor_is_contradicted(report: str, good: str, bad: str) -> None:
    g, b = scored(good, report), scored(bad, report)
    assert not g.verification.has_contradiction
    assert descriptor_rules(b)
    assert b.radrscore < g.radrscore
    assert b.clinical is not None and g.clinical is not None and b.clinical < g.clinical


@pytest.mark.parametrize("report, chain", [
    (EFFUSION, "Large L pleural collection, lenticular, no meniscus = loculated."),
    (EFFUSION, "The left effusion is not free-flowing: it is loculated."),
    (RIBS, "The right rib fractures are not undisplaced; the fragments are offset."),
    (NODULE, "The right upper zone nodule is calcified, so it is not a cancer."),
    (TENSION, "This is a left tension pneumothorax, with the mediastinum pushed to the right."),
])
def test_faithful_wordings_of_a_descriptor_are_not_contradicted(report: str, chain: str) -> None:
    assert not descriptor_rules(scored(chain, report))


def test_a_pronoun_sentence_after_another_finding_does_not_describe_the_first() -> None:
    stated, _ = read_descriptors("The ribs are intact. It is calcified.", [])
    assert stated == []


STABLE = "PA chest radiograph. A 9 mm nodule in the right upper zone, unchanged in size since a film two years ago."


@pytest.mark.parametrize("bad", ["There is a 9 mm nodule in the right upper zone. It is new since the film two years ago.",
                                 "There is a 9 mm nodule in the right upper zone. It has grown since the film two years "
                                 "ago."])
def test_a_change_stated_in_a_pronoun_sentence_is_judged_for_the_finding_before(bad: str) -> None:
    good = scored("There is a 9 mm nodule in the right upper zone. It is unchanged since the film two years ago.", STABLE)
    b = scored(bad, STABLE)
    assert not good.verification.has_contradiction
    assert [v.rule for s in b.verification.steps for v in s.verdicts if v.rule == "change-conflict"]
    assert b.radrscore < good.radrscore


def test_a_negated_change_word_states_no_change() -> None:
    chain = "There is a 9 mm nodule in the right upper zone. It is not new: it was there two years ago."
    assert not scored(chain, STABLE).verification.has_contradiction


def test_a_report_read_again_under_other_reference_steps_gives_the_same_conflict() -> None:
    # the evidence's descriptor readings are memoised per text (AttributeChecks): the report's "densely calcified"
    # read for one (report, steps) pair still contradicts "non-calcified" under another, and a step that names the
    # nodule as "non-calcified" is read as its own text
    bad = "There is a 9 mm nodule in the right upper zone. It is non-calcified."
    first = verify(bad, report=NODULE, reference=["A right upper zone nodule is seen."])
    again = verify(bad, report=NODULE, reference=["The nodule measures 9 mm."])
    for v in (first, again):
        assert [x.rule for s in v.steps for x in s.verdicts if x.rule == "descriptor-conflict"]
    steps = ["There is a 9 mm nodule in the right upper zone.", "It is non-calcified."]
    assert not [x.rule for s in verify(bad, reference=steps).steps for x in s.verdicts if x.rule == "descriptor-conflict"]


def test_a_pronoun_after_a_sentence_about_something_else_is_no_change_of_the_earlier_finding() -> None:
    # "It" after "The heart is globular." is the heart, not the effusion named before (verify10): the
    # effusion is new in the report, and the chain said nothing of its change
    report = "New small left pleural effusion. The cardiac silhouette is globular, unchanged from the prior film."
    chain = "There is a small left pleural effusion. The heart is globular in shape. It is unchanged since the prior film."
    assert not scored(chain, report).verification.has_contradiction
    assert scored("There is a small left pleural effusion. It is unchanged since the prior film.",
                  report).verification.has_contradiction


def test_a_pronoun_is_the_finding_whose_change_the_evidence_states() -> None:
    # verify11 (retired blind 9 Z7): "It" after a list ending in the hilar enlargement is the mass that grew
    report = ("A 5 cm mass in the right upper lobe with a central cavity. Adjacent right hilar enlargement. "
              "The lesion has grown since six months ago.")
    chain = "Right upper lobe 5 cm mass with a central cavity and right hilar enlargement. It is unchanged from six months ago."
    assert [v.rule for s in verify(chain, report=report).steps for v in s.verdicts if v.rule == "change-conflict"]
