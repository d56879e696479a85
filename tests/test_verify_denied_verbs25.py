"""A noun of a verb ("enhancement", "displacement") matching the verb a report denies (verify/aligned_words; issue #8,
vdistr25). Sentences of our own."""

from medstep.verify import verify

_LIVER = "MRI of the liver. Two small lesions lie in segment 6. The lesions do not enhance after gadolinium."


def _rules(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts if v.verdict.name == "CONTRADICTED"]


def test_a_noun_of_a_denied_verb():
    assert "aligned-polarity-conflict" in _rules("There are two liver lesions. The lesions show avid enhancement after "
                                                 "gadolinium.", _LIVER)
    assert not _rules("The lesions show no enhancement after gadolinium.", _LIVER)
