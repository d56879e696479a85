"""Lay chains whose state word follows an organ that only places the organ it describes (vlay23, issue #8): "the
heel cord at the back of the right ankle has snapped" is a torn tendon, not a broken ankle. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from medstep.verify import Polarity, extract_findings

ABSENT, PRESENT = Polarity.ABSENT, Polarity.PRESENT


def read(text: str) -> set[tuple[str, Polarity]]:
    return {(f.concept, f.polarity) for f in extract_findings(text)}


@pytest.mark.parametrize("text, concept, wrong", [
    ("The heel cord at the back of his left ankle has snapped.", "ligament_tear", "fracture"),
    ("The big tendon behind the right ankle has snapped clean through.", "ligament_tear", "fracture"),
    ("The Achilles just above the heel bone has snapped.", "ligament_tear", "fracture"),
    ("The right ventricle next to the left ventricle is dilated.", "right_heart_enlargement",
     "left_ventricular_enlargement"),
])
def test_a_state_word_describes_the_organ_the_nearest_one_only_places(text: str, concept: str, wrong: str) -> None:
    found = read(text)
    assert (concept, PRESENT) in found
    assert (wrong, PRESENT) not in found


@pytest.mark.parametrize("text, concept", [
    # near misses: the nearest organ is the subject (no place phrase between), or the earlier organ takes no such word
    ("The tendon is fine but the right ankle has snapped.", "fracture"),
    ("The right ankle has snapped.", "fracture"),
    ("The lymph glands at the right lung root look bigger.", "hilar_enlargement"),
])
def test_the_nearest_organ_keeps_the_word_where_nothing_places_it(text: str, concept: str) -> None:
    assert (concept, PRESENT) in read(text)


def test_a_denied_state_of_the_placed_organ_is_the_head_organs() -> None:
    found = read("The heel cord at the back of the ankle has not snapped.")
    assert ("ligament_tear", PRESENT) not in found
    assert ("fracture", PRESENT) not in found


@pytest.mark.parametrize("text, concept", [
    ("The right pumping chamber of the heart is enlarged.", "right_heart_enlargement"),
    ("The right-sided pumping chamber of the heart is enlarged.", "right_heart_enlargement"),
    ("The left pumping chamber of the heart is enlarged.", "left_ventricular_enlargement"),
    ("The lower right chamber of the heart is enlarged.", "right_heart_enlargement"),
])
def test_a_chamber_of_the_heart_is_the_chamber_not_the_heart(text: str, concept: str) -> None:
    found = read(text)
    assert (concept, PRESENT) in found
    assert ("cardiomegaly", PRESENT) not in found


@pytest.mark.parametrize("text, concept", [
    ("The heart is enlarged.", "cardiomegaly"),  # near miss: the whole heart
    ("The right pumping chamber of the heart is normal.", "right_heart_enlargement"),
])
def test_the_whole_heart_and_a_normal_chamber(text: str, concept: str) -> None:
    found = read(text)
    assert (concept, ABSENT if "normal" in text else PRESENT) in found


HIP = ("Radiographs of the pelvis. The right femoral head is flattened and sclerotic. The left hip is normal.")
CHEST = "Chest radiograph. Consolidation in the right lower lobe. No pleural effusion."


def step_concepts(chain: str, report: str) -> set[str]:
    from medstep.verify import verify
    return {f.concept for s in verify(chain, report=report).steps for f in s.findings}


@pytest.mark.parametrize("chain", [
    "The ball of the right hip is squashed and whiter than normal.",
    "The top of the right thigh bone looks whiter than the left.",
])
def test_a_lay_whiteness_in_a_case_of_no_chest_is_no_lung_opacity(chain: str) -> None:
    assert "lung_opacity" not in step_concepts(chain, HIP)


def test_a_lay_whiteness_in_a_chest_case_is_still_a_lung_opacity() -> None:
    # near miss: the chest's reading stays where the case names the chest
    assert "lung_opacity" in step_concepts("The bottom of the right lung is whiter than the left.", CHEST)


@pytest.mark.parametrize("report", ["Patchy opacity at the right base.", "Hazy density in the left lower zone."])
def test_a_radiologists_patchy_or_hazy_opacity_names_the_chest(report: str) -> None:
    # near miss of the lay re-reading: "patchy opacity" is a chest report's own term, so a lay "white patch" in the
    # chain stays a lung opacity there
    assert "lung_opacity" in step_concepts("There is a white patch at the bottom of the right side.", report)


CLIPS = "CT abdomen. Cholecystectomy clips lie in the gallbladder fossa. The common bile duct is dilated to 10 mm."


@pytest.mark.parametrize("chain", [
    "She has had her gallbladder out.",
    "The gallbladder has been removed.",
    "Post-cholecystectomy clips.",
])
def test_a_device_phrase_that_names_an_operation_supports_it(chain: str) -> None:
    from medstep.verify import Verdict, verify
    steps = verify(chain, report=CLIPS).steps
    got = {(f.concept, v.verdict) for s in steps for f, v in zip(s.findings, s.verdicts)}
    assert ("cholecystectomy", Verdict.SUPPORTED) in got


def test_the_device_phrase_reads_both_and_a_denial_denies_both() -> None:
    assert read("Cholecystectomy clips are seen.") >= {("surgical_clips", PRESENT), ("cholecystectomy", PRESENT)}
    assert read("No cholecystectomy clips.") >= {("surgical_clips", ABSENT), ("cholecystectomy", ABSENT)}
    # near miss: clips of another operation name no cholecystectomy
    assert "cholecystectomy" not in {c for c, _ in read("Sternotomy wires and mediastinal clips are seen.")}


def test_a_second_concept_a_phrase_names_must_exist() -> None:
    from medstep.answers.concepts import link_concepts, merge_rows, read_rows
    from medstep.types import MedstepError
    good = "clips\tClips\tdevice\t\t\tclips|op clips{also=op}\nop\tOp\tfinding\t\t\top\n"
    assert set(link_concepts(merge_rows(read_rows(good, "t")))) == {"clips", "op"}
    with pytest.raises(MedstepError):
        link_concepts(merge_rows(read_rows(good.replace("also=op", "also=nope"), "t")))


@pytest.mark.parametrize("text", [
    "A lump growing out of a spinal nerve fits best.",
    "It is a tumour of a nerve root sheath, arising from a spinal nerve.",
    "This is a tumour of a nerve.",
])
def test_lay_nerve_tumours_are_neurogenic(text: str) -> None:
    assert ("neurogenic_tumor", PRESENT) in read(text)


@pytest.mark.parametrize("text, concept", [
    ("A tumour of the hearing nerve.", "vestibular_schwannoma"),  # near miss: the hearing nerve's own name
    ("The optic nerve sheath is distended.", None),
])
def test_a_named_nerve_keeps_its_own_reading(text: str, concept: str | None) -> None:
    found = read(text)
    assert ("neurogenic_tumor", PRESENT) not in found
    assert concept is None or (concept, PRESENT) in found


ANKLE = "MRI of the right ankle. Complete tear of the Achilles tendon. The calcaneus shows no bone marrow oedema."


@pytest.mark.parametrize("text", [
    "There is moderate oedema in Kager's fat pad.",
    "Oedema of the subcutaneous tissues over the ankle.",
    "Moderate Kager oedema.",
])
def test_oedema_of_the_soft_tissues_is_soft_tissue_swelling(text: str) -> None:
    from medstep.verify import verify
    got = {f.concept for s in verify(text, report=ANKLE).steps for f in s.findings}
    assert "soft_tissue_swelling" in got
    assert "bone_marrow_edema" not in got


def test_organless_oedema_in_a_joint_case_is_still_the_bone_marrows() -> None:
    # near miss: no soft tissue named, the joint case's reading stands
    from medstep.verify import verify
    got = {f.concept for s in verify("There is oedema in the calcaneus.", report=ANKLE).steps for f in s.findings}
    assert "soft_tissue_swelling" not in got


@pytest.mark.parametrize("text, concept", [
    ("Loops of the small intestine are ballooned up to 4 cm.", "bowel_obstruction"),
    ("The left kidney is ballooned with urine.", "hydronephrosis"),
    ("The bile ducts inside the liver are ballooning.", "biliary_dilation"),
])
def test_ballooned_hollow_organs_are_dilated(text: str, concept: str) -> None:
    assert (concept, PRESENT) in read(text)


def test_a_bowel_that_is_not_ballooned_is_denied() -> None:
    # near miss: the denial of the same word
    found = read("The bowel is not ballooned.")
    assert ("bowel_obstruction", PRESENT) not in found and ("bowel_obstruction", ABSENT) in found


MAMMO = "Bilateral mammogram. In the right breast there is a cluster of fine pleomorphic calcifications. No mass."


@pytest.mark.parametrize("chain", [
    "In the right breast there is a small patch of tiny white specks.",
    "A cloudy area sits in the upper part of the right breast.",
])
def test_a_lay_patch_in_a_case_naming_no_chest_is_no_lung_opacity(chain: str) -> None:
    assert "lung_opacity" not in step_concepts(chain, MAMMO)


def test_with_no_report_a_lay_patch_keeps_its_chest_reading() -> None:
    # near miss: nothing known of the case, the chest's reading stands
    assert "lung_opacity" in step_concepts("There is a white patch at the right base.", "")


def sides(text: str, concept: str) -> set[str | None]:
    return {f.laterality for f in extract_findings(text) if f.concept == concept}


@pytest.mark.parametrize("text, concept", [
    ("The lung next to it is partly deflated, the right side is fine.", "atelectasis"),
    ("Small effusion, the left side looks normal.", "pleural_effusion"),
])
def test_a_side_called_normal_in_its_own_clause_is_no_side_of_the_finding_before(text: str, concept: str) -> None:
    assert sides(text, concept) == {None}


@pytest.mark.parametrize("text, concept, side", [
    # near misses: the side of the finding itself
    ("There is an effusion on the right side.", "pleural_effusion", "right"),
    ("The left lung is collapsed and the right side is normal.", "atelectasis", "left"),
])
def test_a_findings_own_side_stays(text: str, concept: str, side: str) -> None:
    assert sides(text, concept) == {side}


@pytest.mark.parametrize("text, concept", [
    ("The small bowel is widened to 4 cm.", "bowel_obstruction"),
    ("The drainage system of the left kidney is widened.", "hydronephrosis"),
])
def test_a_widened_bowel_or_kidney_is_dilated(text: str, concept: str) -> None:
    assert (concept, PRESENT) in read(text)


def test_a_widened_bowel_wall_is_thickening_not_dilatation() -> None:
    # near miss: the wall, not the lumen
    found = read("The bowel wall is widened.")
    assert ("bowel_wall_thickening", PRESENT) in found and ("bowel_obstruction", PRESENT) not in found


@pytest.mark.parametrize("text", [
    "The wall of the colon is widened.",
    "The colonic wall is dilated.",
    "The walls of the small bowel loops are widened.",
])
def test_a_size_word_of_the_bowel_wall_is_no_wider_lumen(text: str) -> None:
    assert ("bowel_obstruction", PRESENT) not in read(text)


def test_the_wall_keeps_its_thickening_and_the_lumen_its_dilatation() -> None:
    # near misses: a thickened wall, and a dilated bowel with no wall named
    assert ("bowel_wall_thickening", PRESENT) in read("The wall of the small bowel is thickened.")
    assert ("bowel_obstruction", PRESENT) in read("The small bowel loops are dilated.")


def test_terse_intrahepatic_duct_dilatation() -> None:
    assert ("biliary_dilation", PRESENT) in read("Mild IHBD.")
    assert ("biliary_dilation", ABSENT) in read("No IHBD.")
    # near miss: the duct named with no dilatation
    assert ("biliary_dilation", PRESENT) not in read("IHD normal calibre.")


def test_nodes_placed_in_the_mediastinum_are_enlarged_nodes_not_a_wide_mediastinum() -> None:
    found = read("The lymph nodes in the mediastinum are enlarged.")
    assert ("lymphadenopathy", PRESENT) in found
    assert ("enlarged_cardiomediastinum", PRESENT) not in found and ("mediastinal_widening", PRESENT) not in found


@pytest.mark.parametrize("text", ["No nodes/effusion/rib lesion.", "No vertebral lesion.", "No bony lesions."])
def test_a_denied_bone_lesion_is_no_denied_lesion_of_any_kind(text: str) -> None:
    found = read(text)
    assert ("bone_lesion", ABSENT) in found
    assert ("lesion", ABSENT) not in found


def test_a_plain_lesion_is_still_the_broad_lesion() -> None:
    assert ("lesion", ABSENT) in read("No focal lesion.")  # near miss: no bone named
