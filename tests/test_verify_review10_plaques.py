"""Plaques of vessels are atheroma, not pleural plaques (review10 of vlay10's 0a10739, judge 50).

Why: 'plaques on both sides' was made a pleural plaque for chains that say where the pleural plaques are in lay
words; a chain naming carotid or aortic plaques on both sides then stated a pleural finding the report lacks.
"""

import pytest

from medstep.verify import extract_findings


@pytest.mark.parametrize("text", [
    "Carotid plaques on both sides.",
    "Calcified plaques on both sides of the aortic arch.",
])
def test_vessel_plaques_on_both_sides_are_atheroma(text: str) -> None:
    found = {f.concept for f in extract_findings(text)}
    assert "atherosclerosis" in found and "pleural_plaque" not in found, found


def test_plaques_on_both_sides_alone_stay_pleural() -> None:
    assert "pleural_plaque" in {f.concept for f in extract_findings("There are multiple calcified plaques on both sides.")}
