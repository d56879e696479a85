"""Lane faithful57 (issue #8): false contradictions of faithful chains.

A denial whose place words name a landmark through a quantifier ("no restricted diffusion in any cavity") or whose
own word is the denied thing ("nothing inside the collection") leaves the landmark standing, as "no fat in the lesion"
does: the cavities and the collection are what was searched. The denial at the same place still denies what it names,
and a denial with no place words still denies its finding.
"""

from __future__ import annotations

import pytest

from medstep.verify import verify
from medstep.verify.findings import Polarity
from medstep.verify.scope_passes import placed_at, spared
from medstep.verify.verifier import extract_findings


def _verdict(report: str, step: str) -> str:
    v = verify(step, report=report)
    return "contradicted" if any(s.verdict.value == "contradicted" for s in v.steps) else v.steps[0].verdict.value


def _pols(text: str) -> dict[str, str]:
    return {f.concept: f.polarity.value for f in extract_findings(text) if f.source == "mention"}


@pytest.mark.parametrize("text,landmark", [
    ("Nothing inside the collection.", "fluid_collection"),
    ("Marked hyperaemia in the wall, nothing inside the collection, no solid component.", "fluid_collection"),
    ("None within the cysts.", "cyst"),
])
def test_the_landmark_of_a_quantified_or_pronoun_denial_stands(text: str, landmark: str) -> None:
    assert _pols(text)[landmark] == Polarity.PRESENT.value


@pytest.mark.parametrize("text,denied", [
    ("No restricted diffusion in any cavity.", "infarct"),
    ("There is no abscess within any collection.", "abscess"),
    ("No calcification in either kidney.", "calcification"),
    ("No nodule in either lung.", "pulmonary_nodule"),
    ("No clot in any vein.", "thrombus"),
    ("Nothing suggests a collection.", "fluid_collection"),  # (no place words: the collection is denied)
    ("Nothing to suggest pneumonia in the lungs.", "pneumonia"),
    ("No lesion in the liver.", "lesion"),
    ("There is no lesion in any lobe.", "lesion"),
])
def test_the_denied_thing_stays_denied(text: str, denied: str) -> None:
    assert _pols(text)[denied] == Polarity.ABSENT.value


def test_placed_at_reads_a_quantifier() -> None:
    low = "no restricted diffusion in any cavity"
    assert placed_at(low, low.index("cavity")) == low.index("in any")
    low = "no fluid in a cavity"
    assert placed_at(low, low.index("cavity")) == -1  # (an indefinite: not taken as there)


def test_spared_after_a_pronoun_denial() -> None:
    low = "nothing inside the collection"
    b = low.index("collection")
    assert spared(low, len("nothing"), b, b + len("collection"), False)
    low = "no inside the collection"  # (a plain "no" with no denied word: nothing placed)
    b = low.index("collection")
    assert not spared(low, len("no"), b, b + len("collection"), False)


@pytest.mark.parametrize("report,step", [
    ("A thick-walled cavity in the right upper lobe. None of the cyst cavities shows restricted diffusion.",
     "No restricted diffusion in any cavity."),
    ("An irregular thick-walled hypoechoic collection at 10 o'clock in the right breast, with marked peripheral "
     "hyperaemia and no internal flow.", "Marked hyperaemia around it, nothing inside the collection."),
])
def test_faithful_steps_are_not_contradicted(report: str, step: str) -> None:
    assert _verdict(report, step) != "contradicted"


@pytest.mark.parametrize("report,step", [
    ("No cavity or abscess.", "There is a cavity in the right upper lobe."),
    ("There is no fluid collection.", "A collection in the right breast."),
])
def test_a_denied_landmark_still_contradicts(report: str, step: str) -> None:
    assert _verdict(report, step) == "contradicted"


# A part of an organ named before its noun ("the lung apices", "the lung periphery") is a region, as "the apices of
# the lungs" is: its normal statement places no absence over the whole organ; the whole organ still does.
def _normal(text: str) -> set[str]:
    return {f.concept for f in extract_findings(text) if f.source == "normal"}


@pytest.mark.parametrize("text", [
    "The lung apices are clear.",
    "The lung periphery is clear.",
    "The lung tops are largely clear.",
])
def test_a_part_before_its_organ_places_no_absence(text: str) -> None:
    assert not (_normal(text) & {"consolidation", "lung_opacity", "edema", "pneumothorax", "pleural_effusion"})


@pytest.mark.parametrize("text,absent", [
    ("The lungs are clear.", "consolidation"),
    ("Both lungs are clear.", "lung_opacity"),
    ("The lungs are clear at the apices.", "consolidation"),  # (the organ is the subject: read as before)
    ("The lung apices and heart are normal.", "cardiomegaly"),  # (the other organ of the list keeps its absences)
    ("The liver edge is smooth and the liver is normal.", "liver_lesion"),
])
def test_the_whole_organ_still_places_its_absences(text: str, absent: str) -> None:
    assert absent in _normal(text)


def test_apices_clear_does_not_deny_the_reported_oedema() -> None:
    report = ("Moderate interstitial oedema in both lower zones. There is no extension into the mediastinum and the "
              "lung apices are clear.")
    assert _verdict(report, "There is interstitial oedema in both lower zones.") == "supported"
    assert _verdict("The lungs are clear.", "There is interstitial oedema.") == "contradicted"


@pytest.mark.parametrize("text,landmark", [
    ("No calcification in any of the renal cysts.", "renal_cyst"),
    ("No thrombus in either of the aneurysms.", "aneurysm"),
])
def test_a_quantifier_over_a_definite_places_too(text: str, landmark: str) -> None:
    assert _pols(text)[landmark] == Polarity.PRESENT.value


def test_a_part_after_an_attributive_normal_word() -> None:
    assert "consolidation" not in _normal("Clear lung apices.")
    assert "consolidation" in _normal("Clear lungs.")


# Review faithful57: a bare "any" says nothing of whether there is one ("no gas in any collection"): the landmark is
# neither there nor denied, so a report that denies it does not contradict the chain; "either", "each" and a definite
# still place it, and parts from one end of an organ to the other are the whole organ.
@pytest.mark.parametrize("text,landmark", [
    ("No restricted diffusion in any cavity.", "cavitation"),
    ("There is no abscess within any collection.", "fluid_collection"),
])
def test_the_landmark_after_a_bare_any_is_unread(text: str, landmark: str) -> None:
    assert landmark not in _pols(text)


@pytest.mark.parametrize("report,step", [
    ("No fluid collection.", "No gas within any collection."),
    ("No cavity or abscess.", "No restricted diffusion in any cavity."),
    ("No pulmonary nodules.", "No calcification in any nodule."),
])
def test_a_bare_any_landmark_is_not_contradicted_by_its_denial(report: str, step: str) -> None:
    assert _verdict(report, step) != "contradicted"


@pytest.mark.parametrize("step", [
    "The lung apices and bases are clear.",
    "The lung apices to bases are clear.",
    "The lung apices, bases, periphery and hila are clear.",
])
def test_parts_from_end_to_end_are_the_whole_organ(step: str) -> None:
    assert _verdict("Right lower lobe consolidation.", step) == "contradicted"
