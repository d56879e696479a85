"""Two score-gaming families of issue #8: the decision restated as the reasoning, and hedging everything.

Why: a chain whose only "finding" is the question plus the chosen option's text ("the most
significant finding is the one in option B, a left apical pneumothorax") states the answer, not
an observation, and a chain that hedges every claim commits to nothing; both used to score like
committed observations. The cases are our own, over several organs and phrasings.
"""

from __future__ import annotations

import pytest

from medstep.judges.verifier import ReasoningScore
from medstep.verify import verify
from medstep.verify.roles import SentenceRole

# (report, options, gold, question)
PTX = ("Large left apical pneumothorax: a visceral pleural line with no lung markings beyond it. "
       "No pleural effusion. Heart size is normal.",
       {"A": "Right pleural effusion", "B": "Left apical pneumothorax", "C": "Cardiomegaly",
        "D": "No acute abnormality"}, "B", "Which finding is most significant on this radiograph?")
HEART = ("The cardiac silhouette is markedly enlarged. The lungs are clear. No pleural effusion.",
         {"A": "Cardiomegaly", "B": "Right upper lobe mass", "C": "Pneumothorax", "D": "Normal chest"}, "A",
         "What is the most likely diagnosis?")
MASS = ("A 4 cm mass in the right upper lobe. No pneumothorax. Heart size is normal.",
        {"A": "Left pleural effusion", "B": "Pneumothorax", "C": "Right upper lobe mass", "D": "Cardiomegaly"}, "C",
        "Which abnormality is shown?")


def grade(case: tuple, chain: str, chosen: str | None):
    report, options, gold, question = case
    v = verify(chain, report=report, options=options, chosen=chosen, gold=gold, option_evidence=True,
               question=question)
    return ReasoningScore.from_verification(v), v


RESTATED = [
    (PTX, "We are asked for the most significant finding. The most significant finding here is the one in "
          "option B, a left apical pneumothorax.", "B"),
    (PTX, "The diagnosis that best accounts for the appearance is left apical pneumothorax.", "B"),
    (PTX, "Option B, left apical pneumothorax, best explains this radiograph.", "B"),
    (PTX, "The answer is B) Left apical pneumothorax.", "B"),
    (HEART, "The most likely diagnosis is cardiomegaly, option A.", "A"),
    (HEART, "Cardiomegaly is the abnormality that best explains this image. Answer: A.", "A"),
    (MASS, "The abnormality shown is a right upper lobe mass, so the correct choice is C.", "C"),
    (MASS, "Right upper lobe mass is the finding that fits the question best.", "C"),
    # the wrong option restated is no observation either
    (MASS, "The diagnosis that best explains the appearance is left pleural effusion (A).", "A"),
]


@pytest.mark.parametrize(("case", "chain", "chosen"), RESTATED)
def test_the_decision_restated_states_nothing(case: tuple, chain: str, chosen: str) -> None:
    score, v = grade(case, chain, chosen)
    assert not v.observes and not v.findings, [(s.text, s.findings) for s in v.steps]
    assert (score.factuality, score.effectiveness, score.clinical, score.radrscore) == (None, None, 0.0, 0.0)
    assert score.completeness in (0.0, None)
    assert SentenceRole.CONCLUSION in {s.role for s in v.steps}


def test_an_observation_in_the_options_words_still_counts() -> None:
    _, v = grade(PTX, "A left apical pneumothorax is seen.", "B")
    assert v.observes and [f.concept for f in v.findings] == ["pneumothorax"]
    _, v = grade(HEART, "The heart is enlarged.", "A")
    assert v.observes


@pytest.mark.parametrize(("case", "observed", "chosen"), [
    (PTX, "There is a visceral pleural line at the left apex with absent markings beyond it. "
          "The costophrenic angles are sharp.", "B"),
    (HEART, "The cardiac silhouette is markedly enlarged. The lungs are clear and there is no effusion.", "A"),
    (MASS, "There is a large mass in the right upper lobe. No pneumothorax is seen; the heart is not enlarged.", "C"),
])
def test_a_faithful_chain_keeps_its_score_whatever_its_conclusion_says(case: tuple, observed: str,
                                                                        chosen: str) -> None:
    text = case[1][chosen]
    plain, _ = grade(case, f"{observed} Therefore the answer is {chosen}.", chosen)
    restating, v = grade(case, f"{observed} The finding that best accounts for the appearance is "
                               f"{text.lower()}, option {chosen}.", chosen)
    assert v.observes and v.steps[-1].role is SentenceRole.CONCLUSION and not v.steps[-1].findings
    assert restating.radrscore == plain.radrscore and plain.radrscore > 0.8
    assert plain.factuality == 1.0 and plain.clinical == restating.clinical


