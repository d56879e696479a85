"""Lay wording families of faithful paraphrases (vlay25, issue #8).

A faithful paraphrase says a report's finding in plain words; each family below was a wording the verifier
did not match, so the paraphrase lost completeness to a chain that copied the report's terms. The texts are
written for these tests, on organs other than the ones where the gaps were seen, and each family has a guard
that a nearby wording which is not the finding stays unread.
"""

from __future__ import annotations

import pytest

from medstep.verify import verify
from medstep.verify.findings import Polarity
from medstep.verify.verifier import extract_findings


def _found(text: str) -> dict[str, Polarity]:
    return {f.concept: f.polarity for f in extract_findings(text)}


def _recalled(report: str, chain: str) -> bool:
    v = verify(chain, report=report, reference=[report])
    return all(u.recalled for u in v.reference_units)


@pytest.mark.parametrize(("report", "chain"), [
    # blood where it should not be
    ("The cyst contains fluid and haemorrhage.", "The cyst is full of blood."),
    ("There is no perihepatic haematoma.", "No blood has collected around the liver."),
    # the midline pushed over
    ("A thin subdural haematoma causes no midline shift.", "The thin subdural haematoma does not shift the midline."),
    ("There is 6 mm of midline shift to the right.", "The brain is pushed across the midline to the right by 6 mm."),
    # fluid spaces of the brain backed up
    ("There is no hydrocephalus.", "There are no backed-up fluid spaces in the brain."),
    # bone eaten away
    ("There is cortical destruction of the left iliac wing.", "The edge of the left hip bone is being eaten away."),
    # inflamed fat around an organ
    ("There is peripancreatic fat stranding.", "The fat around the pancreas is inflamed."),
    ("There is no pericolic fat stranding.", "The fat around the colon is normal."),
    # pressing on the brain without shifting it
    ("A parafalcine mass causes mild mass effect.", "The mass presses slightly on the surrounding brain."),
    # old blood on an iron-sensitive scan
    ("There is haemosiderin along the cerebellar folia.", "Old blood products line the folds of the cerebellum."),
])
def test_lay_wording_recalls_the_report_finding(report: str, chain: str) -> None:
    assert _recalled(report, chain)


def test_pressing_on_the_brain_is_mass_effect_not_a_shift() -> None:
    found = _found("The haematoma pushes a little on the nearby brain but does not shift the midline.")
    assert found.get("mass_effect") is Polarity.PRESENT
    assert found.get("midline_shift") is Polarity.ABSENT


@pytest.mark.parametrize("text", [
    "Blood flow in the cyst wall is normal.",
    "The blood supply to the kidney is preserved.",
    "The mass has fluid-filled pockets inside it.",
])
def test_plain_blood_and_fluid_words_are_not_a_bleed_or_collection(text: str) -> None:
    found = _found(text)
    assert "hemorrhage" not in found and "hematoma" not in found and "fluid_collection" not in found


def test_fat_density_of_a_lesion_is_not_fat_stranding() -> None:
    assert "fat_stranding" not in _found("The adrenal nodule contains fat.")


@pytest.mark.parametrize(("text", "concept"), [
    # devices named by what they do
    ("A small heart-rhythm monitor lies under the skin of the left chest.", "loop_recorder"),
    ("A blood clot filter sits in the vena cava below the renal veins.", "ivc_filter"),
    ("The contraceptive coil lies in the right place in the womb.", "intrauterine_device"),
    # a verb of growth of an organ's part
    ("The left lobe of the liver has bulked up.", "hypertrophy"),
])
def test_lay_device_and_growth_words(text: str, concept: str) -> None:
    assert _found(text).get(concept) is Polarity.PRESENT


def test_a_monitor_of_the_heart_alone_is_not_an_implant() -> None:
    assert "loop_recorder" not in _found("The heart monitor on the ward showed a fast rhythm.")


def test_bright_on_a_sequence_is_not_a_lesion_of_its_own() -> None:
    # (landing of session 25: "bright on T2" read as a hyperintense lesion gave a faithful chain's swollen optic nerve
    # "bright on T2 ... over about 1.5 cm" a lesion size to conflict with, and took a side from the next clause: a
    # tier-3 chain fell on a development set, b23-v052; the brightness words are left unread until a lesion's
    # attributes can be kept apart from an organ's)
    assert "hyperintense_lesion" not in _found("The nerve behind the right eye is a little puffy and bright on T2.")
