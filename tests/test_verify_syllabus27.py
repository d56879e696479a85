"""Radiology-syllabus diagnoses by body system (issue #8, syll27): each named entity is a concept under its broader
finding, so a faithful chain naming it is supported by a report naming it, a report that denies it contradicts it,
and a chain naming an organ plus a broad finding keeps reading the organ and the finding. Every sentence is our own."""

from support.verify_claims import claims as _claims, verdicts as _verdicts


def test_neuro_dissection_watershed_and_named_cysts():
    cta = ("CTA neck: tapered narrowing of the left internal carotid artery with an intimal flap, in keeping with a "
           "carotid artery dissection.")
    assert _verdicts("The stroke follows a left carotid artery dissection.", cta)["cervical_artery_dissection"] \
        == "supported"
    calm = "CTA neck: the cervical arteries are smooth and patent. No carotid or vertebral artery dissection."
    assert _verdicts("There is a vertebral artery dissection.", calm)["cervical_artery_dissection"] == "contradicted"
    # near miss: a dissected carotid is no aortic dissection, and a bare "dissection" still is one
    assert "aortic_dissection" not in _claims("A carotid artery dissection on the left.")
    assert _claims("There is a dissection flap in the arch.") == {"aortic_dissection": "present"}
    # a named cyst is its own concept (vdiag28): a report that says only "a cyst at the foramen of Monro" supports it
    # through what defines it (answers/defining.tsv), tests/test_verify_defined.py
    assert _claims("A colloid cyst at the foramen of Monro.") == {"colloid_cyst": "present"}
    assert _claims("Hypoxic ischaemic encephalopathy of the newborn.") == {"hypoxic_ischemic_injury": "present"}
    assert "encephalitis" not in _claims("Hypoxic-ischemic encephalopathy after the arrest.")


def test_head_and_neck_named_lesions():
    ear = "CT temporal bones: a soft-tissue mass in Prussak's space eroding the scutum, a pars flaccida cholesteatoma."
    assert _verdicts("A cholesteatoma erodes the scutum.", ear)["cholesteatoma"] == "supported"
    clear = "CT temporal bones: clear middle ear cavities. No cholesteatoma."
    assert _verdicts("A cholesteatoma erodes the scutum.", clear)["cholesteatoma"] == "contradicted"
    assert _claims("A stone in the submandibular duct.") == {"sialolithiasis": "present"}
    assert _claims("A paraganglioma splays the carotid bifurcation.").get("paraganglioma") == "present"
    # near miss: a kidney stone stays a kidney stone
    assert _claims("A stone in the left kidney.").get("sialolithiasis") is None


def test_msk_named_injuries_and_the_widened_intervals():
    wrist = "Wrist radiograph: widening of the scapholunate interval to 5 mm, scapholunate ligament disruption."
    assert _verdicts("The scapholunate interval is widened: scapholunate dissociation.", wrist)[
        "scapholunate_dissociation"] == "supported"
    normal = "Wrist radiograph: normal carpal alignment. No scapholunate dissociation."
    assert _verdicts("There is a widened scapholunate interval.", normal)["scapholunate_dissociation"] == "contradicted"
    foot = "Foot radiographs: widening between the first and second metatarsal bases with a fleck sign."
    assert _verdicts("This is a tarsometatarsal injury.", foot)["lisfranc"] == "supported"
    congruent = "Foot radiographs: the tarsometatarsal joints are congruent. No Lisfranc injury."
    assert _verdicts("This is a tarsometatarsal injury.", congruent)["lisfranc"] == "contradicted"
    assert _claims("Myositis ossificans in the thigh.") == {"heterotopic_ossification": "present"}
    # a fracture named by its bone is that bone's fracture (vdiag28), supported by the report's own wording
    waist = "Wrist radiograph: a fracture through the waist of the scaphoid."
    assert _verdicts("There is a scaphoid fracture.", waist)["scaphoid_fracture"] == "supported"


def test_gi_and_hepatobiliary_named_diagnoses():
    ct = "CT abdomen: omental caking and nodular peritoneal deposits with ascites, peritoneal carcinomatosis."
    assert _verdicts("There is peritoneal carcinomatosis.", ct)["peritoneal_carcinomatosis"] == "supported"
    none = "CT abdomen: normal bowel. No peritoneal carcinomatosis. No free fluid."
    assert _verdicts("There is an omental cake.", none)["peritoneal_carcinomatosis"] == "contradicted"
    assert _claims("Mirizzi syndrome with a stone in the cystic duct.").get("mirizzi") == "present"
    # an abscess named by its organ is that organ's abscess (vdiag28), which a report's "abscess in the liver" supports
    assert _claims("There is a liver abscess.") == {"liver_abscess": "present"}
    assert _verdicts("There is a liver abscess.", "CT: an abscess in the right lobe of the liver.")["liver_abscess"] \
        == "supported"


