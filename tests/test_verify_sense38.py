"""Issue #8, lane sense38: a place fronted before "there is" is read as the same words after the verb, a neighbour
only apart from the chest; a chest case's organless denial denies no finding named apart from the chest
(review_sense37's and review_sense38's probes, both ways)."""

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


@pytest.mark.parametrize(
    ("fronted", "postposed", "report"),
    [
        (
            "In the brain there is a pocket of pus.",
            "There is a pocket of pus in the brain.",
            "MRI brain: no intracranial mass, collection or abscess.",
        ),
        (
            "Beside the right tonsil there is a pocket of pus.",
            "There is a pocket of pus beside the right tonsil.",
            "CT neck with contrast: 2.4 cm left peritonsillar abscess. No retropharyngeal collection. Lung apices clear.",
        ),
        (
            "Beside the left kidney there is a pocket of pus.",
            "There is a pocket of pus beside the left kidney.",
            "CT abdomen and pelvis: 3 cm right perinephric abscess. Left kidney normal.",
        ),
    ],
)
def test_fronted_place_reads_as_the_postposed_one(fronted: str, postposed: str, report: str) -> None:
    # review_sense38 G2: fronting the organ never drops the claim; a wrong one stays contradicted
    got = _read(fronted, report)
    assert got == _read(postposed, report)
    assert got and all(v == "contradicted" for *_, v in got)


def test_chest_case_denial_is_no_denial_of_another_organ() -> None:
    # review_sense38 #166/#169: a chest CT's organless "no abscess" denies no pus beside the tonsil or the kidney
    report = "Chest CT: left lower lobe consolidation. No cavitation or abscess."
    for chain in (
        "Beside the left tonsil there is a pocket of pus.",
        "There is a pocket of pus above the right kidney.",
    ):
        assert [v for *_, v in _read(chain, report)] == ["unverifiable"]
    assert [v for *_, v in _read("There is an abscess.", report)] == ["contradicted"]


def test_fronted_head_organ_is_read_in_that_organ() -> None:
    # the brain's pus is no lung abscess: a chest CT's lung abscess gives it no credit (review_sense38 #17)
    assert _read("In the brain there is a pocket of pus.", "Chest CT: 5 cm left lower lobe lung abscess.") == [
        ("abscess", "present", None, "unverifiable")
    ]


@pytest.mark.parametrize(
    "chain",
    [
        "Behind the heart there is a nodule.",
        "Lateral to the aortic knob there is a nodule.",
        "Behind the sternum there is a nodule.",
        "At the aortic knob there is a nodule.",
        "At the carina there is a nodule.",
        "Above the liver there is a nodule.",
    ],
)
def test_fronted_chest_neighbour_keeps_the_lung_reading(chain: str) -> None:
    # G1 of review_sense37 and of review_sense38 ("at" is beside, the liver borders the lung base): a lung nodule
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


def test_proton_density_is_an_mri_sequence_not_a_lung_opacity() -> None:
    # sense38-extra's vocabulary row: a hip MRI's technique line is no lung opacity to support or deny
    report = (
        "MRI right hip. Sequences: coronal T1, proton density fat-saturated. Avascular necrosis of the right femoral "
        "head without subchondral collapse."
    )
    assert ("lung_opacity", "present", None, "supported") not in _read("Proton density images are shown.", report)
    assert _read("There is no lung opacity.", report) == [("lung_opacity", "absent", None, "unverifiable")]
