"""RadRScore with the verifier on a small hand-made set; expected numbers computed by hand."""

from __future__ import annotations

import json

import pytest

from medstep.judges import JudgeContext, JudgeItem
from medstep.judges.verifier import CONTRADICTION_FACTOR, ReasoningScore, VerifierJudge, score_reasoning
from medstep.results import GradeStatus, Metric, ReasoningGrade
from medstep.score.judges import judge_summary
from medstep.types import AnswerType, Sample
from medstep.verify import SILENT_FACTOR, SentenceRole

REPORT = "Small right pleural effusion. No pneumothorax. Cardiomegaly. No focal consolidation."
REFERENCE = ("Small right pleural effusion.", "No pneumothorax.", "Cardiomegaly.")


def sample(report: str | None = REPORT, reference: tuple[str, ...] = REFERENCE) -> Sample:
    return Sample(id="s", question="Is there an effusion?", answer="yes", answer_type=AnswerType.CLOSED,
                  report=report, reference_steps=reference)


def test_mixed_chain() -> None:
    # step 0 right effusion: supported by report+reference          -> consistent, effective
    # step 1 left pneumothorax: report/reference say none            -> contradicted
    # step 2 "heart size is normal": one unit (no cardiomegaly, no pericardial effusion);
    #        cardiomegaly is contradicted                             -> unit inconsistent
    # step 3 no clinical claim                                        -> not counted
    # factuality 1/3, effectiveness 1/3; completeness: effusion recalled, "no pneumothorax"
    # contradicted by the left pneumothorax, cardiomegaly contradicted -> 1/3
    chain = ("1. There is a right pleural effusion.\n2. There is a left pneumothorax.\n"
             "3. The heart size is normal.\n4. I will now decide on the answer.")
    s = score_reasoning(sample(), chain)
    assert s is not None
    assert s.factuality == pytest.approx(1 / 3)
    assert s.effectiveness == pytest.approx(1 / 3)
    assert s.completeness == pytest.approx(1 / 3)
    # two contradicted claims: the mean of the three, halved for the first (a detected error costs beyond its
    # share) and cut by SILENT_FACTOR for the second (more errors score lower: issue #8, error_factor)
    assert s.radrscore == pytest.approx(1 / 3 * CONTRADICTION_FACTOR * SILENT_FACTOR)
    assert s.counts == {"completeness": (1, 3), "factuality": (1, 3), "effectiveness": (1, 3)}
    assert sorted(s.contradicted) == ["cardiomegaly", "pneumothorax"]


def test_perfect_chain() -> None:
    chain = "Step 1: Small right pleural effusion is present. Step 2: No pneumothorax. Step 3: The heart is enlarged."
    s = score_reasoning(sample(), chain)
    assert (s.completeness, s.factuality, s.effectiveness, s.radrscore) == (1.0, 1.0, 1.0, 1.0)


def test_chain_without_claims_has_undefined_components() -> None:
    s = score_reasoning(sample(), "I looked at the image carefully. The answer follows.")
    assert (s.factuality, s.effectiveness) == (None, None)
    assert s.completeness == 0.0
    assert s.radrscore == 0.0  # undefined factuality/effectiveness earn nothing in the composite
    assert s.clinical == 0.0  # nothing stated: every true finding missed, no credit (not undefined)


def test_composite_counts_an_undefined_chain_component_as_nothing() -> None:
    from medstep.judges.verifier import composite

    assert composite(0.0, None, None) == 0.0
    assert composite(0.5, None, None) == pytest.approx(0.5 / 3)  # never the 0.5 of averaging one part
    # completeness undefined means the reference had nothing to recall: no fault of the chain
    assert composite(None, 1.0, 0.5) == pytest.approx(0.75)
    assert composite(None, None, None) is None
    assert composite(1.0, 1.0, 1.0) == 1.0


def test_report_only_uses_the_silence_rule() -> None:
    # "No pneumothorax" unmentioned -> consistent but not supported (not effective);
    # "There is a nodule" unmentioned -> inconsistent. Reference = report: cardiomegaly not recalled.
    s = score_reasoning(sample(report="Cardiomegaly.", reference=()), "No pneumothorax. There is a nodule.")
    assert (s.factuality, s.effectiveness, s.completeness) == (0.5, 0.0, 0.0)
    # the nodule, a finding the full report never names, costs like a detected error (judge 45)
    assert s.radrscore == pytest.approx(1 / 6 * CONTRADICTION_FACTOR)


def test_no_evidence_gives_none() -> None:
    assert score_reasoning(sample(report=None, reference=()), "Small effusion.") is None
    assert score_reasoning(sample(report="  ", reference=("",)), "Small effusion.") is None


