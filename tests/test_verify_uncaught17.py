"""Single clinical errors in otherwise faithful chains that the verifier let through, and faithful wordings it
contradicted while reading them (issue #8, verr17). Each case is a sentence of our own for a general mechanism, not
a corpus phrasing."""

from medstep.verify import extract_findings, verify


def _polarity(text: str, concept: str) -> list[str]:
    return [f.polarity.value for f in extract_findings(text) if f.concept == concept]


def test_a_tube_tip_too_close_to_or_too_far_from_the_carina_is_misplaced():
    malposition = "cardiac_device_malposition"
    assert _polarity("The ETT tip lies 1 cm above the carina.", malposition) == ["present"]
    assert _polarity("ETT 9 cm above carina.", malposition) == ["present"]
    assert _polarity("ETT 4 cm above the carina.", malposition) == ["absent"]
    report = "Portable chest. The endotracheal tube tip lies 1 cm above the carina. No pneumothorax."
    assert not verify("The ET tube sits only a centimetre from the carina, too deep.", report=report).has_contradiction
    assert verify("The endotracheal tube is in satisfactory position.", report=report).has_contradiction
    assert verify("The endotracheal tube is high and needs advancing.", report=report).has_contradiction


def test_a_judged_tube_depth_against_a_report_distance():
    report = "Endotracheal tube tip 5 cm above the carina. No pneumothorax."
    assert verify("The ET tube is too low and should be withdrawn.", report=report).has_contradiction
    assert not verify("ETT in good position, 5 cm above the carina.", report=report).has_contradiction
    # another device's depth word, a denied one and a hedged one say nothing of the tube
    assert not verify("The ETT is 5 cm above the carina and the NG tube should be advanced.",
                      report=report).has_contradiction
    assert not verify("The ET tube is not too low.", report=report).has_contradiction
    assert not verify("The ET tube may sit a little low.", report=report).has_contradiction


def test_a_denial_after_and_stops_at_a_conjunct_with_its_own_verb():
    assert _polarity("The heart is enlarged and the effusion has resolved.", "cardiomegaly") == ["present"]
    assert _polarity("There is a drain at the apex, and the pneumothorax is not seen.", "pneumothorax") == ["absent"]
    assert _polarity("There is cardiomegaly and pleural effusion is not seen.", "cardiomegaly") == ["present"]
    # a list of findings shares its denial
    assert _polarity("Consolidation and effusion have resolved.", "consolidation") == ["absent"]


def test_a_finding_that_has_gone_is_absent_but_a_tube_gone_in_too_far_is_there():
    assert _polarity("The old right pneumothorax has gone.", "pneumothorax") == ["absent"]
    assert _polarity("The right pneumothorax has disappeared.", "pneumothorax") == ["absent"]
    assert _polarity("The breathing tube has gone in too far.", "endotracheal_tube") == ["present"]
    report = "Follow-up film. The previously noted right pneumothorax is no longer seen."
    assert not verify("The right pneumothorax has gone.", report=report).has_contradiction


def test_a_sided_drain_is_a_device_whose_tip_is_compared():
    report = "Right chest drain with its tip at the apex; no residual pneumothorax."
    assert verify("The right drain tip is at the base.", report=report).has_contradiction
    assert not verify("The right drain tip is at the apex.", report=report).has_contradiction


def test_a_finding_one_grade_off_is_contradicted():
    report = "Renal ultrasound. Moderate right hydronephrosis. The left kidney is normal."
    assert verify("There is mild right hydronephrosis.", report=report).has_contradiction
    assert verify("There is severe right hydronephrosis.", report=report).has_contradiction
    assert not verify("Right-sided hydronephrosis, moderate in degree.", report=report).has_contradiction
    assert not verify("Mild to moderate right hydronephrosis.", report=report).has_contradiction  # a range holding it


def test_part_of_a_lung_collapsed_against_all_of_it():
    report = "There is complete collapse of the left lung with mediastinal shift to the left."
    assert verify("The left lung is partially collapsed.", report=report).has_contradiction
    assert not verify("The left lung has completely collapsed.", report=report).has_contradiction
    # a partly collapsed lung beside a large pneumothorax does not grade the pneumothorax
    report = "Large right pneumothorax. The right lung is partially collapsed."
    assert verify("There is a small right pneumothorax.", report=report).has_contradiction


