"""The larger side of a finding on both sides, and hedged normal words (issue #8, verify11).

Why: "crescent of lucency under both hemidiaphragms, larger on the left" against a report's "larger on the right"
scored as its faithful original (retired blind 9 Z1): a bilateral claim has one side, and the comparison of the
sides was read by nothing. "It could be normal bowel gas" in a chain that hedged every finding read as three
committed absences, so the all-hedge chain of the same case out-scored a chain with one real error.
"""

import pytest

from medstep.verify import verify
from medstep.verify.dominance import read_dominance
from medstep.verify.verifier import extract_findings

R_LARGER = "Bilateral pleural effusions, right larger than left."
GRADED = "Moderate right pleural effusion. Small left pleural effusion."


def _dominance_conflict(chain: str, report: str) -> bool:
    return any(fv.rule == "dominance-conflict" for s in verify(chain, report=report).steps for fv in s.verdicts)


@pytest.mark.parametrize("chain, report, wrong", [
    ("Effusions on both sides, L>R.", R_LARGER, True),
    ("Effusions on both sides, bigger on the left.", R_LARGER, True),
    ("Effusions on both sides, bigger on the right.", R_LARGER, False),
    ("There's fluid on both sides. The left is bigger.", R_LARGER, True),  # the finding named in the step before
    ("Left-predominant bilateral effusions.", R_LARGER, True),
    ("Moderate left and small right pleural effusions.", R_LARGER, True),  # two grades give the larger side
    ("Moderate right and small left pleural effusions.", R_LARGER, False),
    ("L>R effusions, L moderate, R small.", "Moderate right and small left pleural effusions.", True),
    ("L>R effusions, L moderate, R small.", GRADED, True),  # the report's grades in two sentences
    ("R>L effusions, R moderate, L small.", GRADED, False),
    ("Bilateral effusions, smaller on the right.", R_LARGER, True),
    ("Bilateral effusions, smaller on the left.", R_LARGER, False),
    ("Bilateral effusions.", R_LARGER, False),  # no larger side said: nothing to compare
    ("The right effusion is larger than before.", "Right pleural effusion, larger than before. Small left effusion.",
     False),  # larger than before is a change, not a side
])
def test_the_larger_side_is_compared_with_the_evidence(chain: str, report: str, wrong: bool) -> None:
    assert _dominance_conflict(chain, report) is wrong


def test_the_comparison_belongs_to_the_finding_before_it() -> None:
    text = "Crescent of lucency beneath both hemidiaphragms, larger on the right."
    got, _ = read_dominance(text, extract_findings(text))
    assert [(d.concept, d.side) for d in got] == [("lucency", "right")]


def test_a_hedged_normal_word_implies_no_absence() -> None:
    assert not [f for f in extract_findings("It could be normal bowel gas.") if f.polarity.value == "absent"]
    assert {f.concept for f in extract_findings("The bowel gas pattern is normal.")
            if f.polarity.value == "absent"} >= {"ileus", "bowel_obstruction"}


def test_a_chain_that_hedges_every_finding_observes_nothing() -> None:
    chain = ("There might be some lucency under the diaphragm, or it could be normal bowel gas, or perhaps an artefact. "
             "It could be pneumoperitoneum, but it could also be Chilaiditi or a subphrenic abscess or normal.")
    assert verify(chain, report="Free gas beneath both hemidiaphragms. Pneumoperitoneum.").observes is False
