"""A bilateral finding described as worse on one side is still bilateral (review8).

Judge 34 made a one-sided claim of a bilateral finding a laterality error; "effusions, larger on the right"
and "not confined to the left" state both sides and must not be read as that error, while a plain one-sided
claim and an exclusive side still are.
"""

import pytest

from medstep.verify import Verdict, verify

REPORT = "Bilateral pleural effusions, larger on the right. No pneumothorax."


@pytest.mark.parametrize("chain", [
    "Pleural effusions, larger on the right.",
    "Pleural effusions are present, the right one larger.",
    "Pleural effusions are seen, most prominent on the right side.",
    "There are pleural effusions, worse on the right.",
    "The effusion is not confined to the left side.",
    "The pleural effusion is not only on the left side.",
])
def test_a_side_named_as_the_worse_one_is_no_laterality_error(chain: str) -> None:
    v = verify(chain + " No pneumothorax.", report=REPORT)
    assert v.steps[0].verdict is Verdict.SUPPORTED
    assert v.errors[0] == 0


@pytest.mark.parametrize("chain", [
    "There is a left pleural effusion.",
    "There is a pleural effusion on the left side only.",
    "Left pleural effusion, more prominent than before.",
])
def test_a_one_sided_claim_of_a_bilateral_finding_stays_an_error(chain: str) -> None:
    v = verify(chain + " No pneumothorax.", report=REPORT)
    assert v.steps[0].verdict is Verdict.CONTRADICTED
    assert v.errors[0] == 1


def test_only_that_ranks_sides_the_step_names_is_no_exclusive_side() -> None:
    # "only" ranks the two sides the step names ("the right is small"); it denies neither (judge 44)
    v = verify("Only the left effusion is large; the right is small. No pneumothorax.", report=REPORT)
    assert v.steps[0].verdict is Verdict.SUPPORTED
    assert v.errors[0] == 0


@pytest.mark.parametrize("chain", [
    "Effusion on the left side only, not on both sides.",
    "Effusion on the left side only, not on the right.",
    "Pleural effusion on the left side only; the right side is clear.",
])
def test_an_exclusive_side_that_denies_the_other_stays_an_error(chain: str) -> None:
    v = verify(chain + " No pneumothorax.", report=REPORT)
    assert v.errors[0] == 1