def test_better_than_an_earlier_time_is_an_improvement():
    assert [f.change for f in extract_findings("The consolidation is better than two days ago.")] == ["improved"]
    assert [f.change for f in extract_findings("Consolidation is better than atelectasis as an explanation.")
            if f.concept == "consolidation"] == [None]
    report = "Chest radiograph compared with 2 days ago. The left lower lobe consolidation has worsened."
    assert verify("The left lower lobe consolidation is better than two days ago.", report=report).has_contradiction


def test_the_end_of_a_long_bone_is_compared_between_broader_and_narrower_names():
    report = "Right wrist. Transverse fracture of the distal radial metaphysis with dorsal angulation."
    assert verify("There is a fracture of the proximal radius.", report=report).has_contradiction
    assert not verify("There is a fracture of the distal radius.", report=report).has_contradiction
    # a spine level stays the fracture's place ("dorsal spine" is the thoracic spine, no fragment tilt)
    assert [f.location for f in extract_findings("Dorsal spine fracture at T8.") if f.concept == "fracture"] == ["t8"]


def test_a_line_deep_in_the_atrium_is_past_the_cavoatrial_junction():
    report = "Chest radiograph. The right PICC tip projects at the cavoatrial junction."
    assert verify("The right PICC ends deep in the right atrium.", report=report).has_contradiction
    assert not verify("The right PICC ends at the cavoatrial junction.", report=report).has_contradiction


def test_all_tubes_called_satisfactory_include_a_high_endotracheal_tube():
    report = "The endotracheal tube tip is 8 cm above the carina at the level of the clavicles. NG tube in the stomach."
    assert verify("All tubes and lines are in satisfactory position.", report=report).has_contradiction
    assert not verify("The NG tube is in the stomach and the ETT is high.", report=report).has_contradiction


def test_leaving_a_line_the_report_would_withdraw_is_contradicted():
    report = ("A right arm PICC courses through the subclavian vein; its tip projects over the right atrium, 4 cm below "
              "the cavoatrial junction. Withdrawal by about 4 cm is recommended.")
    assert verify("The right PICC tip is in the right atrium. No repositioning is needed.", report=report).has_contradiction
    assert not verify("The right PICC tip is in the right atrium and should be pulled back.",
                      report=report).has_contradiction


def test_a_pronoun_after_a_comparison_phrase_carries_the_change():
    report = "Chest radiograph compared with two years ago. The 3 cm nodule in the right lower lobe has enlarged from 2 cm."
    chain = "There is a 3 cm nodule in the right lower lobe. Compared with two years ago it has become smaller."
    assert verify(chain, report=report).has_contradiction
    assert not verify("There is a 3 cm nodule in the right lower lobe. Compared with two years ago, it has grown.",
                      report=report).has_contradiction


def test_a_comparison_said_of_the_earlier_study_is_the_change_since():
    report = "Chest radiograph. The right lower lobe nodule now measures 3 cm and has grown since three months ago."
    assert not verify("A 3 cm right lower lobe nodule. Three months ago the nodule was smaller.",
                      report=report).has_contradiction
    assert verify("A 3 cm right lower lobe nodule. Three months ago the nodule was larger.", report=report).has_contradiction
    # a change said in a clause of the present stays as said
    assert not verify("A 3 cm right lower lobe nodule. Three months ago it was a 2 cm nodule, so it has grown.",
                      report=report).has_contradiction


def test_calcifications_named_alone_are_the_antecedent_of_they():
    report = "Mammogram compared with two years ago. There are new fine linear calcifications in the left breast."
    chain = "There are fine linear calcifications in the left breast. They are stable compared with two years ago."
    assert verify(chain, report=report).has_contradiction


def test_a_report_comparison_with_the_earlier_study_is_evidence_of_the_change():
    report = "Chest radiograph. A 3 cm nodule in the right lower lobe. Three months ago the nodule was smaller."
    assert verify("A 3 cm right lower lobe nodule, unchanged from three months ago.", report=report).has_contradiction
    assert not verify("A 3 cm right lower lobe nodule which has grown.", report=report).has_contradiction
