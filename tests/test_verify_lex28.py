"""vlex28 (issue #8): formal and lay names of anatomy and findings by body system, written from general anatomy."""

from medstep.verify import extract_findings, verify


def _verdicts(chain: str, report: str) -> list[tuple[str, str, str]]:
    v = verify(chain, report=report)
    return [(f.concept, f.polarity.value, fv.verdict.value) for s in v.steps for f, fv in zip(s.findings, s.verdicts)]


def _read(text: str) -> list[tuple[str, str]]:
    return [(f.concept, f.polarity.value) for f in extract_findings(text)]


def test_aqueduct_is_an_organ_whose_narrowing_is_obstructive_hydrocephalus():
    assert ("obstructive_hydrocephalus", "present") in _read("The cerebral aqueduct is narrowed.")
    assert ("obstructive_hydrocephalus", "present", "supported") in _verdicts(
        "The aqueduct of Sylvius is blocked.", "MRI brain. Aqueductal stenosis with dilated lateral and third ventricles.")
    # a patent aqueduct rules out nothing (it belongs to normal pressure hydrocephalus too), a narrowed artery stays a stenosis
    assert [c for c, _ in _read("The aqueduct is patent.")] == ["cerebral_aqueduct"]
    assert "obstructive_hydrocephalus" not in [c for c, _ in _read("The basilar artery is narrowed.")]


def test_horns_of_the_lateral_ventricles_are_the_ventricles():
    assert ("hydrocephalus", "present") in _read("The temporal horns are dilated.")
    assert ("hydrocephalus", "absent") in _read("The occipital horns are normal in size.")
    # a normal fourth ventricle beside dilated lateral ventricles is the obstructive pattern, no absence of hydrocephalus
    assert ("hydrocephalus", "absent") not in _read("The lateral ventricles are dilated, while the fourth ventricle is normal.")
    # the heart's ventricles stay the heart's
    assert "hydrocephalus" not in [c for c, _ in _read("The left ventricle is dilated.")]


def test_memory_centres_are_brain_structures_whose_shrinking_is_atrophy():
    assert ("brain_atrophy", "present") in _read("The memory centres have shrunk.")
    assert ("brain_atrophy", "present") in _read("The brain has shrunk.")
    assert ("brain_atrophy", "present", "supported") in _verdicts(
        "The memory centres have shrunk.", "MRI brain. Bilateral hippocampal atrophy.")
    # preserved hippocampi say nothing of a tumour elsewhere; a shrunk lung is still a collapse, a shrunk cyst no atrophy
    assert ("brain_tumor", "present", "supported") in _verdicts(
        "There is a glioma in the frontal lobe.", "MRI. The hippocampi are preserved. Frontal glioma.")
    assert [c for c, _ in _read("The hippocampi are normal.")] == ["brain_structures"]
    assert ("atelectasis", "present") in _read("The right lower lobe has shrunk.")
    assert "brain_atrophy" not in [c for c, _ in _read("The cyst has shrunk.")]


def test_head_and_neck_anatomy():
    # the vocal cords are no spinal cord and the salivary glands no lymph nodes
    assert [c for c, _ in _read("The vocal cords are normal.")] == ["neck"]
    assert [c for c, _ in _read("The salivary glands are normal.")] == ["neck"]
    assert ("lymphadenopathy", "absent") in _read("The lymph glands are normal.")
    assert ("skull_fracture", "absent") in _read("The mandible is intact.")
    assert ("fracture", "present") in _read("The jaw is broken.")
    assert "orbits" in [c for c, _ in _read("The eye socket is intact.")]
    assert ("sinusitis", "absent") in _read("The air pockets in the face are clear.")


def test_chest_abdomen_and_vessel_anatomy():
    # a bronchus is no trachea: "the tube sits in the right lower lobe bronchus and should be pulled out" deviates nothing
    assert "tracheal_deviation" not in [c for c, _ in _read("The tube sits in the right lower lobe bronchus and should be pulled out.")]
    assert ("fracture", "absent") in _read("The sternum is intact.")
    assert ("aortic_aneurysm", "present") in _read("The aortic root is dilated.")
    assert ("stenosis", "absent") in _read("The superior mesenteric artery is normal.")
    assert ("ascites", "absent") in _read("The peritoneum is normal.")
    assert ("uterine_lesion", "absent") in _read("The myometrium is normal.")


def test_named_bones_are_bones():
    # a named bone intact rules out its fracture, not a joint's dislocation
    assert ("fracture", "absent") in _read("The acetabulum is intact.")
    assert ("fracture", "absent") in _read("The sacrum is intact.")
    assert "dislocation" not in [c for c, _ in _read("The base of the fifth metatarsal is intact.")]
    assert ("fracture", "present") in _read("The sternum is broken.")
    # the patella and calcaneus sit with the kneecap and heel bone
    assert [c for c, _ in _read("The calcaneus is normal.")] == [c for c, _ in _read("The heel bone is normal.")]


