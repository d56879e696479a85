"""Review of session 11 (review11): the larger side of a two-sided finding, denied, supposed or compared with before.

Why: "Bilateral effusions, not larger on the left." and "..., larger on the left than before." against a report's
"right larger than left" were charged a dominance conflict: the comparison reader (verify/dominance.py) read the
side and missed the negation, the hedge and the earlier study. A chain that says nothing of the larger side must
not pay for one.
"""

import pytest

from medstep.verify import verify

R_LARGER = "Bilateral pleural effusions, right larger than left."


def _dominance_conflict(chain: str) -> bool:
    return any(fv.rule == "dominance-conflict" for s in verify(chain, report=R_LARGER).steps for fv in s.verdicts)


@pytest.mark.parametrize("chain, wrong", [
    ("Bilateral effusions, not larger on the left.", False),
    ("Bilateral effusions, the left no larger than the right.", False),
    ("Bilateral effusions, possibly larger on the left.", False),
    ("Bilateral effusions, larger on the left than before.", False),
    ("Bilateral effusions, larger on the left.", True),  # stated: still a conflict
])
def test_an_unsaid_larger_side_is_no_conflict(chain: str, wrong: bool) -> None:
    assert _dominance_conflict(chain) is wrong
