"""The `medstep` command as a user runs it: data counts, scoring, clear errors."""

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from medstep.cli import app
from support import fixtures_datasets as fx

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
runner = CliRunner()


def medstep(*args: str) -> subprocess.CompletedProcess:
    """Run the real command (exit status and stderr exactly as a user sees them)."""
    return subprocess.run([sys.executable, "-m", "medstep.cli", *args], capture_output=True, text=True, timeout=120)


def data_json(*args: str) -> dict:
    res = runner.invoke(app, ["data", *args])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def test_data_vqa_rad_counts_test_split(tmp_path):
    root = fx.write_vqa_rad(tmp_path / "vqarad")
    test = [r for r in fx.VQA_RAD_RECORDS if r["phrase_type"] in fx.VQA_RAD_TEST_PHRASES]
    out = data_json("vqa-rad", "--data", str(root))
    assert out["n"] == len(test)
    closed = sum(r["answer_type"].strip().upper() == "CLOSED" for r in test)
    assert out["by_answer_type"] == {k: v for k, v in {"closed": closed, "open": len(test) - closed}.items() if v}
    assert out["missing_images"] == 0


def test_data_lists_missing_images_instead_of_failing(tmp_path):
    test = [r for r in fx.VQA_RAD_RECORDS if r["phrase_type"] in fx.VQA_RAD_TEST_PHRASES]
    missing = test[0]["image_name"]
    root = fx.write_vqa_rad(tmp_path / "vqarad", missing=missing)
    out = data_json("vqa-rad", "--data", str(root))
    n_missing = sum(r["image_name"] == missing for r in test)
    # n: what `score` uses (images not needed); n_eval: what `eval` can use
    assert out["missing_images"] == n_missing and out["n"] == len(test)
    assert out["n_eval"] == len(test) - n_missing
    assert missing in out["skipped"][0]["path"]


@pytest.mark.parametrize("name,writer", [
    ("slake", fx.write_slake), ("medxpertqa-mm", fx.write_medxpertqa), ("mmmu-med", fx.write_mmmu),
    ("pmc-vqa", fx.write_pmc_vqa), ("omnimedvqa", fx.write_omnimedvqa), ("radrbench", fx.write_radrbench),
])
def test_data_every_benchmark_fixture_loads_with_answer_type_counts(tmp_path, name, writer):
    from medstep.datasets import load_benchmark
    from medstep.datasets.base import LoadOptions

    path = writer(tmp_path / name)
    out = data_json(name, "--data", str(path))
    samples = load_benchmark(name, str(path), LoadOptions(skip_missing_images=True)).samples
    assert out["n"] == len(samples) > 0
    assert out["by_answer_type"] == dict(sorted(Counter(s.answer_type.value for s in samples).items()))


