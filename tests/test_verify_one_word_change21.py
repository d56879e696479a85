"""A change said of a thing of one word ("Compared with the earlier radiograph, the slip is unchanged") is compared
with the one report sentence stating a change of that word ("The slip has progressed since the prior radiograph")
(verify/aligned, issue #8, verr21). Sentences of our own."""

from medstep.verify import verify

_HIP = ("Radiographs of the pelvis compared with two weeks ago. The left capital epiphysis shows a mild slip of about "
        "20%. The slip has progressed since the prior radiograph. The right hip is normal.")


def _rules(chain: str, report: str = _HIP) -> list[str]:
    return [v.rule for s in verify(chain, report=report).steps for v in s.verdicts]


def test_a_one_word_thing_changed_otherwise():
    assert "aligned-change-conflict" in _rules("Compared with the radiograph two weeks ago, the slip is unchanged.")


def test_the_same_change_or_two_changes_of_the_word():
    assert "aligned-change-conflict" not in _rules("Compared with two weeks ago, the slip has progressed a little.")
    two = _HIP + " On the right the slip seen before has improved."
    assert "aligned-change-conflict" not in _rules("Compared with the radiograph two weeks ago, the slip is unchanged.",
                                                   two)
