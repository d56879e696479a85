"""`medstep eval` on the seed papers' benchmarks through the OpenAI-compatible backend (a stub server)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import fixtures_seed as fx
from support.stub_openai_server import StubConfig, StubOpenAIServer
from typer.testing import CliRunner

from medstep.cli import app
from medstep.types import MedstepError

runner = CliRunner()

# M3CoTBench fixture questions -> (cot answer, direct answer): CoT right on all four, direct on two.
M3COT_ANSWERS = {
    "What abnormality is shown": ("<think>This is a chest radiograph.\nThere is a right pleural effusion.</think>"
                                  "<answer>A</answer>", "B"),
    "Which findings are present": ("<think>The heart is enlarged.</think><answer>A, B</answer>", "A, B"),
    "the lungs are clear": ("<think>There is consolidation.</think><answer>False</answer>", "True"),
    "imaging modality": ("<think>This is an MRI.</think><answer>MRI</answer>", "MRI"),
}


def _m3cot_answer(prompt: str) -> str:
    for key, (cot, direct) in M3COT_ANSWERS.items():
        if key in prompt:
            return cot if "<think>" in prompt else direct
    return "no idea"


def _eval(*args: str):
    res = runner.invoke(app, ["eval", "--no-report", *args])
    assert res.exit_code == 0, f"{res.output}\n{res.exception!r}"
    return res


def _lines(run: Path) -> list[dict]:
    return [json.loads(x) for x in (run / "samples.jsonl").read_text().splitlines()]


def test_mode_both_pairs_direct_and_cot_in_one_run_and_resumes(tmp_path):
    data = fx.write_m3cot(tmp_path / "m3")
    run = tmp_path / "run"
    with StubOpenAIServer(StubConfig(answer_fn=_m3cot_answer)) as server:
        args = ("--benchmark", "m3cotbench", "--data", str(data), "--model", f"openai:stub@{server.base_url}",
                "--mode", "both", "--out", str(run))
        first = _eval(*args)
        assert f"{2 * len(fx.M3COT_ROWS)} generated" in first.output
        assert server.stats.chat_requests == 2 * len(fx.M3COT_ROWS)
        second = _eval(*args)
        assert f"0 generated, {2 * len(fx.M3COT_ROWS)} from the run's cache" in second.output
    summary = json.loads((run / "summary.json").read_text())
    assert summary["mode"] == "both"
    impact = summary["impact"]
    assert impact["n"] == 4 and impact["excluded"] == 0
    assert impact["cot"]["value"] == 1.0 and impact["direct"]["value"] == 0.5 and impact["diff"] == 0.5
    assert (impact["only_cot"], impact["only_direct"]) == (2, 0) and impact["p_value"] == pytest.approx(0.5)
    assert impact["latency_ratio"] is not None and impact["tokens_cot"]["n"] == 4
    assert summary["outcome"]["accuracy"]["value"] == 1.0  # the run is graded on its CoT answers
    assert list(summary["judges"]) == ["steps"]  # auto = M3CoTBench's own step judge
    lines = _lines(run)
    assert [ln["direct"]["correct"] for ln in lines] == [False, True, False, True]
    assert lines[0]["direct"]["answer"] == "B" and lines[0]["answer"] == "A"
    assert "impact (cot - direct)" in first.output


def test_mode_both_refuses_a_template_file(tmp_path):
    tpl = tmp_path / "t.txt"
    tpl.write_text("{question}\n{options}")
    res = runner.invoke(app, ["eval", "--benchmark", "m3cotbench", "--data", str(fx.write_m3cot(tmp_path / "m3")),
                              "--model", "openai:x@http://127.0.0.1:9/v1", "--mode", "both", "--template", str(tpl),
                              "--out", str(tmp_path / "run")])
    assert isinstance(res.exception, MedstepError) and "mode 'both'" in str(res.exception)


def test_mediconfusion_set_metrics_of_a_model_that_ignores_the_image(tmp_path):
    data = fx.write_mediconfusion(tmp_path / "mc")
    run = tmp_path / "run"
    with StubOpenAIServer(StubConfig(answer_fn=lambda p: "Answer: A")) as server:
        res = _eval("--benchmark", "mediconfusion", "--data", str(data), "--model", f"openai:stub@{server.base_url}",
                    "--mode", "direct", "--out", str(run))
    groups = json.loads((run / "summary.json").read_text())["outcome"]["groups"]
    n_pairs = len(fx.MEDICONFUSION_PAIRS)
    assert groups["n"] == n_pairs and groups["set_accuracy"]["value"] == 0.0
    assert groups["confusion"]["value"] == 1.0 and groups["invalid"]["value"] == 0.0
    assert "set accuracy" in res.output


def test_medsg_multi_image_grounding_through_the_openai_content_list(tmp_path):
    data = fx.write_medsg(tmp_path / "sg")
    run = tmp_path / "run"
    with StubOpenAIServer(StubConfig(answer_fn=lambda p: "<answer>[4, 4, 12, 10]</answer>")) as server:
        _eval("--benchmark", "medsg-bench", "--data", str(data), "--model", f"openai:stub@{server.base_url}",
              "--mode", "direct", "--out", str(run))
        bodies = server.stats.bodies
    parts = [b["messages"][-1]["content"] for b in bodies]
    assert sorted(sum(p["type"] == "image_url" for p in c) for c in parts) == [2, 2, 3]
    assert all(c[-1]["type"] == "text" and all(p["type"] == "image_url" for p in c[:-1]) for c in parts)
    summary = json.loads((run / "summary.json").read_text())
    box = summary["outcome"]["box"]
    assert box["iou"]["n"] == 3 and box["accuracy"]["value"] == pytest.approx(1 / 3)  # only t1-0 matches
    lines = {ln["id"]: ln for ln in _lines(run)}
    assert lines["t1-0"]["rule"] == "box_pixels" and lines["t1-0"]["correct"] is True


def test_medthink_text_only_with_points_coverage(tmp_path):
    data = fx.write_medthink(tmp_path / "mt")
    run = tmp_path / "run"
    answer = "<think>A chest radiograph is the first test.\nThere is cardiomegaly.</think><answer>A</answer>"
    with StubOpenAIServer(StubConfig(answer_fn=lambda p: answer)) as server:
        _eval("--benchmark", "medthink-bench", "--data", str(data), "--model", f"openai:stub@{server.base_url}",
              "--out", str(run))
        assert all(isinstance(b["messages"][-1]["content"], str) for b in server.stats.bodies)  # no image parts
    judges = json.loads((run / "summary.json").read_text())["judges"]
    assert list(judges) == ["points"] and judges["points"]["metrics"]["coverage"]["n"] >= 1


def _report(run: Path) -> str:
    from medstep.report import render_report

    return render_report(run).read_text()


def test_reports_show_sets_impact_and_boxes_drawn_on_thumbnails(tmp_path):
    import base64
    import io
    import re

    from PIL import Image

    sg, mc, m3 = tmp_path / "sg-run", tmp_path / "mc-run", tmp_path / "m3-run"
    with StubOpenAIServer(StubConfig(answer_fn=lambda p: "<answer>[2, 2, 10, 8]</answer>")) as server:
        _eval("--benchmark", "medsg-bench", "--data", str(fx.write_medsg(tmp_path / "sg")), "--model",
              f"openai:stub@{server.base_url}", "--mode", "direct", "--out", str(sg))
    with StubOpenAIServer(StubConfig(answer_fn=lambda p: "Answer: B")) as server:
        _eval("--benchmark", "mediconfusion", "--data", str(fx.write_mediconfusion(tmp_path / "mc")), "--model",
              f"openai:stub@{server.base_url}", "--mode", "direct", "--out", str(mc))
    with StubOpenAIServer(StubConfig(answer_fn=_m3cot_answer)) as server:
        _eval("--benchmark", "m3cotbench", "--data", str(fx.write_m3cot(tmp_path / "m3")), "--model",
              f"openai:stub@{server.base_url}", "--mode", "both", "--out", str(m3))
    html = _report(sg)
    assert 'id="box-legend"' in html and "gold box" in html
    payload = json.loads(re.search(r'<script id="medstep-data" type="application/json">(.*?)</script>', html, re.S)
                         .group(1).replace("\\u003c", "<"))
    boxed = next(r for r in payload["samples"] if r["i"] == "t1-0")
    uri = payload["thumbs"][boxed["im"][0]]
    im = Image.open(io.BytesIO(base64.b64decode(uri.split(",", 1)[1]))).convert("RGB")
    colours = {c for _, c in im.getcolors(maxcolors=1 << 16)}
    assert any(g > 150 and r < 90 for r, g, b in colours), "the gold box (green) is drawn"
    assert any(r > 170 and g < 90 for r, g, b in colours), "the predicted box (red) is drawn"
    html = _report(mc)
    assert 'id="sets-overall"' in html and "Sets by category" in html
    html = _report(m3)
    assert 'id="impact"' in html and "McNemar p" in html
