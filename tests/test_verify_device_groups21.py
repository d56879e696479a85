"""A device the chain names outright is an invented one when the evidence names no device of its group, even where it
names devices of other groups ("a nasogastric tube lies in the conduit" beside a report of surgical clips only); a lay
name by purpose ("the feeding tube put into a vein") beside other devices is not counted (verify/results, issue #8,
verr21). Sentences of our own."""

from medstep.verify import verify
from medstep.verify.results import device_group

_LINE = ("Chest radiograph after insertion of a right arm PICC. The catheter tip projects over the lower superior vena "
         "cava. No pneumothorax. The lungs are clear.")


def _errors(chain: str) -> tuple[int, int]:
    return verify(chain, report=_LINE).errors


def test_device_groups():
    assert device_group("picc") == device_group("port") != device_group("endotracheal_tube")
    assert device_group("tracheostomy_tube") == device_group("endotracheal_tube")


def test_a_device_of_another_group_than_the_reports():
    faithful = "A right arm PICC ends in the lower superior vena cava. There is no pneumothorax and the lungs are clear."
    assert _errors(faithful) == (0, 0)
    invented = faithful + " A nasogastric tube ends in the stomach."
    assert _errors(invented) == (1, 0)


def test_a_lay_device_name_or_one_of_the_reports_group_is_not_counted():
    for chain in ("The thin feeding tube put into a vein of the right arm ends in the lower superior vena cava.",
                  "A right arm central line ends in the lower superior vena cava and the lungs are clear."):
        assert _errors(chain) == (0, 0), chain
