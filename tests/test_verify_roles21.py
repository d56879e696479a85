"""Sentence roles (vscope21, issue #8): advice, refusals, a generic "can" and inverted conditionals claim nothing;
the near-miss observation beside each still claims."""

from __future__ import annotations

import pytest

from medstep.judges.verifier import ReasoningScore
from medstep.verify import SentenceRole, default_verifier, extract_findings, verify

R = SentenceRole


def roles(text: str) -> list[SentenceRole]:
    return [s.role for s in default_verifier().extractor.sentences(text)]


def claims(text: str) -> list[tuple[str, str]]:
    """The findings and devices claimed (a test named, "CT", is a modality mention whatever the role)."""
    return [(f.concept, f.polarity.value) for f in extract_findings(text) if f.is_claim and f.category != "modality"]


@pytest.mark.parametrize(("text", "role"), [
    # advice: what should be done next
    ("Follow-up CT advised to assess the pulmonary nodule.", R.INSTRUCTION),
    ("Recommend a repeat radiograph in six weeks to document resolution of the consolidation.", R.INSTRUCTION),
    ("Please correlate with the known pleural effusion.", R.INSTRUCTION),
    ("An echocardiogram would be helpful to evaluate the cardiomegaly.", R.INSTRUCTION),
    ("Lines and tubes should always be checked on every portable film.", R.INSTRUCTION),
    # refusals: the writer declines to read the image
    ("As an AI language model, I am unable to comment on the pneumothorax.", R.INSTRUCTION),
    ("I can't provide a cancer diagnosis from an X-ray.", R.INSTRUCTION),
    ("Without the image I can only guess that there is an effusion.", R.INSTRUCTION),
    ("Rib fractures can be subtle and I should not give a radiological interpretation.", R.INSTRUCTION),
    # general knowledge in a generic "can"
    ("Cardiomegaly can be a sign of heart failure.", R.DEFINITION),
    ("Small pneumothoraces can be easily overlooked on supine films.", R.DEFINITION),
    ("Hilar masses are easily missed behind the heart.", R.DEFINITION),
    # inverted and "unless" conditionals
    ("Had there been a pneumothorax, a visceral pleural line would be visible.", R.CONDITIONAL),
    ("Unless there is consolidation, pneumonia is unlikely.", R.CONDITIONAL),
    ("Were there an effusion, the angle would be blunted.", R.CONDITIONAL),
])
def test_a_sentence_of_this_role_claims_nothing(text: str, role: SentenceRole) -> None:
    assert roles(text) == [role]
    assert claims(text) == []


@pytest.mark.parametrize(("text", "claimed"), [
    # the observation before the advice is still claimed
    ("The heart is enlarged, and an echocardiogram is advised.", [("cardiomegaly", "present")]),
    ("There is a left pleural effusion; follow-up is advised.", [("pleural_effusion", "present")]),
    # a refusal that turns to what is seen: the turn is claimed
    ("I cannot provide a formal report, but there is a left pleural effusion.", [("pleural_effusion", "present")]),
    # perception after "can" observes
    ("A small pneumothorax can be seen at the right apex.", [("pneumothorax", "present")]),
    ("I can see a left pleural effusion.", [("pleural_effusion", "present")]),
    ("I cannot see any pneumothorax.", [("pneumothorax", "absent")]),
    ("Pneumothorax can be excluded.", [("pneumothorax", "absent")]),
    # a plain statement beside the image's quality is an observation
    ("Despite limited image quality, there is a left pleural effusion.", [("pleural_effusion", "present")]),
])
def test_the_near_miss_still_claims(text: str, claimed) -> None:
    assert claims(text) == claimed


def test_advice_keeps_the_test_it_names() -> None:
    # a report's "CT recommended" still names the CT a chain may say is needed; it claims no finding
    text = "Left upper lobe collapse; CT recommended to assess the hilar mass."
    assert claims(text) == [("atelectasis", "present")]  # the mass named only in the advice is not claimed
    assert "ct" in {f.concept for f in extract_findings(text)}


REPORT = ("Frontal chest radiograph after a fall. Acute fractures of the left 6th to 8th ribs laterally. "
          "No pneumothorax. No pleural effusion.")


def test_a_refusal_with_knowledge_and_advice_earns_nothing() -> None:
    chain = ("Rib fractures can be subtle and I should not give a radiological interpretation. "
             "Please ask a radiologist to review the rib views.")
    s = ReasoningScore.from_verification(verify(chain, report=REPORT))
    assert s.radrscore == 0.0 and s.factuality is None
    real = "There are fractures of the left lateral ribs. There is no pneumothorax."
    assert ReasoningScore.from_verification(verify(real, report=REPORT)).radrscore > 0.5


