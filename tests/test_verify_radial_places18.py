"""Issue #8, round vnext18: in the lung a place has two axes, its zone and its distance from the hilum. A
distribution "in the lower zones with subpleural sparing" states both; the sparing is read as a central (inner)
place kept as the finding's second place (``lexicon.place_axis``: "lung radial"), so a chain that calls the same
finding peripheral or subpleural contradicts it, while one that restates the sparing, or names only the zone, does
not. A bare "central" is no place ("the mediastinum is central"). Reports and chains are our own wording.
"""

from __future__ import annotations

import pytest

from medstep.judges.verifier import ReasoningScore
from medstep.verify import extract_findings, verify

NSIP = ("HRCT chest. Reticulation and ground-glass opacity in both lower zones, with relative sparing of the "
        "subpleural lung. No honeycombing. No effusion.")
OEDEMA = ("CT chest. Bilateral ground-glass opacity in the mid and upper zones with subpleural sparing. Small "
          "bilateral effusions.")


def scored(chain: str, report: str) -> ReasoningScore:
    return ReasoningScore.from_verification(verify(chain, report=report))


def location_rules(score: ReasoningScore) -> list[str]:
    return [v.rule for s in score.verification.steps for v in s.verdicts if v.rule == "location-conflict"]


@pytest.mark.parametrize("report, good, bad", [
    (NSIP, "There is lower-zone ground-glass opacity that spares the subpleural lung, without honeycombing.",
     "There is peripheral ground-glass opacity in the lower zones, without honeycombing."),
    (OEDEMA, "Ground-glass opacity in the mid and upper zones, with subpleural sparing, and small effusions.",
     "Ground-glass opacity hugging the subpleural lung of the mid and upper zones, and small effusions."),
])
def test_a_peripheral_place_against_subpleural_sparing_is_contradicted(report: str, good: str, bad: str) -> None:
    g, b = scored(good, report), scored(bad, report)
    assert not location_rules(g)
    assert location_rules(b)
    assert b.radrscore < g.radrscore


def test_the_sparing_after_a_zone_is_a_second_place() -> None:
    f = next(f for f in extract_findings("Patchy ground-glass opacity in the lower zones with subpleural sparing.")
             if f.concept == "ground_glass_opacity")
    assert (f.location, f.location2) == ("lower zone", "central")


def test_a_zone_alone_still_agrees_with_a_spared_distribution() -> None:
    assert not location_rules(scored("There is ground-glass opacity in the lower zones.", NSIP))


def test_a_central_mediastinum_is_no_place_of_a_finding() -> None:
    f = next(f for f in extract_findings("Small left apical pneumothorax; the mediastinum is central.")
             if f.concept == "pneumothorax")
    assert f.location2 is None and f.location != "central"
