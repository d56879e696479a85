"""A measurement said beside one the report gives (issue #8, session 57 lane found57, ``aligned_pairs``).

The number a chain keeps from the report ("versus 8 mm on the right", "previously 1.2 x 1.0 cm", "(6 mm wall)")
tells which report measurement the other number of its sentence stands for, whatever words either sentence uses; a
disagreement at the lesion rule is the chain's error. Reports and chains of our own, none a corpus item's wording.
"""

import pytest

from medstep.verify import verify
from medstep.verify.aligned_pairs import measurements, report_pairs

_RULE = "aligned-size-pair-conflict"


def _rules(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts if v.verdict.value == "contradicted"]


_SPLEEN = ("CT abdomen. The spleen is enlarged, measuring 16 cm in craniocaudal length, previously 13 cm. "
           "The liver is normal in size. No ascites.")
_TENDON = ("Ultrasound of both heels. The left Achilles tendon is thickened to 11 mm, against 5 mm on the right, "
           "with loss of the fibrillar pattern. No tear is seen.")
_THYROID = ("Ultrasound thyroid. In the left lobe there is a solid hypoechoic nodule of 2.6 x 1.9 cm, previously "
            "1.5 x 1.1 cm. The right lobe is unremarkable.")
_KIDNEY = ("Renal ultrasound. The right kidney measures 9.1 cm and the left kidney 11.4 cm. There is no "
           "hydronephrosis.")


@pytest.mark.parametrize(
    "chain, report",
    [
        ("The spleen now spans 23 cm, previously 13 cm, so it has grown.", _SPLEEN),
        ("Craniocaudal length 23 cm today against 130 mm before.", _SPLEEN),  # (mm against cm: one value)
        ("The left Achilles tendon measures 19 mm versus 5 mm on the right side.", _TENDON),
        ("In the left lobe it has grown from 1.5 x 1.1 cm to 4.0 x 3.2 cm.", _THYROID),
        ("Left lobe: 40 x 32 mm (earlier 15 x 11 mm).", _THYROID),
    ],
)
def test_the_other_of_a_kept_pair_is_compared(chain: str, report: str) -> None:
    assert _RULE in _rules(chain, report)


@pytest.mark.parametrize(
    "chain, report",
    [
        ("The spleen measures 16 cm, previously 13 cm.", _SPLEEN),  # (the faithful pair)
        ("The spleen measured 13 cm before and is 160 mm now.", _SPLEEN),  # (mm for cm: one value)
        ("The spleen is about 17 cm, up from 13 cm.", _SPLEEN),  # (within the report's precision: the lesion rule)
        ("The tendon is 11 mm thick compared with 5 mm on the other side.", _TENDON),
        # (the other value is the report's, of another thing: a faithful chain pairing two findings)
        ("The right kidney is 9.1 cm while the spleen was 13 cm before.", _KIDNEY + " " + _SPLEEN),
        # (a hedge over the pair: no value claimed)
        ("If the spleen were 23 cm rather than 13 cm previously it might be massive.", _SPLEEN),
        # (a range is read as no pair)
        ("The tendon measures 5-19 mm along its length.", _TENDON),
        # (an anchor the report pairs with two values: no one thing)
        ("The kidney is 14 cm versus 9.1 cm.", _KIDNEY + " Previously the right kidney was 9.1 cm and the cyst 2.0 cm."),
    ],
)
def test_near_misses_are_not_contradicted(chain: str, report: str) -> None:
    assert _RULE not in _rules(chain, report)


def test_measurements_bring_units_to_mm() -> None:
    assert [m[0] for m in measurements("a 2.6 x 1.9 cm nodule, previously 15 x 11 mm")] == [(26.0, 19.0), (15.0, 11.0)]
    assert [m[0] for m in measurements("gap of 7.0 by 3.5 by 4.0 cm")] == [(70.0, 40.0, 35.0)]
    assert measurements("nodules of 1.0-1.5 cm") is None
    assert measurements("nodes from 6 mm to 2.3 cm") is None
    assert [m[0] for m in measurements("grown from 1.5 x 1.1 cm to 4.0 x 3.2 cm")] == [(15.0, 11.0), (40.0, 32.0)]
    assert measurements("the 3 cm x 20 mm mass") is None  # (two units in one measurement)


def test_report_pairs_and_dimensions() -> None:
    got = report_pairs(_TENDON)
    assert [(p[0], q[0]) for p, q in got.pairs] == [((11.0,), (5.0,))]
    assert got.dimensions == frozenset({11.0, 5.0})
