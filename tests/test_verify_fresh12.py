"""Mechanisms a fresh held-out set showed failing (issue #8, judge 66, verify12).

Why: a rule built from one set's phrasings did not move a single score on the next set. Each case here is a
sentence of our own for a general mechanism: a denial that names an earlier time (the finding is new, not absent),
a side written after the organ of a normal statement, a grade adverb the grade words lacked, and air-fluid levels
in a chest film read as bowel obstruction.
"""

from medstep.verify import Polarity, Verdict, extract_findings, verify


def _only(text: str, concept: str):
    found = [f for f in extract_findings(text) if f.concept == concept]
    assert len(found) == 1, found
    return found[0]


def test_denial_naming_an_earlier_time_makes_the_finding_new():
    f = _only("A right chest drain, not present on the previous film, is seen.", "chest_tube")
    assert f.polarity is Polarity.PRESENT and f.change == "new"
    assert _only("Pneumothorax not seen.", "pneumothorax").polarity is Polarity.ABSENT


def test_new_device_not_present_yesterday_is_supported_by_the_report():
    v = verify("A new left arm PICC, not present yesterday, crosses the midline.",
               report="New left arm PICC crossing the midline. No pneumothorax.")
    assert [fv.verdict.value for fv in v.steps[0].verdicts if fv.finding.concept == "picc"] == ["supported"]


def test_side_after_the_organ_sides_a_normal_statement():
    f = _only("The ribs on the left are intact.", "rib_fracture")
    assert f.polarity is Polarity.ABSENT and f.laterality == "left"
    v = verify("The ribs on the left are intact.", report="Fractured right seventh rib.")
    assert not v.has_contradiction


def test_massively_is_a_severe_grade():
    assert _only("The heart is massively enlarged.", "cardiomegaly").severity == "severe"
    v = verify("The heart is massively enlarged.", report="Heart size is mildly enlarged.")
    assert v.has_contradiction


def test_air_fluid_levels_in_lung_rings_are_no_bowel_obstruction():
    concepts = {f.concept for f in extract_findings("Several ring shadows in the left lower zone hold air-fluid levels.")}
    assert "bowel_obstruction" not in concepts


def test_a_stated_change_outranks_a_mention_that_states_none():
    report = "Left retrocardiac opacity. The opacity is new compared with yesterday."
    assert verify("There is a left retrocardiac opacity, unchanged since yesterday.", report=report).has_contradiction
    assert not verify("There is a new left retrocardiac opacity.", report=report).has_contradiction


def test_new_and_worse_both_say_grown():
    assert not verify("The right effusion is new.", report="The right effusion has increased.").has_contradiction
    assert verify("The right effusion has decreased.", report="The right effusion has increased.").has_contradiction


def test_larger_on_a_side_is_no_change():
    f = _only("Free air lies under both hemidiaphragms, larger on the right.", "pneumoperitoneum")
    assert f.change is None


def test_an_organ_grown_in_the_perfect_is_a_change():
    f = _only("The cardiac silhouette has enlarged since the last film.", "cardiomegaly")
    assert f.change == "worsened"


def test_denial_on_an_earlier_film_named_by_its_time_of_day():
    f = _only("The chest drain was not present on the radiograph from this morning.", "chest_tube")
    assert f.polarity is Polarity.PRESENT and f.change == "new"


def test_grades_written_after_each_side_give_the_larger_side():
    report = "Bilateral pleural effusions, moderate on the right and small on the left."
    assert verify("Bilateral effusions, small on the right and moderate on the left.", report=report).has_contradiction
    assert not verify("Bilateral effusions, moderate on the right and small on the left.",
                      report=report).has_contradiction


def test_a_seen_word_after_a_denied_item_starts_a_new_statement():
    assert _only("R hemithorax lucent, no peripheral markings, visible R lung edge.",
                 "pneumothorax").polarity is Polarity.PRESENT


def test_a_device_not_yet_in_place_is_absent():
    assert _only("A right chest drain is not yet in place.", "chest_tube").polarity is Polarity.ABSENT


