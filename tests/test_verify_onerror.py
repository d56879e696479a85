"""One clinical error must cost more than a faithful chain's wording, and text that observes nothing earns nothing.

Sentences here are written for these tests (chest X-ray style), not taken from any dataset.
"""

from __future__ import annotations

import pytest

from medstep.verify import Verifier, verify
from medstep.verify.findings import Polarity

V = Verifier()


def _claims(text: str) -> list:
    return [f for f in V.extract_findings(text) if f.is_claim and f.category == "finding"]


def test_a_wrong_side_is_worse_than_silence() -> None:
    truth = "Moderate right pleural effusion."
    wrong_side = V.compare_reports("Moderate left pleural effusion.", truth)
    silent = V.compare_reports("The heart is normal in size.", truth)
    right = V.compare_reports("Moderate right pleural effusion.", truth)
    assert right.score > silent.score > wrong_side.score
    assert wrong_side.attribute_errors.get("laterality") == 1 and wrong_side.weighted["false"] > 0
    # bilateral against one side stays a partial error, not a contradiction
    both = V.compare_reports("Bilateral pleural effusions.", truth)
    assert both.score > silent.score


def test_a_stated_size_or_site_outranks_a_bare_mention_of_the_same_finding() -> None:
    report = "Large right pneumothorax. The visceral pleural line is well seen."
    small = verify("There is a small right pneumothorax.", report=report)
    assert small.steps[0].verdicts[0].verdict.value == "contradicted"
    assert small.steps[0].verdicts[0].rule == "severity-conflict"
    report = "Consolidation in the left lower lobe. Air bronchograms within the consolidation."
    lobe = verify("There is consolidation in the left upper lobe.", report=report)
    assert lobe.steps[0].verdicts[0].rule == "location-conflict"
    same = verify("There is consolidation at the left base.", report=report)  # a zone over that lobe
    assert same.steps[0].verdicts[0].verdict.value == "supported"


def test_general_knowledge_claims_nothing() -> None:
    for text in ("Screening with low-dose CT is recommended for heavy smokers over 50.",
                 "Heart failure is the commonest cause of a transudative effusion.",
                 "Echocardiography is the standard test to assess valve disease.",
                 "Light's criteria separate exudates from transudates using pleural fluid protein.",
                 "Vaccination lowers the rate of pneumococcal pneumonia."):
        assert _claims(text) == [], text
    # an observation beside general knowledge still counts
    assert [f.concept for f in _claims("There is a right effusion; the commonest cause is heart failure.")] == [
        "pleural_effusion"]


def test_a_checklist_heading_makes_its_list_a_plan() -> None:
    for text in ("Points to evaluate: heart size, septal lines, pleural effusions, pneumothorax.",
                 "Findings to look for: pneumothorax, effusion, consolidation.",
                 "Checklist: pleural line, pneumothorax, effusion."):
        assert _claims(text) == [], text
    assert [f.concept for f in _claims("Key findings: right effusion.")] == ["pleural_effusion"]


def test_alternatives_joined_by_or_are_all_hedged() -> None:
    found = _claims("This is a right pleural effusion or a left pleural effusion or a right pneumothorax.")
    assert len(found) == 3 and all(f.polarity is Polarity.UNCERTAIN for f in found)


def test_radiology_synonyms_of_air_bronchograms() -> None:
    assert "air_bronchogram" in {f.concept for f in _claims("Branching lucent airways run through the opacity.")}


_OPTS = {"A": "Right pneumothorax", "B": "Left pneumothorax", "C": "Right pleural effusion", "D": "Normal chest"}
_REPORT = "Large right pneumothorax with partial collapse of the right lung. No pleural effusion. The left lung is clear."


def _run(chain: str, chosen: str = "A"):
    return verify(chain, report=_REPORT, options=_OPTS, chosen=chosen, gold="A", option_evidence=True)


def test_a_chain_that_only_echoes_its_option_earns_no_credit() -> None:
    echo = _run("The radiograph shows a right pneumothorax. Right pneumothorax is option A, so the answer is A.")
    assert echo.observes and not echo.committed
    assert echo.factuality_counts()[0] == 0 and echo.effectiveness_counts()[0] == 0
    # (the option's words beside absences only are an echo too: test_verify_gaming13; a sign of its own observes)
    observed = _run("There is a right pneumothorax with a visible pleural edge and no pleural effusion. Answer: A.")
    assert observed.committed and observed.clinical.score > echo.clinical.score
    # an attribute the option does not state, or the finding in other words (a sign), is an observation
    assert _run("There is a large right pneumothorax. Answer: A.").committed
    assert _run("A visceral pleural line is seen on the right. Answer: A.").committed
    # an echo earns nothing (clinical score 0, as its RadRScore); a wrong option echoed still has its error listed
    wrong = _run("This is a left pneumothorax. Answer: B.", "B")
    assert not wrong.committed and wrong.clinical.score == echo.clinical.score == 0.0
    assert wrong.clinical.attribute_errors == {"laterality": 1} and not echo.clinical.attribute_errors


