"""Radiology-syllabus diagnoses, round 2 (issue #8, syll28): names the lexicon read as nothing or as a wrong concept
("subependymal nodule" a lung nodule, "bladder rupture" a ligament tear, "Paget disease of the nipple" Paget disease
of bone) are concepts of their own, and a key sign sits under the diagnosis it shows, so a report giving the sign
supports the diagnosis. A name the rows above read as its broader finding stays that finding. Every sentence is our
own."""

from support.verify_claims import claims as _claims, verdicts as _verdicts


def test_neuro_malformations_and_phakomatosis_lesions():
    mri = "MRI brain: several subependymal nodules along the lateral ventricles and cortical tubers in both frontal lobes."
    assert _verdicts("These are subependymal nodules.", mri)["subependymal_nodule"] == "supported"
    # the lesions of tuberous sclerosis support the syndrome
    assert _verdicts("The picture is tuberous sclerosis.", mri)["tuberous_sclerosis"] == "supported"
    calm = "MRI brain: normal ventricular margins. No subependymal nodule."
    assert _verdicts("There is a subependymal nodule.", calm)["subependymal_nodule"] == "contradicted"
    # near miss: a nodule in the lung stays a lung nodule, a bare cyst stays a cyst
    assert _claims("A nodule in the right upper lobe.") == {"pulmonary_nodule": "present"}
    assert _claims("Spina bifida at L5 with a lipomyelomeningocele.") == {"spinal_dysraphism": "present",
                                                                      "lipomyelomeningocele": "present"}
    assert _claims("Wernicke encephalopathy with mammillary body signal.").get("encephalitis") is None


def test_neuro_signs_under_their_diagnosis():
    ct = "CT head: the left middle cerebral artery is hyperdense, a hyperdense MCA sign, with loss of the insular ribbon."
    assert _verdicts("A thrombus sits in the left MCA.", ct)["thrombus"] == "supported"
    assert _verdicts("There is an early infarct.", ct)["infarct"] == "supported"
    venogram = "CT venogram: a filling defect in the superior sagittal sinus, the empty delta sign."
    assert _verdicts("This is a venous sinus thrombosis.", venogram)["venous_sinus_thrombosis"] == "supported"
    # near miss: the sign is narrower than the diagnosis, so a report naming only the diagnosis does not give it
    only = "CT venogram: superior sagittal sinus thrombosis."
    assert _verdicts("There is an empty delta sign.", only)["empty_delta_sign"] != "supported"
    assert _claims("Transependymal oedema around the frontal horns.") == {"transependymal_edema": "present"}
    assert "edema" not in _claims("Transependymal oedema around the frontal horns.")


def test_head_and_neck_names_that_read_a_wrong_concept():
    ct = "CT sinuses: a polypoid mass from the left maxillary antrum into the choana, an antrochoanal polyp."
    assert _verdicts("An antrochoanal polyp fills the nasal cavity.", ct)["antrochoanal_polyp"] == "supported"
    assert "colon_lesion" not in _claims("An antrochoanal polyp on the left.")
    assert _claims("Left vocal cord paralysis.") == {"vocal_cord_paralysis": "present"}
    assert _claims("Malignant otitis externa of the right ear.").get("tumor") is None
    # near miss: a plain colonic polyp is still a colonic lesion
    assert _claims("A polyp in the sigmoid colon.") == {"colon_polyp": "present"}
    clear = "CT orbits: extraocular muscles of normal size. No thyroid eye disease."
    assert _verdicts("There is thyroid eye disease.", clear)["thyroid_eye_disease"] == "contradicted"


def test_chest_cardiac_and_vascular_names():
    cxr = "Supine film: a deep sulcus sign on the left with a hyperlucent upper abdomen."
    assert _verdicts("There is a left pneumothorax.", cxr)["pneumothorax"] == "supported"
    echo = "Echo: moderate mitral regurgitation and a vegetation on the mitral valve."
    assert _verdicts("There is mitral regurgitation.", echo)["mitral_regurgitation"] == "supported"
    # near miss: the other valve's leak is not the one the report gives
    assert _verdicts("There is aortic regurgitation.", echo)["aortic_regurgitation"] != "supported"
    assert _verdicts("This is endocarditis.", echo)["infective_endocarditis"] == "supported"
    normal = "Echo: normal valves. No aortic regurgitation. No vegetation."
    assert _verdicts("There is aortic regurgitation.", normal)["aortic_regurgitation"] == "contradicted"
    assert _claims("A double aortic arch encircles the trachea.") == {"double_aortic_arch": "present"}
    # near miss: an aorta that is merely tortuous names no injury
    assert "aortic_injury" not in _claims("The thoracic aorta is tortuous.")


