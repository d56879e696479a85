"""Lane scope43 (issue #8): a side read from a phrase that names none, and a denial that ran into a clause of its own.

Faithful chains were contradicted on the side ("desaturating right after intubation" gave the tube a right side,
"both the mass and the deviation have increased" made a right mass bilateral, "mild blunting, left side clear" put
the blunting on the left) and on polarity ("no air around the mediastinum, and the bit of gas under the skin of the
lower neck is less than before" denied the gas; "no vertebral anomaly, and an umbilical venous catheter with its tip
at the IVC" denied the catheter). Near misses keep their reading.
"""

from __future__ import annotations

import pytest

from medstep.verify import extract_findings


def readings(text: str, concept: str) -> set[tuple[str, str | None]]:
    return {(f.polarity.value, f.laterality) for f in extract_findings(text) if f.concept == concept}


@pytest.mark.parametrize("text, concept, want", [
    # "right" as a time idiom
    ("The effusion has been there right from the start of the admission.", "pleural_effusion", {("present", None)}),
    ("Consolidation developed right when the fever began.", "consolidation", {("present", None)}),
    ("A small pneumothorax appeared right before the drain was clamped.", "pneumothorax", {("present", None)}),
    # "both the X and the Y": a coordinator
    ("Both the nodule and the effusion have grown since March.", "pulmonary_nodule", {("present", None)}),
    ("Both an effusion and a small pneumothorax are present.", "pneumothorax", {("present", None)}),
    # a terse "<side> side clear" is a list item of its own
    ("Small effusion at the base, right side clear.", "pleural_effusion", {("present", None)}),
    ("Patchy consolidation, right side unremarkable.", "consolidation", {("present", None)}),
])
def test_a_word_that_names_no_side_gives_the_finding_none(text: str, concept: str, want: set) -> None:
    assert readings(text, concept) == want


@pytest.mark.parametrize("text, concept, want", [
    ("A pneumothorax on the right after the biopsy.", "pneumothorax", {("present", "right")}),
    ("There is a right effusion before and after drainage.", "pleural_effusion", {("present", "right")}),
    ("Both lungs show nodules.", "pulmonary_nodule", {("present", "bilateral")}),
    ("Nodules are scattered through both the lungs.", "pulmonary_nodule", {("present", "bilateral")}),
    ("Effusions in both the upper and lower zones.", "pleural_effusion", {("present", "bilateral")}),
    ("Left side effusion.", "pleural_effusion", {("present", "left")}),
    ("Small left pleural effusion, right side clear.", "pleural_effusion", {("present", "left"), ("absent", "right")}),
])
def test_a_real_side_stays(text: str, concept: str, want: set) -> None:
    assert readings(text, concept) == want


@pytest.mark.parametrize("text, concept, want", [
    ("No pleural fluid, and the patch of consolidation in the lower part of the left lung is smaller today.",
     "consolidation", {("present", "left")}),
    ("There is no pneumothorax, and the collapse of the middle lobe seen on the previous film is unchanged.",
     "atelectasis", {("present", None)}),
    ("No fracture, and a nasogastric tube with its tip in the stomach.", "enteric_tube", {("present", None)}),
    ("No pneumothorax, and a central line with its tip at the cavoatrial junction.", "central_venous_catheter",
     {("present", None)}),
    # near misses: the denial still runs on
    ("No effusion, and no consolidation in the lower part of the left lung.", "consolidation", {("absent", "left")}),
    ("No effusion, pneumothorax or consolidation.", "consolidation", {("absent", None)}),
    ("No effusion, and no nasogastric tube.", "enteric_tube", {("absent", None)}),
])
def test_a_clause_of_its_own_after_a_denial_is_not_denied(text: str, concept: str, want: set) -> None:
    assert readings(text, concept) == want


@pytest.mark.parametrize("text, concept, want", [
    # a bare direction after a displacement verb is the displacement's, not the next finding's side
    ("Mediastinum shifting left, right-sided air trapping.", "air_trapping", {("present", "right")}),
    ("Mediastinum shifting left - air trapping on the right.", "air_trapping", {("present", "right")}),
    ("The mediastinum swings over to the right, left lower lobe collapse.", "atelectasis", {("present", "left")}),
    # near misses: the displacement keeps its direction, a side before its noun stays the noun's
    ("The trachea is shifted right.", "tracheal_deviation", {("present", "right")}),
    ("Mediastinal shift to the left with right-sided air trapping.", "tracheal_deviation", {("present", "left")}),
])
def test_a_direction_of_displacement_is_no_side_of_the_next_finding(text: str, concept: str, want: set) -> None:
    assert readings(text, concept) == want


@pytest.mark.parametrize("text, concept, want", [
    # a trigger inside a parenthesis ends at its closing bracket
    ("Heart big (ratio 0.58, no different from two years ago) and the left atrium in particular is enlarged.",
     "left_atrial_enlargement", {("present", None)}),
    ("Small effusion (no pneumothorax) and consolidation at the left base.", "consolidation", {("present", "left")}),
    # near misses: the aside's own items stay denied, a denial outside any bracket runs on
    ("Small effusion (no pneumothorax) and consolidation at the left base.", "pneumothorax", {("absent", None)}),
    ("No effusion (or pneumothorax).", "pneumothorax", {("absent", None)}),
    ("Lungs clear (no consolidation or effusion).", "pleural_effusion", {("absent", None)}),
    # the denial before the bracket is in force again after it
    ("Exclude pneumonia (no fever, no cough) and a pleural effusion.", "pleural_effusion", {("absent", None)}),
    ("No effusion (as before), pneumothorax or consolidation.", "pneumothorax", {("absent", None)}),
])
def test_a_denial_inside_brackets_ends_at_the_closing_bracket(text: str, concept: str, want: set) -> None:
    assert readings(text, concept) == want


def test_a_nor_inside_brackets_goes_on_with_its_lists_denial() -> None:
    # near miss: "nor" continues the list's denial past the aside
    text = "Negative for fever, bleeding (occult nor overt), effusion or pneumothorax."
    assert readings(text, "pneumothorax") == {("absent", None)}


@pytest.mark.parametrize("text, concept, want", [
    # review of scope43: a terse side after its noun before a time word stays the side
    ("Pneumothorax right since the previous examination, a little larger.", "pneumothorax", {("present", "right")}),
    ("Loculated fluid right before and after the drain, unchanged.", "loculated_effusion", {("present", "right")}),
    # "both" before plural paired parts, or two opposite sides of places, stays bilateral
    ("Consolidation in both the lower lobes and the right middle lobe.", "consolidation", {("present", "bilateral")}),
    ("Hydronephrosis of both the kidneys and the ureters.", "hydronephrosis", {("present", "bilateral")}),
    ("Effusions in both the right and the left hemithorax.", "pleural_effusion", {("present", "bilateral")}),
    ("Both a left nodule and a right effusion are new.", "pulmonary_nodule", {("present", "left")}),
    # "<side> side clear" followed by a noun is no list item of its own
    ("Pleural effusion, left side clear fluid drained.", "pleural_effusion", {("present", "left")}),
    # a long subject that has gone stays denied
    ("No effusion, and the gas in the soft tissues of the right lateral chest wall has been absorbed.",
     "subcutaneous_emphysema", {("absent", "right")}),
    ("No pneumothorax, and the right internal jugular central venous catheter has been removed.",
     "central_venous_catheter", {("absent", "right")}),
])
def test_review_near_misses(text: str, concept: str, want: set) -> None:
    assert readings(text, concept) == want
