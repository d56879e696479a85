"""Umbilical catheters as devices (``verify/devices.py`` families ``uvc`` and ``uac``; ``position_places``; issue #8,
lane change50): a tip placed at another vertebral level or in the portal system than the report places it is a
position error; the same place in other words, or a level beside an organ the report does not name, is not."""

from __future__ import annotations

import pytest

from medstep.verify import verify
from medstep.verify.position_places import LEVELS
from medstep.verify.verdicts import Verdict

NEONATE = ("Neonatal chest radiograph. The umbilical venous catheter passes through the ductus venosus and its tip "
           "projects at T9, at the junction of the inferior vena cava and right atrium. The umbilical arterial catheter "
           "tip projects at T7, a high position. Lungs clear.")


def _contradicted(chain: str, report: str) -> bool:
    return any(s.verdict is Verdict.CONTRADICTED for s in verify(chain, report=report).steps)


@pytest.mark.parametrize("chain", [
    "The UVC tip sits at T12 below the heart.",
    "The umbilical venous line ends in the left portal vein.",
    "The UAC is in a low position with its tip at L3.",
])
def test_a_misplaced_umbilical_catheter_is_contradicted(chain: str) -> None:
    assert _contradicted(chain, NEONATE)


@pytest.mark.parametrize("chain", [
    "The UVC tip projects at T9 at the IVC/RA junction.",
    "The UVC runs via the ductus venosus to end at the cavoatrial junction.",
    "The umbilical venous catheter tip is at the T9/T10 level.",
    "The UAC tip is at T8, high, in the descending aorta.",
])
def test_the_same_place_in_other_words_stands(chain: str) -> None:
    assert not _contradicted(chain, NEONATE)


def test_a_level_and_a_vessel_are_two_axes() -> None:
    assert not _contradicted("The UVC tip is at the IVC/RA junction.", "The UVC tip is at T9.")
    assert not _contradicted("The UVC tip is at T9.", "The UVC tip is at the IVC/RA junction.")
    assert _contradicted("The UVC tip is in the portal vein.", "The UVC tip is at the IVC/RA junction.")
    assert {"t12", "l1", "s1"} <= LEVELS


def test_a_device_the_comparison_section_lacked_is_new() -> None:
    from medstep.verify.device_changes import absent_from_comparison
    report = ("EXAMINATION: Chest radiograph. COMPARISON: Chest radiograph on admission 3 days earlier (no tube in situ): "
              "clear lungs. FINDINGS: A fine-bore nasogastric tube passes into the right main bronchus.")
    assert {c.family for c in absent_from_comparison(report)} == {"airway", "enteric", "drain"}
    assert _contradicted("The nasogastric tube is in the same position as on the admission radiograph 3 days ago.",
                         report)
    assert not _contradicted("The nasogastric tube is new since the admission radiograph.", report)
    assert absent_from_comparison("COMPARISON: Chest radiograph before chest drain removal. FINDINGS: none.") == ()
