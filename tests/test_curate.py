"""``medstep eval --samples k`` and ``medstep curate`` end to end (scripted fake server, tiny llama.cpp model).

The stub server samples: with a temperature above 0 its yes/no answer depends on the request's seed,
so each rollout is a different, reproducible answer. Curation is checked against counts the test
recomputes from ``samples.jsonl`` itself.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from medstep.cli import app
from medstep.curate import CurateConfig, Filter, ItemDifficulty, Order, drop_reason, ordered, run_curate, stage
from medstep.trainset import load_trainset
from medstep.types import MedstepError
from support.fixtures_datasets import write_vqa_rad
from support.stub_openai_server import StubOpenAIServer

runner = CliRunner()


def _eval(data: Path, url: str, out: Path, *extra: str) -> None:
    args = ["eval", "--benchmark", "vqa-rad", "--data", str(data), "--model", f"openai:stub@{url}",
            "--out", str(out), "--no-report", "--judge", "none", *extra]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output


def _lines(run: Path) -> list[dict]:
    return [json.loads(x) for x in (run / "samples.jsonl").read_text().splitlines()]


@pytest.fixture(scope="module")
def sampled(tmp_path_factory) -> dict:
    """A vqa-rad run with 4 rollouts at T=0.8, then resumed with 6 (two more per question)."""
    root = tmp_path_factory.mktemp("rollouts")
    data = write_vqa_rad(root / "vqa")
    with StubOpenAIServer() as server:
        _eval(data, server.base_url, root / "run4", "--samples", "4", "--temperature", "0.8")
        first = server.stats.chat_requests
        _eval(data, server.base_url, root / "run4", "--samples", "4", "--temperature", "0.8")
        again = server.stats.chat_requests - first
        _eval(data, server.base_url, root / "run4", "--samples", "6", "--temperature", "0.8")
        more = server.stats.chat_requests - first - again
        _eval(data, server.base_url, root / "single", "--temperature", "0.8")
    return {"root": root, "data": data, "run": root / "run4", "single": root / "single",
            "first": first, "again": again, "more": more}


def test_each_rollout_is_its_own_cached_request(sampled: dict) -> None:
    lines = _lines(sampled["run"])
    n = len(lines)
    assert sampled["first"] == 4 * n and sampled["again"] == 0 and sampled["more"] == 2 * n
    for line in lines:
        seeds = [r["seed"] for r in line["rollouts"]]
        assert seeds == [0, 1, 2, 3, 4, 5]
        assert line["rollouts"][0]["output"] == line["output"]  # rollout 1 is the run's own answer
    # rollout 1 decodes exactly as a single-sample run with the same settings
    single = {x["id"]: x["output"] for x in _lines(sampled["single"])}
    assert all(single[x["id"]] == x["rollouts"][0]["output"] for x in lines)
    assert len({r["output"] for x in lines for r in x["rollouts"]}) > 1  # the seeds really sample


def test_usage_counts_every_rollout_call(sampled: dict) -> None:
    """Rollouts 2..k are calls the server answered: their tokens belong in the run's usage (and cost)."""
    n = len(_lines(sampled["run"]))
    usage = json.loads((sampled["run"] / "summary.json").read_text())["usage"]["generation"]["total"]
    assert usage["calls"] == 6 * n and usage["prompt_tokens"] > 0
    # near miss: a run of one sample per question counts one call per question
    single = json.loads((sampled["single"] / "summary.json").read_text())["usage"]["generation"]["total"]
    assert single["calls"] == n and usage["prompt_tokens"] > 5 * single["prompt_tokens"]


