"""Grading in chunks (what keeps a 100,000-sample run's memory flat) changes no number and no line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import fixtures_seed as fx
from support.stub_openai_server import StubConfig, StubOpenAIServer
from typer.testing import CliRunner

import medstep.grading as grading
from medstep.cli import app
from medstep.datasets.base import LoadOptions
from medstep.pipeline import score_predictions

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _outputs(run: Path) -> tuple[str, dict]:
    summary = json.loads((run / "summary.json").read_text())
    summary.pop("created")
    return (run / "samples.jsonl").read_text(), summary


def test_score_in_chunks_of_two_writes_the_same_exports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def score(out: Path) -> tuple[str, dict]:
        score_predictions(EXAMPLES / "radrbench_mini_predictions.jsonl", "radrbench", str(EXAMPLES / "radrbench_mini.json"),
                          out, load=LoadOptions(check_images=False), judges=("verifier",), name="same")
        return _outputs(out)

    whole = score(tmp_path / "whole")
    monkeypatch.setattr(grading, "CHUNK", 2)
    chunked = score(tmp_path / "chunked")
    assert chunked == whole
    assert len(whole[0].splitlines()) == 8 and whole[1]["judges"]["verifier"]["statuses"]["graded"] >= 6
    # each line splices in the reasoning encoded for the results table: the bytes of encoding the whole
    # line (compact, non-ASCII kept)
    for line in whole[0].splitlines():
        assert line == json.dumps(json.loads(line), ensure_ascii=False, separators=(",", ":"))
    assert any(json.loads(x)["reasoning"].get("judges", {}).get("verifier", {}).get("steps")
               for x in whole[0].splitlines())


class _Bar:
    """A recording progress factory: (label, total) per bar and every advance."""

    def __init__(self) -> None:
        self.bars: list[tuple[str, int]] = []
        self.advances: list[int] = []

    def __call__(self, total: int, label: str) -> "_Bar":
        self.bars.append((label, total))
        return self

    def __enter__(self) -> "_Bar":
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def advance(self, n: int = 1, failed: bool = False) -> None:
        self.advances.append(n)


def test_a_grading_of_several_chunks_shows_progress_per_chunk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A long score said nothing while the verifier graded (100,000 samples: minutes); one line now advances per
    written chunk, and a run of one chunk (seconds) gets no bar."""
    def score(out: Path) -> _Bar:
        bar = _Bar()
        score_predictions(EXAMPLES / "radrbench_mini_predictions.jsonl", "radrbench", str(EXAMPLES / "radrbench_mini.json"),
                          out, load=LoadOptions(check_images=False), judges=("verifier",), progress=bar)
        return bar

    assert score(tmp_path / "one").bars == []
    monkeypatch.setattr(grading, "CHUNK", 3)
    bar = score(tmp_path / "three")
    assert bar.bars == [("grading", 8)] and bar.advances == [3, 3, 2]


def test_mode_both_in_chunks_pairs_the_same_answers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = fx.write_m3cot(tmp_path / "m3")

    def answer(prompt: str) -> str:
        return "<think>There is a right pleural effusion.</think><answer>A</answer>" if "<think>" in prompt else "B"

    runs = []
    with StubOpenAIServer(StubConfig(answer_fn=answer)) as server:
        for name, chunk in (("whole", 2048), ("chunked", 3)):
            monkeypatch.setattr(grading, "CHUNK", chunk)
            res = CliRunner().invoke(app, ["eval", "--no-report", "--benchmark", "m3cotbench", "--data", str(data),
                                           "--model", f"openai:stub@{server.base_url}", "--mode", "both",
                                           "--name", "same", "--out", str(tmp_path / name)])
            assert res.exit_code in (0, 3), res.output
            runs.append(_outputs(tmp_path / name))
    (lines_a, sum_a), (lines_b, sum_b) = runs
    strip = [{k: v for k, v in json.loads(x).items() if k not in ("latency_s", "direct")} for x in lines_a.splitlines()]
    assert strip == [{k: v for k, v in json.loads(x).items() if k not in ("latency_s", "direct")} for x in lines_b.splitlines()]
    timed = ("latency", "efficiency")  # timings differ between two runs; nothing else may

    def untimed(s: dict) -> dict:
        return {k: v for k, v in s["impact"].items() if not any(t in k for t in timed)}

    assert sum_a["outcome"] == sum_b["outcome"] and sum_a["judges"] == sum_b["judges"]
    assert untimed(sum_a) == untimed(sum_b) and sum_a["usage"] == sum_b["usage"]
    assert sum_a["impact"]["n"] == len(fx.M3COT_ROWS)


def test_rollouts_in_chunks_write_the_same_lines_and_pass_rates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from support.fixtures_datasets import write_vqa_rad
    from support.stub_openai_server import StubOpenAIServer

    data = write_vqa_rad(tmp_path / "vqa")
    runs = []
    with StubOpenAIServer() as server:
        for name, chunk in (("whole", 2048), ("chunked", 2)):
            monkeypatch.setattr(grading, "CHUNK", chunk)
            res = CliRunner().invoke(app, ["eval", "--benchmark", "vqa-rad", "--data", str(data), "--model",
                                           f"openai:stub@{server.base_url}", "--out", str(tmp_path / name),
                                           "--no-report", "--judge", "none", "--samples", "3", "--temperature",
                                           "0.8", "--name", "same"])
            assert res.exit_code == 0, res.output
            runs.append(_outputs(tmp_path / name))
    (lines_a, sum_a), (lines_b, sum_b) = runs

    def untimed(text: str) -> list[dict]:
        out = []
        for x in text.splitlines():
            line = {k: v for k, v in json.loads(x).items() if k != "latency_s"}
            line["rollouts"] = [{k: v for k, v in r.items() if k != "latency_s"} for r in line["rollouts"]]
            out.append(line)
        return out

    assert untimed(lines_a) == untimed(lines_b) and len(untimed(lines_a)[0]["rollouts"]) == 3
    assert sum_a["rollouts"] == sum_b["rollouts"] and sum_a["outcome"] == sum_b["outcome"]