def test_restating_the_decision_adds_nothing_to_the_option_restated() -> None:
    observed = "There is a visceral pleural line at the left apex with absent markings beyond it."
    with_obs, _ = grade(PTX, observed + " The most significant finding is left apical pneumothorax.", "B")
    alone, _ = grade(PTX, "The most significant finding is left apical pneumothorax.", "B")
    assert with_obs.radrscore > 0.8 and alone.radrscore == 0.0


HEDGED = [
    (PTX, "There may be something at the left apex, possibly a pneumothorax, possibly a skin fold, or possibly "
          "a bulla. The pleural line may or may not be visible. Perhaps the left side is more likely.", "B"),
    (PTX, "Maybe there is a pneumothorax, maybe not. An effusion is also possible.", "B"),
    (HEART, "The heart is probably enlarged, although this could be projection. Perhaps cardiomegaly is most "
            "likely; a pericardial effusion is also possible.", "A"),
    (HEART, "The silhouette is either cardiomegaly or a pericardial effusion. Edema is less likely.", "A"),
    (MASS, "Likely a right upper lobe mass. Possibly no pneumothorax. A nodule or consolidation cannot be "
           "excluded.", "C"),
    (MASS, "This could represent a mass, pneumonia or atelectasis; perhaps a mass is most likely.", "C"),
]


@pytest.mark.parametrize(("case", "chain", "chosen"), HEDGED)
def test_hedging_every_claim_commits_to_nothing(case: tuple, chain: str, chosen: str) -> None:
    score, v = grade(case, chain, chosen)
    assert not v.observes, [(f.name, f.polarity) for f in v.findings]
    assert (score.factuality, score.effectiveness, score.radrscore) == (None, None, 0.0)


@pytest.mark.parametrize(("case", "committed"), [
    (PTX, "There is a large left apical pneumothorax and no pleural effusion."),
    (HEART, "The heart is enlarged."),
    (MASS, "There is a 4 cm mass in the right upper lobe and no pneumothorax."),
])
def test_one_committed_correct_finding_beats_hedging_everything(case: tuple, committed: str) -> None:
    # (the chosen option's own words alone, "There is a left apical pneumothorax." for option B, are the
    # decision restated: no credit at all, completeness included, and so are they beside absences only,
    # "... and no pleural effusion" (test_verify_gaming13); see the test below)
    chosen = case[2]
    mine, _ = grade(case, committed, chosen)
    hedges = [grade(c, chain, ch)[0].radrscore for c, chain, ch in HEDGED if c is case]
    assert hedges and mine.radrscore > max(hedges)


@pytest.mark.parametrize(("case", "echo"), [
    (PTX, "There is a left apical pneumothorax."),
    (MASS, "There is a right upper lobe mass."),
])
def test_the_chosen_options_words_as_the_only_observation_earn_nothing(case: tuple, echo: str) -> None:
    """The option said again is the gold-echo gaming family: it recalls nothing either (it once kept its
    completeness, so it out-scored a chain that observed and got one thing wrong)."""
    score, v = grade(case, echo, case[2])
    assert not v.committed and score.completeness == 0.0 and score.radrscore == 0.0


def test_a_reference_step_restating_the_gold_option_is_not_a_statement_to_recall() -> None:
    report, options, gold, question = PTX
    reference = ["There is a visceral pleural line at the left apex.",
                 "The findings are consistent with left apical pneumothorax."]
    v = verify("A visceral pleural line is seen at the left apex. Therefore the answer is B.", report=report,
               reference=reference, options=options, chosen=gold, question=question)
    assert [u.source for u in v.reference_units] == ["reference[0]"] and v.completeness_counts() == (1, 1)
    # without options there is no decision to restate: the same step is a statement like any other
    plain = verify("A visceral pleural line is seen at the left apex.", report=report, reference=reference)
    assert [u.source for u in plain.reference_units] == ["reference[0]", "reference[1]"]
