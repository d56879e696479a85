"""``summary.json`` → ``rollouts``: figures per kind of answer, and a majority vote by meaning."""

from __future__ import annotations

import pytest

from medstep.results import RolloutSummary
from medstep.score.rollouts import majority_answer, rollout_summary
from medstep.types import AnswerType, Sample, SampleScore, Status


def _choice(i: int) -> Sample:
    return Sample(f"c{i}", "Which?", "A", AnswerType.CHOICE, options={"A": "effusion", "B": "edema"})


def _open(i: int) -> Sample:
    return Sample(f"o{i}", "Where is the lesion?", "left lung", AnswerType.OPEN)


def _scores(samples: list[Sample], answers: list[list[str | None]]) -> list[list[SampleScore]]:
    """Rollout r of sample i is correct when its answer means the gold (letters and exact text here)."""
    def ok(s: Sample, a: str | None) -> bool:
        return a is not None and a.strip().lower().rstrip(".") == s.answer.lower()
    return [[SampleScore(s.id, Status.SCORED, correct=ok(s, a)) for s, a in zip(samples, arm)] for arm in answers]


def test_open_questions_do_not_enter_the_top_level_figures() -> None:
    samples = [_choice(0), _choice(1), _open(0), _open(1)]
    # rollouts (k=3) per sample: answers[r][i]
    answers: list[list[str | None]] = [["A", "B", "right lung", "Left lung."],
                                       ["A", "B", "right lung", "left lung"],
                                       ["B", "B", "right lung", "left lung"]]
    r = rollout_summary(samples, _scores(samples, answers), answers, 0.7)
    assert r.accuracy_over == ("choice",)
    # choice only: c0 solved 2/3 (majority A, right), c1 0/3 (majority B, wrong)
    assert r.accuracy.value == pytest.approx((2 / 3 + 0) / 2) and r.accuracy.n == 2
    assert r.pass_at_k.value == pytest.approx(0.5) and r.majority.value == pytest.approx(0.5)
    assert r.passes == {"0": 1, "1": 0, "2": 1, "3": 0}
    assert set(r.by_type) == {"choice", "open"}
    o = r.by_type["open"]
    # o0 never right; o1 right 3/3, and "Left lung." and "left lung" are one vote
    assert o.accuracy.value == pytest.approx(0.5) and o.passes == {"0": 1, "1": 0, "2": 0, "3": 1}
    assert o.majority.value == pytest.approx(0.5) and o.majority.undefined == 0
    assert r.by_type["choice"] == type(o)(r.accuracy, r.pass_at_k, r.majority, r.passes)
    assert RolloutSummary.from_json(r.to_json()) == r


def test_an_all_open_run_is_summarised_over_its_open_questions() -> None:
    samples = [_open(0), _open(1)]
    answers: list[list[str | None]] = [["left lung", None], ["right lung", None]]
    r = rollout_summary(samples, _scores(samples, answers), answers, 1.0)
    assert r.accuracy_over == ("open",) and r.accuracy.value == pytest.approx(0.25)
    assert r.majority.n == 0 and r.majority.undefined == 2  # a 1-1 tie and no answer at all


def test_failed_rollouts_make_a_question_incomplete_whatever_its_kind() -> None:
    samples = [_choice(0), _open(0)]
    answers: list[list[str | None]] = [["A", "left lung"], ["A", None]]
    scores = _scores(samples, answers)
    scores[1][1] = SampleScore("o0", Status.FAILED, correct=None)
    r = rollout_summary(samples, scores, answers, 0.5)
    assert r.incomplete == 1 and set(r.by_type) == {"choice"} and r.accuracy.value == 1.0


def test_old_summaries_without_the_per_type_figures_still_load() -> None:
    samples = [_choice(0)]
    answers: list[list[str | None]] = [["A"], ["B"]]
    d = rollout_summary(samples, _scores(samples, answers), answers, 0.5).to_json()
    del d["by_type"], d["accuracy_over"]
    r = RolloutSummary.from_json(d)
    assert r.by_type == {} and r.accuracy_over == () and r.accuracy.value == 0.5


@pytest.mark.parametrize("answers, kind, expected", [
    (["yes", "是", "no"], AnswerType.CLOSED, "yes"),  # one verdict in two languages
    (["Left lung.", "left lung", "right lung"], AnswerType.OPEN, "Left lung."),
    (["a", "A", "B"], AnswerType.CHOICE, "a"),
    (["yes", "是", "no"], None, None),  # kind unknown: answers vote as written, a three-way tie
    ([None, None], AnswerType.CLOSED, None),
])
def test_the_majority_votes_by_meaning(answers: list[str | None], kind: AnswerType | None, expected: str | None) -> None:
    assert majority_answer(answers, kind) == expected