def test_abdominal_names_and_signs():
    ct = "CT abdomen: dilated common bile duct and pancreatic duct, the double duct sign, from a pancreatic head mass."
    assert _verdicts("The bile ducts are dilated.", ct)["biliary_dilation"] == "supported"
    us = "Ultrasound: a 6 mm non-shadowing gallbladder polyp. No gallstones."
    assert _verdicts("There is a gallbladder polyp.", us)["gallbladder_polyp"] == "supported"
    assert "colon_lesion" not in _claims("There is a gallbladder polyp.")
    calm = "Contrast study: the duodenum is patent. No duodenal atresia."
    assert _verdicts("This is duodenal atresia.", calm)["duodenal_atresia"] == "contradicted"
    assert _claims("Retroperitoneal fibrosis encases the ureters.").get("pulmonary_fibrosis") is None
    assert _claims("A perforated appendix with a pelvic collection.").get("appendicitis") == "present"
    # near miss: an appendix that is normal is no appendicitis
    assert _claims("The appendix is normal.").get("appendicitis") != "present"


def test_gu_obstetric_gynae_and_breast_names():
    cyst = "Cystogram: contrast extravasation from the dome into the peritoneal cavity, intraperitoneal bladder rupture."
    assert _verdicts("There is a bladder rupture.", cyst)["bladder_rupture"] == "supported"
    assert "ligament_tear" not in _claims("There is a bladder rupture.")
    intact = "Cystogram: the bladder is intact. No bladder rupture or leak."
    assert _verdicts("There is a bladder rupture.", intact)["bladder_rupture"] == "contradicted"
    assert _claims("Paget disease of the nipple on the right.") == {"paget_nipple": "present"}
    # near miss: Paget disease of the pelvis is still Paget disease of bone
    assert _claims("Paget disease of the left hemipelvis.").get("paget_bone") == "present"
    assert _claims("Severe oligohydramnios.") == {"oligohydramnios": "present"}
    # near miss: the opposite volume is its own concept, so a report of one never supports the other
    scan = "Obstetric ultrasound: the deepest vertical pocket is 1 cm, oligohydramnios."
    assert _verdicts("There is polyhydramnios.", scan)["polyhydramnios"] != "supported"
    assert _claims("A torsion of the appendix testis on the left.").get("appendix_testis_torsion") == "present"


def test_msk_names_and_signs():
    knee = "Knee radiograph: linear calcification of both menisci, chondrocalcinosis."
    assert _verdicts("This is calcium pyrophosphate deposition disease.", knee)["cppd"] == "supported"
    spine = "Lumbar radiograph: fused sacroiliac joints and a bamboo spine."
    assert _verdicts("This is ankylosing spondylitis.", spine)["ankylosing_spondylitis"] == "supported"
    assert _claims("Hypertrophic osteoarthropathy of both tibiae.") == {"hpoa": "present"}
    assert _claims("Sickle cell disease with H-shaped vertebrae.") == {"sickle_cell": "present"}
    normal = "Foot radiographs: no tarsal coalition."
    assert _verdicts("There is a tarsal coalition.", normal)["tarsal_coalition"] == "contradicted"
    # near miss: a bare deformity stays a deformity
    assert _claims("A deformity of the fifth finger.") == {"deformity": "present"}


def test_batch_two_names_that_read_a_wrong_concept():
    # "pes" was read as the plural of PE
    assert _claims("Bilateral pes planus.") == {"pes_planus": "present"}
    assert "pulmonary_embolism" not in _claims("A rigid pes cavus on the left.")
    # a syrinx is a fluid cavity in the cord, not a compression of it
    assert _claims("A syrinx from C4 to T2.").get("syrinx") == "present"
    assert "cord_compression" not in _claims("A syrinx from C4 to T2.")
    assert _claims("Disc extrusion causing cord compression at C5-6.").get("cord_compression") == "present"
    us = "Doppler: cavernous transformation of the portal vein with multiple periportal collaterals."
    assert _verdicts("This is chronic portal vein thrombosis.", us)["portal_vein_thrombosis"] == "supported"
    assert _claims("A portal cavernoma.").get("vascular_malformation") is None
    # near miss: a brain cavernoma stays a vascular malformation
    assert _claims("A cavernoma in the right frontal lobe.") == {"vascular_malformation": "present"}
    mri = "MRI brain: symmetric periventricular white matter signal with a tigroid pattern, metachromatic leukodystrophy."
    assert _verdicts("This is a leukodystrophy.", mri)["leukodystrophy"] == "supported"
    assert _verdicts("This is Krabbe disease.", mri)["krabbe"] != "supported"
    assert _claims("Hepatic encephalopathy.").get("encephalitis") is None
