"""Review of lane change45 (issue #8): faithful restatements the lane's new readings contradicted."""

from __future__ import annotations

import pytest

from medstep.verify import verify
from medstep.verify.quantities import PERCENT, quantities_conflict, read_quantities
from medstep.verify.verdicts import Verdict

_CTR = "PA chest radiograph. The heart is enlarged; the cardiothoracic ratio is 0.62. The lungs are clear."
_BY = ("Chest radiograph compared with last year. The cardiothoracic ratio has increased by 0.07 to 0.59 since the "
       "previous film. The lungs are clear.")
_UP = "Chest radiograph compared with one from 2 years ago. The cardiothoracic ratio is now 0.58, previously 0.49."
_RI = "Renal Doppler. The resistive index in the right interlobar arteries is 0.78. The left resistive index is 0.64."
_ASC = ("CT thoracic aorta. The ascending aorta is dilated, measuring 47 mm. The descending thoracic aorta is of normal "
        "calibre at 26 mm.")
_DATED = "CT aorta. The ascending aorta measured 43 mm (when it was last imaged 3 years ago) and now measures 49 mm."
_GROWN = ("CT chest compared with CT of 8 months ago. The 9 mm nodule in the right upper lobe was also present on the "
          "prior CT, where it measured 6 mm, and has grown. IMPRESSION: Growing right upper lobe nodule.")
_NEW = ("Chest radiograph compared with the radiograph of 1 week ago. There is a new small right pleural effusion. "
        "IMPRESSION: New small right pleural effusion.")
_SMALL = "Chest radiograph. There is a small left pleural effusion, which has increased since the radiograph of 3 days ago."
_LARGE = ("Chest radiograph compared with yesterday. There is a large left pleural effusion, slightly larger than "
          "yesterday. IMPRESSION: Large, slightly enlarging left pleural effusion.")


def _contradicted(step: str, report: str) -> bool:
    v = verify(step, report=report)
    return any(fv.verdict is Verdict.CONTRADICTED and fv.consistent is False for s in v.steps for fv in s.verdicts)


@pytest.mark.parametrize(("step", "report", "expect"), [
    ("The C/T ratio exceeds 0.5, which means cardiomegaly.", _CTR, False),
    ("CTR >0.5 on a PA film means cardiomegaly.", _CTR, False),
    ("The cardiothoracic ratio is 0.48, within normal limits.", _CTR, True),
    ("The cardiothoracic ratio now measures 0.59.", _BY, False),
    ("The cardiothoracic ratio now measures 0.74.", _BY, True),
    ("The earlier cardiothoracic ratio of 0.49 has risen to 0.58.", _UP, False),
    ("The C/T ratio has gone up by 0.09 to 0.58 since the film 2 years ago.", _UP, False),
    ("The right resistive index is about 0.8, which is raised.", _RI, False),
    ("There is dilatation of the ascending thoracic aorta (47 mm).", _ASC, False),
    ("The ascending aorta now measures 49 mm.", _DATED, False),
    ("The right upper lobe nodule, also seen on the prior CT, has grown from 6 to 9 mm.", _GROWN, False),
    ("The right pleural effusion was also seen on the radiograph of 1 week ago.", _NEW, True),
    ("The left pleural effusion has increased considerably since the radiograph 3 days ago.", _SMALL, False),
    ("There is a sizeable left pleural effusion.", _LARGE, False),
    ("There is a small left pleural effusion.", _LARGE, True),
])
def test_review45(step: str, report: str, expect: bool) -> None:
    assert _contradicted(step, report) is expect


def test_percentage_bounds() -> None:
    assert {v for v, _a, _b in read_quantities("less than 50% and 70% or greater")[PERCENT]} == {"<50", ">70"}
    assert quantities_conflict(PERCENT, "<50", "79") and quantities_conflict(PERCENT, ">70", "40")
    assert not quantities_conflict(PERCENT, "<50", ">70") and not quantities_conflict(PERCENT, ">40", "45")
