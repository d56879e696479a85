"""Sides across "but" and in "both lungs are otherwise clear" (issue #8, vfaith9, judge 45).

Why: a faithful chain that rules a finding out on one side and reports it on the other, or calls both lungs
otherwise clear beside a one-sided finding, was read as contradicting the report: the side after "but" was
given to the claim before it, and "both lungs" denied the finding on the side the chain itself named.
"""

import pytest

from medstep.verify import Verdict, verify

REPORT = "Small left pleural effusion. No pneumothorax."


@pytest.mark.parametrize("chain", [
    "Both lungs are clear apart from a small left effusion.",
    "There is a small left effusion; both lungs are otherwise clear.",
    "The right side shows no effusion but the left shows a small effusion.",
    "No effusion on the right, whereas on the left there is a small effusion.",
])
def test_a_side_ruled_out_beside_the_other_side_is_no_contradiction(chain: str) -> None:
    v = verify(chain, report=REPORT)
    assert v.errors == (0, 0) and v.steps[0].verdict is not Verdict.CONTRADICTED
    assert {f.laterality for f in v.findings if f.concept == "pleural_effusion" and f.polarity.value == "present"} \
        == {"left"}


def test_both_lungs_clear_still_denies_a_finding_the_chain_does_not_name() -> None:
    v = verify("Both lungs are clear.", report="Left lower lobe consolidation. The right lung is clear.")
    assert v.steps[0].verdict is Verdict.CONTRADICTED
