"""Mechanisms by which a one-error chain still ranked with a faithful one (issue #8, verify14). Each case is a
sentence of our own for a general mechanism, not a corpus phrasing.

Changes: a denied change ("has not improved", "not worse") was read as the change itself; a change since a named
earlier study was supported by a report that compares with nothing; a report's "appearances unchanged" gave its
findings no change.
"""

from medstep.verify import extract_findings, verify


def _change(text: str, concept: str) -> str | None:
    found = [f for f in extract_findings(text) if f.concept == concept]
    assert len(found) == 1, found
    return found[0].change


def test_a_denied_improvement_is_no_improvement():
    assert _change("The right lower lobe consolidation has not improved since last week.", "consolidation") \
        == "not improved"
    assert _change("The right lower lobe consolidation has improved since last week.", "consolidation") == "improved"
    report = "Compared with last week, the right lower lobe consolidation has decreased."
    assert verify("The right lower lobe consolidation has not improved since last week.", report=report).has_contradiction


def test_no_worse_agrees_with_unchanged_and_contradicts_worse():
    chain = "Pulmonary oedema, no worse than yesterday."
    assert not verify(chain, report="Compared with yesterday, the pulmonary oedema is unchanged.").has_contradiction
    assert verify(chain, report="Compared with yesterday, the pulmonary oedema is worse.").has_contradiction


def test_no_larger_before_a_finding_still_denies_the_finding():
    assert _change("No larger nodules.", "pulmonary_nodule") == "worsened"


def test_a_change_since_a_named_study_when_the_report_compares_with_nothing():
    report = "Frontal chest radiograph. Collapse of the right upper lobe with a right hilar mass. No effusion."
    assert verify("The right upper lobe collapse is unchanged from the previous radiograph.",
                  report=report).has_contradiction
    assert not verify("The right upper lobe is collapsed, with a right hilar mass.", report=report).has_contradiction
    # a comparison of sides names no earlier study
    assert not verify("There are similar masses in both lungs.",
                      report="Round masses in both lungs. No effusion.").has_contradiction


def test_a_report_comparing_keeps_the_change_judged_against_it():
    report = "PA chest. Comparison with the radiograph of 2019. Large left pleural effusion, unchanged."
    assert not verify("The large left effusion is unchanged from the earlier film.", report=report).has_contradiction


def test_appearances_unchanged_give_every_finding_without_its_own_change_that_change():
    report = ("Comparison with the radiograph of 5 years ago: appearances unchanged. Bilateral calcified pleural "
              "plaques.")
    assert verify("There are bilateral calcified pleural plaques. They have enlarged since the radiograph five years "
                  "ago.", report=report).has_contradiction
    assert not verify("There are bilateral calcified pleural plaques, unchanged from five years ago.",
                      report=report).has_contradiction


# Sizes: a lesion's size decides its stage or treatment, so it conflicts at a smaller factor than other measures


def test_a_lesion_half_as_large_again_is_another_lesion_size():
    report = "CT chest. A 2.8 cm spiculated nodule in the right upper lobe."
    assert verify("There is a 4.5 cm spiculated nodule in the right upper lobe.", report=report).has_contradiction
    assert not verify("A spiculated right upper lobe nodule of about 3 cm.", report=report).has_contradiction


def test_a_size_within_the_dimensions_given_agrees():
    report = "A 6 x 4 cm lesion in the liver."
    assert not verify("A liver lesion measuring 4 x 6 cm.", report=report).has_contradiction
    assert not verify("A 4 cm liver lesion.", report=report).has_contradiction


def test_a_named_lesion_is_measured_against_the_reports_broader_word():
    assert verify("A right hilar mass measuring 3.5 cm.", report="There is a 6 cm mass in the right hilum."
                  ).has_contradiction


def test_the_largest_carries_its_size_to_the_findings_before():
    report = "Multiple nodules in both lungs, the largest 4 cm in the right lower zone."
    assert verify("Multiple nodules in both lungs. The largest measures about 15 mm.", report=report).has_contradiction
    assert not verify("Multiple nodules in both lungs. The largest measures about 4 cm.", report=report
                      ).has_contradiction


def test_a_size_of_an_earlier_time_is_not_carried():
    report = "A 2.8 cm nodule in the right upper lobe. It has grown from 1.6 cm on the CT of six months ago."
    assert not verify("There is a 2.8 cm nodule in the right upper lobe. It has grown from 1.6 cm six months ago.",
                      report=report).has_contradiction


def test_a_measured_organ_on_the_other_side_of_its_normal_limit():
    report = "CT abdomen. The appendix is dilated to 12 mm with fat stranding."
    assert verify("The appendix measures 5 mm with fat stranding around it.", report=report).has_contradiction
    assert not verify("The appendix is distended, 11 mm across, with stranding.", report=report).has_contradiction
    duct = "Ultrasound. The common bile duct measures 4 mm and is not dilated."
    assert verify("The CBD measures 11 mm.", report=duct).has_contradiction
    assert not verify("CBD 5 mm, normal calibre.", report=duct).has_contradiction


def test_a_number_before_another_noun_or_of_an_earlier_study_measures_no_organ():
    report = "CT abdomen. The appendix is dilated to 12 mm. An appendicolith is present at its base."
    assert not verify("There is an appendicolith measuring 4 mm at the base of the appendix.",
                      report=report).has_contradiction
    report = "The upper mediastinum measures 9.5 cm, having measured 6.5 cm on a radiograph from two years ago."
    assert not verify("The upper mediastinum measures 9.5 cm, previously 6.5 cm.", report=report).has_contradiction
    assert verify("The upper mediastinum measures 6.5 cm.", report=report).has_contradiction


def test_a_past_device_position_is_not_where_the_device_is():
    report = ("Dual-chamber pacemaker. The right ventricular lead tip now projects over the superior vena cava, whereas "
              "on the radiograph of three months ago it lay at the right ventricular apex.")
    assert verify("The ventricular lead tip is at the right ventricular apex.", report=report).has_contradiction
    assert not verify("The ventricular lead, which was at the right ventricular apex three months ago, now projects "
                      "over the SVC.", report=report).has_contradiction


def test_a_grade_of_a_narrower_finding_against_the_reports_broader_word():
    report = "Fractures of the posterior right fifth to seventh ribs, minimally displaced."
    assert verify("The right fifth to seventh rib fractures are widely displaced.", report=report).has_contradiction
    assert not verify("Minimally displaced fractures of the right 5th-7th ribs.", report=report).has_contradiction


def test_an_apical_pleural_cap_and_rib_destruction_are_findings():
    report = "There is a left apical pleural cap. No rib destruction."
    assert verify("There is a right apical pleural cap.", report=report).has_contradiction
    assert verify("There is destruction of the right seventh rib.", report=report).has_contradiction
    assert _change("The posterior left second rib is destroyed.", "lytic_lesion") is None  # a finding, no change


def test_a_distribution_confined_to_one_zone_disagrees_with_one_from_apex_to_base():
    report = "Innumerable tiny nodules, 1-3 mm, uniformly distributed throughout both lungs from apex to base."
    assert verify("Innumerable tiny nodules are confined to the upper zones, with the lung bases spared.",
                  report=report).has_contradiction
    assert not verify("Countless tiny nodules spread evenly from the apices to the bases.", report=report
                      ).has_contradiction
    assert not verify("Tiny nodules are seen in the upper zones.", report=report).has_contradiction
