""""ICD": a defibrillator or an intercostal drain, read by context or left unread (issue #8, verify11).

Why: "L ICD, tip at apex. Small residual L apical PTX." (a British intercostal drain) read as a defibrillator, so
faithful terse chains paid a false device and missed the report's chest drain (one-error dev 2 N10, dev 3 P6:
RadRScore 0.822 and 0.672). With no cue either way nothing is claimed, never a wrong device.
"""

import pytest

from medstep.verify.verifier import extract_findings


def _devices(text: str) -> list[str]:
    return [f.concept for f in extract_findings(text) if f.category == "device"]


@pytest.mark.parametrize("text, device", [
    ("L ICD, tip at apex. Small residual L apical PTX.", "chest_tube"),
    ("R ICD in situ, draining the effusion.", "chest_tube"),
    ("Left chest wall ICD with leads in the right ventricle.", "icd"),
    ("ICD in situ, leads in RA and RV. No pneumothorax.", "icd"),
    ("An AICD is present.", "icd"),  # unambiguous
])
def test_icd_is_read_by_its_context(text: str, device: str) -> None:
    assert _devices(text) == [device]


@pytest.mark.parametrize("text", ["ICD in situ.", "Left ICD. No pneumothorax."])  # a denied pneumothorax is no cue
def test_icd_without_a_telling_context_claims_no_device(text: str) -> None:
    assert _devices(text) == []
