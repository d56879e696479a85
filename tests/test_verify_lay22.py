"""Lay and terse organ names beyond the chest (vpara22): a plain name of an organ takes the organ's state words
("the heel cord has snapped", "the main bile drainage tube is swollen", "the right-sided pumping chamber is stretched",
"the ball at the top of the thigh bone is flattened"), and the pulmonary arteries, the wall between the ventricles and
the femoral head are organs of their own. Sentences written for these tests."""

from __future__ import annotations

import pytest

from medstep.verify import Polarity, extract_findings

ABSENT, PRESENT = Polarity.ABSENT, Polarity.PRESENT


def read(text: str) -> set[tuple[str, Polarity]]:
    return {(f.concept, f.polarity) for f in extract_findings(text)}


def concepts(text: str) -> set[str]:
    return {f.concept for f in extract_findings(text)}


@pytest.mark.parametrize("text, concept", [
    ("The heel cord has snapped clean across.", "ligament_tear"),
    ("Her heel tendon is completely torn.", "ligament_tear"),
    ("The Achilles has ruptured a few centimetres above the heel bone.", "ligament_tear"),
    ("The main bile drainage tube is swollen to 12 mm.", "biliary_dilation"),
    ("The bile drainage channels inside the liver are stretched.", "biliary_dilation"),
    ("The small bile passages within the liver are widened.", "biliary_dilation"),
    ("The main artery carrying blood to the lungs is widened at 34 mm.", "pulmonary_hypertension"),
    ("The pulmonary trunk is dilated.", "pulmonary_hypertension"),
    ("Main PA is enlarged, MPA > Ao.", "pulmonary_hypertension"),
    ("The right-sided pumping chamber is stretched.", "right_heart_enlargement"),
    ("The wall between the pumping chambers is flattened.", "right_heart_strain"),
    ("The ball at the top of the thigh bone is flattened and squashed.", "osteonecrosis"),
    ("The left femoral head is sclerotic and fragmented.", "osteonecrosis"),
    ("There is a thin lucent crescent just under the surface of the epiphysis.", "osteonecrosis"),
    ("The capital femoral epiphysis has slipped posteriorly.", "scfe"),
    ("The superior sagittal sinus is thrombosed.", "thrombus"),
    ("Filling defect in the left transverse sinus, in keeping with CVST.", "venous_sinus_thrombosis"),
])
def test_a_lay_or_terse_organ_name_takes_the_organs_state_words(text: str, concept: str) -> None:
    assert (concept, PRESENT) in read(text)


@pytest.mark.parametrize("text, concept", [
    ("The heel cord looks normal.", "ligament_tear"),
    ("The bile channels are not widened.", "biliary_dilation"),
    ("The pulmonary artery is normal in calibre.", "pulmonary_hypertension"),
    ("The femoral head has not slipped.", "scfe"),
    ("The SSS is patent.", "thrombus"),
])
def test_the_organs_normal_and_denied_words_deny(text: str, concept: str) -> None:
    assert (concept, PRESENT) not in read(text)
    assert (concept, ABSENT) in read(text) or concept == "ligament_tear"


def test_normal_femoral_heads_deny_osteonecrosis_not_a_slip() -> None:
    # near miss: "normal density" of the heads says nothing of the physis (a slipped epiphysis keeps a normal head)
    found = read("The femoral heads are of normal density.")
    assert ("osteonecrosis", ABSENT) in found
    assert ("scfe", ABSENT) not in found


@pytest.mark.parametrize("text, concept", [
    ("The wire has snapped.", "ligament_tear"),  # snapped with no tendon near: a break, not a tear
    ("The left lung root has been tugged upward and a thin dark crescent of air hugs the aorta.", "osteonecrosis"),
    ("The right pumping chamber looks normal.", "right_heart_enlargement"),
    ("The vessels are swollen.", "pulmonary_hypertension"),
    ("The interventricular septum is intact.", "right_heart_strain"),
    ("PA and lateral views of the chest.", "pulmonary_hypertension"),
    ("The gallbladder is present and normal.", "cholecystectomy"),
])
def test_near_misses_read_no_finding(text: str, concept: str) -> None:
    assert (concept, PRESENT) not in read(text)


def test_the_pulmonary_arteries_are_their_own_organ() -> None:
    assert "pulmonary_artery" in concepts("The main pulmonary artery measures 29 mm.")
    assert "vessels" not in concepts("The main pulmonary artery measures 29 mm.")


@pytest.mark.parametrize("text", [
    "The ball of the hip has come out of the socket.",
    "The femoral head has popped out of its socket.",
])
def test_a_femoral_head_out_of_its_socket_is_a_dislocation(text: str) -> None:
    assert ("dislocation", PRESENT) in read(text)
    assert ("scfe", PRESENT) not in read(text)  # near miss: out of the socket is no slip of the epiphysis


@pytest.mark.parametrize("text, concept", [
    ("A paravertebral dumbbell mass widens the neural foramen.", "neurogenic_tumor"),
    ("A paravertebral dumbbell mass widens the neural foramen.", "foraminal_widening"),
    ("Posterior mediastinal mass with foraminal widening.", "foraminal_widening"),
    ("The appearances favour a peripheral nerve sheath tumour.", "neurogenic_tumor"),
    ("A smooth oval sac filled with water sits against the right heart border.", "cyst"),
    ("Kager's fat pad oedema.", "soft_tissue_swelling"),
    ("The fat pad in front of the tendon is swollen.", "soft_tissue_swelling"),
])
def test_formal_and_lay_names_of_masses_cysts_and_fat_pads(text: str, concept: str) -> None:
    assert (concept, PRESENT) in read(text)


@pytest.mark.parametrize("text, concept", [
    ("Foraminal stenosis at L4/5.", "foraminal_widening"),  # near miss: a narrowed foramen is no widening
    ("Kager's fat pad oedema.", "edema"),  # the fat pad's oedema is no pulmonary oedema
    ("Kager's fat pad oedema.", "epicardial_fat"),
    ("The fat pad in front of the tendon is clear.", "soft_tissue_swelling"),
])
def test_near_misses_of_masses_and_fat_pads(text: str, concept: str) -> None:
    assert (concept, PRESENT) not in read(text)


def test_the_ball_of_a_hip_chain_is_the_femoral_head() -> None:
    # a lay hip chain names "the ball at the top of the thigh bone" once, then "the ball"
    assert ("scfe", ABSENT) in read("The ball hasn't slipped.")
    assert ("osteonecrosis", PRESENT) in read("The ball is squashed and smaller than the other one.")
    # near miss: the ball of the foot is no femoral head
    assert "femoral_head" not in concepts("The ball of the foot is swollen.")
