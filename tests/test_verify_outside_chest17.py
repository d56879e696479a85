"""The verifier's reading of reports and chains outside the chest (issue #8, vread17): knee MRI, abdominal CT and
ultrasound, hedged lists of differentials. Each case is a sentence of our own for a general mechanism, not a corpus
phrasing."""

from medstep.verify import extract_findings, verify
from support.verify_claims import verdicts as _verdicts


def _one(text: str, concept: str):
    found = [f for f in extract_findings(text) if f.concept == concept]
    assert len(found) == 1, found
    return found[0]


def _polarities(text: str) -> dict[str, str]:
    return {f.concept: f.polarity.value for f in extract_findings(text) if f.is_claim}


def test_a_hedge_after_a_plural_list_hedges_every_item():
    assert set(_polarities("Cholecystitis, pancreatitis and a liver abscess are all possible.").values()) == {"uncertain"}
    assert set(_polarities("Appendicitis, diverticulitis or ovarian torsion could all explain this.").values()) == {
        "uncertain"}
    # a hedge with a singular subject still governs only the claim before it
    read = _polarities("There is a small effusion; pneumonia may be the most likely possibility.")
    assert read == {"pleural_effusion": "present", "pneumonia": "uncertain"}


def test_every_or_of_a_list_of_alternatives_hedges_the_item_after_it():
    assert set(_polarities("Pneumonia or atelectasis or effusion or pneumothorax.").values()) == {"uncertain"}
    assert set(_polarities("No pneumonia or atelectasis or effusion.").values()) == {"absent"}


def test_an_organless_effusion_in_a_joint_case_is_the_joint_effusion():
    knee = "MRI of the right knee after a fall. Large effusion. The menisci are intact. No fracture."
    assert _verdicts("There is a large joint effusion.", knee) == {"joint_effusion": "supported"}
    assert _verdicts("There is no joint effusion.", knee) == {"joint_effusion": "contradicted"}
    assert _verdicts("Large effusion.", knee) == {"joint_effusion": "supported"}
    assert _verdicts("Small effusion.", knee) == {"joint_effusion": "contradicted"}  # (the grade)
    # a case that names the chest keeps the chest's reading, and a named pleural effusion is never re-read
    chest = "Chest radiograph. The lungs are clear. Small left effusion. Old fracture of the right humerus."
    assert _verdicts("Small left effusion.", chest) == {"pleural_effusion": "supported"}
    abdomen = "CT abdomen. The lung bases are clear apart from a small right effusion. The liver is normal."
    assert "pleural_effusion" in _verdicts("A small right effusion.", abdomen)


def test_organless_oedema_is_the_bone_marrow_s_in_a_joint_and_the_brain_s_in_a_head():
    knee = "MRI of the left knee. Oedema in the lateral femoral condyle. The ACL is intact."
    assert _verdicts("Bone marrow oedema of the lateral femoral condyle.", knee) == {"bone_marrow_edema": "supported"}
    head = "CT of the brain. A 3 cm right frontal mass with surrounding oedema. No haemorrhage."
    assert _verdicts("There is cerebral oedema around the mass.", head)["cerebral_edema"] == "supported"


def test_acoustic_shadowing_in_an_ultrasound_case_is_the_stone_casting_it():
    report = "Renal ultrasound. A 6 mm echogenic focus with acoustic shadowing in the lower pole of the left kidney."
    assert _verdicts("A 6 mm renal calculus in the left kidney.", report) == {"kidney_stone": "supported"}
    assert _verdicts("A 6 mm renal calculus in the right kidney.", report) == {"kidney_stone": "contradicted"}
    # with no one system that holds stones, the shadow names no finding (and never a lung opacity)
    both = "Abdominal ultrasound of the gallbladder and kidneys. Posterior shadowing is seen."
    assert not [f for s in verify("Posterior shadowing is seen.", report=both).steps for f in s.findings]


def test_an_organless_pocket_of_pus_in_an_abdominal_case_is_an_abscess():
    report = "CT abdomen and pelvis. Perforated appendicitis with a 3 cm abscess beside the appendix."
    assert _verdicts("A 3 cm pocket of pus lies beside the appendix.", report) == {"abscess": "supported"}


def test_options_the_lexicon_cannot_tell_apart_count_once_as_a_listing():
    # the three tears read as one finding: a chain stating the true tear (and more) lists no options
    options = {"A": "Supraspinatus tendon tear", "B": "Subscapularis tendon tear", "C": "Labral tear"}
    report = "MRI of the right shoulder. Full-thickness tendon tear of supraspinatus. Small joint effusion."
    v = verify("A full-thickness tendon tear of supraspinatus with a small joint effusion. Answer A.", report=report,
               options=options, chosen="A", gold="A", option_evidence=True)
    assert v.committed


def test_a_measurement_of_a_part_is_not_the_size_of_the_finding_before():
    report = "Ultrasound. The gallbladder contains gallstones up to 14 mm. Its wall is thickened to 6 mm."
    chain = "There are gallstones, the largest 14 mm.\nIts wall is thick (6 mm)."
    assert not verify(chain, report=report).has_contradiction
    assert verify("There are gallstones.\nThey measure up to 40 mm.", report=report).has_contradiction


def test_a_grade_adjective_on_a_noun_of_its_own_is_not_the_grade_of_the_finding_before():
    assert _one("Surrounding fat stranding and small locules of gas.", "fat_stranding").severity is None
    assert _one("Fat stranding, mild in degree.", "fat_stranding").severity == "mild"
    assert _one("Fractures of the right ribs, minimally displaced.", "fracture").severity == "mild"


def test_an_abnormal_word_waiting_for_its_organ_does_not_take_the_next_conjunct_s():
    read = _polarities("It is dilated, and the aorta is normal.")
    assert read.get("aortic_aneurysm") == "absent"  # (was: present, the aorta of the next conjunct)
    assert _polarities("A blunted left costophrenic angle.") == {"pleural_effusion": "present"}


def test_a_size_bound_is_not_a_denial():
    read = _polarities("Small cysts no larger than 5 mm, some with a hollow centre.")
    assert read == {"cyst": "present", "cavitation": "present"}
    assert _one("The effusion is no larger than before.", "pleural_effusion").change == "stable"
    assert _polarities("No effusion and no pneumothorax.") == {"pleural_effusion": "absent", "pneumothorax": "absent"}


def test_testicular_torsion_is_no_adnexal_torsion():
    # a testis and an ovary are different organs: one concept row each
    assert [f.concept for f in extract_findings("Testicular torsion is present.")] == ["testicular_torsion"]


def test_the_neck_of_a_bone_is_no_cervical_neck():
    # "femoral neck" named the cervical neck; a fracture of it is a hip fracture
    assert [f.concept for f in extract_findings("There is a fracture of the femoral neck.")] == ["hip_fracture"]
    assert "neck" not in {f.concept for f in extract_findings("The femoral neck is intact.")}


def test_absent_after_with_denies_what_follows_it():
    # "with absent flow" describes the torsion; it does not deny it ("Effusion absent." still denies)
    assert [(f.concept, f.polarity.value) for f in extract_findings("Left testicular torsion with absent flow.")] \
        == [("testicular_torsion", "present")]
    assert [f.polarity.value for f in extract_findings("Pleural effusion absent.")] == ["absent"]
