"""Lay and British wording (vlay21): an amount of a substance does not hide where the substance lies ("a little fluid
around the left lung"), and British spellings of the vocabulary's words read as the American ones ("haematoma",
"oesophageal", "necrotising"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from medstep.verify import Polarity, extract_findings

ABSENT, PRESENT = Polarity.ABSENT, Polarity.PRESENT


def read(text: str) -> set[tuple[str, Polarity]]:
    return {(f.concept, f.polarity) for f in extract_findings(text)}


def sides(text: str, concept: str) -> set[str | None]:
    return {f.laterality for f in extract_findings(text) if f.concept == concept}


@pytest.mark.parametrize("text, concept", [
    ("There is a little fluid around the left lung.", "pleural_effusion"),
    ("Some fluid at the base of the right lung, nothing else.", "pleural_effusion"),
    ("We see a bit of fluid around the heart.", "pericardial_effusion"),
    ("A small amount of fluid in the lungs, so they are wet.", "edema"),
])
def test_an_amount_of_a_substance_does_not_hide_where_it_lies(text: str, concept: str) -> None:
    assert (concept, PRESENT) in read(text)


def test_the_place_keeps_its_side() -> None:
    assert sides("There is a little fluid around the left lung.", "pleural_effusion") == {"left"}


def test_an_amount_with_no_place_after_it_is_read_as_before() -> None:
    # near miss: the substance is followed by a comma, not by a place; the amount word alone still names an effusion
    assert read("A little fluid, and the lungs themselves are clear.") >= {("pleural_effusion", PRESENT)}
    assert ("pericardial_effusion", PRESENT) not in read("A little fluid, and the heart is normal in size.")


@pytest.mark.parametrize("text, concept", [
    ("A fresh subdural haematoma over the left convexity.", "subdural_hematoma"),
    ("The oesophageal wall is thickened with a stricture.", "esophageal_lesion"),
    ("Vasogenic oedema surrounds the lesion.", "cerebral_edema"),
    ("An old ischaemic stroke in the right hemisphere.", "infarct"),
    ("Oligaemic left lung.", "lung_hyperlucency"),
])
def test_a_british_spelling_reads_as_the_american_one(text: str, concept: str) -> None:
    assert (concept, PRESENT) in read(text)


@pytest.mark.parametrize("word, variant", [
    ("hematoma", "haematoma"), ("edema", "oedema"), ("gastroesophageal reflux", "gastro oesophageal reflux"),
    ("necrotizing", "necrotising"), ("tumor", "tumour"), ("gray matter", "grey matter"),
])
def test_british_variants_follow_the_regular_correspondences(word: str, variant: str) -> None:
    from medstep.answers.variants import british_variant
    assert british_variant(word) == variant


@pytest.mark.parametrize("word", ["hemithorax", "hemidiaphragm", "systemic", "size", "seizure", "pedicle", "them",
                                  "chemotherapy", "diameter"])
def test_words_outside_those_roots_get_no_british_variant(word: str) -> None:
    from medstep.answers.variants import british_variant
    assert british_variant(word) is None


def test_a_british_variant_never_takes_a_phrase_the_table_lists_for_another_concept() -> None:
    from medstep.answers.concepts import vocabulary  # noqa: F401  (builds with the variants added last)
    # "hemithorax" stays the chest's half; "haemothorax" (listed) stays a haemothorax
    assert ("hemothorax", PRESENT) in read("A large right haemothorax.")
    assert "hemothorax" not in {c for c, _p in read("The right hemithorax is opacified.")}


@pytest.mark.parametrize("text, concept", [
    ("Known testicular ca, now cannonball lesions.", "testicular_lesion"),
    ("Known breast primary.", "breast_mass"),
])
def test_an_organs_cancer_reads_in_its_terse_forms(text: str, concept: str) -> None:
    assert (concept, PRESENT) in read(text)


def test_calcium_and_a_primary_without_an_organ_are_no_cancer() -> None:
    assert read("Serum Ca 2.4 mmol/L.") == set()
    assert not {c for c, _p in read("The primary survey was normal.")} & {"tumor", "lung_mass", "breast_mass"}


@pytest.mark.parametrize("text", [
    "The blood vessels in both lungs are thin and sparse.",
    "The left lung shows fewer vessels than normal.",
    "Small hyperlucent left lung.",
    "L lung hyperlucent and larger.",
    "Pulmonary vascularity is reduced.",
    # (lay36) pruned peripheral vessels are the outer zones' oligaemia (retired blind 35: the report's "abrupt tapering
    # ... oligaemic outer lung zones", its reference step's "(pruning)"); was a near miss here, with no case behind it
    "The peripheral vessels are pruned.",
])
def test_scanty_lung_vessels_and_a_hyperlucent_lung_read_as_hyperlucency(text: str) -> None:
    assert ("lung_hyperlucency", PRESENT) in read(text)


def test_fewer_of_something_else_is_no_hyperlucency() -> None:
    assert "lung_hyperlucency" not in {c for c, _p in read("There are fewer nodules than before.")}


@pytest.mark.parametrize("text", ["The oesophagus above it is dilated.", "Above it the gullet is widened."])
def test_a_widened_gullet_is_an_oesophageal_finding(text: str) -> None:
    assert ("esophageal_lesion", PRESENT) in read(text)


def test_a_lay_name_of_the_hearing_nerve_tumour() -> None:
    assert ("vestibular_schwannoma", PRESENT) in read("This is a benign tumour of the hearing-balance nerve.")
    assert ("vestibular_schwannoma", PRESENT) not in read("A benign tumour of the liver.")


HEAD_CT = "Non-contrast CT head. There is no intracranial haemorrhage. No midline shift. The ventricles are normal."


def _claims(chain: str, report: str) -> list[tuple[str, Polarity, str]]:
    from medstep.verify import verify
    v = verify(chain, report=report)
    return [(f.concept, f.polarity, fv.verdict.value) for s in v.steps for f, fv in zip(s.findings, s.verdicts)]


@pytest.mark.parametrize("chain", ["no bleed, no shift", "There is no bleeding.", "No haemorrhage seen."])
def test_a_bleed_naming_no_place_is_the_skulls_in_a_head_ct(chain: str) -> None:
    assert ("intracranial_hemorrhage", ABSENT, "supported") in _claims(chain, HEAD_CT)


def test_a_bleed_naming_no_place_keeps_its_reading_outside_a_head() -> None:
    claims = _claims("No bleeding.", "Chest radiograph. The lungs are clear. No pleural effusion.")
    assert [c for c, _p, _v in claims] == ["hemorrhage"]


def test_blood_in_a_joint_is_a_joint_effusion() -> None:
    assert ("joint_effusion", PRESENT) in read("There is blood in the knee joint after the fall.")
    assert ("joint_effusion", ABSENT) in read("No blood in the joint.")
    assert "joint_effusion" not in {c for c, _p in read("Blood in the brain.")}


@pytest.mark.parametrize("text, concept, polarity", [
    ("No air is leaking around the lungs.", "pneumothorax", ABSENT),
    ("No water has collected around either lung.", "pleural_effusion", ABSENT),
    ("No fluid is lying around the lungs.", "pleural_effusion", ABSENT),
    ("Some air has escaped around the left lung.", "pneumothorax", PRESENT),
])
def test_a_substance_with_a_verb_before_its_place_around_the_lungs(text: str, concept: str,
                                                                     polarity: Polarity) -> None:
    assert (concept, polarity) in read(text)


@pytest.mark.parametrize("text", ["The lungs are full of air.", "There is air in the bowel.",
                                  "The level reaches the chest wall, with air above it.",
                                  "Air in the middle of the lungs."])
def test_air_in_a_lung_the_bowel_or_the_chest_wall_is_no_leak(text: str) -> None:
    found = {c for c, p in read(text) if p is PRESENT}
    assert not found & {"pneumothorax", "subcutaneous_emphysema", "pneumomediastinum", "pneumoperitoneum"}


@pytest.mark.parametrize("text, concept", [
    ("No consolidation ?infection.", "infection"),
    ("R base opacity (?pneumonia).", "pneumonia"),
    ("?PTX on the left.", "pneumothorax"),
])
def test_a_query_mark_glued_to_its_word_hedges_it(text: str, concept: str) -> None:
    assert (concept, Polarity.UNCERTAIN) in read(text)
    assert (concept, PRESENT) not in read(text)


def test_the_clause_before_a_glued_query_is_still_read() -> None:
    assert {("consolidation", ABSENT), ("lung_opacity", PRESENT)} <= read(
        "No consolidation ?infection. R base opacity (?pneumonia).")


def test_a_question_mark_after_a_word_still_ends_a_question() -> None:
    assert read("Effusion? No.") == set()


@pytest.mark.parametrize("text, concept", [("PE -ve.", "pulmonary_embolism"), ("COVID swab -ve.", "covid_pneumonia"),
                                           ("Effusion -ve, PTX -ve.", "pneumothorax")])
def test_the_negative_shorthand_denies(text: str, concept: str) -> None:
    assert (concept, ABSENT) in read(text)
    assert (concept, PRESENT) not in read(text)


def test_a_contraction_ending_in_ve_denies_nothing() -> None:
    assert ("pleural_effusion", PRESENT) in read("I've seen an effusion on the right.")
    assert ("pleural_effusion", PRESENT) in read("A well-vented effusion.")


@pytest.mark.parametrize("text, concept", [("Heart size ↑.", "cardiomegaly"), ("CTR ↑, lungs clear.", "cardiomegaly"),
                                           ("↓ lung volumes.", "low_lung_volumes"), ("Lung volumes ↑.", "hyperinflation")])
def test_arrows_of_size_name_the_finding(text: str, concept: str) -> None:
    assert (concept, PRESENT) in read(text)


def test_an_arrow_of_change_names_no_organ_finding() -> None:
    assert ("cardiomegaly", PRESENT) not in read("Effusion ↑ since prior, heart normal.")


@pytest.mark.parametrize("text, concept, polarity", [
    ("Near the top of the right lung there is a spot about 2 cm across.", "pulmonary_nodule", PRESENT),
    ("The lungs show no spots.", "pulmonary_nodule", ABSENT),
    ("A right-sided peripherally inserted line runs up the arm.", "picc", PRESENT),
    ("Too much air in the lungs, with flat diaphragms.", "hyperinflation", PRESENT),
    ("The chest is puffed up with trapped air.", "hyperinflation", PRESENT),
])
def test_more_lay_words(text: str, concept: str, polarity: Polarity) -> None:
    assert (concept, polarity) in read(text)


@pytest.mark.parametrize("text", ["The breathing tube ends above the carina, in a safe spot.",
                                  "The line tip is in a good spot.", "A spot film of the hand."])
def test_a_spot_with_no_lung_near_is_a_place_not_a_nodule(text: str) -> None:
    assert "pulmonary_nodule" not in {c for c, _p in read(text)}


@pytest.mark.parametrize("text, concept", [
    ("Bilateral geographic crazy paving.", "crazy_paving"),
    ("A patchwork with that paving-stone look.", "crazy_paving"),
    ("Diffuse centrilobular GG nodules.", "pulmonary_nodule"),
    ("Patchy GG opacity in both lungs.", "ground_glass_opacity"),
    ("Steeple sign on the frontal neck film.", "croup"),
    ("Football sign on the supine film.", "pneumoperitoneum"),
])
def test_terse_and_named_signs_of_the_lungs_airway_and_abdomen(text: str, concept: str) -> None:
    assert (concept, PRESENT) in read(text)


def test_crazy_paving_is_both_ground_glass_and_septal_thickening() -> None:
    from medstep.verify import default_verifier
    c = default_verifier().lexicon.concepts["crazy_paving"]
    assert {"ground_glass_opacity", "septal_thickening"} <= set(c.ancestors)


@pytest.mark.parametrize("text, zone", [("Crazy paving, central mid/lower zones.", "mid and lower zone"),
                                        ("GG opacity, upper/mid zones.", "upper and mid zone")])
def test_a_slash_joins_two_zones(text: str, zone: str) -> None:
    assert zone in {f.location for f in extract_findings(text)}


@pytest.mark.parametrize("text", ["That dent nudges the heart over to the left.",
                                  "The heart is shifted a little to the left.",
                                  "The heart is displaced to the right."])
def test_the_heart_moved_aside_is_a_mediastinal_shift(text: str) -> None:
    assert ("tracheal_deviation", PRESENT) in read(text)


@pytest.mark.parametrize("text", [
    "The catheter that goes through the heart into the lung artery has been pushed in too far.",
    "The pacing wire has pulled back into the upper chamber of the heart.",
    "The line has moved into the heart.",
    "The catheter tip has shifted into the heart.",
    "The tube has been displaced into the trachea.",
])
def test_a_device_moving_through_the_heart_is_no_shift(text: str) -> None:
    assert ("tracheal_deviation", PRESENT) not in read(text)


@pytest.mark.parametrize("text, concept", [
    ("Dilated colon, LBO.", "bowel_obstruction"), ("R HPTX with a flat level.", "hydropneumothorax"),
    ("NJ tip prox. jejunum.", "enteric_tube"), ("**Colles**", "colles_fracture"), ("OA knee, medial.", "osteoarthritis"),
    ("Bowel in L chest: CDH.", "hernia"), ("L NOF #.", "hip_fracture"), ("Bilateral perihilar GGO: PCP.", "pcp"),
])
def test_terse_abbreviations(text: str, concept: str) -> None:
    assert (concept, PRESENT) in read(text)


def test_the_neck_of_femur_alone_is_no_fracture() -> None:
    assert "hip_fracture" not in {c for c, _p in read("The NOF is intact.")}


def test_a_tube_in_the_windpipe_is_an_endotracheal_tube() -> None:
    assert ("endotracheal_tube", PRESENT) in read("There is a tube in the windpipe, ending above the split.")
    assert "endotracheal_tube" not in {c for c, _p in read("The windpipe is in the middle.")}


@pytest.mark.parametrize("text, concept, polarity", [
    ("The sac around the heart is normal.", "pericardial_effusion", ABSENT),
    ("Some water has collected around the heart.", "pericardial_effusion", PRESENT),
    ("No fluid is lying around the heart.", "pericardial_effusion", ABSENT),
])
def test_around_the_heart_is_the_pericardium(text: str, concept: str, polarity: Polarity) -> None:
    assert (concept, polarity) in read(text)


def test_no_fluid_after_the_heart_stays_the_pleuras() -> None:
    assert ("pleural_effusion", ABSENT) in read("Heart size normal, no fluid.")
