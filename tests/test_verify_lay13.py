"""Lay and telegraphic chest wording (vlay13): negated lay forms, a lay word that names its finding with no organ
near, a lobe or zone standing for the lung, a finding word with its organ after a side, and a side written as
"right side". One sentence per mechanism; the brief's faithful lay chain now commits."""

from __future__ import annotations

from medstep.judges.verifier import ReasoningScore
from medstep.verify import Polarity, extract_findings, verify

ABSENT, PRESENT = Polarity.ABSENT, Polarity.PRESENT


def read(text: str) -> set[tuple[str, Polarity, str | None]]:
    return {(f.concept, f.polarity, f.laterality) for f in extract_findings(text)}


def test_negated_lay_forms_deny_the_finding() -> None:
    for text in ("Nothing is broken.", "Nothing broken.", "No bones broken.", "Ribs not broken."):
        got = read(text)
        assert ("fracture", ABSENT, None) in got and not any(p is PRESENT and c == "fracture" for c, p, _ in got), text
    assert ("pneumothorax", ABSENT, None) in read("There is nothing to suggest a pneumothorax.")
    assert ("atelectasis", ABSENT, None) in read("Lungs not collapsed.")
    got = read("No pneumonia patch, no loose air.")  # a patch of pneumonia (not any opacity), free air
    assert {("pneumonia", ABSENT, None), ("pneumoperitoneum", ABSENT, None)} <= got and "lung_opacity" not in {
        c for c, _, _ in got}


def test_a_lay_word_names_its_finding_with_or_without_an_organ() -> None:
    assert ("fracture", PRESENT, "right") in read("Right 6th rib broken and out of line.")
    assert ("fracture", PRESENT, None) in read("A bone is cracked.")
    assert ("cardiomegaly", PRESENT, None) in read("Heart too big.")
    assert ("scoliosis", PRESENT, None) in read("Bent spine.")


def test_a_lobe_or_zone_stands_for_the_lung_an_abnormal_word_describes() -> None:
    assert ("atelectasis", PRESENT, "left") in read("Left lower lobe collapsed.")
    assert ("pulmonary_nodule", PRESENT, "right") in read("Small spot in the right upper lung.")


def test_a_finding_word_reaches_its_organ_across_a_side() -> None:
    assert ("pleural_effusion", PRESENT, "left") in read("Water on the left lung.")
    assert ("pericardial_effusion", PRESENT, None) in read("Water around the heart.")
    assert ("pneumoperitoneum", PRESENT, "right") in read("Dark crescent of gas under right diaphragm.")


def test_a_side_written_as_right_side_sides_a_normal_statement() -> None:
    assert ("fracture", ABSENT, "right") in read("The right side bones are intact.")


def test_a_faithful_lay_chain_commits_and_earns_its_credit() -> None:
    v = verify("Right bottom corner blunted, fluid layering there. Left side looks fine. A",
               report="PA chest radiograph. Moderate right pleural effusion with blunting of the right costophrenic "
                      "angle. The left lung is clear. Heart size normal.",
               options={"A": "Right pleural effusion", "B": "Right lower lobe pneumonia", "C": "Pneumothorax",
                        "D": "Cardiomegaly"}, chosen="A", gold="A", option_evidence=True)
    s = ReasoningScore.from_verification(v)
    assert v.observes and v.committed and s.clinical == 1.0
