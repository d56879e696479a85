"""A faithful chain in other words scores as a faithful chain (paraphrase35, issue #8).

Tier-3 paraphrase chains of retired blind sets 30-34 lost more than one-error chains because the verifier read
their wording, not their content: "the lung edges reach the chest wall" (no pneumothorax) was read as a
pneumothorax through its synonym "lung edge", "no airspace opacification" denied every opacity of the report, a
tumour that "has broken through the bone" became a fracture, "TOF MRA" a tetralogy of Fallot, and a radiograph
named only by its views ("CHEST (PA AND LATERAL)") left the report with no modality, so a chain's "film"
conflicted with the CT the report recommended. The sentences below are written fresh for these tests; the near
misses keep vague or other-organ wordings unread.
"""

from __future__ import annotations

from medstep.judges.verifier import ReasoningScore
from medstep.verify import Polarity, extract_findings, verify

ABSENT, PRESENT = Polarity.ABSENT, Polarity.PRESENT


def read(text: str) -> set[tuple[str, Polarity]]:
    return {(f.concept, f.polarity) for f in extract_findings(text)}


def concepts(text: str) -> set[str]:
    return {f.concept for f in extract_findings(text)}


def test_lung_reaching_the_wall_rules_out_a_pneumothorax() -> None:
    for text in ("On both sides the lung edges reach the chest wall.",
                 "The left lung edge reaches the ribs at the apex.",
                 "Both lungs extend out to the chest wall.",
                 "Lung markings extend to the periphery throughout.",
                 "I can follow the vessel pattern continues out to the chest wall on the right."):
        got = read(text)
        assert ("pneumothorax", ABSENT) in got and ("pneumothorax", PRESENT) not in got, text


def test_a_visible_lung_edge_still_names_a_pneumothorax() -> None:
    assert ("pneumothorax", PRESENT) in read("A thin lung edge is visible 2 cm from the right apex.")


def test_airspace_opacification_is_the_airspace_shade_only() -> None:
    got = read("No airspace opacification in either lung.")
    assert ("airspace_opacity", ABSENT) in got and "lung_opacity" not in concepts(
        "No airspace opacification in either lung.")
    assert ("airspace_opacity", PRESENT) in read("Patchy alveolar opacification in the right base.")


def test_pneumonic_wording_names_pneumonia() -> None:
    assert ("pneumonia", ABSENT) in read("I see no pneumonic change anywhere.")
    assert ("pneumonia", PRESENT) in read("There is pneumonic consolidation in the lingula.")


def test_free_air_around_the_lung_is_pleural_air() -> None:
    got = read("There is no free air around the lungs.")
    assert ("pneumothorax", ABSENT) in got and "pneumoperitoneum" not in concepts("There is no free air around the lungs.")
    assert ("pneumoperitoneum", PRESENT) in read("Free air sits under the right hemidiaphragm.")


def test_the_heart_measured_against_the_chest_in_words() -> None:
    assert ("cardiomegaly", PRESENT) in read("The heart takes up more than half the width of the chest.")
    assert ("cardiomegaly", PRESENT) in read("Her heart is wider than half the chest on this film.")
    assert "cardiomegaly" not in concepts("The heart is about half the width of the chest.")


def test_fluid_at_the_lung_base_is_an_effusion_but_a_bare_base_is_not() -> None:
    assert ("pleural_effusion", PRESENT) in read("Some fluid collecting at the base of the left lung.")
    assert ("pleural_effusion", ABSENT) in read("No fluid at the lung bases.")
    assert "pleural_effusion" not in concepts("Something is collecting at the base.")
    assert "pleural_effusion" not in concepts("Urine is collecting at the base of the bladder.")


def test_brain_furrows_and_midline_in_words() -> None:
    assert ("mass_effect", PRESENT) in read("Over the right convexity the sulci are effaced.")
    assert ("midline_shift", PRESENT) in read("The midline has been shifted 4 mm to the left.")
    assert ("right_heart_strain", PRESENT) in read("The right ventricle is under strain.")


def test_time_of_flight_angiography_is_no_tetralogy() -> None:
    got = concepts("A TOF angiography of the circle of Willis is normal.")
    assert "mri" in got and "tetralogy_of_fallot" not in got
    assert "tetralogy_of_fallot" in concepts("A child with TOF has a boot-shaped heart.")


def test_a_tumour_through_the_cortex_is_no_fracture() -> None:
    got = read("The mass has broken through the cortex laterally.")
    assert ("lytic_lesion", PRESENT) in got and ("fracture", PRESENT) not in got
    assert ("fracture", PRESENT) in read("The tibia has broken in two places.")


def test_blood_in_a_joint_is_a_haemarthrosis() -> None:
    got = read("After the twist the knee joint is filled with blood.")
    assert ("joint_effusion", PRESENT) in got and ("hemorrhage", PRESENT) not in got


REPORT = ("EXAMINATION: CHEST (PA AND LATERAL)\nFINDINGS: The cardiothoracic ratio is 0.6, the heart is enlarged. "
          "Small left pleural effusion. No pneumothorax; the lung edges reach the chest wall. "
          "No airspace consolidation. Reticular opacities at both bases, unchanged.\n"
          "IMPRESSION: Cardiomegaly with a small left effusion. Recommend CT chest if symptoms persist.")


def _score(chain: str) -> ReasoningScore:
    return ReasoningScore.from_verification(verify(chain, report=REPORT))


def test_a_lay_paraphrase_of_the_report_is_not_contradicted() -> None:
    chain = ("The heart takes up more than half the chest. There is fluid at the base of the left lung. "
             "The lung edges reach the chest wall, so the lung has not collapsed. "
             "No airspace opacification. The net-like lines at the bases are the same as before.")
    v = verify(chain, report=REPORT)
    assert not [f.concept for s in v.steps for f, fv in zip(s.findings, s.verdicts) if fv.consistent is False]
    assert _score(chain).radrscore is not None and _score(chain).radrscore > 0.5


def test_a_paraphrase_with_a_wrong_side_still_loses() -> None:
    faithful = "The heart takes up more than half the chest. There is fluid at the base of the left lung."
    wrong = "The heart takes up more than half the chest. There is fluid at the base of the right lung."
    assert _score(wrong).clinical is not None and _score(faithful).clinical is not None
    assert _score(wrong).clinical < _score(faithful).clinical
