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
