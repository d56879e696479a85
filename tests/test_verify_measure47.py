"""Session 47 (issue #8, lane measure47): numbers, ratios and comparisons read as the report means them.

* two values of one named ratio, one of them an earlier study's ("cardiothoracic ratio 0.52, previously 0.48", "has
  risen from 0.50 to 0.63"), tell a change (``measured_change.ratio_change``): "stable" within rounding, a direction
  only for a ratio whose larger value is the worse state (``quantities.LARGER_WORSE``);
* a ratio's value is read past a longer verb phrase ("the cardiothoracic ratio now measures approximately 0.68"), and
  its value after "from ... to" is the value of now (``aligned_said``);
* a normal word right after a denial ("not a normal-sized heart") calls no organ normal (``normals.pair_normal``).
Faithful values, rounding, bounds and limits stay uncontradicted.
"""

from __future__ import annotations

import pytest

from medstep.verify import verify
from medstep.verify.measured_change import measured_change, ratio_change
from medstep.verify.verdicts import Verdict

_CTR_ROSE = ("PA chest radiograph compared with last year. The cardiothoracic ratio has risen from 0.50 to 0.63, "
             "in keeping with progressive cardiomegaly.")
_CTR_SAME = ("PA chest compared with the film of March. Cardiothoracic ratio 0.56 today, 0.56 on the previous "
             "examination. No pulmonary oedema.")
_CTR_BIG = "PA chest radiograph. The heart is enlarged with a cardiothoracic ratio of 0.61. Lungs clear."
_CTR_NOW = "Chest film compared with the prior. The cardiothoracic ratio now measures approximately 0.67, previously 0.47."
_HEART_BIG = "Chest radiograph. The heart is enlarged. Mild interstitial oedema."
_HEART_NORMAL = "Portable chest film. Heart size is within normal limits. No consolidation."


def _contradicted(step: str, report: str) -> bool:
    v = verify("Step 1: " + step, report=report)
    return any(s.verdict is Verdict.CONTRADICTED for s in v.steps)


@pytest.mark.parametrize("low, expected", [
    ("the cardiac size is at the upper limit of normal (cardiothoracic ratio 0.52, previously 0.48).", "worsened"),
    ("the cardiothoracic ratio has risen from 0.50 to 0.63.", "worsened"),
    ("the cardiothoracic ratio fell from 0.63 to 0.50 since last year.", "improved"),
    ("cardiothoracic ratio 0.56 today, 0.56 on the previous examination.", "stable"),
    ("ctr 0.75 (was 0.52 five years ago)", "worsened"),
    ("the rv/lv ratio is 1.4, previously 0.9.", "worsened"),
    ("the ankle brachial index is 0.6, previously 0.6.", "stable"),
])
def test_two_values_of_a_ratio_tell_a_change(low: str, expected: str) -> None:
    got = measured_change(low)
    assert got is not None and got[0] == expected


@pytest.mark.parametrize("low", [
    "the ankle brachial index is 0.6, previously 0.9.",  # (no direction known for this ratio)
    "the ctr is 0.55, greater than 0.5.",  # a bound, no earlier value
    "the cardiothoracic ratio is 0.55 versus 0.5 upper limit of normal.",  # a limit
    "the cardiothoracic ratio is 0.55 (normal < 0.5).",
    "the cardiothoracic ratio is 0.53, compared with 0.51 before.",  # too close to tell a direction
    "the cardiothoracic ratio is 0.55 and the lungs are clear.",  # one value only
])
def test_no_change_from_a_bound_a_limit_or_one_value(low: str) -> None:
    assert ratio_change(low) is None


@pytest.mark.parametrize("step, report, wrong", [
    ("The cardiothoracic ratio fell from 0.63 to 0.50 since last year.", _CTR_ROSE, True),
    ("The cardiothoracic ratio is stable compared with last year.", _CTR_ROSE, True),
    ("The ratio went up from 0.50 to 0.63, so the heart has grown.", _CTR_ROSE, False),
    ("The cardiothoracic ratio is now 0.63, up from 0.50 last year.", _CTR_ROSE, False),
    ("The cardiothoracic ratio is now 0.81, up from 0.50 last year.", _CTR_ROSE, True),
    ("The cardiothoracic ratio has increased since March.", _CTR_SAME, True),
    ("Cardiothoracic ratio unchanged from the previous examination.", _CTR_SAME, False),
    ("The cardiothoracic ratio is now about 0.52, compared with 0.47 before.", _CTR_NOW, True),
    ("The cardiothoracic ratio is now about 0.66, compared with 0.47 before.", _CTR_NOW, False),
    ("The heart is enlarged, cardiothoracic ratio roughly 0.6.", _CTR_BIG, False),
    ("The cardiothoracic ratio exceeds 0.5, so the heart is enlarged.", _CTR_BIG, False),
])
def test_ratio_values_and_changes(step: str, report: str, wrong: bool) -> None:
    assert _contradicted(step, report) is wrong


@pytest.mark.parametrize("step, report, wrong", [
    ("This is not a normal-sized heart.", _HEART_BIG, False),
    ("The heart is no longer of normal size.", _HEART_BIG, False),
    ("No effusion, normal heart size.", _HEART_BIG, True),
    ("The heart is normal in size.", _HEART_BIG, True),
    ("This is not a normal-sized heart.", _HEART_NORMAL, False),
])
def test_a_denied_normal_word_calls_no_organ_normal(step: str, report: str, wrong: bool) -> None:
    assert _contradicted(step, report) is wrong
