"""MediConfusion's pair metrics: set accuracy, confusion, invalid, per category (official definitions)."""

from __future__ import annotations

import pytest

from medstep.results import OutcomeSummary
from medstep.score.outcome import outcome_metrics
from medstep.types import AnswerType, Sample, SampleScore, Status

OPTS = {"A": "first", "B": "second"}


def _s(sid: str, group: str, gold: str, cats: tuple[str, ...]) -> Sample:
    return Sample(id=sid, question="q", answer=gold, answer_type=AnswerType.CHOICE, options=OPTS, group=group,
                  category_sets={"category": cats})


def _sc(sid: str, answer: str | None, gold: str, failed: bool = False) -> SampleScore:
    if failed:
        return SampleScore(sid, Status.FAILED, correct=None)
    if answer is None:
        return SampleScore(sid, Status.UNPARSED, correct=False)
    return SampleScore(sid, Status.SCORED, correct=answer == gold)


# pair -> (gold 1, gold 2, answer 1, answer 2, categories 1, categories 2)
PAIRS = {
    "p1": ("A", "B", "A", "B", ("Cardiac",), ("Cardiac", "Vascular")),  # set right
    "p2": ("A", "B", "A", "A", ("Cardiac",), ("Cerebral",)),  # confused: same answer twice
    "p3": ("B", "A", None, "A", ("Cerebral",), ("Cerebral",)),  # one invalid answer
    "p4": ("B", "A", "A", "B", ("Vascular",), ("Vascular",)),  # both wrong, not confused
    "p5": ("A", "B", "A", None, ("Cardiac",), ("Cardiac",)),  # second failed: no set result
}


def _run() -> OutcomeSummary:
    samples, scores, answers = [], [], {}
    for pid, (g1, g2, a1, a2, c1, c2) in PAIRS.items():
        for k, (g, a, c) in enumerate(((g1, a1, c1), (g2, a2, c2)), 1):
            sid = f"{pid}-{k}"
            samples.append(_s(sid, pid, g, c))
            failed = pid == "p5" and k == 2
            scores.append(_sc(sid, a, g, failed))
            answers[sid] = None if failed else a
    return outcome_metrics(samples, scores, answers=answers)


def test_set_confusion_and_invalid_over_the_official_denominators():
    g = _run().groups
    assert g is not None and g.n == 5
    assert g.set_accuracy.value == pytest.approx(1 / 4) and g.set_accuracy.undefined == 1  # p5 failed
    # valid pairs (both answers parsed): p1, p2, p4 -> one confused
    assert g.confusion.value == pytest.approx(1 / 3) and g.confusion.n == 3
    assert g.invalid.value == pytest.approx(1 / 9) and g.invalid.undefined == 1  # 9 graded answers


def test_per_category_counts_each_question_under_each_of_its_labels():
    g = _run().groups
    cardiac = g.by_category["category"]["Cardiac"]
    # Cardiac questions: p1-1, p1-2 (set right), p2-1 (set wrong), p5-1, p5-2 (no set result)
    assert cardiac.n == 5 and cardiac.set_accuracy.value == pytest.approx(2 / 3)
    vascular = g.by_category["category"]["Vascular"]  # p1-2 (right), p4-1, p4-2 (wrong)
    assert vascular.set_accuracy.value == pytest.approx(1 / 3) and vascular.confusion.value == 0.0


def test_individual_accuracy_per_category_uses_the_multilabel_categories():
    o = _run()
    assert o.by_category["category"]["Vascular"].n == 3
    assert o.by_category["category"]["Vascular"].accuracy.value == pytest.approx(1 / 3)


def test_summary_round_trip_and_ungrouped_runs():
    o = _run()
    assert OutcomeSummary.from_json(o.to_json()) == o
    s = Sample(id="x", question="q", answer="A", answer_type=AnswerType.CHOICE, options=OPTS)
    plain = outcome_metrics([s], [SampleScore("x", Status.SCORED, correct=True)])
    assert plain.groups is None and plain.to_json()["groups"] is None
