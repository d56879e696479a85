"""Judge agreement: rank correlations and Cohen's kappa against hand-computed values, and the command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.stub_openai_server import StubConfig, StubOpenAIServer
from typer.testing import CliRunner

from medstep.cli import app
from medstep.results import GradeStatus, ReasoningGrade, StepGrade
from medstep.score.agreement import cohen_kappa, metric_agreement, verdict_agreement
from medstep.verify import Verdict

S, C, N = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NEUTRAL
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def g(value, verdicts=()):
    steps = tuple(StepGrade(i, f"step {i}", v) for i, v in enumerate(verdicts))
    return ReasoningGrade(GradeStatus.GRADED, {"m": value}, steps)


def test_rank_correlations_by_hand() -> None:
    a = {f"s{i}": g(x) for i, x in enumerate([1, 2, 3, 4])}
    b = {f"s{i}": g(y) for i, y in enumerate([10, 30, 20, 40])}
    b["s9"] = g(5)  # graded by one judge only: not compared
    a["s8"] = ReasoningGrade(GradeStatus.PARSE_FAILURE)
    b["s8"] = g(1)
    m = metric_agreement(a, b, "m", "m", n_boot=200)
    assert m.n == 4
    assert m.spearman.value == pytest.approx(1 - 6 * 2 / (4 * 15))  # d = 0, -1, 1, 0
    assert m.kendall.value == pytest.approx((5 - 1) / 6)  # one discordant pair of six
    lo, hi = m.spearman.ci95
    assert -1 <= lo <= hi <= 1
    assert {d.sample_id for d in m.most_disagreeing} == {"s1", "s2"}  # the swapped pair


def test_undefined_when_too_few_or_constant() -> None:
    a = {"x": g(1.0), "y": g(1.0), "z": g(1.0)}
    b = {"x": g(0.1), "y": g(0.5), "z": g(0.9)}
    m = metric_agreement(a, b, "m", "m", n_boot=50)
    assert m.n == 3 and m.spearman.value is None and m.spearman.ci95 is None  # judge A gave one value
    assert metric_agreement({"x": g(1)}, {"x": g(2)}, "m", "m").spearman.value is None


def test_cohen_kappa_on_step_verdicts() -> None:
    a = {"s": g(1, [S, S, C, N])}
    b = {"s": g(1, [S, C, C, N])}
    v = verdict_agreement(a, b, n_boot=200)
    assert v.n_steps == 4 and v.observed == pytest.approx(0.75)
    # p_o = 3/4, p_e = .5*.25 + .25*.5 + .25*.25 = .3125
    assert v.kappa.value == pytest.approx((0.75 - 0.3125) / (1 - 0.3125))
    assert v.pairs[(S, C)] == 1 and v.pairs[(S, S)] == 1
    import numpy as np
    assert np.isnan(cohen_kappa(np.array([1.0, 1.0]), np.array([1.0, 1.0])))


def _medq(prompt: str) -> str:
    # completeness follows how many reference steps the prompt lists, so it correlates with the verifier's
    score = min(2, prompt.count("\n", prompt.find("Reference reasoning steps"), prompt.find("Correct answer")) // 2)
    return json.dumps({"completeness": score, "preciseness": 1, "consistency": 2, "quality_accuracy": 1})


def test_agreement_command_terminal_and_html(tmp_path: Path) -> None:
    runner = CliRunner()
    with StubOpenAIServer(StubConfig(answer_fn=_medq)) as server:
        res = runner.invoke(app, ["score", str(EXAMPLES / "radrbench_mini_predictions.jsonl"), "--benchmark",
                                  "radrbench", "--data", str(EXAMPLES / "radrbench_mini.json"), "--out",
                                  str(tmp_path / "run"), "--no-report", "--allow-failures", "--judge", "verifier", "--judge",
                                  f"medq:openai:j@{server.base_url}"])
    assert res.exit_code == 0, res.output
    out = tmp_path / "agree.html"
    res = runner.invoke(app, ["agreement", str(tmp_path / "run"), "--judge", "verifier", "--judge", "medq",
                              "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert "Spearman" in res.output and "completeness" in res.output and "step verdicts" in res.output
    html = out.read_text()
    assert 'id="agreement-metrics"' in html and "<td>completeness</td>" in html
    # explicit pairs across differently named metrics
    res = runner.invoke(app, ["agreement", str(tmp_path / "run"), "--judge", "verifier", "--judge", "medq",
                              "--metric", "radrscore=total"])
    assert res.exit_code == 0 and "radrscore ~ total" in res.output
    for args, message in [(["--judge", "verifier"], "exactly two"),
                          (["--judge", "verifier", "--judge", "m3cot"], "no such judge"),
                          (["--judge", "verifier", "--judge", "medq", "--metric", "x=total"], "has no metric 'x'")]:
        res = runner.invoke(app, ["agreement", str(tmp_path / "run"), *args])
        assert res.exit_code != 0 and message in str(res.exception), (args, res.exception)
