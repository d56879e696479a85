"""Issue #8: faithful chains in lay or terse words must not be read as errors (vfaith8).

Why: on fresh chains a faithful tier-3 chain scored below its one-error sibling in about half of the
pairs, and half of those failures were on the faithful side: a terse arrow that did not end a negation,
a comparison with "normal" read as a normal statement, an adjective paired with the wrong organ, two
locations on different axes read as a conflict, lay words mapped to no concept or the wrong one. Each
case below is one general cause; the sentences and reports are our own.
"""

from __future__ import annotations

import pytest

from medstep.judges.verifier import ReasoningScore
from medstep.verify import extract_findings, verify
from medstep.verify.findings import Polarity
from medstep.verify.lexicon import locations_conflict


def _found(text: str) -> dict[str, Polarity]:
    return {f.concept: f.polarity for f in extract_findings(text)}


@pytest.mark.parametrize("arrow", ["->", "=>", "-->"])
def test_an_ascii_arrow_ends_a_negation(arrow: str) -> None:
    found = _found(f"Thin line at the R apex, markings beyond it, no PTX {arrow} azygos fissure.")
    assert found["pneumothorax"] is Polarity.ABSENT
    assert found["azygos_lobe"] is Polarity.PRESENT


def test_a_hyphen_is_still_no_arrow() -> None:
    assert _found("No left-sided effusion.")["pleural_effusion"] is Polarity.ABSENT


def test_smaller_than_normal_is_a_finding_not_a_normal_statement() -> None:
    found = _found("The lungs are smaller than normal.")
    assert found.get("low_lung_volumes") is Polarity.PRESENT
    assert "consolidation" not in found  # no "lungs are clear" absences
    assert _found("The heart is bigger than normal.").get("cardiomegaly") is Polarity.PRESENT


def test_a_normal_adjective_describes_the_organ_after_it() -> None:
    found = extract_findings("A heart shadow that balloons this fast with clear lungs is most likely fluid "
                             "around the heart.")
    normal = {f.concept for f in found if f.source == "normal"}
    assert "consolidation" in normal and "cardiomegaly" not in normal
    assert any(f.concept == "pericardial_effusion" and f.polarity is Polarity.PRESENT for f in found)


@pytest.mark.parametrize("text, normal", [
    ("Heart size normal lungs clear.", {"cardiomegaly", "consolidation"}),  # terse: backward, then backward
    ("The heart is normal and the lungs are clear.", {"cardiomegaly", "consolidation"}),
    ("Mild cardiomegaly with normal lungs.", {"consolidation"}),
])
def test_normal_words_keep_their_organs(text: str, normal: set[str]) -> None:
    assert normal <= {f.concept for f in extract_findings(text) if f.source == "normal"}


def test_the_lung_roots_are_the_hila() -> None:
    found = extract_findings("There is no fluid, no swollen glands at the lung roots and the heart is a normal size.")
    normal = {f.concept for f in found if f.source == "normal"}
    assert "consolidation" not in normal  # the hila are normal, not the lungs
    assert {"hilar_enlargement", "cardiomegaly"} <= normal


def test_peripheral_and_basal_are_different_axes() -> None:
    assert not locations_conflict("peripheral", "base")
    assert not locations_conflict("base", "peripheral")
    assert locations_conflict("peripheral", "perihilar")
    assert locations_conflict("apex", "base")


@pytest.mark.parametrize("text, concept", [
    ("A narrowing of the aorta fits all of this.", "coarctation"),
    ("Fluid around the heart.", "pericardial_effusion"),
    ("Chalky patches stuck to the lining of the lungs.", "pleural_plaque"),
    ("They have jagged edges like holly leaves.", "pleural_plaque"),
    ("Low in the right lung there is a round hole about 6 cm across.", "cavitation"),
    ("This is a pus pocket in the lung.", "lung_abscess"),
    ("No lump at the lung root.", "lung_mass"),
    ("The fluid line looks the same width on both views.", "pneumatocele_cavity"),
])
def test_lay_words(text: str, concept: str) -> None:
    assert concept in _found(text)


