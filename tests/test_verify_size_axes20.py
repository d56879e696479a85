"""Two measurements of several dimensions each are compared axis by axis (verify/attr_conflicts.sizes_conflict; issue
#8, verr20): "1.2 x 0.9 cm" against "2.6 x 1.9 cm" spans overlapping ranges but is another lesion's size. Sentences of
our own."""

from medstep.verify import verify
from medstep.verify.attr_conflicts import sizes_conflict


def _rules(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts]


_LIVER = "CT of the abdomen. A hypervascular lesion of 2.6 x 1.9 cm in segment 8 of the liver. The spleen is normal."
_THYROID = "Thyroid ultrasound. A solid nodule measuring 31 x 22 mm in the left lobe. The right lobe is normal."


def test_every_axis_smaller_is_a_size_error():
    assert "size-conflict" in _rules("A 1.2 x 0.9 cm hypervascular lesion lies in segment 8 of the liver.", _LIVER)
    assert "size-conflict" in _rules("The left thyroid lobe holds a solid nodule of 15 x 10 mm.", _THYROID)
    assert "size-conflict" in _rules("The left lobe of the thyroid has a solid nodule of 5.0 x 4.1 cm.", _THYROID)


def test_the_same_axes_written_otherwise_agree():
    for chain in ("A 26 x 19 mm hypervascular lesion lies in segment 8 of the liver.",
                  "A hypervascular liver lesion of 1.9 x 2.6 cm is seen in segment 8.",
                  "A hypervascular lesion of about 2.5 x 2 cm lies in segment 8 of the liver.",
                  "A hypervascular lesion of about 2.5 cm lies in segment 8 of the liver.",
                  "A hypervascular lesion of 2.6 x 1.9 x 1.7 cm lies in segment 8 of the liver."):
        assert "size-conflict" not in _rules(chain, _LIVER), chain


def test_axes_disagree_only_when_both_do():
    # one axis off by a typo or a differently placed calliper is measurement noise
    assert not sizes_conflict(26.0, 26.0, True, 19.0, 9.0)
    assert not sizes_conflict(40.0, 26.0, True, 19.0, 19.0)
    assert sizes_conflict(12.0, 26.0, True, 9.0, 19.0)
    # a thing of no lesion kind needs a factor of two on both axes
    assert not sizes_conflict(12.0, 20.0, False, 9.0, 19.0)
    assert sizes_conflict(10.0, 20.0, False, 8.0, 19.0)