def test_empty_reasoning_text() -> None:
    s = score_reasoning(sample(), "")
    assert (s.completeness, s.factuality, s.effectiveness, s.radrscore) == (0.0, None, None, 0.0)


def test_per_sample_grade_round_trips_through_json() -> None:
    g = score_reasoning(sample(), "Step 1: Small right effusion. Step 2: Thinking about it.").to_grade()
    d = json.loads(json.dumps(g.to_json()))
    assert ReasoningGrade.from_json(d) == g
    assert set(d["metrics"]) == {"completeness", "factuality", "effectiveness", "radrscore", "clinical"}
    assert 0 < d["metrics"]["clinical"] < 1  # the chain misses the cardiomegaly of the report
    assert [st["role"] for st in d["steps"]] == ["observation", "observation"]
    assert d["metrics"]["factuality"] == 1.0 and d["metrics"]["completeness"] == pytest.approx(1 / 3)
    check = d["steps"][0]["checks"][0]
    assert check["verdict"] == "supported" and check["claim"].startswith("Pleural Effusion (present, right")
    assert check["evidence"][0] == {"source": "report", "text": "Small right pleural effusion."}
    assert d["steps"][1]["verdict"] == "neutral"


def test_metrics_macro_mean_and_zero_denominators() -> None:
    scores = [
        score_reasoning(sample(), "1. There is a right pleural effusion.\n2. There is a left pneumothorax.\n"
                                  "3. The heart size is normal.\n4. I will now decide on the answer."),
        score_reasoning(sample(), "Step 1: Small right pleural effusion is present. Step 2: No pneumothorax. "
                                  "Step 3: The heart is enlarged."),
        score_reasoning(sample(), "I looked at the image carefully."),
        score_reasoning(sample(report="Cardiomegaly.", reference=()), "No pneumothorax. There is a nodule."),
        None,
    ]
    grades = {f"s{i}": s.to_grade() if s is not None else ReasoningGrade(GradeStatus.NOT_APPLICABLE)
              for i, s in enumerate(scores)}
    m = judge_summary(VerifierJudge(), grades)
    assert m.n == 5 and m.graded == 4 and m.statuses[GradeStatus.NOT_APPLICABLE] == 1
    assert m.metrics["completeness"].value == pytest.approx((1 / 3 + 1 + 0 + 0) / 4)
    assert m.metrics["factuality"].value == pytest.approx((1 / 3 + 1 + 0.5) / 3)
    assert m.metrics["effectiveness"].value == pytest.approx((1 / 3 + 1 + 0) / 3)
    # s0 contradicts the report (halved); s3's nodule is unsupported, not contradicted, but the full report never
    # names it: it costs like a detected error (judge 45)
    assert m.metrics["radrscore"].value == pytest.approx(
        (1 / 3 * CONTRADICTION_FACTOR * SILENT_FACTOR + 1 + 0 + 1 / 6 * CONTRADICTION_FACTOR) / 4)
    assert m.metrics["factuality"].n == 3 and m.metrics["completeness"].n == 4
    lo, hi = m.metrics["radrscore"].ci95
    assert 0.0 <= lo <= m.metrics["radrscore"].value <= hi <= 1.0
    assert {k: x.undefined for k, x in m.metrics.items()} == {
        "completeness": 0, "factuality": 1, "effectiveness": 1, "radrscore": 0, "clinical": 0}
    assert m.metrics["clinical"].n == 4  # the chain that observes nothing scores 0: it is not left out of the mean
    assert m.tallies["contradicted"] == (("cardiomegaly", 1), ("pneumothorax", 1))
    assert ("pulmonary_nodule", 1) in m.tallies["false_findings"]
    json.dumps(m.to_json())


def test_metrics_of_nothing() -> None:
    m = judge_summary(VerifierJudge(), {"a": ReasoningGrade(GradeStatus.NOT_APPLICABLE)})
    assert m.n == 1 and m.graded == 0 and m.metrics["radrscore"] == Metric(None, None, 0, 0)
    assert m.tallies == {}


def test_judge_grades_items_and_marks_samples_without_evidence() -> None:
    items = [JudgeItem.build(sample(), "", "Small right effusion.", "yes"),
             JudgeItem.build(Sample(id="bare", question="q", answer="yes", answer_type=AnswerType.CLOSED), "", "x", "yes")]
    grades = VerifierJudge().grade(items, JudgeContext())
    assert grades["s"] == score_reasoning(sample(), "Small right effusion.").to_grade()
    assert grades["bare"].status is GradeStatus.NOT_APPLICABLE and not grades["bare"].metrics


