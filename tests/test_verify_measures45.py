"""Session 45 (lane change45, issue #8): measurements, interval change and grades the verifier missed.

Ratios by their other names and by the rounding of their written digits, quantities of a sentence that names an
earlier study too, organ calibres by rounding, a bracket of the past, grades of a noun past its organ adjective, grade
words, change words compared only with an earlier time, and a finding the report says the earlier study lacked.
"""

from __future__ import annotations

import pytest

from medstep.verify import verify
from medstep.verify.absent_before import absent_before_changes
from medstep.verify.findings import Finding, Polarity
from medstep.verify.prior_state import earlier_number, earlier_sentence, past_spans
from medstep.verify.quantities import RATIO, quantities_conflict, read_quantities, rounding
from medstep.verify.verdicts import Verdict

_CTR = "PA chest radiograph. The cardiothoracic ratio is 0.48. The lungs are clear."
_CTR_UP = "PA chest radiograph. Comparison with one year ago. CTR 0.58, up from 0.50 a year ago. Lungs clear."
_DTA = "CT chest. The descending thoracic aorta measures 46 mm (previously 39 mm). No dissection flap."
_AAA = "CT abdomen. The infrarenal abdominal aorta measures 5.2 cm in maximal diameter with mural thrombus."
_SMALL = "Chest radiograph. There is a small right pleural effusion. No pneumothorax."
_LARGE = "Chest radiograph. There is a large right pleural effusion. No pneumothorax."
_MOSAIC = ("HRCT chest. There is marked mosaic attenuation throughout both lungs. IMPRESSION: Marked mosaic "
           "attenuation, in keeping with small airways disease.")
_NEW = ("Chest radiograph compared with the radiograph of 3 months ago. There is a new moderate left pleural effusion. "
        "The heart size is normal.")
_OLD = ("Chest radiograph compared with the radiograph of 3 months ago. There is a moderate left pleural effusion, "
        "unchanged from the prior study. The heart size is normal.")
_LACKED = ("Chest radiograph. There is a moderate left pleural effusion. There was no effusion on the radiograph of 3 "
           "months ago.")


def _rules(step: str, report: str) -> list[str]:
    v = verify(step, report=report)
    return [fv.rule for s in v.steps for fv in s.verdicts
            if fv.verdict is Verdict.CONTRADICTED and fv.consistent is False]


def test_ctr_names_are_one_ratio() -> None:
    for text in ("ctr 0.62", "the c/t ratio is 0.62", "cardio-thoracic ratio of 0.62", "cardiothoracic ratio 0.62"):
        assert read_quantities(text)[RATIO] == {("cardiothoracic ratio=0.62", text.index("0.62"), len(text))}


def test_ratio_rounding_rule() -> None:
    assert rounding("0.5") == pytest.approx(0.05) and rounding("0.52") == pytest.approx(0.005)
    assert rounding("2") == pytest.approx(0.5)
    name = "cardiothoracic ratio="
    assert quantities_conflict(RATIO, name + "0.65", name + "0.52")
    assert quantities_conflict(RATIO, name + "0.75", name + "0.57")
    assert not quantities_conflict(RATIO, name + "0.5", name + "0.57")  # "about 0.5"
    assert not quantities_conflict(RATIO, name + "0.6", name + "0.52")
    assert quantities_conflict(RATIO, "rv/lv ratio=1.4", "rv/lv ratio=1.0")  # (as before)


def test_earlier_number() -> None:
    low = "descending aorta 41 mm (previously 33 mm), ctr 0.57, up from 0.52 two years ago"
    assert not earlier_number(low, low.index("41"), low.index("41") + 5)
    assert earlier_number(low, low.index("33"), low.index("33") + 5)
    assert not earlier_number(low, low.index("0.57"), low.index("0.57") + 4)
    assert earlier_number(low, low.index("0.52"), low.index("0.52") + 4)


def test_a_bracket_of_the_past_leaves_the_sentence_of_now() -> None:
    text = "Heart enlarged, CTR 0.75 (was 0.52 five years ago)."
    assert not earlier_sentence(text)
    assert past_spans(text) == ((text.index("(") + 1, text.index(")")),)
    assert earlier_sentence("Previously, the nodule measured 6 mm.")


@pytest.mark.parametrize(("step", "report", "expect"), [
    ("The CTR measures 0.62.", _CTR, True),
    ("The cardiothoracic ratio is approximately 0.5.", _CTR, False),
    ("C/T ratio 0.47.", _CTR, False),
    ("The cardio-thoracic ratio is now 0.71.", _CTR_UP, True),
    ("The CTR is about 0.6.", _CTR_UP, False),
    ("The cardiothoracic ratio is now 0.58, having been 0.50 a year ago.", _CTR_UP, False),
    ("The descending thoracic aorta measures 55 mm.", _DTA, True),
    ("The descending thoracic aorta measures 4.6 cm, up from 3.9 cm.", _DTA, False),
    ("The abdominal aorta measures 6.4 cm.", _AAA, True),
    ("The abdominal aorta is about 5 cm across.", _AAA, False),
    ("The abdominal aorta measures 52 mm.", _AAA, False),
])
def test_measurements(step: str, report: str, expect: bool) -> None:
    assert bool(_rules(step, report)) is expect


@pytest.mark.parametrize(("step", "report", "expect"), [
    ("There is a sizeable right pleural effusion.", _SMALL, True),
    ("A sizeable right pleural effusion is present.", _LARGE, False),
    ("There is a subtle right pleural effusion.", _LARGE, True),
    ("A subtle right pleural effusion is present.", _SMALL, False),
    ("There is mild mosaic attenuation throughout both lungs.", _MOSAIC, True),
    ("Both lungs show marked mosaic attenuation throughout.", _MOSAIC, False),
])
def test_grades(step: str, report: str, expect: bool) -> None:
    assert bool(_rules(step, report)) is expect


@pytest.mark.parametrize(("step", "report", "expect"), [
    ("The left effusion is identical to the prior study.", _NEW, True),
    ("The left effusion is identical to the prior study.", _OLD, False),
    ("The left pleural effusion was also seen on the study 3 months ago.", _NEW, True),
    ("The left pleural effusion was also seen on the study 3 months ago.", _OLD, False),
    ("The left effusion has a density identical to water.", _NEW, False),
    ("The left pleural effusion was already present on the prior film.", _LACKED, True),
    ("The left pleural effusion is unchanged from 3 months ago.", _LACKED, True),
    ("The left pleural effusion is new since 3 months ago.", _LACKED, False),
])
def test_changes(step: str, report: str, expect: bool) -> None:
    assert bool(_rules(step, report)) is expect


def test_absent_before_keeps_a_finding_of_its_own_change() -> None:
    text = "There is a left effusion. There was no effusion on the film 3 months ago."
    now = Finding("pleural_effusion", "effusion", "finding", Polarity.PRESENT, "effusion", 17, 25)
    grown = Finding("pleural_effusion", "effusion", "finding", Polarity.PRESENT, "effusion", 17, 25, change="worsened")
    then = Finding("pleural_effusion", "effusion", "finding", Polarity.ABSENT, "effusion", 40, 48)
    out = absent_before_changes([("report", text, [now])], lambda _t: [now, then])
    assert [(f.change, source) for f, source, _t in out] == [("new", "report")]
    assert absent_before_changes([("report", text, [grown])], lambda _t: [grown, then]) == []
    assert absent_before_changes([("report", text, [now])], lambda _t: [now]) == []