def _score(chain: str, report: str, reference: list[str], options: dict[str, str], gold: str) -> ReasoningScore:
    v = verify(chain, report=report, reference=reference, options=options, chosen=gold, gold=gold,
               option_evidence=True)
    return ReasoningScore.from_verification(v)


COARCT = dict(
    report="Bilateral inferior rib notching. Figure-3 contour of the aortic knuckle. Heart size normal. "
           "Pulmonary arteries normal in calibre. Lungs clear.",
    reference=["The heart is not enlarged and the pulmonary arteries are normal in calibre.",
               "Rib notching with a figure-3 sign in a young hypertensive patient indicates coarctation of the aorta."],
    options={"A": "Pulmonary arterial hypertension", "B": "Coarctation of the aorta", "C": "Tetralogy of Fallot",
             "D": "Normal chest"},
    gold="B")


def test_a_narrowed_aorta_is_not_denied_by_normal_pulmonary_arteries() -> None:
    s = _score("The heart is a normal size and the lung arteries look normal. A narrowing of the aorta fits all "
               "of this.", **COARCT)
    assert s.radrscore is not None and s.radrscore > 0.9


@pytest.mark.parametrize("chain", [
    "The possible answers are A) Pulmonary arterial hypertension; B) Coarctation of the aorta; C) Tetralogy of "
    "Fallot; D) Normal chest. Having weighed all of them, the best answer is Coarctation of the aorta.",
    "The radiograph shows features of pulmonary arterial hypertension, features of coarctation of the aorta, "
    "features of tetralogy of fallot, features of normal chest. Overall the picture is coarctation of the aorta.",
])
def test_the_new_words_give_gaming_chains_nothing(chain: str) -> None:
    s = _score(chain, **COARCT)
    assert s.radrscore == 0.0


def test_a_terse_faithful_chain_with_an_arrow_keeps_its_score() -> None:
    s = _score("Globular heart, doubled in 3 wk, no venous congestion -> pericardial effusion.",
               report="Globular enlargement of the cardiac silhouette, doubled in size in three weeks. No pulmonary "
                      "venous congestion. Lungs clear.",
               reference=["Rapid globular enlargement with clear lungs suggests a pericardial effusion."],
               options={"A": "Dilated cardiomyopathy", "B": "Mitral stenosis", "C": "Pericardial effusion",
                        "D": "Anterior mediastinal mass"}, gold="C")
    assert s.factuality == 1.0 and s.radrscore is not None and s.radrscore > 0.7


@pytest.mark.parametrize("text, concept, side", [
    ("Bilateral calcified diaphragmatic pleural plaques.", "pleural_plaque", "bilateral"),  # head noun of the phrase
    ("Left calcified pleural plaque.", "pleural_plaque", "left"),
    ("On the right there is a pneumothorax.", "pneumothorax", "right"),  # a side that opens the clause
    ("On the right, there is a pneumothorax.", "pneumothorax", "right"),
    ("Fluid at the bottom of the left lung.", "pleural_effusion", "left"),
    ("L PTX, small.", "pneumothorax", "left"),
])
def test_sides_of_faithful_wording(text: str, concept: str, side: str) -> None:
    assert [f.laterality for f in extract_findings(text) if f.concept == concept] == [side]


@pytest.mark.parametrize("text, concept", [
    ("Left effusion and pneumothorax.", "pneumothorax"),  # a connector: another noun phrase
    ("Right pneumothorax displacing the mediastinum.", "tracheal_deviation"),  # (the shift: verify10's lexicon)
    ("The left lung is clear, with no effusion or pneumothorax.", "pleural_effusion"),  # "the left lung" opens no side
    ("The trachea and mediastinum are displaced to the left, away from the effusion.", "pleural_effusion"),
])
def test_a_side_stays_with_its_own_finding(text: str, concept: str) -> None:
    assert [f.laterality for f in extract_findings(text) if f.concept == concept and f.source == "mention"] == [None]


