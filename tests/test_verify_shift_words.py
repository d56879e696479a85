"""A tracheal or mediastinal shift written with an arrow (issue #8, verify11).

Why: "Trachea → R" and "Trachea/mediastinum → R (away)" in faithful terse chains read as the trachea named with no
finding, so the chains missed the report's shift (retired blind 8 V8 and V11: clinical 0.636 and 0.667). The arrow
is a shift only with a side after it: "mediastinum → mediastinal origin" is a conclusion arrow.
"""

import pytest

from medstep.verify.verifier import extract_findings


@pytest.mark.parametrize("text, side", [
    ("Trachea → R, R hilum up.", "right"),
    ("Trachea/mediastinum → R (away).", "right"),
    ("Trachea -> R.", "right"),
    ("Mediastinum → L.", "left"),
    ("Trachea → right.", "right"),
])
def test_an_arrow_to_a_side_is_a_shift_to_that_side(text: str, side: str) -> None:
    assert [(f.concept, f.polarity.value, f.laterality) for f in extract_findings(text)
            if f.concept == "tracheal_deviation"] == [("tracheal_deviation", "present", side)]


@pytest.mark.parametrize("text", [
    "Trachea → midline.",
    "The margin is obtuse with the mediastinum → mediastinal origin.",
    "Trachea → RUL collapse.",
])
def test_an_arrow_without_a_side_is_no_shift(text: str) -> None:
    assert not [f for f in extract_findings(text) if f.concept == "tracheal_deviation"]


def test_a_heart_pushed_to_the_right_is_a_shift_not_dextrocardia() -> None:
    found = [(f.concept, f.laterality) for f in
             extract_findings("The heart sits on the right because the left lung collapsed.") if f.category == "finding"]
    assert ("tracheal_deviation", "right") in found and not [c for c, _ in found if c == "dextrocardia"]


@pytest.mark.parametrize("text", ["The heart sits on the right.",
                                  "The heart is on the right and the stomach bubble too: a mirror image."])
def test_a_heart_on_the_right_without_a_cause_is_dextrocardia(text: str) -> None:
    assert "dextrocardia" in {f.concept for f in extract_findings(text)}
