"""Issue #8: faithful wording the verifier misread as a contradiction.

Why: a detected error halves RadRScore and the clinical score (``CONTRADICTION_FACTOR``), so a false
contradiction on a faithful chain costs half its score. Each case below is a word sense or a scope the
verifier read wrongly; the sentences and reports are our own.
"""

from __future__ import annotations

import pytest

from medstep.verify import extract_findings, verify
from medstep.verify.findings import Polarity


def _sides(text: str, concept: str) -> list[str | None]:
    return [f.laterality for f in extract_findings(text) if f.concept == concept]


@pytest.mark.parametrize("text", [
    "There is a hazy opacity in the left lung, right next to the heart.",
    "Patchy opacity right behind the heart in the left lower lobe.",
    "An opacity in the left mid zone sits right in front of the heart.",
    "There is a hazy opacity in the left lung, right at the base.",
    "Patchy opacity in the left lung, right in the middle of the lower zone.",
])
def test_right_as_an_intensifier_is_no_side(text: str) -> None:
    assert _sides(text, "lung_opacity") == ["left"]


@pytest.mark.parametrize("text", [
    "There is an opacity in the right upper zone.",
    "Right upper zone opacity.",
    "There is an opacity on the right next to the heart.",  # "the right" is the side
    "An opacity at the right base, right above the diaphragm.",
    "Opacity at the right base, right at the costophrenic angle.",
])
def test_right_as_a_side_still_sides(text: str) -> None:
    assert _sides(text, "lung_opacity") == ["right"]


def test_looks_all_right_is_no_side_but_right_sided_is() -> None:
    assert _sides("The heart looks all right. There is a small left pleural effusion.", "pleural_effusion") == ["left"]
    assert _sides("They are all right-sided effusions.", "pleural_effusion") == ["right"]


def test_a_passive_chunk_after_a_comma_leaves_the_negation() -> None:
    found = {f.concept: f.polarity for f in extract_findings(
        "At the left apex there is a lucency without vascular markings, bordered by a fine pleural edge.")}
    assert found["pulmonary_vasculature"] is Polarity.ABSENT
    assert found["pneumothorax"] is Polarity.PRESENT


@pytest.mark.parametrize("text", ["No effusion, consolidation or pneumothorax.",
                                  "Without effusion, pneumothorax or consolidation."])
def test_a_denied_list_stays_denied(text: str) -> None:
    assert {f.polarity for f in extract_findings(text)} == {Polarity.ABSENT}


REPORT = ("Erect chest radiograph. Large right pneumothorax with the visceral pleural line well away from the chest "
          "wall. The right lung is partly collapsed. No mediastinal shift. The left lung is clear.")
REFERENCE = ["A visceral pleural line is seen on the right with no lung markings beyond it.",
             "The right lung is partly collapsed.", "The left lung is clear.", "This is a right pneumothorax."]
OPTIONS = {"A": "Right pneumothorax", "B": "Left pneumothorax", "C": "Right pleural effusion", "D": "Normal chest"}


def test_the_contralateral_lung_is_clear_contradicts_nothing() -> None:
    chain = ("On the right there is a sharp pleural line with no lung markings beyond it. The right lung has "
             "retracted toward the hilum. The contralateral lung is clear. This is a right pneumothorax.")
    v = verify(chain, report=REPORT, reference=REFERENCE, options=OPTIONS, chosen="A", gold="A",
               option_evidence=True, question="What is the abnormality?")
    assert not v.has_contradiction
    # the same statement about "the lung" with no side at all still reads as both lungs clear
    unsided = chain.replace("The contralateral lung is clear.", "The lung is clear.")
    assert [f.polarity for f in extract_findings(unsided) if f.concept == "atelectasis"] == [Polarity.ABSENT]


def test_an_organ_inside_a_relative_clause_is_not_called_normal() -> None:
    relative = {f.concept for f in extract_findings(
        "The areas where the airways and vessels enter the lungs look normal.") if f.polarity is Polarity.ABSENT}
    assert "lung_opacity" not in relative
    plain = {f.concept for f in extract_findings("The lungs, which were hazy before, are now clear.")
             if f.polarity is Polarity.ABSENT}
    assert "lung_opacity" in plain
