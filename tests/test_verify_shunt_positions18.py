"""Issue #8, round vnext18: a cerebrospinal fluid shunt or ventricular drain is a device whose tip belongs in a
ventricle (``verify/devices.py`` family "shunt", places in ``verify/positions.py``). A chain that ends the catheter
in the brain around the ventricle, or in the other lateral ventricle, contradicts a report that puts it in a horn;
a chain that says where it runs on its way in, or names the ventricles for their size, does not.
Reports and chains are our own wording.
"""

from __future__ import annotations

import pytest

from medstep.judges.verifier import ReasoningScore
from medstep.verify import verify
from medstep.verify.positions import read_positions

HEAD_CT = ("Non-contrast CT head. A right parietal ventriculoperitoneal shunt catheter traverses the parietal lobe and "
           "its tip lies in the occipital horn of the right lateral ventricle. The ventricles are slit-like. No "
           "haemorrhage.")
EVD = ("CT brain after drain insertion. An external ventricular drain enters through a left frontal burr hole; its "
       "tip is in the third ventricle. Small amount of intraventricular blood. No midline shift.")
CARDIAC = ("Echocardiogram. A small secundum atrial septal defect with a left-to-right shunt. The right ventricle is "
           "mildly dilated.")


def scored(chain: str, report: str) -> ReasoningScore:
    return ReasoningScore.from_verification(verify(chain, report=report))


def position_rules(score: ReasoningScore) -> list[str]:
    return [v.rule for s in score.verification.steps for v in s.verdicts if v.rule == "position-conflict"]


@pytest.mark.parametrize("report, good, bad", [
    (HEAD_CT, "The VP shunt tip sits in the right occipital horn and the ventricles are slit-like. No haemorrhage.",
     "The VP shunt tip sits in the parietal white matter, outside the ventricle. No haemorrhage."),
    (HEAD_CT, "The ventriculoperitoneal shunt terminates in the right lateral ventricle. No haemorrhage.",
     "The ventriculoperitoneal shunt terminates in the left lateral ventricle. No haemorrhage."),
    (EVD, "The external ventricular drain ends in the third ventricle, with a little intraventricular blood.",
     "The external ventricular drain ends in the brain parenchyma short of the ventricles, with a little "
     "intraventricular blood."),
])
def test_a_shunt_tip_placed_elsewhere_than_the_report_places_it_is_contradicted(report: str, good: str,
                                                                                 bad: str) -> None:
    g, b = scored(good, report), scored(bad, report)
    assert not position_rules(g)
    assert position_rules(b)
    assert b.radrscore < g.radrscore


@pytest.mark.parametrize("report, chain", [
    # the route in is a course, not where the tip ends
    (HEAD_CT, "The shunt catheter passes through the right parietal lobe to end in the occipital horn."),
    # the ventricles named for their size, in a sentence after the device
    (HEAD_CT, "A VP shunt is present. The ventricles are slit-like and there is no haemorrhage."),
    # "the catheter" of the sentence after a shunt is the shunt
    (EVD, "An EVD was placed from the left. The catheter tip is within the third ventricle."),
    # a denied wrong place
    (EVD, "The ventricular drain tip is in the third ventricle and does not lie in the brain parenchyma."),
])
def test_faithful_wordings_of_a_shunt_position_are_not_contradicted(report: str, chain: str) -> None:
    assert not position_rules(scored(chain, report))


def test_a_left_to_right_shunt_is_blood_flow_not_a_device() -> None:
    positions, last = read_positions(CARDIAC)
    assert positions == [] and last is None
    assert not position_rules(scored("There is a left-to-right shunt with a dilated right ventricle.", CARDIAC))


def test_the_catheter_after_a_shunt_sentence_is_read_as_the_shunt() -> None:
    positions, _ = read_positions("A VP shunt is in place. The catheter tip lies in the brain parenchyma.")
    assert [(p.family, sorted(p.places), p.kind) for p in positions] == [("shunt", ["parenchyma"], "tip")]