def test_gu_obstetric_and_gynaecological_findings():
    mri = "MRI pelvis: diffuse thickening of the junctional zone to 16 mm with small myometrial cysts, adenomyosis."
    assert _verdicts("The junctional zone is thickened.", mri)["junctional_zone_thickening"] == "supported"
    thin = "MRI pelvis: the junctional zone measures 6 mm. No junctional zone thickening."
    assert _verdicts("The junctional zone is thickened.", thin)["junctional_zone_thickening"] == "contradicted"
    # an endometrioma is endometriosis of the ovary
    ovary = "Ultrasound: a homogeneous ground-glass cyst of the left ovary, an endometrioma."
    assert _verdicts("This is endometriosis.", ovary)["endometriosis"] == "supported"
    assert _claims("A pelviureteric junction obstruction on the left.").get("pujo") == "present"
    assert _claims("An endometrial polyp.") == {"endometrial_polyp": "present"}
    # near miss: an endometrial polyp is no colonic polyp
    assert "colon_lesion" not in _claims("An endometrial polyp.")


def test_breast_named_lesions():
    mammo = "Mammogram: segmental fine linear branching calcifications, no associated mass, in keeping with DCIS."
    assert _verdicts("The calcifications are ductal carcinoma in situ.", mammo)["dcis"] == "supported"
    assert _verdicts("This is DCIS.", "Mammogram: benign vascular calcifications only. No DCIS.")["dcis"] \
        == "contradicted"
    # near miss: "no associated mass" does not deny DCIS, which is no breast mass
    assert _verdicts("This is DCIS.", mammo)["dcis"] == "supported"
    assert _claims("A radial scar at 2 o'clock.") == {"radial_scar": "present"}
    # near miss: a radial scar is no lung scarring
    assert "scarring" not in _claims("A radial scar at 2 o'clock.")


def test_cardiac_and_vascular_named_diagnoses():
    ct = "CT aorta: a penetrating aortic ulcer of the descending aorta with a small intramural haematoma."
    assert _verdicts("There is a penetrating aortic ulcer.", ct)["penetrating_aortic_ulcer"] == "supported"
    evar = "CT aorta after EVAR: the stent graft is patent. No endoleak."
    assert _verdicts("There is a type II endoleak.", evar)["endoleak"] == "contradicted"
    # near miss: an aortic ulcer is no stomach ulcer
    assert "gastric_lesion" not in _claims("A penetrating aortic ulcer.")


def test_paediatric_named_diagnoses():
    cxr = "Neonatal chest radiograph: fluid in the fissures, transient tachypnoea of the newborn."
    assert _verdicts("The baby has transient tachypnoea of the newborn.", cxr)["ttn"] == "supported"
    clear = "Neonatal chest radiograph: clear lungs. No transient tachypnoea of the newborn."
    assert _verdicts("The baby has transient tachypnoea of the newborn.", clear)["ttn"] == "contradicted"
    assert _claims("Fractures of different ages: non-accidental injury.").get("non_accidental_injury") == "present"
    # near miss: bronchopulmonary dysplasia is no cellular dysplasia
    assert "dysplasia" not in _claims("Bronchopulmonary dysplasia in an ex-premature infant.")


def test_chest_named_diagnoses_keep_their_side():
    ct = ("CT chest: a left lower lobe mass fed by a systemic artery from the aorta, an intralobar pulmonary "
          "sequestration.")
    assert _verdicts("There is a pulmonary sequestration in the left lower lobe.", ct)["pulmonary_sequestration"] \
        == "supported"
    wrong_side = _verdicts("There is a pulmonary sequestration in the right lower lobe.", ct)
    assert "contradicted" in wrong_side.values()
    assert _claims("Tracheobronchomalacia on expiratory CT.").get("tracheomalacia") == "present"
    # near miss: rounded atelectasis stays atelectasis (no narrower row)
    assert _claims("There is rounded atelectasis.") == {"atelectasis": "present"}


def test_the_wedge_shaped_non_enhancing_area_is_an_infarct():
    ct = "CT abdomen: a wedge-shaped hypoattenuating area in the spleen, a splenic infarction."
    assert _verdicts("A wedge-shaped non-enhancing area in the spleen.", ct)["wedge_shaped_defect"] == "supported"
    kidney = "CT abdomen: a wedge-shaped non-enhancing area in the lower pole of the left kidney."
    assert _verdicts("The left kidney has an infarct.", kidney)["infarct"] == "supported"
    # near miss: a wedged vertebra is no infarct
    assert "wedge_shaped_defect" not in _claims("Anterior wedging of the T12 vertebral body.")
