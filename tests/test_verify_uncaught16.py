"""Single clinical errors in otherwise faithful chains that the verifier let through, and faithful wordings it
contradicted while reading them (issue #8, verr16). Each case is a sentence of our own for a general mechanism, not
a corpus phrasing."""

from medstep.verify import extract_findings, verify


def _one(text: str, concept: str):
    found = [f for f in extract_findings(text) if f.concept == concept]
    assert len(found) == 1, found
    return found[0]


def test_a_measurement_of_the_earlier_study_is_not_the_finding_size():
    assert _one("The left subdural haematoma has increased from 8 mm to 14 mm.", "subdural_hematoma").size == 14.0
    assert _one("The nodule now measures 19 mm versus 12 mm three months ago.", "pulmonary_nodule").size == 19.0
    report = "CT head compared with 6 hours earlier. The left subdural haematoma has increased from 8 mm to 14 mm."
    assert not verify("The left subdural haematoma is thicker, 14 mm now versus 8 mm six hours ago.",
                      report=report).has_contradiction
    assert verify("The left subdural haematoma has grown from 8 mm to 25 mm.", report=report).has_contradiction
    # a stable lesion's size stands although an earlier study is named after it
    assert _one("A 2 cm nodule unchanged from the previous film.", "pulmonary_nodule").size == 20.0


def test_a_long_abnormal_phrase_reaches_its_organ_counted_from_its_end():
    f = _one("There is a crescent of gas under the left hemidiaphragm.", "pneumoperitoneum")
    assert f.laterality == "left"
    report = "Erect chest radiograph. A crescent of free gas beneath the right hemidiaphragm."
    assert verify("There is a crescent of gas under the left hemidiaphragm.", report=report).has_contradiction
    assert not verify("There is a crescent of gas under the right hemidiaphragm.", report=report).has_contradiction


def test_a_finding_gone_since_the_earlier_study_is_absent_not_new():
    f = _one("The left pleural effusion has resolved since the previous study.", "pleural_effusion")
    assert (f.polarity.value, f.change) == ("absent", None)
    assert _one("A left PICC, not present yesterday.", "picc").change == "new"  # absent then: new now
    report = "Chest radiograph compared with last week. The right pleural effusion has cleared since last week."
    assert not verify("The right effusion has resolved.", report=report).has_contradiction
    assert verify("The right pleural effusion has increased since last week.", report=report).has_contradiction


def test_a_vertebral_level_is_a_location_compared_by_distance():
    assert _one("There is a wedge compression fracture of the L1 vertebral body.", "compression_fracture").location == "l1"
    assert _one("A right cervical rib arises from C7.", "cervical_rib").location == "c7"
    report = "Lateral lumbar spine radiograph. Wedge compression fracture of the L1 vertebral body."
    assert verify("There is a wedge compression fracture of L4.", report=report).has_contradiction
    # a level rounded to the next one, and a place of another axis, agree
    assert not verify("There is a wedge compression fracture at T12.", report=report).has_contradiction
    assert not verify("There is an anterior wedge compression fracture of L1.", report=report).has_contradiction
    # T1 and T2 are MRI sequences unless a level is meant
    assert not [f for f in extract_findings("T2 hyperintense lesion in the frontal lobe.") if f.location == "t2"]


def test_more_words_of_a_change_since_the_earlier_study():
    assert _one("The right pleural effusion has deteriorated.", "pleural_effusion").change == "worsened"
    assert _one("The left effusion has reduced since the previous film.", "pleural_effusion").change == "improved"
    assert _one("The left effusion has partially resolved.", "pleural_effusion").polarity.value == "present"
    assert _one("The fluid level has fallen by 2 cm.", "pneumatocele_cavity").change == "improved"
    assert _one("The fluid level is 2 cm higher than yesterday.", "pneumatocele_cavity").change == "worsened"
    # a comparison with the norm or the other side is no change
    assert _one("The right effusion is thicker than the left.", "pleural_effusion").change is None
    report = "Chest radiograph compared with 3 days ago. The right pleural effusion has increased in size."
    assert verify("The right pleural effusion is less extensive than before.", report=report).has_contradiction
    assert not verify("The right pleural effusion is more extensive than before.", report=report).has_contradiction


