"""Lay words beyond the chest (vlay19): plain-language organ names ("the gut", "the womb", "the thigh bone", "the fluid
spaces in the brain") and state words ("blocked", "popped out of its socket", "water on the knee", "bigger than it
should be") read the finding a radiologist would write for that organ, and only for organs where a clinician reads
them so. Sentences written for these tests in several registers."""

from __future__ import annotations

import pytest

from medstep.answers.concepts import expand_likes
from medstep.judges.verifier import ReasoningScore
from medstep.types import MedstepError
from medstep.verify import Polarity, extract_findings, verify

ABSENT, PRESENT = Polarity.ABSENT, Polarity.PRESENT


def read(text: str) -> set[tuple[str, Polarity]]:
    return {(f.concept, f.polarity) for f in extract_findings(text)}


def concepts(text: str) -> set[str]:
    return {f.concept for f in extract_findings(text)}


def test_a_like_row_takes_the_named_rows_organs_and_its_own_pairs_win() -> None:
    text = "grown\tabnormal\theart=cardiomegaly;liver=hepatomegaly\tsize\nhuger\tabnormal\tlike=grown;liver=liver_lesion\n"
    rows = [line.split("\t") for line in expand_likes(text, "t.tsv").splitlines()]
    assert rows[1] == ["huger", "abnormal", "heart=cardiomegaly;liver=liver_lesion", "size"]
    with pytest.raises(MedstepError, match="t.tsv:1"):
        expand_likes("huger\tabnormal\tlike=nothing\n", "t.tsv")


@pytest.mark.parametrize("text, concept", [
    ("On the scan the spleen is bigger than it should be.", "splenomegaly"),
    ("Her liver looks larger than it should be, reaching well below the ribs.", "hepatomegaly"),
    ("An oversized thyroid gland.", "goiter"),
])
def test_a_lay_comparative_of_size_reads_what_enlarged_reads(text: str, concept: str) -> None:
    assert (concept, PRESENT) in read(text)


@pytest.mark.parametrize("text, concept, polarity", [
    ("The small bowel is blocked somewhere low in the belly.", "bowel_obstruction", PRESENT),
    ("Loops of gut are backed up behind the narrowing.", "bowel_obstruction", PRESENT),
    ("There is no blockage of the gut.", "bowel_obstruction", ABSENT),
    ("The right kidney is blocked and its drainage system is stretched.", "hydronephrosis", PRESENT),
    ("Plain film: water on the left knee.", "joint_effusion", PRESENT),
    ("In short, water on the brain.", "hydrocephalus", PRESENT),
    ("The fluid chambers inside the brain are enlarged.", "hydrocephalus", PRESENT),
    ("The brain tissue looks swollen on this scan.", "cerebral_edema", PRESENT),
    ("A clot on the right has shoved the brain across to the left.", "midline_shift", PRESENT),
    ("His left shoulder has popped out of its socket.", "dislocation", PRESENT),
    ("Nothing is out of joint.", "dislocation", ABSENT),
    ("A crack runs through the shin bone just above the ankle.", "fracture", PRESENT),
    ("The heel bone is shattered.", "fracture", PRESENT),
    ("The skull is cracked above the right ear.", "fracture", PRESENT),
    ("The shoulder tendon on top has ripped.", "rotator_cuff_tear", PRESENT),
    ("The main brain fluid chambers are blown up.", "hydrocephalus", PRESENT),
    ("There's no wear and tear in this knee.", "degenerative_changes", ABSENT),
    ("The liver is fatty.", "hepatic_steatosis", PRESENT),
    ("The left ovary has twisted on its stalk.", "ovarian_torsion", PRESENT),
    ("The afterbirth is lying low, right over the exit of the womb.", "placenta_praevia", PRESENT),
    ("A growth on the left kidney, about three centimetres.", "renal_mass", PRESENT),
    ("The artery in the neck on the left is narrowed.", "stenosis", PRESENT),
    ("She has a little bleeding inside the skull.", "intracranial_hemorrhage", PRESENT),
    ("The baby is small for dates.", "fetal_growth_restriction", PRESENT),
])
def test_lay_organs_and_state_words_read_the_radiologists_finding(text: str, concept: str, polarity: Polarity) -> None:
    assert (concept, polarity) in read(text)


