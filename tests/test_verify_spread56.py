"""Issue #8, lane found56: a lung opacity's density (patchy vs confluent) and distribution (central vs peripheral)
read as descriptor axes (``verify/descriptors.py``). The chain that gives the report's finding the other value is
contradicted (``descriptor-conflict``); the agreeing words (patchy, faint, ill-defined; perihilar, central, bat
wing), a denied or spared value read the other way, and evidence that gives both values contradict nothing."""

from __future__ import annotations

import pytest

from medstep.verify import verify
from medstep.verify.descriptors import read_descriptors
from medstep.verify.findings import Finding, Polarity

PATCHY = ("Chest radiograph. There are new bilateral patchy perihilar and peribronchial airspace opacities, "
          "predominantly central, with relative sparing of the lung bases and periphery. The opacities are patchy "
          "rather than confluent. No pleural effusion.")
DENSE = ("Chest radiograph. There is dense homogeneous consolidation of the right lower lobe with air bronchograms. "
         "The left lung is clear.")
BOTH = ("Chest radiograph. Dense consolidation of the right lower lobe and patchy airspace opacity in the left "
        "lower zone. Perihilar and peripheral opacities.")
PERIPHERAL = ("Chest radiograph. Bilateral peripheral subpleural consolidation in the mid and lower zones, with "
              "perihilar sparing.")


def _rules(chain: str, report: str) -> list[tuple[str, str]]:
    v = verify(chain, report=report)
    return [(fv.finding.text, fv.rule) for s in v.steps for fv in s.verdicts if fv.rule == "descriptor-conflict"]


@pytest.mark.parametrize("report, chain, words", [
    (PATCHY, "There is extensive confluent airspace consolidation in both lungs, centred on the hila.", ["confluent"]),
    (PATCHY, "The airspace opacities are bilateral, predominantly at the bases and in the periphery, with relative "
             "sparing of the perihilar regions.", ["perihilar", "periphery"]),
    (DENSE, "There is faint patchy airspace opacity in the right lower lobe.", ["faint", "patchy"]),
    (PERIPHERAL, "There is bilateral perihilar consolidation in a bat-wing pattern.", ["perihilar", "bat-wing"]),
])
def test_other_value_is_contradicted(report: str, chain: str, words: list[str]) -> None:
    assert sorted(t for t, _r in _rules(chain, report)) == sorted(words)


@pytest.mark.parametrize("report, chain", [
    (PATCHY, "There are new patchy, ill-defined airspace opacities around both hila, central in distribution."),
    (PATCHY, "The opacities are faint and hazy, not confluent, and perihilar, sparing the periphery."),
    (DENSE, "Dense confluent consolidation fills the right lower lobe, with air bronchograms."),
    (BOTH, "There is patchy airspace opacity on the left and dense consolidation on the right."),
    (BOTH, "The opacities are peripheral."),
    (PERIPHERAL, "Peripheral consolidation with the perihilar regions spared."),
    # a distribution of something else ("central venous catheter") is no opacity's
    (PATCHY, "The central venous catheter tip is in the SVC. There is no pleural effusion."),
])
def test_agreeing_words_are_not_contradicted(report: str, chain: str) -> None:
    assert _rules(chain, report) == []


def test_denied_confluent_reads_patchy_and_denied_patchy_says_nothing() -> None:
    f = Finding("lung_opacity", "opacity", "finding", Polarity.PRESENT, "opacities", 4, 13)
    stated, _last = read_descriptors("The opacities are patchy rather than confluent.", [f])
    assert [(d.axis, d.value) for d in stated] == [("density", "patchy"), ("density", "patchy")]
    g = Finding("consolidation", "consolidation", "finding", Polarity.PRESENT, "consolidation", 4, 17)
    stated, _last = read_descriptors("The consolidation is not patchy.", [g])
    assert stated == []


def test_spared_place_reads_the_other_place() -> None:
    f = Finding("airspace_opacity", "opacity", "finding", Polarity.PRESENT, "opacities", 19, 28)
    text = "There are airspace opacities with relative sparing of the lung bases and periphery."
    stated, _last = read_descriptors(text, [f])
    assert [(d.axis, d.value, d.text) for d in stated] == [("distribution", "central", "periphery")]


def test_nodule_density_is_not_an_opacity_density() -> None:
    report = "Chest radiograph. A 9 mm nodule in the right upper zone is densely calcified."
    assert _rules("There is a faint 9 mm nodule in the right upper zone.", report) == []


@pytest.mark.parametrize("report, chain", [
    # a denied distribution is no distribution ("without a peripheral predominance" is no central one)
    ("Chest radiograph. Diffuse ground-glass and airspace opacities involving all zones of both lungs without a "
     "peripheral or upper-zone predominance.",
     "Chronic eosinophilic pneumonia would give peripheral, upper-zone predominant consolidation."),
    ("Chest radiograph. Kerley B lines and perihilar haziness in keeping with interstitial oedema.",
     "Interstitial oedema without alveolar bat-wing change."),
    # "central cavitation" places a cavity in a nodule, not the nodules in the lung
    ("Chest radiograph. Seven calcified nodules in both lungs; several nodules are subpleural.",
     "Seven calcified nodules in both lungs. Several of the nodules show central cavitation."),
    # "ill-defined" is a margin: "ill-defined ... dense, partly calcific" opacities are dense
    ("Chest radiograph. Nodular opacities in both upper zones. The opacities are dense and in places calcific.",
     "Both upper zones contain ill-defined, fluffy nodular opacities, and they are dense, partly calcific."),
])
def test_denied_distribution_cavity_and_margin_say_nothing(report: str, chain: str) -> None:
    assert _rules(chain, report) == []


@pytest.mark.parametrize("report, chain", [
    # two places spared together ("periphery and apices spared") leave the centre
    ("Chest radiograph. Bilateral hazy ground-glass opacities in the perihilar and mid zones, relatively sparing the "
     "lung peripheries and apices.",
     "Bilateral perihilar ground glass with fine reticulation, periphery and apices spared."),
    # a layering effusion's "homogeneous density" is a haze, not a confluent opacity
    ("Supine chest radiograph. New homogeneous increased density over the whole right hemithorax, vessels visible "
     "through it.",
     "The entire right side looks greyer, yet the lung vessels can still be seen through the haze."),
])
def test_spared_pair_and_uniform_haze_say_nothing(report: str, chain: str) -> None:
    assert _rules(chain, report) == []
