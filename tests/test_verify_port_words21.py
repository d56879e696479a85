"""A chest wall port is a venous line whose tip position is compared: "the port catheter tip has migrated into the
right ventricle" against "its catheter tip at the cavoatrial junction" (verify/devices, issue #8, verr21). Sentences of
our own."""

from medstep.verify import verify
from medstep.verify.positions import read_positions

_PORT = ("Chest radiograph. A left chest wall port is present with its catheter tip at the cavoatrial junction. The "
         "lungs are clear.")


def _rules(chain: str) -> list[str]:
    return [v.rule for s in verify(chain, report=_PORT).steps for v in s.verdicts]


def test_a_port_is_a_venous_line():
    assert [p.family for p in read_positions("The implanted port catheter ends in the right atrium.")[0]] == ["venous"]
    assert read_positions("The support of the ports team ends in the right place.")[0] == []


def test_a_port_tip_elsewhere():
    assert "position-conflict" in _rules("The port catheter tip lies in the right ventricle. The lungs are clear.")
    assert "position-conflict" not in _rules("The chest wall port catheter tip is at the cavoatrial junction.")
