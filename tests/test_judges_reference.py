"""The ``points`` and ``steps`` judges: reference items matched by the verifier's concepts."""

from __future__ import annotations

import pytest

from medstep.judges import (
    JudgeContext,
    JudgeItem,
    load_judge,
    parse_judge,
    resolve_judges,
)
from medstep.judges.reference import coverage, path_consistency
from medstep.results import GradeStatus
from medstep.types import AnswerType, MedstepError, Sample

POINTS = (
    "There is a right pleural effusion.",
    "The heart is enlarged.",
    "A chest CT scan was performed.",
    "Insulin-like growth factor testing confirms it.",  # nothing the lexicon knows
)
CHAIN = "This chest CT shows a small right pleural effusion.\nThe heart is normal in size, no cardiomegaly."


def _item(chain: str, refs=POINTS, kinds=()) -> JudgeItem:
    s = Sample(id="s", question="q", answer="x", answer_type=AnswerType.OPEN, reference_steps=refs,
               reference_kinds=kinds)
    return JudgeItem.build(s, chain, chain, "x")


def test_coverage_is_covered_contradicted_or_undetermined():
    cov = coverage(CHAIN, POINTS)
    assert cov.covered == (True, False, True, None)
    assert cov.recall() == pytest.approx(2 / 3)


def test_points_judge_reports_coverage_missed_and_undetermined_points():
    judge = load_judge(parse_judge("points"))
    grade = judge.grade([_item(CHAIN)], JudgeContext())["s"]
    assert grade.status is GradeStatus.GRADED
    assert grade.metrics["coverage"] == pytest.approx(2 / 3)
    assert grade.labels["missed"] == (POINTS[1],) and grade.labels["undetermined"] == (POINTS[3],)
    assert grade.steps and grade.steps[0].text.startswith("This chest CT")


def test_steps_judge_precision_recall_f1_and_path():
    refs = ("Chest CT", "Right pleural effusion", "No pneumothorax")
    kinds = ("modality", "conclusion", "knowledge")
    chain = "This is a chest CT.\nThere is a right pleural effusion.\nThere is also a pneumothorax."
    grade = load_judge(parse_judge("steps")).grade([_item(chain, refs, kinds)], JudgeContext())["s"]
    m = grade.metrics
    # CT and the effusion are recalled; "no pneumothorax" is contradicted by the last step
    assert m["step_recall"] == pytest.approx(2 / 3)
    assert m["step_precision"] == pytest.approx(2 / 3)  # the pneumothorax step is not supported
    assert m["step_f1"] == pytest.approx(2 / 3)
    # path modality -> conclusion against modality -> conclusion -> knowledge: LCS 2 of 3
    assert m["path_consistency"] == pytest.approx(2 / 3)
    assert [s.verdict.value for s in grade.steps] == ["supported", "supported", "contradicted"]


def test_path_consistency_lcs_over_the_longer_path():
    cov = coverage("There is a right pleural effusion.", ("Right pleural effusion", "Chest CT"))
    assert path_consistency(cov.verification, ("conclusion", "modality")) == pytest.approx(1 / 2)
    assert path_consistency(cov.verification, ()) is None
    nothing = coverage("I am not sure.", ("Right pleural effusion",))
    assert path_consistency(nothing.verification, ("conclusion",)) == 0.0


def test_no_reference_items_is_no_evidence_and_models_are_refused():
    s = Sample(id="s", question="q", answer="x", answer_type=AnswerType.OPEN)
    grade = load_judge(parse_judge("points")).grade([JudgeItem.build(s, "a", "a", "x")], JudgeContext())["s"]
    assert grade.status is GradeStatus.NOT_APPLICABLE
    with pytest.raises(MedstepError, match="runs without a model"):
        load_judge(parse_judge("steps:openai:x@http://127.0.0.1:1/v1"))


def test_auto_stands_for_the_benchmark_judges():
    with_refs = [Sample(id="s", question="q", answer="x", answer_type=AnswerType.OPEN, reference_steps=("a",))]
    bare = [Sample(id="t", question="q", answer="x", answer_type=AnswerType.OPEN)]
    assert [j.label for j in resolve_judges([], with_refs, auto=("points",))] == ["points"]
    assert [j.label for j in resolve_judges(["auto", "points"], with_refs, auto=("points",))] == ["points"]
    assert [j.label for j in resolve_judges(["auto", "verifier"], with_refs, auto=("points",))] == [
        "points", "verifier"]
    assert resolve_judges([], bare, auto=("points",)) == []
    assert resolve_judges([], with_refs, auto=()) == []
