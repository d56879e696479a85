"""The spleen and the aortic root as measured organs (verify/measured_organs.ORGANS, issue #8, verrS28): a chain
that gives a normal organ an enlarged size, or an enlarged one a normal size, is contradicted; a number before the
organ word that modifies a lesion noun ("a 2 cm spleen lesion") is the lesion's. Sentences of our own."""

from medstep.verify import verify
from medstep.verify.measured_organs import ORGANS, read_measures

_SPLEEN = "Fatty liver. The spleen measures 11 cm. Gallstones without gallbladder wall thickening."
_BIG_SPLEEN = "Cirrhotic liver with ascites. The spleen is enlarged, measuring 17.5 cm."
_ROOT = "The aortic root measures 3.1 cm. Small pericardial effusion."


def _organs(text: str) -> list[tuple[str, bool, float | None]]:
    return [(ORGANS[m.organ].name, m.above, m.mm) for m in read_measures(text)]


def test_a_spleen_size_on_the_other_side_of_its_limit_is_contradicted():
    assert verify("The liver is fatty. The spleen is 16 cm.", report=_SPLEEN).has_contradiction
    assert verify("Cirrhosis with ascites. The spleen measures 12 cm.", report=_BIG_SPLEEN).has_contradiction
    # near misses: the same side of the limit, rounded or said in other words
    assert not verify("The liver is fatty. The spleen measures about 11 cm.", report=_SPLEEN).has_contradiction
    assert not verify("Cirrhosis with ascites and a spleen of roughly 17 cm.", report=_BIG_SPLEEN).has_contradiction


def test_an_aortic_root_size_on_the_other_side_of_its_limit_is_contradicted():
    assert verify("Small pericardial effusion. The aortic root is 4.6 cm.", report=_ROOT).has_contradiction
    assert not verify("Small pericardial effusion. The aortic root is about 3 cm.", report=_ROOT).has_contradiction


def test_a_number_of_a_lesion_or_an_earlier_study_measures_no_organ():
    assert _organs("A 2 cm spleen lesion.") == []
    assert _organs("There is a 2 cm cyst in the spleen.") == []
    assert 108.0 not in [mm for _, _, mm in _organs("The spleen measured 10.8 cm a year ago and is now 14 cm.")]
    assert _organs("A 16 cm spleen.") == [("spleen", True, 160.0)]
