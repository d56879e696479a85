"""Mechanisms by which a faithful chain in a model's own words was read as contradicting its report (issue #8,
vpara15). Each case is a sentence of our own for a general mechanism, not a corpus phrasing.

A denial ran on past a verb drawing a conclusion from it ("the absence of air bronchograms favours collapse"), into
a terse item placing a device ("no effusion, NG tube in the stomach") and over the group a partitive denial names
("none of the lumps has hollowed out"); "no new X" was contradicted by an old X the report calls by a narrower name.
"""

from medstep.verify import extract_findings, verify
from medstep.verify.findings import Polarity


def _pol(text: str, concept: str) -> Polarity:
    found = [f for f in extract_findings(text) if f.concept == concept]
    assert len(found) == 1, found
    return found[0].polarity


def test_a_conclusion_drawn_from_a_denied_finding_is_not_denied():
    assert _pol("The absence of air bronchograms favours collapse.", "atelectasis") is Polarity.PRESENT
    assert _pol("The absence of air bronchograms favours collapse.", "air_bronchogram") is Polarity.ABSENT
    assert _pol("A dilated oesophagus with no gastric bubble is typical of achalasia.",
                "achalasia") is Polarity.PRESENT
    assert _pol("It lacks a meniscus, so the collection is loculated.", "fluid_collection") is Polarity.PRESENT
    report = "Left lower lobe collapse. No air bronchograms. No pleural effusion."
    assert not verify("The lack of air bronchograms points to collapse.", report=report).has_contradiction


def test_a_denial_of_bare_evidence_words_or_a_relative_link_still_denies():
    assert _pol("No features point to pneumonia.", "pneumonia") is Polarity.ABSENT
    assert _pol("No opacity suggesting pneumonia.", "pneumonia") is Polarity.ABSENT
    assert _pol("No consolidation to suggest pneumonia.", "pneumonia") is Polarity.ABSENT


def test_the_alternative_a_conclusion_rejects_is_denied():
    assert _pol("The thick wall favours carcinoma over abscess.", "abscess") is Polarity.ABSENT


def test_the_predicate_of_a_denied_subject_is_not_denied():
    assert _pol("A gullet widened by food, with no air reaching the stomach, is the classic picture of achalasia.",
                "achalasia") is Polarity.PRESENT


def test_a_contracted_does_not_denies():
    assert _pol("This doesn't look like heart failure.", "heart_failure") is Polarity.ABSENT


def test_a_placed_device_after_a_denied_item_is_there():
    assert _pol("No effusion, NG tube in the stomach.", "enteric_tube") is Polarity.PRESENT
    assert _pol("No pneumothorax, the drain tip is at the apex.", "catheter") is Polarity.PRESENT
    assert _pol("No effusion, pneumothorax or chest drain.", "chest_tube") is Polarity.ABSENT


def test_a_partitive_denial_keeps_its_group():
    assert _pol("None of the lumps has hollowed out.", "mass") is Polarity.PRESENT
    assert _pol("None of the lumps has hollowed out.", "cavitation") is Polarity.ABSENT
    assert _pol("None of the ribs are broken.", "rib_fracture") is Polarity.ABSENT
    assert _pol("None of these findings suggest pneumonia.", "pneumonia") is Polarity.ABSENT


def test_no_new_opacity_is_not_contradicted_by_residual_atelectasis():
    report = "Compared with one week ago, residual linear atelectasis at the left base. No consolidation."
    assert not verify("There is no new opacity.", report=report).has_contradiction
    assert verify("There is no opacity.", report=report).has_contradiction


def test_a_broad_finding_named_with_its_organ_supports_the_organs_kind():
    report = "There is a fracture through the midshaft of the left clavicle."
    assert not verify("Displaced left clavicle fracture.", report=report).has_contradiction
    assert verify("Displaced left clavicle fracture.", report=report).steps[0].verdict.value == "supported"
    assert verify("Displaced right clavicle fracture.", report=report).has_contradiction
    assert verify("Left rib fracture.", report=report).steps[0].verdict.value != "supported"


def test_an_organ_placing_another_is_not_what_the_normal_word_describes():
    report = "Coarse reticular opacities in both lungs. Heart size normal."
    assert not verify("The blood vessels at the top of the lungs look normal.", report=report).has_contradiction
    assert verify("The lungs look normal.", report=report).has_contradiction