def test_a_plain_noun_subject_carries_its_change_to_the_finding_it_names():
    chain = "There is a left hydropneumothorax with an air-fluid level. The level has {} by 2 cm since yesterday."
    report = ("Chest radiograph compared with yesterday. Left hydropneumothorax. The fluid level has fallen by 2 cm "
              "and the pneumothorax component is unchanged.")
    assert not verify(chain.format("dropped"), report=report).has_contradiction
    assert verify(chain.format("risen"), report=report).has_contradiction
    # the subject's change said before the sentence names another finding
    assert verify("There is a left hydropneumothorax with an air-fluid level. That level has risen by 2 cm since "
                  "yesterday, although a pneumonectomy space should fill.", report=report).has_contradiction


def test_places_outside_the_chest_are_locations_of_their_own_axes():
    report = "Mammogram. A 14 mm spiculated mass in the upper outer quadrant of the right breast at 10 o'clock."
    assert verify("A 14 mm spiculated mass in the right breast, lower inner quadrant.", report=report).has_contradiction
    report = "Breast ultrasound. A 14 mm irregular hypoechoic mass in the right breast at 10 o'clock."
    assert verify("A 14 mm irregular mass in the right breast at 4 o'clock.", report=report).has_contradiction
    assert not verify("A 14 mm irregular mass in the right breast at 11 o'clock.", report=report).has_contradiction
    report = "Supine abdominal film. A calcified gallstone projects over the right upper quadrant."
    f = _one("A calcified gallstone projects over the right lower quadrant.", "cholelithiasis")
    assert (f.laterality, f.location) == ("right", "lower abdomen")
    assert verify("A calcified gallstone projects over the right lower quadrant.", report=report).has_contradiction
    report = "CT abdomen. A 5 cm circumferential mass in the sigmoid colon."
    assert verify("There is a 5 cm mass in the caecum.", report=report).has_contradiction
    assert not verify("There is a 5 cm sigmoid mass.", report=report).has_contradiction
    # the colon's own words stay read: a dilated sigmoid colon is still a dilated bowel
    assert _one("The sigmoid colon is dilated.", "bowel_obstruction").location == "sigmoid colon"
    report = "Knee radiograph. Depressed fracture of the lateral tibial plateau."
    assert verify("Depressed fracture of the medial tibial plateau.", report=report).has_contradiction
    assert _one("A 4 cm lesion in segment VI of the liver.", "lesion").location == "liver segment 6"


def test_a_device_moved_further_in_is_not_one_pulled_back():
    report = "Chest radiograph compared with yesterday. The left chest drain has been withdrawn by about 4 cm."
    assert verify("The left chest drain has been advanced by about 4 cm.", report=report).has_contradiction
    assert not verify("The left chest drain has been pulled back by about 4 cm.", report=report).has_contradiction
    assert not verify("The left chest drain has migrated since yesterday.", report=report).has_contradiction


def test_a_second_place_on_another_axis_is_compared_too():
    f = _one("A 14 mm spiculated mass in the upper outer quadrant of the right breast at 10 o'clock.", "mass")
    assert (f.location, f.location2) == ("upper outer quadrant", "10 o'clock")
    report = "Mammogram. A 14 mm spiculated mass in the upper outer quadrant of the right breast at 10 o'clock."
    assert verify("A 14 mm spiculated mass in the right breast at 4 o'clock.", report=report).has_contradiction
    assert not verify("A 14 mm spiculated mass in the right breast at 11 o'clock.", report=report).has_contradiction
    report = "MRI knee. Complex tear of the posterior horn of the medial meniscus."
    assert verify("A complex tear of the posterior horn of the lateral meniscus.", report=report).has_contradiction
    assert not verify("A complex tear of the medial meniscus.", report=report).has_contradiction
