"""Faithful claims the verifier contradicted through a reading of another thing (issue #8, faith42), each tested both
ways in words of its own: the faithful statement is no longer contradicted, and a wrong statement of the same shape
still is.

* "a right rather than left pneumothorax", "a partial rather than complete tear": a contrast of two attributes of
  one kind denies the second attribute, not the finding (``adjective_runs.attribute_contrast``);
* findings "of similar size" (appearance, density...) "to each other" or "throughout" are alike
  one another, not stable since a prior study; a bare "of similar size" stays stable (a follow-up
  report's comparison rarely follows the phrase: review of faith42; ``verify/triggers.tsv``).

(The lane's first version also split ureteric stones, pancreatic duct dilatation and carotid/vertebral tortuosity
into concepts of their own; its review found each split lost comparisons main made, so they were withdrawn.)
"""

from __future__ import annotations

import pytest

from medstep.verify import verify
from medstep.verify.verdicts import Verdict

# (report, chain, whether the chain has a contradicted claim)
PAIRS: list[tuple[str, str, bool]] = [
    # a contrast of two attributes of one kind
    ("Large right pneumothorax.", "There is a right rather than left pneumothorax.", False),
    ("Large right pneumothorax.", "There is a left rather than right pneumothorax.", True),
    ("Small left pleural effusion.", "A left rather than a right pleural effusion.", False),
    ("Small left pleural effusion.", "A right rather than a left pleural effusion.", True),
    ("Partial tear of the anterior cruciate ligament.", "It is a partial rather than complete tear of the ACL.", False),
    ("Moderate left pleural effusion.", "A moderate instead of small effusion on the left.", False),
    ("Moderate left pleural effusion.", "No left rather than right effusion.", True),
    ("No pneumothorax.", "A right rather than left pneumothorax.", True),
    ("No pneumothorax. A skin fold projects over the right apex.", "A skin fold rather than a small pneumothorax.", False),
    ("Small right apical pneumothorax.", "A skin fold rather than a small pneumothorax.", True),
    ("Large right pneumothorax.", "Fluid rather than a pneumothorax.", True),
    # things "of similar size" are alike one another, not unchanged since a prior study
    ("Innumerable nodules of similar size throughout both lungs. The radiograph of a month ago was clear.",
     "These nodules are new since last month's clear radiograph.", False),
    ("The right adrenal nodule is of similar size to the CT of 2 years ago.",
     "The right adrenal nodule is new since the CT 2 years ago.", True),
    ("The left pleural effusion is of similar size as before.", "The left effusion is new.", True),
    # a follow-up's bare "of similar size" is still unchanged (review of faith42: the comparison opens the report)
    ("MRI abdomen, comparison with March: the renal cysts remain of similar size, the largest 2 cm.",
     "The renal cysts have enlarged since March.", True),
    ("MRI abdomen, comparison with March: the renal cysts remain of similar size, the largest 2 cm.",
     "The renal cysts are unchanged since March.", False),
    ("Follow-up chest CT versus last week: the mediastinal nodes are of similar size.",
     "The mediastinal nodes are new since last week.", True),
]


def contradicted(report: str, chain: str) -> bool:
    v = verify(chain, report=report)
    return any(fv.verdict is Verdict.CONTRADICTED and fv.consistent is False for s in v.steps for fv in s.verdicts)


@pytest.mark.parametrize(("report", "chain", "expected"), PAIRS)
def test_faithful_stays_and_wrong_is_contradicted(report: str, chain: str, expected: bool) -> None:
    assert contradicted(report, chain) is expected


def test_attribute_contrast_is_linear_on_hostile_input() -> None:
    import time

    text = ("a right rather than left " * 800) + "pneumothorax."
    t = time.perf_counter()
    verify(text, report="Right pneumothorax.")
    assert time.perf_counter() - t < 20
