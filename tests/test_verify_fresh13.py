"""Mechanisms fresh mini-cases showed failing (issue #8, verify13): a faithful chain must rank above one with a
single clinical error. Each case is a sentence of our own for a general mechanism, not a corpus phrasing.

Changes since an earlier study said without naming the finding ("It is unchanged", "This is new compared with
..."), with an organ word of growth after a finding ("the consolidation has enlarged"), or as a comparison of times
("the same as three years ago") were read as nothing on either side.
"""

from medstep.verify import extract_findings, verify


def _change(text: str, concept: str) -> str | None:
    found = [f for f in extract_findings(text) if f.concept == concept]
    assert len(found) == 1, found
    return found[0].change


def test_growth_in_the_perfect_is_a_change_of_any_finding():
    assert _change("The consolidation has enlarged since the radiograph two days ago.", "consolidation") == "worsened"


def test_a_pronoun_sentence_states_the_change_of_the_finding_before():
    report = "Left lower lobe consolidation. The consolidation has enlarged since the radiograph two days ago."
    assert verify("There is left lower lobe consolidation. It is unchanged from two days ago.",
                  report=report).has_contradiction
    assert not verify("There is left lower lobe consolidation. It has enlarged since two days ago.",
                      report=report).has_contradiction


def test_the_reports_pronoun_sentence_gives_its_finding_a_change():
    report = "The right hemidiaphragm is elevated. This is new compared with the radiograph from two weeks ago."
    assert verify("The right hemidiaphragm is elevated, unchanged from two weeks ago.", report=report).has_contradiction
    assert not verify("The right hemidiaphragm is elevated, new since two weeks ago.", report=report).has_contradiction


def test_the_same_as_an_earlier_time_is_unchanged():
    assert _change("The nodule looks the same as three years ago.", "pulmonary_nodule") == "stable"
    assert _change("The nodule looks the same as the other side.", "pulmonary_nodule") is None


def test_smaller_than_the_norm_is_no_change():
    assert _change("The lungs show reticulation and are smaller than they should be.", "increased_markings") is None


def test_a_lead_kept_in_place_that_the_report_says_withdrew():
    report = ("Dual-chamber pacemaker. The atrial lead is unchanged in the right atrial appendage. The ventricular lead "
              "has retracted into the superior vena cava since three months ago.")
    assert verify("The ventricular lead tip is in the same position as three months ago.", report=report).has_contradiction
    assert not verify("The atrial lead is unchanged.", report=report).has_contradiction


def test_a_tube_called_unchanged_that_was_not_there_before():
    report = "Nasogastric tube with its tip in the stomach. The tube was not present on this morning's radiograph."
    assert verify("The NG tube lies in the stomach, unchanged from this morning.", report=report).has_contradiction
    assert not verify("A new NG tube lies in the stomach.", report=report).has_contradiction
    assert not verify("The NG tube lies in the stomach and the heart is unchanged.", report=report).has_contradiction


def test_fractures_moved_to_other_ribs_or_another_part_of_the_arc():
    report = "Fractures of the left fourth to sixth ribs laterally. No pneumothorax."
    assert verify("The left ninth and tenth ribs are fractured laterally.", report=report).has_contradiction
    assert verify("Fractures of the left 4th-6th ribs posteriorly near the spine.", report=report).has_contradiction
    assert not verify("Three ribs on the left, the fourth through the sixth, are broken along the side of the chest.",
                      report=report).has_contradiction
    assert not verify("L 5th rib fx, posterolateral.", report=report).has_contradiction


def test_an_organ_or_the_whole_film_said_unchanged_against_the_findings_it_stands_for():
    report = "PA chest radiograph. The cardiac silhouette has doubled in size since the film three weeks ago. Lungs clear."
    assert verify("The heart size is unchanged from three weeks ago.", report=report).has_contradiction
    assert verify("The cardiac silhouette is globular. It is unchanged from the film three weeks ago.",
                  report=report).has_contradiction
    assert verify("Compared with three weeks ago, the appearances have improved.", report=report).has_contradiction
    assert not verify("The heart size has increased since three weeks ago.", report=report).has_contradiction
    assert not verify("The lungs are clear and unchanged.", report=report).has_contradiction


def test_two_measurements_one_of_an_earlier_study_tell_a_change():
    report = "The superior mediastinum is widened, measuring 9.5 cm, compared with 6.5 cm on a radiograph two years ago."
    assert verify("The superior mediastinum measures 9.5 cm, unchanged from the radiograph two years ago.",
                  report=report).has_contradiction
    assert not verify("Mediastinum 9.5 cm (6.5 cm prior).", report=report).has_contradiction


def test_what_an_earlier_study_showed_is_no_claim_about_this_one():
    report = "The cardiac silhouette is markedly enlarged, increased since the radiograph 4 weeks ago when the heart size " \
             "was normal."
    assert not verify("The heart is markedly enlarged. Four weeks ago the heart size was normal.",
                      report=report).has_contradiction
    assert verify("The heart size is normal.", report=report).has_contradiction
    assert not verify("Yesterday there was no pneumothorax; now there is a small right pneumothorax.",
                      report="New small right pneumothorax since yesterday.").has_contradiction


def test_a_broad_word_after_a_narrower_one_is_its_head_noun():
    found = [(f.concept, f.polarity.value) for f in extract_findings("No pneumonia patch, no air leak.")]
    assert ("lung_opacity", "absent") not in found and ("pneumonia", "absent") in found
    sided = [f for f in extract_findings("A pneumonia patch at the right base.") if f.concept == "pneumonia"]
    assert sided[0].laterality == "right"


def test_nothing_as_the_subject_denies_the_finding_words():
    assert [(f.concept, f.polarity.value) for f in extract_findings("Nothing is pushed over.")] == \
        [("tracheal_deviation", "absent")]


def test_a_denied_movement_is_no_movement():
    # "has not been withdrawn" says the tube did not move; read as "withdrawn" it contradicted an unchanged tube
    report = "Endotracheal tube position unchanged."
    assert not verify("The endotracheal tube has not been withdrawn.", report=report).has_contradiction
    assert verify("The endotracheal tube has been withdrawn.", report=report).has_contradiction
