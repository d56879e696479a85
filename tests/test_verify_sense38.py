"""Issue #8, lane sense38: a place fronted before "there is" gives an organless word its organ's own kind or nothing,
a neighbour only apart from the chest (review_sense37's probes, both ways)."""

from __future__ import annotations

import time

import pytest

from medstep.verify import verify


def _read(chain: str, report: str) -> list[tuple[str, str, str | None, str]]:
    v = verify(chain, report=report)
    return [
        (fv.finding.concept, fv.finding.polarity.value, fv.finding.laterality, fv.verdict.value)
        for s in v.steps
        for fv in s.verdicts
    ]


def test_fronted_neighbour_outside_the_chest_is_no_lung_abscess() -> None:
    got = _read(
        "Beside the right tonsil there is a pocket of pus.",
        "Right peritonsillar abscess. The visualised lung apices are clear, no collection.",
    )
    assert not any(c == "lung_abscess" for c, *_ in got)


def test_fronted_organ_with_no_kind_gets_no_generic_credit() -> None:
    # G3 of review_sense37: another organ's abscess does not support pus placed in the liver
    got = _read("Within the liver there is a pocket of pus.", "Right peritonsillar abscess. Lung apices clear.")
    assert not any(v == "supported" for *_, v in got)


def test_fronted_abdominal_organ_keeps_the_region_reading() -> None:
    # the abdomen's region reads the pus as an abscess, as for the word said with no place (review_sense37 #33/#34)
    assert _read(
        "Within the liver there is a pocket of pus.", "CT abdomen: 4 cm pyogenic liver abscess in segment VI."
    ) == [("abscess", "present", None, "supported")]
    got = _read("Within the liver there is a pocket of pus.", "CT abdomen: liver normal. No abscess or collection.")
    assert got == [("abscess", "present", None, "contradicted")]


def test_fronted_head_organ_is_no_credit_from_another_abscess() -> None:
    # "brain pus" against an appendix abscess: no lung abscess, no generic credit (review_sense37 #86)
    assert (
        _read(
            "In the brain there is a pocket of pus.", "CT: perforated appendicitis with a 3 cm periappendiceal abscess."
        )
        == []
    )


@pytest.mark.parametrize(
    "chain",
    [
        "Behind the heart there is a nodule.",
        "Lateral to the aortic knob there is a nodule.",
        "Behind the sternum there is a nodule.",
    ],
)
def test_fronted_chest_neighbour_keeps_the_lung_reading(chain: str) -> None:
    # G1 of review_sense37: a nodule behind the heart is a lung nodule, a wrong one still contradicted
    assert _read(chain, "Lungs clear. No pulmonary nodule or mass.") == [
        ("pulmonary_nodule", "present", None, "contradicted")
    ]


def test_fronted_lung_keeps_its_side() -> None:
    assert _read("In the right lung there is a nodule.", "8 mm nodule in the right upper lobe.") == [
        ("pulmonary_nodule", "present", "right", "supported")
    ]


def test_hostile_long_inputs_stay_fast() -> None:
    for text in (
        "beside the left tonsil there is " * 650,
        "in the " * 3000 + "kidney there is a pocket of pus",
        "beside " + "the right " * 2000 + "tonsil there is a pocket of pus",
    ):
        t = time.perf_counter()
        verify(text, report="No mass.")
        assert time.perf_counter() - t < 20
