"""Two angles of one film differ beyond measurement noise when they differ by more than 5 degrees and a tenth of the
larger: a few degrees are two readers' noise, ten degrees of a 45-degree curve or twenty of a neck-shaft angle are
another finding (verify/quantities.quantities_conflict, issue #8, verr21). Sentences of our own."""

from medstep.verify import verify
from medstep.verify.quantities import quantities_conflict

_SPINE = ("Standing radiograph of the whole spine. There is a right thoracic scoliosis with a Cobb angle of 45 degrees "
          "measured from T5 to T11. No vertebral anomaly.")


def _rules(chain: str) -> list[str]:
    return [v.rule for s in verify(chain, report=_SPINE).steps for v in s.verdicts]


def test_noise_and_error():
    assert not quantities_conflict("angle", "42", "45")  # noise: 3 degrees
    assert not quantities_conflict("angle", "128", "134")  # a tenth of a large angle
    assert quantities_conflict("angle", "55", "45")  # a fifth of 55 allowed this
    assert quantities_conflict("angle", "112", "134")


def test_a_curve_ten_degrees_off_is_contradicted():
    assert "aligned-angle-conflict" in _rules("The right thoracic scoliosis measures 55 degrees from T5 to T11.")
    assert "aligned-angle-conflict" not in _rules("The right thoracic scoliosis measures about 43 degrees from T5 to "
                                                  "T11.")
