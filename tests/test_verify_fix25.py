"""Review fixes of session 25 (issue #8), in sentences of our own.

* a kidney's number is its length only when said so ("measures", "length", "the length of the left kidney is ..."),
  never a lesion's size in it ("The left kidney has a 9 mm calculus"; ``verify/measured_organs.py``);
* a bare "one lead" or "two leads" picks leads out of more, and is no lead count of a pacemaker
  (``verify/descriptors.py``).
"""

from __future__ import annotations

import pytest

from medstep.verify import Verdict, verify
from medstep.verify.measured_organs import read_measures


def _contradicted(chain: str, report: str) -> set[str]:
    return {v.rule for s in verify(chain, report=report).steps for v in s.verdicts if v.verdict is Verdict.CONTRADICTED}


@pytest.mark.parametrize("text, mm", [
    ("The left kidney measures 10.4 cm.", 104.0),
    ("The length of the left kidney is 8.1 cm.", 81.0),
    ("The left renal length is 9.9 cm.", 99.0),
    ("The left kidney is 8.4 cm long.", 84.0),
    ("The left kidney is 11 cm in length.", 110.0),
    ("The right kidney measures 11 cm and the left kidney 8.8 cm.", 88.0),
    ("The left kidney is small, measuring 7.9 cm, with a 1 cm cyst.", 79.0),
    # near misses: a lesion's size, or a number not said to be a length
    ("The left kidney has a 9 mm calculus.", None),
    ("The left kidney has a 2 cm cyst in its upper pole.", None),
    ("The left kidney contains a 3 cm lesion.", None),
    ("A 9 mm stone in the left kidney.", None),
])
def test_kidney_length(text: str, mm: float | None) -> None:
    got = [x.mm for x in read_measures(text)]
    assert (got[-1] if got else None) == mm and len(got) <= 2


@pytest.mark.parametrize("report, chain, rule", [
    ("Renal ultrasound. The left kidney measures 10.9 cm.", "The length of the left kidney is 7.2 cm.", True),
    # near miss: a faithful chain naming a calculus in the kidney
    ("Renal ultrasound. The left kidney measures 10.9 cm. A 9 mm calculus lies in its lower pole.",
     "The left kidney has a 9 mm calculus in its lower pole.", False),
])
def test_kidney_size_conflict(report: str, chain: str, rule: bool) -> None:
    assert ("size-conflict" in _contradicted(chain, report)) is rule


_DUAL = "Chest film. A right-sided dual-chamber pacemaker with leads in the right atrium and right ventricle."


@pytest.mark.parametrize("chain, rule", [
    ("A right-sided single-chamber pacemaker with a single lead in the right ventricle.", True),
    ("A right-sided pacemaker; its only lead is in the right ventricle.", True),
    # near misses: one lead picked out of two, two leads named
    ("A right-sided pacemaker is seen, and one lead tip projects over the right ventricle.", False),
    ("A dual-chamber pacemaker is present and one lead looks fractured.", False),
    ("A right-sided pacemaker; two leads are intact.", False),
])
def test_lead_count(chain: str, rule: bool) -> None:
    assert ("descriptor-conflict" in _contradicted(chain, _DUAL)) is rule