def test_score_quickstart_example_writes_summary_and_samples(tmp_path):
    res = runner.invoke(app, [
        "score", str(EXAMPLES / "radrbench_mini_predictions.jsonl"), "--benchmark", "radrbench",
        "--data", str(EXAMPLES / "radrbench_mini.json"), "--out", str(tmp_path / "run"),
    ])
    # one example prediction is a failed call: counted apart, and the exit status says so
    assert res.exit_code == 3, res.output
    assert "1 of 8 samples have no successful generation" in res.output.replace("\n", " ")
    summary = json.loads((tmp_path / "run" / "summary.json").read_text())
    lines = [json.loads(x) for x in (tmp_path / "run" / "samples.jsonl").read_text().splitlines()]
    preds = [json.loads(x) for x in (EXAMPLES / "radrbench_mini_predictions.jsonl").read_text().splitlines()]
    assert summary["n"] == len(lines) == len(preds)
    o = summary["outcome"]
    failed = [ln for ln in lines if ln["status"] == "failed"]
    assert o["failed"] == len(failed) == sum("error" in p for p in preds)
    for status in ("unparsed", "ambiguous", "refused", "truncated"):
        assert o[status] == sum(ln["status"] == status for ln in lines), status
    assert o["ambiguous"] >= 1  # "<answer>B or C</answer>" claims two options
    # The headline is over the choice questions; the open one (no options) is reported apart.
    graded = [ln for ln in lines if ln["correct"] is not None and ln["answer_type"] != "open"]
    assert o["accuracy_over"] == ["choice"] and o["open"]["accuracy"]["n"] >= 1
    assert o["accuracy"]["n"] == len(graded)
    assert o["accuracy"]["value"] == pytest.approx(sum(ln["correct"] for ln in graded) / len(graded))
    lo, hi = o["accuracy"]["ci95"]
    assert lo <= o["accuracy"]["value"] <= hi
    for ln in lines:
        assert set(ln) >= {"id", "question", "gold", "output", "reasoning", "answer", "rule", "correct", "error"}
        assert ln["rule"] is None if ln["status"] == "failed" else ln["rule"]
    # The example has reports and reference steps, so the verifier is the default judge.
    assert list(summary["judges"]) == ["verifier"] and summary["schema_version"] == 2
    for k in ("completeness", "factuality", "effectiveness", "radrscore"):
        assert 0.0 <= summary["judges"]["verifier"]["metrics"][k]["value"] <= 1.0
    scored = next(ln for ln in lines if ln["id"] == "mini-001")
    grade = scored["reasoning"]["judges"]["verifier"]
    assert grade["status"] == "graded" and grade["steps"] and "completeness" in grade["metrics"]
    assert all(st["verdict"] in ("supported", "contradicted", "unverifiable", "neutral") for st in grade["steps"])
    html = (tmp_path / "run" / "report.html").read_text()  # the quickstart command also writes the report
    assert "mini-001" in html and "radrbench" in html


def test_score_judge_none_grades_answers_only(tmp_path):
    res = runner.invoke(app, [
        "score", str(EXAMPLES / "radrbench_mini_predictions.jsonl"), "--benchmark", "radrbench",
        "--data", str(EXAMPLES / "radrbench_mini.json"), "--out", str(tmp_path / "run"), "--judge", "none",
        "--no-report", "--allow-failures",
    ])
    assert res.exit_code == 0, res.output
    summary = json.loads((tmp_path / "run" / "summary.json").read_text())
    assert summary["judges"] == {}
    assert not (tmp_path / "run" / "report.html").exists()


def test_unknown_benchmark_is_one_error_line(tmp_path):
    res = medstep("data", "no-such-bench", "--data", str(tmp_path))
    assert res.returncode == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and "vqa-rad" in lines[0]


def test_malformed_prediction_line_names_file_and_line_and_keeps_the_run(tmp_path):
    run = tmp_path / "run"
    ok = medstep("score", str(EXAMPLES / "radrbench_mini_predictions.jsonl"), "--benchmark", "radrbench",
                 "--data", str(EXAMPLES / "radrbench_mini.json"), "--out", str(run), "--judge", "none",
                 "--allow-failures")
    assert ok.returncode == 0, ok.stderr
    before = (run / "summary.json").read_text()
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "mini-001", "output": "A"}\n{"id": "mini-002", "output": \n')
    res = medstep("score", str(bad), "--benchmark", "radrbench", "--data", str(EXAMPLES / "radrbench_mini.json"),
                  "--out", str(run))
    assert res.returncode == 2
    assert f"{bad}:2: malformed JSON" in res.stderr.replace("\n", "")
    assert (run / "summary.json").read_text() == before


def test_prediction_for_unknown_id_is_refused(tmp_path):
    bad = tmp_path / "p.jsonl"
    bad.write_text('{"id": "not-there", "output": "A"}\n')
    res = runner.invoke(app, ["score", str(bad), "--benchmark", "radrbench",
                              "--data", str(EXAMPLES / "radrbench_mini.json"), "--out", str(tmp_path / "r")])
    assert res.exit_code != 0 and "not-there" in str(res.exception)


def test_missing_field_in_benchmark_file_names_the_record(tmp_path):
    recs = json.loads((EXAMPLES / "radrbench_mini.json").read_text())
    del recs[2]["question"]
    f = tmp_path / "broken.json"
    f.write_text(json.dumps(recs))
    res = medstep("data", "radrbench", "--data", str(f))
    assert res.returncode == 2
    assert str(f) in res.stderr and "mini-003" in res.stderr
