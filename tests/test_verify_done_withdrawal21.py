"""A withdrawal already done ("the port catheter has retracted and its tip lies in the right subclavian vein") states
where the device is now; one recommended ("should be withdrawn to lie in the SVC") states nothing (verify/positions,
issue #8, verr21). Sentences of our own."""

from medstep.verify import verify
from medstep.verify.positions import read_positions

_PORT = ("Chest radiograph. A right chest wall port is present with its catheter tip in the superior vena cava. No "
         "pneumothorax.")


def test_a_done_withdrawal_states_a_position():
    found = read_positions("The port catheter has retracted and its tip lies in the right subclavian vein.")[0]
    assert [sorted(p.places) for p in found] == [["right subclavian"]]
    assert read_positions("The line should be withdrawn to lie in the superior vena cava.")[0] == []


def test_a_retracted_tip_against_the_report():
    chain = "The right chest wall port catheter has retracted and its tip now lies in the right subclavian vein."
    assert "position-conflict" in [v.rule for s in verify(chain, report=_PORT).steps for v in s.verdicts]
