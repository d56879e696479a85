"""One-error chains the verifier read as faithful (issue #8, verr15): the error's words were not read as a claim, or
the evidence's words were not. Each case is a sentence of our own for a general mechanism, not a corpus phrasing."""

from medstep.verify import extract_findings, verify


def _one(text: str, concept: str):
    found = [f for f in extract_findings(text) if f.concept == concept]
    assert len(found) == 1, found
    return found[0]


def test_a_report_sentence_without_a_subject_changes_the_whole_film():
    report = "PA chest radiograph. A 2 cm nodule in the right upper lobe. No change since the radiograph of last year."
    assert verify("The right upper lobe nodule has grown since last year's film.", report=report).has_contradiction
    assert not verify("The 2 cm right upper lobe nodule is unchanged from last year.", report=report).has_contradiction
    # a sentence about a device is no change of the whole film
    report = "Right upper lobe nodule. Unchanged position of the nasogastric tube compared with yesterday."
    assert not verify("The right upper lobe nodule is new since yesterday.", report=report).has_contradiction


def test_a_count_of_units_without_a_number_is_a_size():
    f = _one("A thin right pneumothorax, the rim only a few millimetres deep.", "pneumothorax")
    assert (f.size_min, f.size) == (2.0, 5.0)
    report = "Right apical pneumothorax, the lung edge 4 cm from the chest wall."
    assert verify("There is a right pneumothorax, the edge a few millimetres from the chest wall.",
                  report=report).has_contradiction
    assert _one("a 3 centimetre nodule", "pulmonary_nodule").size == 30.0


def test_the_mediastinum_that_has_shifted_or_moved_is_a_shift():
    f = _one("The mediastinum has moved markedly to the left.", "tracheal_deviation")
    assert (f.laterality, f.severity) == ("left", "severe")
    report = "Large left pleural effusion with the mediastinum shifted to the right."
    assert verify("The mediastinum has shifted towards the left.", report=report).has_contradiction
    assert not verify("The mediastinum has shifted to the right.", report=report).has_contradiction


def test_haustral_folds_are_a_finding_and_a_denied_subject_does_not_deny_what_it_crosses():
    report = "Erect chest radiograph. Free gas beneath both hemidiaphragms. No haustral folds within the lucency."
    assert verify("Haustral folds are seen within the gas.", report=report).has_contradiction
    assert not verify("No haustral folds cross the lucency under the diaphragm.", report=report).has_contradiction


def test_a_plain_noun_for_part_of_the_finding_named_before_carries_a_change():
    report = "AP chest radiograph. Moderate left pleural effusion, increased since yesterday's radiograph."
    assert verify("There is a moderate left pleural effusion. The fluid has decreased since yesterday.",
                  report=report).has_contradiction
    assert not verify("There is a moderate left pleural effusion. The fluid has increased since yesterday.",
                      report=report).has_contradiction


def test_a_tip_is_judged_against_the_evidence_tips_not_the_course():
    report = ("A right internal jugular central venous catheter courses through the superior vena cava with its tip "
              "over the right atrium.")
    assert verify("The right internal jugular catheter tip lies in the lower superior vena cava.",
                  report=report).has_contradiction
    assert not verify("The right internal jugular catheter passes through the superior vena cava and its tip lies "
                      "over the right atrium.", report=report).has_contradiction


def test_the_zone_a_whole_lung_distribution_favours_is_its_location():
    assert _one("Small nodules throughout both lungs, most numerous in the lower zones.",
                "pulmonary_nodule").location == "lower zone"
    report = "Innumerable small nodules throughout both lungs, predominantly in the upper zones."
    assert verify("Small nodules are spread throughout both lungs with a lower zone predominance.",
                  report=report).has_contradiction
    assert not verify("Small nodules are spread throughout both lungs, mostly in the upper zones.",
                      report=report).has_contradiction
    assert not verify("Small nodules are spread throughout both lungs.", report=report).has_contradiction


def test_a_place_outside_the_lung_is_a_location_of_its_own_axis():
    report = "Non-contrast CT head. Acute haemorrhage in the right frontal lobe. No midline shift."
    assert verify("There is an acute haemorrhage in the right parietal lobe.", report=report).has_contradiction
    assert not verify("There is an acute haemorrhage in the right frontal lobe.", report=report).has_contradiction
    assert _one("A 4 cm enhancing mass in the upper pole of the right kidney.", "mass").location == "upper pole"
    # "basal ganglia" is no lung base; a clavicle's lateral third is its distal one, not its middle
    assert _one("Acute infarct in the left basal ganglia.", "infarct").location == "basal ganglia"
    report = "Fracture through the midshaft of the left clavicle."
    assert verify("There is a fracture of the lateral third of the left clavicle.", report=report).has_contradiction
    # a mediastinal compartment and a lung zone are different axes
    assert not verify("A posterior mediastinal mass in the right lower zone.",
                      report="Posterior mediastinal mass projecting over the right lower zone.").has_contradiction
