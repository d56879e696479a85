"""Faithful paraphrases the verifier contradicted (issue #8, lane para44; retired blinds 30-40's paraphrase chains):
an alternative set aside in lay words ("X is out", "is off the table", "is not the answer", "goes against X"), the risk
a chain sets out to check ("the main worry is X"), a count that "has gone from 9 to 14", a denial in another lobe, and
a denied kind of a finding (sigmoid volvulus, a posterior dislocation, a bleed within the brain substance) beside
another kind that is there. Each reading has its near miss that must stay a claim or stay an error: a definite subject
stands, "out of" places a thing, a wrong finding beside a rejection is still caught, a bare denial still contradicts.
The sentences are written for this test (fresh wording, not the corpus chains')."""

from __future__ import annotations

import pytest

from medstep.verify import extract_findings, verify


def claims(text: str) -> set[tuple[str, str]]:
    return {(f.concept, f.polarity.value) for f in extract_findings(text) if f.is_claim and f.category != "modality"}


def detected(report: str, chain: str) -> int:
    """The detected errors ``verify`` counts for ``chain`` against ``report``."""
    return verify(chain, report=report).errors[0]


@pytest.mark.parametrize(
    "text",
    [
        "Both ovaries have normal flow, so ovarian torsion is out.",
        "Diverticulitis isn't the culprit: the colon is normal.",
        "With a normal mediastinum, an aortic dissection is out of the question.",
        "Metastases are out, since nothing has changed for three years.",
        "Cholecystitis is off the table.",
        "A hip fracture is not the answer.",
        "A perforation is not a likely explanation.",
    ],
)
def test_an_alternative_set_aside_in_lay_words_claims_nothing(text: str) -> None:
    assert not {c for c in claims(text) if c[1] == "present"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The small right pleural effusion is not the cause of her fever.", ("pleural_effusion", "present")),
        ("The chest tube is out and there is no pneumothorax.", ("chest_tube", "present")),  # taken out: a device read
        ("An endotracheal tube is out of position, lying in the right main bronchus.", ("endotracheal_tube", "present")),
        ("There is a left pleural effusion, so heart failure is out.", ("pleural_effusion", "present")),
    ],
)
def test_a_definite_subject_a_place_and_the_finding_before_the_verdict_stand(text: str, expected: tuple) -> None:
    assert expected in claims(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The absence of free gas goes against a perforated viscus.", ("pneumoperitoneum", "absent")),
        ("The ureter is of normal calibre, which counts against an obstructing stone.", ("kidney_stone", "absent")),
        ("The high fever goes strongly against pneumonia.", ("pneumonia", "absent")),
    ],
)
def test_goes_against_denies_as_argues_against_does(text: str, expected: tuple) -> None:
    assert expected in claims(text)


def test_the_worry_is_a_thing_to_look_for_not_a_finding_seen() -> None:
    report = "No pneumothorax. Fractures of the right fifth and sixth ribs."
    assert detected(report, "The main worry after a fall onto the ribs is a pneumothorax; the lung edge reaches the "
                            "chest wall on both sides.") == 0
    assert detected(report, "My first worry was a collapsed lung, but the lung edge reaches the ribs.") == 0
    # near misses: a definite finding said after the worry, and a hedge "worrying for", are claims
    assert detected("No pneumothorax. No pleural effusion.",
                    "The biggest worry is settled: there is a large left pneumothorax.") == 1
    assert detected("No lung mass. Clear lungs.",
                    "There is a spiculated mass in the right upper lobe, worrying for malignancy.") == 1
    assert ("pneumothorax", "present") in claims(
        "There is a large left pneumothorax; the worry is tension, given the shift of the mediastinum to the right.")


def test_a_count_that_has_gone_from_one_number_to_another_is_there() -> None:
    assert ("pleural_effusion", "present") in claims("The effusion has gone from small to moderate.")
    assert ("pleural_effusion", "present") in claims("The effusion has gone up in size.")
    assert ("pleural_effusion", "absent") in claims("The effusion has gone.")  # near miss: gone is gone


def test_a_denial_in_another_lobe_does_not_contradict_the_finding() -> None:
    report = "Consolidation in the right lower lobe. No pleural effusion."
    assert detected(report, "There is no consolidation in the right upper lobe.") == 0
    assert detected(report, "No consolidation in the right upper zone.") == 0
    # near misses: the finding's own lobe, its own level, or no place at all still contradict
    assert detected(report, "There is no consolidation in the right lower lobe.") == 1
    assert detected(report, "No consolidation at the right base.") == 1
    assert detected(report, "There is no consolidation.") == 1
    assert detected(report, "Consolidation in the right upper lobe.") == 1


def test_a_denied_kind_does_not_contradict_another_kind_that_is_there() -> None:
    report = "Caecal volvulus. Anterior dislocation of the right shoulder. Extensive subarachnoid haemorrhage."
    assert detected(report, "This is not a sigmoid volvulus.") == 0
    assert detected(report, "There is nothing to suggest a posterior dislocation.") == 0
    assert detected(report, "No bleed within the brain substance.") == 0
    # near misses: the bare denial, and the other kind claimed present, are errors
    assert detected(report, "There is no volvulus.") == 1
    assert detected(report, "No dislocation.") == 1
    assert detected(report, "There is a sigmoid volvulus.") == 1
    assert detected(report, "There is a posterior dislocation of the right shoulder.") == 1
    assert detected(report, "A caecal volvulus is present.") == 0
