"""A finding called gone since an earlier study on the side the evidence does not give it (issue #8, session 52,
lane habits52): ``verify/resolved_sides.py``.

Why: "the left upper lobe atelectasis from 8 months ago has resolved" against a report whose right upper lobe
atelectasis resolved was an unverifiable absence, so the chain that moved the resolved finding to the other side
scored as the faithful one (retired blind 36, 41). The going word also says the finding was there before, on that
side; the evidence's own going words say where it was.
"""

import pytest

from medstep.verify import Verdict, verify
from medstep.verify.findings import Finding, Polarity
from medstep.verify.resolved_sides import gone_since

RIGHT_GONE = "Mild hyperinflation. Previous right upper lobe atelectasis resolved. No consolidation."
RIGHT_CLEARED = ("The right lower zone consolidation seen on the prior radiograph has completely resolved. "
                 "There is no pleural effusion.")


def _rules(v) -> list[str | None]:
    return [fv.rule for s in v.steps for fv in s.verdicts if fv.verdict is Verdict.CONTRADICTED]


@pytest.mark.parametrize("chain, report", [
    ("The left upper lobe atelectasis from 8 months ago has resolved.", RIGHT_GONE),
    ("Incidentally, the left lower zone consolidation from 14 months ago has fully resolved.", RIGHT_CLEARED),
    ("The left lower zone consolidation has cleared.", RIGHT_CLEARED),
])
def test_gone_on_the_other_side_is_contradicted(chain: str, report: str) -> None:
    v = verify(chain, report=report)
    assert v.steps[0].verdict is Verdict.CONTRADICTED
    assert _rules(v) == ["resolved-side-conflict"]


@pytest.mark.parametrize("chain, report", [
    # the faithful side
    ("The right upper lobe atelectasis from 8 months ago has resolved.", RIGHT_GONE),
    ("The right lower zone consolidation has fully resolved.", RIGHT_CLEARED),
    # a plain denial on the other side says nothing of the earlier study
    ("There is no left upper lobe atelectasis.", RIGHT_GONE),
    ("No consolidation on the left.", RIGHT_CLEARED),
    # the evidence names the chain's side too: it went on both sides, or it is there now
    ("The left upper lobe atelectasis has resolved.",
     "Previous right upper lobe atelectasis resolved. Left upper lobe atelectasis has also resolved."),
    ("The left effusion has resolved.", "Bilateral effusions have resolved."),
    # the evidence gives no side to what went: unjudged
    ("The left lower zone consolidation has resolved.", "The consolidation seen previously has resolved."),
    # the evidence says it went on the chain's side too, in words no finding carries (review of lane habits52)
    ("The left effusion has resolved.", "The right pleural effusion has resolved. The previously seen left pleural "
     "effusion is not seen today."),
    ("The left effusion has resolved.", "Right effusion resolved, as has the left."),
    ("The left effusion has resolved.", "Right effusion resolved. The left one has cleared as well."),
    ("The left effusion has resolved.", "Right effusion has resolved. Previously, a left effusion was also present; "
     "it is now gone."),
    # the chain weighs both sides itself
    ("I first thought the left effusion had resolved, but on review it was the right effusion that resolved.",
     RIGHT_CLEARED.replace("lower zone consolidation", "pleural effusion")),
])
def test_near_misses_stay_uncontradicted(chain: str, report: str) -> None:
    v = verify(chain, report=report)
    assert "resolved-side-conflict" not in _rules(v)
    assert v.steps[0].verdict is not Verdict.CONTRADICTED


def test_a_finding_there_now_on_the_chain_side_is_judged_by_its_absence_not_by_this_rule() -> None:
    v = verify("The left effusion has resolved.",
               report="The right effusion has resolved. Small left pleural effusion, unchanged.")
    assert v.steps[0].verdict is Verdict.CONTRADICTED
    assert "resolved-side-conflict" not in _rules(v)


def test_a_resolved_side_in_an_answer_option_is_no_evidence_of_the_earlier_study() -> None:
    v = verify("The left effusion has resolved. Final answer: A", report="No pleural effusion.",
               options={"A": "Right effusion has resolved", "B": "Pneumothorax"}, chosen="A", gold="A",
               option_evidence=True)
    assert "resolved-side-conflict" not in _rules(v)


def test_gone_since_reads_the_trigger_not_the_polarity_alone() -> None:
    def f(polarity: Polarity, trigger: str | None) -> Finding:
        return Finding("pleural_effusion", "Pleural Effusion", "finding", polarity, "effusion", 0, 8, "left",
                       trigger=trigger)
    assert gone_since(f(Polarity.ABSENT, "has resolved"))
    assert gone_since(f(Polarity.ABSENT, "interval resolution of"))
    assert gone_since(f(Polarity.ABSENT, "no longer"))
    assert gone_since(f(Polarity.ABSENT, "has cleared"))
    assert not gone_since(f(Polarity.ABSENT, "no"))
    assert not gone_since(f(Polarity.ABSENT, None))
    assert not gone_since(f(Polarity.PRESENT, "has resolved"))