def test_summary_rollouts_match_the_lines(sampled: dict) -> None:
    summary = json.loads((sampled["run"] / "summary.json").read_text())
    r = summary["rollouts"]
    every = _lines(sampled["run"])
    # VQA-RAD mixes closed and open questions: the top-level figures are over the closed ones only,
    # like the headline accuracy, and each kind has its own under by_type
    assert r["accuracy_over"] == ["closed"] and set(r["by_type"]) == {"closed", "open"}
    for figures, kinds in ((r, {"closed"}), (r["by_type"]["closed"], {"closed"}), (r["by_type"]["open"], {"open"})):
        lines = [line for line in every if line["answer_type"] in kinds]
        passes = [sum(bool(x["correct"]) for x in line["rollouts"]) for line in lines]
        assert figures["passes"] == {str(j): passes.count(j) for j in range(7)}
        assert figures["accuracy"]["value"] == pytest.approx(sum(passes) / (6 * len(lines)))
        assert figures["pass_at_k"]["value"] == pytest.approx(sum(p > 0 for p in passes) / len(lines))
        assert figures["majority"]["n"] + figures["majority"]["undefined"] == len(lines)
    assert r["k"] == 6 and r["temperature"] == 0.8 and r["incomplete"] == 0


def test_greedy_rollouts_are_refused(tmp_path: Path) -> None:
    data = write_vqa_rad(tmp_path / "vqa")
    result = subprocess.run([sys.executable, "-m", "medstep.cli", "eval", "--benchmark", "vqa-rad", "--data", str(data),
                             "--model", "openai:x@http://127.0.0.1:9/v1", "--out", str(tmp_path / "r"),
                             "--samples", "3"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "--temperature must be more than 0" in result.stderr
    assert not (tmp_path / "r").exists()


def test_curate_keeps_learnable_items_easy_to_hard(sampled: dict, tmp_path: Path) -> None:
    out = tmp_path / "curated.parquet"
    result = runner.invoke(app, ["curate", str(sampled["run"]), "--out", str(out), "--stages", "3"])
    assert result.exit_code == 0, result.output
    lines = _lines(sampled["run"])
    passes = {x["id"]: sum(bool(r["correct"]) for r in x["rollouts"]) for x in lines}
    learnable = [i for i, p in passes.items() if 0 < p < 6]
    ds = load_trainset(out)
    assert sorted(ds["id"]) == sorted(learnable)
    rates = ds["pass_rate"]
    assert rates == sorted(rates, reverse=True)
    assert all(row["passes"] == passes[row["id"]] and row["rollouts"] == 6 for row in ds)
    assert all(row["stage"] == min(3, (6 - row["passes"]) * 3 // 6 + 1) for row in ds)
    counts = json.loads((tmp_path / "curated.parquet.curate.json").read_text())
    assert counts["kept"] == len(learnable) and counts["kept"] + sum(counts["dropped"].values()) == counts["n"]
    assert counts["dropped"].get("all_solved", 0) == sum(p == 6 for p in passes.values())
    assert counts["dropped"].get("none_solved", 0) == sum(p == 0 for p in passes.values())


def test_curated_rows_carry_the_eval_prompt_and_reward_columns(sampled: dict, tmp_path: Path) -> None:
    res = run_curate(CurateConfig(runs=[sampled["run"]], out=tmp_path / "all.jsonl", keep="all", order="benchmark"))
    rows = [json.loads(x) for x in res.output.read_text().splitlines()]
    lines = _lines(sampled["run"])
    assert [r["id"] for r in rows] == [x["id"] for x in lines]
    for row, line in zip(rows, lines):
        assert row["answer"] == line["gold"] and row["answer_type"] == line["answer_type"]
        text = row["prompt"][0]["content"][-1]["text"]
        assert line["question"].strip() in text and "<think>" in text  # the cot prompt eval sends
        assert [p["type"] for p in row["prompt"][0]["content"]].count("image") == len(row["images"])


def test_pooled_runs_and_refusals(sampled: dict, tmp_path: Path) -> None:
    res = run_curate(CurateConfig(runs=[sampled["run"], sampled["single"]], out=tmp_path / "p.jsonl", keep="all"))
    rows = [json.loads(x) for x in res.output.read_text().splitlines()]
    assert {r["rollouts"] for r in rows} == {7}  # 6 rollouts + 1 single answer per question
    with pytest.raises(MedstepError, match=r"between the minimum rate \(0\.\d+\) and 1"):
        run_curate(CurateConfig(runs=[sampled["run"]], out=tmp_path / "x.jsonl", min_rate=0.8, max_rate=0.2))
    with pytest.raises(MedstepError, match="keep must be one of"):
        run_curate(CurateConfig(runs=[sampled["run"]], out=tmp_path / "x.jsonl", keep="easy"))
    with pytest.raises(MedstepError, match="not a medstep run directory"):
        run_curate(CurateConfig(runs=[tmp_path], out=tmp_path / "x.jsonl"))


def test_curate_never_writes_over_a_file_it_did_not_write(sampled: dict, tmp_path: Path) -> None:
    """``--out RUN/samples.jsonl`` (or a predictions file) is refused and left byte for byte; a file an earlier
    curate wrote (its .curate.json beside it) is replaced, so re-running the same command still works."""
    run_samples = Path(sampled["run"]) / "samples.jsonl"
    before = run_samples.read_bytes()
    with pytest.raises(MedstepError, match=r"samples\.jsonl exists and was not written by medstep curate"):
        run_curate(CurateConfig(runs=[sampled["run"]], out=run_samples, keep="all"))
    assert run_samples.read_bytes() == before and not (run_samples.parent / "samples.jsonl.curate.json").exists()
    out = tmp_path / "again.jsonl"
    first = run_curate(CurateConfig(runs=[sampled["run"]], out=out, keep="all")).output.read_text()
    assert run_curate(CurateConfig(runs=[sampled["run"]], out=out, keep="all")).output.read_text() == first


def test_difficulty_definitions() -> None:
    d = [ItemDifficulty("a", 0, 4), ItemDifficulty("b", 2, 4), ItemDifficulty("c", 4, 4), ItemDifficulty("d", 0, 0),
         ItemDifficulty("e", 3, 4)]
    assert [drop_reason(x, Filter.LEARNABLE) for x in d] == [
        "none_solved", None, "all_solved", "no_graded_rollout", None]
    assert drop_reason(d[1], Filter.ALL, min_rate=0.6) == "outside_rate"
    assert drop_reason(d[0], Filter.UNSOLVED) is None and drop_reason(d[1], Filter.SOLVED) == "partly_solved"
    assert [x.sample_id for x in ordered([d[0], d[1], d[4]], Order.EASY_TO_HARD)] == ["e", "b", "a"]
    assert [x.sample_id for x in ordered([d[4], d[1], d[0]], Order.HARD_TO_EASY)] == ["a", "b", "e"]
    # stage bands are exact: 2 of 3 sits in (1/3, 2/3], stage 2 of 3
    assert [stage(ItemDifficulty("x", p, 3), 3) for p in (3, 2, 1, 0)] == [1, 2, 3, 3]


@pytest.mark.slow
def test_tiny_llamacpp_rollouts_curate(tiny_gguf: Path, tmp_path: Path) -> None:
    pytest.importorskip("llama_cpp")
    from medstep.pipeline import EvalConfig, run_eval
    from medstep.types import GenerationSettings
    from support.fixtures_seed import write_medxpertqa_text

    data = write_medxpertqa_text(tmp_path / "mx")
    run = run_eval(EvalConfig(benchmark="medxpertqa-text", data=str(data), model=f"llamacpp:{tiny_gguf}",
                              out=tmp_path / "run", samples=2, limit=3, judges=("none",), n_ctx=1024, n_threads=1,
                              settings=GenerationSettings(max_tokens=8, temperature=0.9, seed=0)))
    n = run.summary.n
    assert run.summary.rollouts is not None and run.summary.rollouts.k == 2 and run.requested == 2 * n
    res = run_curate(CurateConfig(runs=[tmp_path / "run"], out=tmp_path / "c.jsonl", keep="all"))
    assert res.summary.n == n and res.summary.kept == n
    assert sum(int(p.split("/")[0]) * n for p, n in res.summary.passes.items()) == sum(
        run.summary.rollouts.passes[str(j)] * j for j in range(3))
