"""Faithful lay and terse wording of chest X-ray findings, devices and anatomy (issue #8, judge 49).

Why: a faithful chain in plain or shorthand words lost completeness, or read as an invented finding, when the
verifier did not know its words, and then scored below a chain with one clinical error. Each row is a phrase of our
own for a statement a report makes; the words live in the one lexicon (``medstep/answers/concepts.tsv``,
``states.tsv``) and the trigger table.
"""

import pytest

from medstep.verify import Polarity, extract_findings, verify


@pytest.mark.parametrize(("text", "concept", "polarity"), [
    ("Air is trapped outside the right lung.", "pneumothorax", Polarity.PRESENT),
    ("The trapped air is under pressure.", "tension_pneumothorax", Polarity.PRESENT),
    ("The lungs are over-inflated.", "hyperinflation", Polarity.PRESENT),
    ("The diaphragm is pushed down flat.", "hyperinflation", Polarity.PRESENT),
    ("A large bubble-like space sits in the top of the left lung.", "bulla", Polarity.PRESENT),
    ("The heart sits on the right side of the chest.", "dextrocardia", Polarity.PRESENT),
    ("The organs are a mirror image of normal.", "dextrocardia", Polarity.PRESENT),
    ("There are tiny seed-like spots throughout both lungs.", "pulmonary_nodule", Polarity.PRESENT),
    ("There is a hole inside the mass.", "cavitation", Polarity.PRESENT),
    ("There is a lump in the top of the lung.", "mass", Polarity.PRESENT),
    ("Bilat hilar LAD.", "hilar_lymphadenopathy", Polarity.PRESENT),
    ("The glands at the root of the right lung are swollen.", "hilar_lymphadenopathy", Polarity.PRESENT),
    ("The roots of both lungs are bulky.", "hilar_enlargement", Polarity.PRESENT),
    ("The line in the right side of the neck ends above the heart.", "central_venous_catheter", Polarity.PRESENT),
    ("Dual-chamber PPM.", "pacemaker", Polarity.PRESENT),
    ("The drain in the left chest is in place.", "chest_tube", Polarity.PRESENT),
    ("L chest wall subcut emphysema.", "subcutaneous_emphysema", Polarity.PRESENT),
    ("The left lung is not getting air.", "atelectasis", Polarity.PRESENT),
    ("The left side of the chest is almost completely whited out.", "lung_opacity", Polarity.PRESENT),
    ("There is no single patch of pneumonia.", "pneumonia", Polarity.ABSENT),
    ("There are tiny horizontal lines at the lung edges.", "septal_thickening", Polarity.PRESENT),
    ("Interstitial edema with Kerley B and cuffing.", "bronchial_wall_thickening", Polarity.PRESENT),
    ("The air tubes show through as dark branches.", "air_bronchogram", Polarity.PRESENT),
    ("The heart shadow is very big and round.", "cardiomegaly", Polarity.PRESENT),
    ("The heart isn't big.", "cardiomegaly", Polarity.ABSENT),
    ("Heart nl.", "cardiomegaly", Polarity.ABSENT),
    ("The windpipe is tugged to the right.", "tracheal_deviation", Polarity.PRESENT),
    ("The bottom of the left lung is filled in.", "consolidation", Polarity.PRESENT),
    ("The right lung looks clean.", "consolidation", Polarity.ABSENT),
    ("The lungs look fine.", "pneumothorax", Polarity.ABSENT),
    ("The feeding tube curls up in the upper food pipe.", "cardiac_device_malposition", Polarity.PRESENT),
    ("The NG tube is coiled in the upper oesophagus.", "cardiac_device_malposition", Polarity.PRESENT),
    ("The breathing tube sits well above where the windpipe divides.", "cardiac_device_malposition", Polarity.ABSENT),
    ("The blood vessels in the top of the lungs are fuller than usual.", "vascular_congestion", Polarity.PRESENT),
    ("L hemithorax opacified, lateral meniscus.", "lung_opacity", Polarity.PRESENT),
    ("The fluid line curves up along the side wall.", "pleural_effusion", Polarity.PRESENT),
    ("The thin line put in through the right arm runs into the chest.", "picc", Polarity.PRESENT),
    ("Air has escaped into the middle of the chest.", "pneumomediastinum", Polarity.PRESENT),
    ("The vomiting tore the gullet: there is a tear in the gullet.", "esophageal_rupture", Polarity.PRESENT),
    ("The upper left heart chamber is not enlarged.", "left_atrial_enlargement", Polarity.ABSENT),
    ("The left atrium is enlarged.", "left_atrial_enlargement", Polarity.PRESENT),
    ("There are multiple calcified plaques on both sides.", "pleural_plaque", Polarity.PRESENT),
    ("Irregular calcified plaques along the lateral chest walls.", "pleural_plaque", Polarity.PRESENT),
])
def test_a_lay_or_terse_phrase_reads_as_its_finding(text: str, concept: str, polarity: Polarity) -> None:
    found = {f.concept: f.polarity for f in extract_findings(text)}
    assert found.get(concept) is polarity, found


@pytest.mark.parametrize(("text", "concept"), [
    ("The line ends in the big vein above the heart.", "cardiomegaly"),  # "big" calls an organ big only as a predicate
    ("There are tiny horizontal lines at the lung edges.", "pneumothorax"),  # a place, not a visible lung edge
])
def test_a_word_of_place_or_size_invents_no_finding(text: str, concept: str) -> None:
    assert concept not in {f.concept for f in extract_findings(text)}


def test_a_heart_chamber_is_no_side_of_the_device_in_it() -> None:
    v = verify("The pacemaker leads lie in the right atrium and right ventricle.",
               report="Left chest wall dual-chamber pacemaker with leads in the right atrium and right ventricle.")
    assert not v.has_contradiction


def test_a_wrong_option_about_a_device_does_not_remove_the_device_from_the_truth() -> None:
    v = verify("The nasogastric tube tip is in the stomach and the endotracheal tube is in the right main bronchus.",
               report="The endotracheal tube tip lies in the right main bronchus. The nasogastric tube tip is in the "
                      "stomach.",
               options={"A": "Endotracheal tube in the right main bronchus", "B": "Nasogastric tube in the airway"},
               chosen="A", gold="A", option_evidence=True)
    assert v.clinical is not None and v.clinical.false_findings == 0, v.clinical.errors


def test_a_lay_word_for_infection_is_the_consolidation_the_report_names() -> None:
    v = verify("The bottom of the left lung is filled in, so the infection is in the left lower lobe.",
               report="Consolidation in the left lower lobe.")
    assert v.clinical is not None and v.clinical.false_findings == 0, v.clinical.errors