def test_displaced_fractures_of_the_ribs_are_rib_fractures():
    f = _only("Displaced fractures of the left fourth to sixth ribs.", "rib_fracture")
    assert f.laterality == "left"
    assert verify("Displaced fractures of the left fourth to sixth ribs.",
                  report="Right rib fractures. The left ribs are intact.").has_contradiction


def test_displaced_fragments_beside_rib_fractures_are_one_finding():
    v = verify("There are right sixth to eighth rib fractures.",
               report="Right sixth to eighth rib fractures.",
               reference=["The right sixth to eighth ribs show cortical breaks with displaced fragments."])
    assert "bone_fragment" not in {e.concept for e in v.clinical.errors}


def test_a_grade_between_organ_and_displacement_still_reads_a_shift():
    f = _only("The trachea is mildly displaced to the left.", "tracheal_deviation")
    assert f.laterality == "left" and f.polarity is Polarity.PRESENT


def test_a_prominent_left_ventricle_is_no_enlarged_heart():
    assert _only("Mild LV prominence.", "left_ventricular_enlargement").severity == "mild"
    v = verify("The heart is not enlarged.", report="Heart size normal, mild left ventricular prominence.")
    assert not v.has_contradiction


def test_mediastinal_compartment_signs_are_findings():
    report = "Right superior mediastinal mass with a hilum overlay sign. The paraspinal lines are normal."
    assert verify("The mass shows no hilum overlay sign.", report=report).has_contradiction
    assert verify("The right paraspinal line is widened.", report=report).has_contradiction
    assert not verify("There is a hilum overlay sign.", report=report).has_contradiction


def test_rigler_sign_is_free_air():
    assert _only("The gas outlines both sides of the bowel wall.", "rigler_sign").polarity is Polarity.PRESENT
    v = verify("There is no Rigler sign.", report="Free air under both hemidiaphragms with a Rigler sign.")
    assert v.has_contradiction


def test_a_normal_word_after_a_contrast_describes_its_own_clause():
    found = {f.concept for f in extract_findings(
        "The right hemidiaphragm sits 5 cm higher, but its curve still looks normal.")}
    assert "atelectasis" not in found and "lung_opacity" not in found
    assert _only("The lungs are otherwise clear.", "lung_opacity").polarity is Polarity.ABSENT


def test_the_silhouette_grown_or_ballooned_is_an_enlarged_heart():
    assert _only("The silhouette has enlarged.", "cardiomegaly").change == "worsened"
    assert _only("There has been a rapid increase in silhouette size.", "cardiomegaly").change == "worsened"
    assert _only("The heart's shadow has ballooned.", "cardiomegaly").polarity is Polarity.PRESENT


def test_a_change_claimed_without_an_earlier_study_is_made_up():
    report = "Bilateral inferior rib notching. No previous imaging for comparison."
    assert verify("Inferior rib notching, increased since the prior film.", report=report).has_contradiction
    assert not verify("Bilateral inferior notching of the ribs.", report=report).has_contradiction


def test_grossly_grades_severe():
    assert _only("The left ventricle is grossly dilated.", "left_ventricular_enlargement").severity == "severe"


def test_a_region_of_the_lungs_called_clear_denies_nothing_of_the_whole_lungs():
    report = "Tram-track opacities in both lower zones. Upper zones clear."
    assert not verify("The tops of the lungs are clear.", report=report).has_contradiction
    assert verify("The lungs are clear.", report=report).has_contradiction


def test_a_possessive_s_is_no_present_tense():
    # "yesterday's film" names an earlier study; its "'s" is no "is" (a pronoun's "it's" still is)
    report = "No pleural effusion."
    assert verify("There was a small effusion on yesterday's film.", report=report).steps[0].verdict \
        is not Verdict.CONTRADICTED
    assert verify("There's a small effusion.", report=report).steps[0].verdict is Verdict.CONTRADICTED
