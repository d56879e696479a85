"""A verb the report denies of two subjects ("Neither the wall nor the septa enhance after contrast."), and a noun of
the verb ("enhancement", "displacement") matching it (verify/aligned_denials, aligned_words; issue #8, vdistr25).
Sentences of our own."""

from medstep.verify import verify

_CYST = ("CT of the abdomen. A 4 cm cyst lies in the tail of the pancreas. Its wall is thin. Neither the wall nor the "
         "septa enhance after contrast.")
_LIVER = "MRI of the liver. Two small lesions lie in segment 6. The lesions do not enhance after gadolinium."


def _rules(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts if v.verdict.name == "CONTRADICTED"]


def test_a_verb_denied_of_both_subjects_stated_of_one():
    assert "aligned-polarity-conflict" in _rules("The cyst is thin-walled, and its septa enhance after contrast.", _CYST)
    assert "aligned-polarity-conflict" in _rules("There is a pancreatic cyst. Its wall shows enhancement after contrast.",
                                                 _CYST)


def test_the_same_denial_in_other_words():
    assert not _rules("Neither the wall nor the septa show any enhancement.", _CYST)
    assert not _rules("The wall and septa are non-enhancing.", _CYST)


def test_a_noun_of_a_denied_verb():
    assert "aligned-polarity-conflict" in _rules("There are two liver lesions. The lesions show avid enhancement after "
                                                 "gadolinium.", _LIVER)
    assert not _rules("The lesions show no enhancement after gadolinium.", _LIVER)