@pytest.mark.parametrize("text, concept", [
    ("The ankle is swollen after the fall.", "joint_effusion"),  # soft tissue swells too: no effusion said
    ("The urinary catheter is blocked.", "bowel_obstruction"),
    ("The sternal wires are twisted.", "volvulus"),
    ("The nasogastric tube is out of place, coiled in the mouth.", "dislocation"),
    ("The growth plate at the wrist is open.", "mass"),
    ("A growth plate injury of the distal radius.", "bone_lesion"),
])
def test_a_lay_word_names_no_finding_where_a_clinician_would_not_read_one(text: str, concept: str) -> None:
    assert concept not in concepts(text)


def test_a_word_said_of_a_plural_subject_reads_the_organ_beside_a_device() -> None:
    # "the trachea and the tube are displaced": the organ is displaced too (the device stood between them)
    assert ("tracheal_deviation", PRESENT) in read("The trachea and the nasogastric tube are displaced to the right.")
    assert ("tracheal_deviation", PRESENT) in read("Windpipe and feeding tube are both pushed over to the left.")
    assert "tracheal_deviation" not in concepts("The nasogastric tube is displaced to the right.")
    assert ("tracheal_deviation", PRESENT) not in read("The trachea is midline and the nasogastric tube is displaced.")


HEAD = ("CT head without contrast. Acute left subdural haematoma, 9 mm thick, with 6 mm midline shift to the right. "
        "The ventricles are not enlarged. No skull fracture.")
HEAD_REF = ["There is an acute left subdural haematoma with midline shift to the right.",
            "There is no hydrocephalus and no skull fracture."]


def _radr(chain: str) -> float:
    return ReasoningScore.from_verification(verify(chain, report=HEAD, reference=HEAD_REF)).radrscore


def test_a_faithful_lay_head_chain_recalls_the_report_and_outranks_its_errors() -> None:
    lay = ("There's a fresh bleed on the brain on the left, and the brain is pushed over to the right. "
           "The skull isn't broken.")
    v = verify(lay, report=HEAD, reference=HEAD_REF)
    recalled = {f.concept for u in v.reference_units if u.recalled for f in u.findings}
    assert {"midline_shift", "skull_fracture"} <= recalled  # a lay shift in a head is the midline's, not the trachea's
    wrong_side = lay.replace("over to the right", "over to the left")
    invented = lay.replace("The skull isn't broken.", "The skull is cracked above the left ear.")
    assert _radr(lay) > _radr(wrong_side)
    assert _radr(lay) > _radr(invented)


@pytest.mark.parametrize("text, concept, polarity", [
    ("Distal radius # with dorsal tilt.", "fracture", PRESENT),
    ("L 5th metacarpal neck #, angulated.", "fracture", PRESENT),
    ("No # seen.", "fracture", ABSENT),
    ("R frontal lobe: ↓ density, no mass effect.", "hypodense_lesion", PRESENT),
    ("There is some loose fluid low in the pelvis.", "ascites", PRESENT),
    ("The developing baby sits low inside the womb.", "pregnancy", PRESENT),
])
def test_terse_and_lay_shorthand(text: str, concept: str, polarity: Polarity) -> None:
    assert (concept, polarity) in read(text)


def test_a_markdown_heading_is_layout_not_a_fracture() -> None:
    assert ("fracture", PRESENT) not in read("# Findings\nThe wrist bones are intact.")
    assert "fracture" not in concepts("## CT head\n- no bleed")
    assert ("fracture", PRESENT) not in read("Rib #5 is unremarkable.")


def test_a_lay_compartment_of_the_middle_of_the_chest_is_a_place() -> None:
    found = extract_findings("A smooth lump sits in the back part of the middle of the chest.")
    assert any(f.concept == "mass" and f.location == "posterior mediastinum" for f in found)
