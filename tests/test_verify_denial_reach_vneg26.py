"""Denials that reached findings they do not deny (verify/denial_reach, scope_words.placed_device, scope_passes
NEW_CLAUSE and INSIDE, normals' reference ranges, scope_words.PREDICATE_NOUN; issue #8, vneg26). Sentences of our
own."""

from medstep.verify import extract_findings, verify


def _absent(text: str) -> set[str]:
    return {f.concept for f in extract_findings(text) if f.polarity.value == "absent"}


def _present(text: str) -> set[str]:
    return {f.concept for f in extract_findings(text) if f.polarity.value == "present"}


def test_a_denied_compound_denies_its_head_only():
    text = "The splenic vein is open, without tumour thrombus."
    assert "thrombus" in _absent(text)
    assert "tumor" not in _absent(text)
    assert "pacemaker" not in _absent("There is no pacemaker lead fracture.")


def test_a_stated_compound_and_a_plain_denial_stay():
    assert "tumor" in _present("Tumour thrombus fills the splenic vein.")
    assert "tumor" in _absent("There is no tumour.")
    assert {"pleural_effusion", "pneumothorax"} <= _absent("No effusion or pneumothorax.")
    assert "mass" in _absent("There is no lump narrowing the bowel.")  # a verb after the noun, no compound


def test_a_compound_head_does_not_contradict_the_modifier_claimed():
    report = "A 4 cm mass lies in segment 7 of the liver. The splenic vein is open, without tumour thrombus."
    steps = verify("The liver holds a tumour.", report=report).steps
    assert not any(v.verdict.name == "CONTRADICTED" for s in steps for v in s.verdicts)
    steps = verify("There is tumour thrombus in the splenic vein.", report=report).steps
    assert any(v.verdict.name == "CONTRADICTED" for s in steps for v in s.verdicts)


def test_a_device_placed_after_a_denied_list_is_there():
    assert "enteric_tube" in _present("No free gas or pneumatosis, and the feeding tube tip is in the duodenum.")
    assert "enteric_tube" in _present("The loops are not dilated and the nasogastric tube ends in the stomach.")
    assert "picc" in _present("No nodes are enlarged, and the left-arm PICC tip is at the cavoatrial junction.")
    assert "catheter" in _present("No hydronephrosis, and a Foley catheter balloon lies in the bladder.")


def test_a_denied_device_stays_denied():
    assert "chest_tube" in _absent("No effusion, pneumothorax or chest drain in situ.")
    assert "central_venous_catheter" in _absent("No effusion, chest drain or central line.")


def test_the_place_around_a_denied_thing_is_not_denied():
    assert "orthopedic_hardware" not in _absent("There is no fluid collection around the hip prosthesis.")
    assert "fluid_collection" in _absent("There is no fluid collection around the hip prosthesis.")


def test_a_reference_range_is_no_normal_statement():
    assert not {"goiter", "thyroid_nodule"} & _absent("The thyroid uptake at 4 hours is 9% (normal 5-15%).")
    assert {"goiter", "thyroid_nodule"} <= _absent("The thyroid is normal.")
    assert "splenomegaly" in _absent("The spleen is normal at 11 cm.")


def test_a_denial_in_the_subject_ends_at_its_verb():
    text = "Patchy consolidation, without an infective or drug cause, is organising pneumonia."
    assert "pneumonia" in _present(text)
    assert {"consolidation", "pneumothorax"} & _absent("No consolidation or pneumothorax, is seen.")


def test_a_pregnancy_part_denied_is_no_pregnancy_denied():
    report = "Transvaginal ultrasound. The left tube holds a 2 cm ring with a yolk sac and no embryonic pole."
    assert "pregnancy" not in _absent(report)
    assert "fetal_pole" in _absent(report)
    steps = verify("This is a left tubal ectopic pregnancy.", report=report).steps
    assert not any(v.verdict.name == "CONTRADICTED" for s in steps for v in s.verdicts)
    steps = verify("A fetal pole is seen in the ring.", report=report).steps
    assert any(v.verdict.name == "CONTRADICTED" for s in steps for v in s.verdicts)


def _contradicted(chain: str, report: str) -> bool:
    return any(v.verdict.name == "CONTRADICTED" for s in verify(chain, report=report).steps for v in s.verdicts)


def test_an_organ_denial_does_not_reach_another_organs_finding():
    for report in ("CT. No focal lesion is seen in the spleen.", "CT. The spleen looks normal, with no focal lesion."):
        assert not _contradicted("There is a simple cyst in the left kidney.", report)
        assert not _contradicted("The gallbladder wall contains tiny cysts.", report)
        assert _contradicted("There is a splenic lesion.", report)


def test_a_subjects_denial_ends_at_its_verb_without_a_comma():
    assert "pneumonia" in _present("Consolidation with no pleural fluid is lobar pneumonia.")
    assert "pleural_effusion" in _absent("Consolidation with no pleural fluid is lobar pneumonia.")
    assert "pleural_effusion" in _absent("No effusion is seen.")


def test_a_list_said_not_supported_is_denied():
    text = "The mediastinum is normal, so aortic dissection and pericardial effusion are not supported."
    assert {"aortic_dissection", "pericardial_effusion"} <= _absent(text)


def test_a_verb_after_the_denied_noun_is_no_compound_head():
    assert "fracture" in _absent("No fracture extending into the growth plate.")


def test_an_or_of_a_later_denial_does_not_carry_an_earlier_one():
    text = "There is no bleed and no enhancement, and mild sulcal effacement without midline shift or hydrocephalus."
    assert "mass_effect" in _present(text)
    assert {"hemorrhage", "midline_shift", "hydrocephalus"} <= _absent(text)
    assert "cardiomegaly" in _present("No effusion, mild cardiomegaly, and no consolidation or collapse.")
    assert "pleural_effusion" in _absent("No consolidation, large effusion, or pneumothorax.")