def test_the_chest_called_normal_is_a_normal_study() -> None:
    found = {f.concept: f.polarity for f in _claims("The chest is normal.")}
    assert found.get("pneumothorax") is Polarity.ABSENT and found.get("pleural_effusion") is Polarity.ABSENT
    assert "pneumothorax" not in {f.concept for f in _claims("Normal chest wall.")}


def test_a_chinese_chain_is_read() -> None:
    chain = "右侧可见脏层胸膜线，提示右侧大量气胸。纵隔无移位。左肺清晰，未见胸腔积液。心影大小正常。答案：A。"
    found = {(f.concept, f.polarity) for f in _claims(chain)}
    assert ("pneumothorax", Polarity.PRESENT) in found and ("pleural_effusion", Polarity.ABSENT) in found
    assert ("cardiomegaly", Polarity.ABSENT) in found
    side = {f.laterality for f in _claims(chain) if f.concept == "pneumothorax" and f.polarity is Polarity.PRESENT}
    assert side == {"right"}
    # "左肺清晰" (the left lung is clear) clears the left side only, as "the left lung is clear" does
    left = {f.laterality for f in _claims("左肺清晰。") if f.concept == "lung_opacity"}
    assert left == {"left"}
    v = _run(chain)
    assert v.observes and v.committed and v.clinical.score > 0.8
    # full-width punctuation ends clauses: a negation does not run past "。"
    assert {f.polarity for f in _claims("未见胸腔积液。右侧气胸。") if f.concept == "pneumothorax"} == {Polarity.PRESENT}


def test_a_probable_absence_is_no_claim_of_the_finding() -> None:
    assert {f.polarity for f in _claims("There is probably no effusion.")} == {Polarity.ABSENT}
    assert {f.polarity for f in _claims("Possibly no effusion.")} == {Polarity.UNCERTAIN}


def test_a_wrong_lobe_costs_more_than_a_vaguer_word() -> None:
    truth = "Consolidation in the left lower lobe."
    lobe = V.compare_reports("Consolidation in the left upper lobe.", truth)
    vaguer = V.compare_reports("Opacity in the left lower lobe.", truth)
    assert lobe.attribute_errors.get("location") == 1 and lobe.score < vaguer.score


def test_lay_words_for_an_effusion_and_an_opacity() -> None:
    said = {(f.concept, f.laterality) for f in _claims("There is a small amount of fluid around the left lung.")}
    assert ("pleural_effusion", "left") in said
    assert {f.polarity for f in _claims("There is no fluid around the lung.")} == {Polarity.ABSENT}
    assert "lung_opacity" in {f.concept for f in _claims("There is a white patch in the right lower zone.")}


@pytest.mark.parametrize(("text", "concept"), [
    ("The left costophrenic angle is obliterated.", "pleural_effusion"),
    ("There is fluid in the horizontal fissure.", "pleural_effusion"),
    ("The right hemithorax is opacified.", "lung_opacity"),
    ("The right heart border is obscured.", "lung_opacity"),
    ("The cardiothoracic ratio is increased.", "cardiomegaly"),
    ("There is upper lobe diversion.", "vascular_congestion"),
    ("Blood has been redistributed to the upper zones.", "vascular_congestion"),
    ("A coin lesion is seen in the left upper zone.", "pulmonary_nodule"),
    ("The hila are bulky.", "hilar_enlargement"),
])
def test_common_radiology_paraphrases_name_their_finding(text: str, concept: str) -> None:
    assert concept in {f.concept for f in _claims(text)}, text


def test_a_chinese_chain_splits_into_sentences() -> None:
    from medstep.verify.steps import split_steps

    assert [s.text for s in split_steps("右侧气胸。左肺清晰，未见胸腔积液。答案：A。")] == [
        "右侧气胸。", "左肺清晰，未见胸腔积液。", "答案：A。"]
    assert [s.text for s in split_steps("No effusion. The heart is big.")] == ["No effusion.", "The heart is big."]