def test_from_verification_is_the_same_path() -> None:
    from medstep.verify import verify
    v = verify("Small right effusion.", report=REPORT, reference=list(REFERENCE))
    assert ReasoningScore.from_verification(v).to_grade() == score_reasoning(sample(), "Small right effusion.").to_grade()


CHOICE = {"id": "c", "question": "Which finding is present?", "answer": "C", "answer_type": AnswerType.CHOICE,
          "options": {"A": "Left pneumothorax", "B": "Right lower lobe consolidation",
                      "C": "Small right pleural effusion", "D": "No acute abnormality"},
          "report": "Small right pleural effusion. No pneumothorax.", "benchmark": "radrbench"}


def test_choice_samples_pass_the_options_and_the_extracted_decision() -> None:
    s = Sample(**CHOICE)
    right = score_reasoning(s, "The right costophrenic angle is blunted.", answer="C")
    wrong = score_reasoning(s, "The right costophrenic angle is blunted.", answer="A")
    assert right.verification.decision.option == "C" and right.factuality == 1.0
    assert wrong.factuality == 0.5  # the observation is right, the chosen option is not
    listed = score_reasoning(s, "A) Left pneumothorax\nB) Right lower lobe consolidation\n"
                                "C) Small right pleural effusion\nD) No acute abnormality", answer=None)
    assert listed.verification.committed is False
    assert listed.to_grade().labels["uncommitted"]


def test_option_evidence_only_where_options_are_findings_and_not_for_exception_stems() -> None:
    no_report = {**CHOICE, "report": None, "reference_steps": ("The heart is normal.",)}
    s = Sample(**no_report)
    rs = score_reasoning(s, "There is a left pneumothorax.", answer="A")
    assert rs.factuality == 0.0 and rs.contradicted == ("pneumothorax", "pneumothorax")
    exception = Sample(**{**no_report, "question": "Which finding is NOT present?"})
    assert score_reasoning(exception, "There is a left pneumothorax.", answer="A").contradicted == ()
    other = Sample(**{**no_report, "benchmark": "custom"})
    assert score_reasoning(other, "There is a left pneumothorax.", answer="A").contradicted == ()


def test_clinical_errors_are_tallied_as_labels() -> None:
    g = score_reasoning(sample(), "There is a large left pneumothorax.").to_grade()
    assert g.labels["false_findings"] == ("pneumothorax",)
    assert set(g.labels["missed_findings"]) == {"pleural_effusion", "cardiomegaly"}


def test_scored_run_shows_each_step_role_in_samples_jsonl_and_report(tmp_path) -> None:
    """End to end on the repository's RadRBench-style example: roles reach samples.jsonl and the report."""
    from pathlib import Path

    from medstep.datasets.base import LoadOptions
    from medstep.pipeline import score_predictions
    from medstep.report import render_report

    root = Path(__file__).resolve().parents[1] / "examples"
    out = tmp_path / "run"
    score_predictions(root / "radrbench_mini_predictions.jsonl", "radrbench", str(root / "radrbench_mini.json"),
                      out, load=LoadOptions(check_images=False), judges=("verifier",))
    lines = [json.loads(x) for x in (out / "samples.jsonl").read_text(encoding="utf-8").splitlines()]
    steps = [st for line in lines for st in line["reasoning"]["judges"].get("verifier", {}).get("steps", [])]
    assert steps and all(st["role"] in {r.value for r in SentenceRole} for st in steps)
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert "clinical" in summary["judges"]["verifier"]["metrics"]
    html = render_report(out).read_text(encoding="utf-8")
    assert "role: observation" in html


def test_clinical_reward_ranks_completions() -> None:
    from medstep.rewards import clinical_reward

    cols = {"answer": ["A", "A"], "report": [REPORT, REPORT], "reference_steps": [list(REFERENCE)] * 2}
    outputs = [("<think>Small right pleural effusion. The heart is enlarged.</think><answer>A</answer>"),
               "<think>Large left pneumothorax. Pulmonary edema.</think><answer>A</answer>"]
    good, bad = clinical_reward(None, outputs, **cols)
    assert good == 1.0 and 0 < bad < good
    # no report, no reference steps: the reward does not apply (None, which TRL leaves out of the sum)
    assert clinical_reward(None, ["<think>x</think><answer>A</answer>"], answer=["A"]) == [None]


def test_recalling_a_bilateral_finding_takes_both_sides() -> None:
    s = sample(report=None, reference=("Small bilateral pleural effusions.",))
    assert score_reasoning(s, "There is a small right pleural effusion.").completeness == 0.0
    assert score_reasoning(s, "Small effusions on both sides.").completeness == 1.0
    assert score_reasoning(s, "Small bibasilar pleural effusions.").completeness == 1.0
