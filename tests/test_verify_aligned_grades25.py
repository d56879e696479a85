"""A grade of the word it stands before (verify/aligned_grades; issue #8, vdistr25): "causes marked indentation of the
oesophagus" against "There is mild indentation of the oesophagus", when the chain's clause shares as many words with
another report sentence. Sentences of our own."""

from medstep.verify import verify

_NECK = ("CT of the neck. A 5 cm cyst lies in the left lobe of the thyroid. The cyst wall is thin. There is mild "
         "indentation of the oesophagus.")
_TWICE = ("CT of the neck. A 5 cm cyst lies in the left lobe of the thyroid. There is mild indentation of the "
          "oesophagus. The indentation extends to the cricoid.")


def _rules(chain: str, report: str) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts if v.verdict.name == "CONTRADICTED"]


def test_a_noun_graded_otherwise():
    assert "aligned-severity-conflict" in _rules("The thyroid cyst causes marked indentation of the oesophagus.", _NECK)


def test_the_same_grade_a_hedge_or_a_noun_named_twice():
    assert not _rules("The thyroid cyst causes mild indentation of the oesophagus.", _NECK)
    assert not _rules("The thyroid cyst may cause marked indentation of the oesophagus.", _NECK)
    # a report naming the noun in two sentences may speak of two things
    assert "aligned-severity-conflict" not in _rules(
        "The thyroid cyst causes marked indentation of the oesophagus.", _TWICE)


def test_one_shared_noun_alone_aligns_nothing():
    # the object or the place must agree too: a bare noun may be another instance of the thing
    report = "CT of the neck. There is mild indentation of the oesophagus at C6. The thyroid is normal."
    assert "aligned-severity-conflict" not in _rules("A marked indentation is present.", report)
