"""A sentence wholly about an earlier study ("Previously, there was a large right pleural effusion.", "On the
comparison study the solid nodule measured 6 mm.") is no evidence of now for any finding: past_spans now holds such
sentences whole, not only clauses that name their earlier time themselves (verify/prior_state, issue #8, verr21).
Sentences of our own."""

from medstep.verify import verify
from medstep.verify.prior_state import past_spans

_EFFUSION = ("Chest radiograph. There is a small right pleural effusion. Previously, there was a large right pleural "
             "effusion.")
_NODULE = "CT chest. The solid nodule now measures 15 mm. On the comparison study the solid nodule measured 6 mm."


def _rules(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts]


def test_whole_sentences_of_the_past():
    text = "Previously, there was a large effusion. It is small now."
    assert past_spans(text) == ((0, len("Previously, there was a large effusion")),)
    assert past_spans("Compared with the previous film, the effusion is smaller.") == ()


def test_an_earlier_studys_finding_supports_no_claim_of_now():
    assert "severity-conflict" in _rules("There is a large right pleural effusion.", _EFFUSION)
    assert "size-conflict" in _rules("The solid nodule measures 6 mm.", _NODULE)


def test_the_claims_of_now_are_still_supported():
    assert not [r for r in _rules("There is a small right pleural effusion, smaller than before.", _EFFUSION)
                if r.endswith("conflict")]
    assert not [r for r in _rules("The solid nodule measures 15 mm, up from 6 mm on the comparison study.", _NODULE)
                if r.endswith("conflict")]