def test_a_later_side_wins_over_an_opening_one() -> None:
    sides = [f.laterality for f in extract_findings("On the right, the lung is clear, and there is an effusion on the "
                                                    "left.") if f.concept == "pleural_effusion" and f.source == "mention"]
    assert sides == ["left"]


def test_glands_that_are_not_swollen_are_normal_nodes() -> None:
    assert _found("The glands aren't swollen.").get("lymphadenopathy") is Polarity.ABSENT
    assert _found("There are swollen glands at both lung roots.").get("hilar_lymphadenopathy") is Polarity.PRESENT
    assert "glandular_structures" not in _found("The glands aren't swollen.")


def test_arguably_frames_its_sentence() -> None:
    assert _found("Arguably, there is a small left pleural effusion.")["pleural_effusion"] is Polarity.UNCERTAIN


@pytest.mark.parametrize("text, concept", [
    ("The heart looks big.", "cardiomegaly"),
    ("Given the known testicular cancer, these are spread of the cancer to the lungs.", "pulmonary_metastases"),
    ("Known primary -> cannonball mets.", "pulmonary_metastases"),
    ("No venous congestion.", "vascular_congestion"),
    ("No LA enlargement.", "left_atrial_enlargement"),
    ("Hiatus: part of the stomach has slid up into the chest.", "hiatal_hernia"),
    ("The middle of the chest is pushed to the right.", "tracheal_deviation"),
    ("Behind the heart there is a round shadow about 7 cm across.", "lung_opacity"),
    ("After a car crash this means the left diaphragm has been torn.", "diaphragmatic_rupture"),
    ("Traumatic rupture of the left hemidiaphragm.", "diaphragmatic_rupture"),
])
def test_more_lay_and_terse_words(text: str, concept: str) -> None:
    assert concept in _found(text)


def test_an_ett_abv_the_carina_is_in_position() -> None:
    found = extract_findings("ETT 4cm abv carina.")
    assert any(f.concept == "cardiac_device_malposition" and f.polarity is Polarity.ABSENT for f in found)


@pytest.mark.parametrize("text, concept", [
    ("Its wall is thick but smooth, and the lung around it is inflamed.", "consolidation"),
    ("The gallbladder is inflamed.", "cholecystitis"),
    ("Inflamed tissue with neutrophils.", "inflammation"),
    ("So the fall broke ribs and caused bleeding into the right chest.", "hemothorax"),
])
def test_inflamed_and_bleeding_name_the_organs_finding(text: str, concept: str) -> None:
    assert _found(text).get(concept) is Polarity.PRESENT


def test_no_fluid_keeps_negating_the_rest_of_its_list() -> None:
    # "no fluid" is not a phrase of its own: the negation must still reach "air outside the lungs"
    assert _found("There is no fluid or air outside the lungs.").get("pneumothorax") is Polarity.ABSENT


def test_a_lung_that_holds_findings_gives_them_its_side() -> None:
    sides = {f.concept: f.laterality for f in extract_findings("Both lungs contain many round, sharp-edged lumps.")}
    assert sides["mass"] == "bilateral"
    assert {f.concept: f.laterality for f in extract_findings("The right lung has a large mass.")}["mass"] == "right"


@pytest.mark.parametrize("text, concept", [
    ("Near the bottom there are tiny bubble-like holes, like a honeycomb.", "honeycombing"),
    ("Both lungs have a fine net-like pattern.", "lung_opacity"),
    ("The line is in the wrong vein and needs to be moved.", "cardiac_device_malposition"),
    ("Tip in the R subclavian v. Reposition.", "cardiac_device_malposition"),
])
def test_lay_words_round_four(text: str, concept: str) -> None:
    assert _found(text).get(concept) is Polarity.PRESENT