@pytest.mark.parametrize("text", [
    "Step 1: Assess the lines and tubes.",
    "Assess the lungs for consolidation and effusion.",
    "Check the costophrenic angles for effusion.",
    "Look at the heart borders for cardiomegaly.",
])
def test_a_plan_written_as_commands_is_an_instruction(text: str) -> None:
    assert roles(text) == [R.INSTRUCTION]
    assert claims(text) == []


@pytest.mark.parametrize(("text", "claimed"), [
    ("Review of the film shows a right pneumothorax.", [("pneumothorax", "present")]),
    ("Checking the angles, the left one is blunted by an effusion.", [("pleural_effusion", "present")]),
    ("Assessment: there is a left pleural effusion.", [("pleural_effusion", "present")]),
])
def test_a_command_word_beside_an_observation_keeps_it(text: str, claimed) -> None:
    assert claims(text) == claimed


@pytest.mark.parametrize("text", [
    "Consolidation, atelectasis, effusion and pneumothorax all need to be considered.",
    "Aspiration, contusion, pneumonia and oedema could each be described.",
    "Dissection, aneurysm and haematoma are all relevant considerations.",
    "Findings include consolidation, effusion and pneumothorax, all of which were taken into account.",
])
def test_findings_named_for_consideration_are_hedged(text: str) -> None:
    found = claims(text)
    assert found and all(polarity == "uncertain" for _c, polarity in found)


def test_a_finding_stated_beside_a_consideration_is_not_taken_for_one() -> None:
    assert claims("There is a right pneumothorax. Tension should be considered.") == [("pneumothorax", "present")]


@pytest.mark.parametrize("text", [
    "I'm a text-based assistant and can't examine this X-ray.",
    "I am unable to view the images of the pleural effusion.",
    "Reading the pneumothorax on radiographs is beyond my abilities.",
    "I would not want to mislead you about a possible effusion.",
    "I'm not a radiologist, so I cannot comment on the consolidation.",
    "Lung nodules need CT follow-up.",
])
def test_a_refusal_or_advice_in_other_words_claims_nothing(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(("text", "claimed"), [
    ("I cannot see any pneumothorax on the image.", [("pneumothorax", "absent")]),
    ("I'm not a radiologist, but there is clearly a left pleural effusion.", [("pleural_effusion", "present")]),
    ("The nodule has grown since the previous follow-up study.", [("pulmonary_nodule", "present")]),
])
def test_the_observation_beside_such_words_still_claims(text: str, claimed) -> None:
    assert claims(text) == claimed


def test_a_thing_supposed_between_commas_is_not_claimed() -> None:
    assert claims("A pneumothorax, if present, would need urgent attention.") == [("pneumothorax", "uncertain")]
    assert claims("A small effusion, if any, is seen at the left base.") == [("pleural_effusion", "uncertain")]
    # the supposition opening its own conjunct leaves the statement before it
    assert claims("There is a pneumothorax, and if present, tension must be excluded.") == [("pneumothorax", "present")]


@pytest.mark.parametrize(("text", "claimed"), [
    ("This question tests recognition of a tension pneumothorax.", []),
    ("Option B mentions cardiomegaly, which is a common finding.", []),
    ("The image quality is poor, limiting assessment of the lung bases for consolidation.",
     [("consolidation", "uncertain")]),
    ("We are looking at the film to decide between pneumonia and edema.",
     [("pneumonia", "uncertain"), ("edema", "uncertain")]),
    ("Given the history of trauma, a pneumothorax is the main concern.", [("pneumothorax", "uncertain")]),
])
def test_what_is_said_of_the_task_or_the_image_quality_is_no_finding(text: str, claimed) -> None:
    assert claims(text) == claimed


@pytest.mark.parametrize(("text", "claimed"), [
    ("Evaluation is limited by rotation, but there is a left pleural effusion.", [("pleural_effusion", "present")]),
    ("The lungs are clear; I have to choose between A and B.",
     [("consolidation", "absent"), ("lung_opacity", "absent"), ("pleural_effusion", "absent"),
      ("pneumothorax", "absent"), ("edema", "absent"), ("pneumonia", "absent"), ("atelectasis", "absent")]),
])
def test_an_observation_beside_the_task_still_claims(text: str, claimed) -> None:
    assert claims(text) == claimed


@pytest.mark.parametrize(("text", "claimed"), [
    ("Option B is correct because the heart is enlarged.", [("cardiomegaly", "present")]),  # dropped before
    ("No effusion because the angles are sharp.", [("pleural_effusion", "absent")]),
])
def test_a_reason_given_is_a_statement(text: str, claimed) -> None:
    assert claims(text) == claimed


def test_an_option_heading_alone_still_claims_nothing() -> None:
    assert claims("B) Heart is enlarged") == []
