"""One-error chains of retired blind 36 the verifier did not see (issue #8, lane errdetect37). Each error is found;
the faithful wording is not contradicted. Sentences of our own.

* A shift of "the heart and mediastinum" (the cardiomediastinal silhouette, as the concept table reads the pair), said
  with the noun ("mild shift of the heart and mediastinum to the right") or the participle ("the heart and mediastinum
  are shifted to the left"), read as no finding: a chain that put the shift on the wrong side, or denied it, scored as
  the faithful chain.
"""

import pytest

from medstep.verify import verify
from medstep.verify.verifier import extract_findings

_SMALL_HEMITHORAX = (
    "Chest radiograph. The left hemithorax is smaller than the right, with mild shift of the heart and "
    "mediastinum to the left. The right lung is clear. There is no pleural effusion."
)


def _rules(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts if v.verdict.value == "contradicted"]


@pytest.mark.parametrize(
    "text, side",
    [
        ("There is mild shift of the heart and mediastinum to the right.", "right"),
        ("The heart and mediastinum are shifted to the left.", "left"),
        ("The cardiomediastinal silhouette is displaced to the right.", "right"),
        ("There is displacement of the mediastinum to the left.", "left"),
        ("The mediastinum is shifted to the right.", "right"),
    ],
)
def test_a_shift_of_the_heart_and_mediastinum_is_a_shift(text: str, side: str) -> None:
    assert [(f.polarity.value, f.laterality) for f in extract_findings(text) if f.concept == "tracheal_deviation"] == [
        ("present", side)
    ]


def test_no_shift_of_the_heart_and_mediastinum_is_denied() -> None:
    assert [
        f.polarity.value
        for f in extract_findings("The heart and mediastinum are central with no shift.")
        if f.concept == "tracheal_deviation"
    ] == ["absent"]


def test_a_midline_shift_stays_a_midline_shift() -> None:
    assert [
        f.concept for f in extract_findings("There is shift of the midline structures.") if f.category == "finding"
    ] == ["midline_shift"]


def test_the_shift_on_the_wrong_side_or_denied_is_contradicted() -> None:
    assert "laterality-conflict" in _rules("The heart and mediastinum are shifted to the right.", _SMALL_HEMITHORAX)
    assert "polarity-conflict" in _rules("The heart and mediastinum are central with no shift.", _SMALL_HEMITHORAX)


@pytest.mark.parametrize(
    "faithful",
    [
        "The heart and mediastinum are shifted to the left, towards the small hemithorax.",
        "There is mild shift of the heart and mediastinum to the left.",
        "The mediastinum is shifted to the left.",
    ],
)
def test_the_faithful_shift_is_not_contradicted(faithful: str) -> None:
    assert _rules(faithful, _SMALL_HEMITHORAX) == []
