"""Two sizes of one finding within a tenth of each other are one measurement rounded: the clinical score charges no
size error for "a 2 cm nodule" of a 2.1 cm one, and still charges one for a 3 cm nodule (verify/clinical, issue #8,
verr21). Sentences of our own."""

from medstep.judges.verifier import ReasoningScore
from medstep.verify import verify

_REPORT = "CT of the chest. A 2.1 cm solid nodule lies in the left lower lobe. No effusion."


def _clinical(chain: str) -> float:
    score = ReasoningScore.from_verification(verify(chain, report=_REPORT)).clinical
    assert score is not None
    return score


def test_a_rounded_size_is_no_size_error():
    exact = _clinical("A 2.1 cm solid nodule lies in the left lower lobe, without effusion.")
    assert _clinical("A 2 cm solid nodule lies in the left lower lobe, without effusion.") == exact
    assert _clinical("A 3 cm solid nodule lies in the left lower lobe, without effusion.") < exact