def test_lay_brain_findings():
    assert ("brain_atrophy", "present") in _read("There is brain shrinkage.")
    assert ("cord_compression", "present") in _read("The spinal cord is compressed at C5.")
    assert ("cord_compression", "present") in _read("A disc fragment compresses the spinal cord.")
    assert ("compression_fracture", "present") in _read("There is a compression fracture of L1.")
    assert "cord_compression" not in [c for c, _ in _read("The lung is compressed by the effusion.")]


def test_lay_head_neck_and_chest_findings():
    assert ("sinusitis", "present", "supported") in _verdicts("There is a sinus infection.", "CT sinuses. Acute maxillary sinusitis.")
    assert ("sinusitis", "present", "contradicted") in _verdicts(
        "There is a sinus infection.", "CT sinuses. The paranasal sinuses are clear.")
    assert ("pleural_effusion", "present") in _read("There is fluid in the space around the lung.")
    assert "edema" not in [c for c, _ in _read("There is fluid in the space around the lung.")]
    assert ("edema", "present") in _read("There is fluid in the lungs.")
    assert ("pneumonia", "present", "supported") in _verdicts(
        "There is an infection in the lung.", "CXR. Right lower lobe pneumonia.")


def test_lay_vascular_findings():
    assert ("aortic_dissection", "present", "supported") in _verdicts(
        "There is a tear in the lining of the main artery.", "CT angiogram. Stanford B aortic dissection.")
    assert "ligament_tear" not in [c for c, _ in _read("There is a tear in the wall of the aorta.")]
    assert ("ligament_tear", "present") in _read("There is a tear of the ligament.")
    assert ("stenosis", "present") in _read("The artery is narrowed.")
    assert ("aneurysm", "present") in _read("There is a ballooning of the artery.")
    assert ("atherosclerosis", "present") in _read("There is hardening of the arteries.")
    assert ("coronary_calcification", "present") in _read("There is calcium in the heart arteries.")


def test_lay_abdomen_findings():
    assert ("pyloric_stenosis", "present") in _read("The muscle at the stomach outlet is thickened.")
    assert ("pyloric_stenosis", "present") in _read("The stomach outlet is narrowed.")
    assert ("gastric_lesion", "present") in _read("The stomach wall is thickened.")
    assert ("biliary_dilation", "present") in _read("The tube that drains the bile is widened.")
    assert "catheter" not in [c for c, _ in _read("The tube that drains the bile is widened.")]
    assert ("catheter", "present") in _read("A drainage tube is in the gallbladder.")
    assert ("intussusception", "present") in _read("There is telescoping of the bowel.")
    assert ("pneumatosis", "present") in _read("There is gas in the bowel wall.")
    assert ("bowel_wall_thickening", "present") in _read("The bowel wall is thickened.")
    assert ("bowel_obstruction", "present") in _read("The bowel loops are swollen.")
    assert ("bowel_obstruction", "present") not in _read("The bowel wall is swollen.")
    assert ("cirrhosis", "present") in _read("There is scarring of the liver.")
    assert ("scarring", "present") in _read("There is scarring at the lung apex.")
    assert ("colitis", "present") in _read("There is inflammation of the colon.")
    assert ("hydronephrosis", "present", "supported") in _verdicts(
        "There is water on the left kidney.", "US. Moderate left hydronephrosis.")
    assert "hydronephrosis" not in [c for c, _ in _read("There is water in the bladder.")]


def test_lay_gynae_and_testis_findings():
    assert ("endometrial_polyp", "present") in _read("There is a polyp in the womb lining.")
    assert ("colon_polyp", "present") in _read("There is a polyp in the sigmoid colon.")
    assert ("ectopic_pregnancy", "present") in _read("There is a pregnancy outside the womb.")
    assert ("testicular_lesion", "present") in _read("The left testicle is swollen.")
    # a normal testis rules out nothing: it sits beside the hydrocele around it
    assert ("testicular_lesion", "absent") not in _read("The left testis is normal, with a small hydrocele.")
    assert ("volvulus", "present") in _read("The bowel is twisted.")
    assert ("hydrocele", "present") in _read("There is fluid around the testicle.")  # a hydrocele (vocab46 split)


def test_lay_musculoskeletal_findings():
    assert ("joint_effusion", "present") in _read("The knee joint is swollen with fluid.")
    assert ("soft_tissue_swelling", "present") in _read("The soft tissues are swollen.")
    assert ("scoliosis", "present") in _read("There is a sideways curve of the spine.")
    assert ("lytic_lesion", "present") in _read("There is a hole in the bone.")
    assert ("foreign_body", "present") in _read("There is a foreign object in the foot.")
    assert ("disc_herniation", "present") in _read("There is a prolapsed disc at L5/S1.")
    assert ("degenerative_changes", "present") in _read("There are bone spurs at the knee.")
    assert ("osteonecrosis", "present") in _read("There is bone death in the femoral head.")
    assert ("ligament_tear", "present") in _read("There is a sprain of the ankle ligaments.")
    assert ("pericardial_effusion", "absent") in _read("The bag around the heart is normal.")
