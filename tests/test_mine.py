"""``medstep mine`` end to end against the scripted fake server (and a tiny llama.cpp model, below).

The fake "mining model" (support/mining_model.py) answers each prompt like a cooperative model
unless the item's question asks it to fail one way; the tests check what mining must guarantee:
every kept chain passes its checks, failed chains are regenerated with a new seed and then
dropped, every rejection is counted, the training file has TRL's schema, and a re-run sends nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.fixtures_datasets import write_radrbench
from support.mining_model import mining_model
from support.stub_openai_server import StubConfig, StubOpenAIServer
from typer.testing import CliRunner

from medstep.cli import app
from medstep.extract import has_think_answer_format
from medstep.mine import MineConfig, run_mine
from medstep.types import GenerationSettings, MedstepError

YES_NO = "\nOptions:\nA) Yes\nB) No"
REPORT = "Small left pleural effusion. No pneumothorax. Heart size is normal."


def _rec(item: str, question: str, answer: str = "A", report: str | None = REPORT) -> dict:
    rec = {"item_id": item, "image_path": [f"imgs/{item}.png"], "question": question + YES_NO, "answer": answer,
           "answer_content": "Yes" if answer == "A" else "No", "dataset_name": "mimic",
           "reason_steps": ["The left costophrenic angle is blunted.", "Hence a left pleural effusion."]}
    if report is not None:
        rec["original_report"] = report
    return rec


RECORDS = [
    _rec("ok", "Is there a pleural effusion?"),
    _rec("retry", "Is there a pleural effusion? [contradict-once]"),
    _rec("wrong", "Is there a pleural effusion? [wrong-answer]"),
    _rec("fake", "Is there a pleural effusion? [fake-quote]"),
    _rec("cite", "Is there a pleural effusion? [cite-report]"),
    _rec("garbage", "Is there a pleural effusion? [garbage]"),
    _rec("noreport", "Is there a pleural effusion?", report=None),
]


@pytest.fixture()
def bench(tmp_path: Path) -> Path:
    return write_radrbench(tmp_path / "bench", records=RECORDS)


def test_plan_evidence_refine_checks_regenerates_counts_and_resumes(bench: Path, tmp_path: Path) -> None:
    answer, calls = mining_model()
    with StubOpenAIServer(StubConfig(answer_fn=answer)) as server:
        cfg = MineConfig(benchmark="radrbench", data=str(bench), out=tmp_path / "run",
                         model=f"openai:writer@{server.base_url}", attempts=3)
        res = run_mine(cfg)
        s = res.summary
        assert (s.n, s.attempted, s.mined, s.dropped) == (7, 6, 2, 4)
        assert s.left_out["no_report"] == 1
        assert s.rejections == {"answer_mismatch": 3, "cites_report": 3, "contradicts_report": 1,
                                "evidence_not_in_report": 3, "parse_failure": 3}
        assert s.dropped_by == {"answer_mismatch": 1, "cites_report": 1, "evidence_not_in_report": 1,
                                "parse_failure": 1}
        assert s.attempts_used == {"1": 1, "2": 1}
        # 3 calls per full attempt; a fake quote stops after 2, garbage after 1.
        full = 1 + 2 + 3 * 2  # ok, retry (2 attempts), wrong (3), cite (3)
        assert s.calls == {"requested": 3 * full + 2 * 3 + 1 * 3, "cached": 0, "failed": 0}
        first = res.output.read_bytes()

        # The regenerated attempt was sampled with its own seed, not answered from the cache.
        seeds = {b["seed"] for b in server.stats.bodies if "[contradict-once]" in json.dumps(b)}
        assert seeds == {0, 1000}

        again = run_mine(cfg)
        assert again.summary.calls["requested"] == 0 and again.summary.mined == 2
        assert again.summary.usage["total"]["calls"] == s.calls["requested"]  # tokens of cached calls count too
        assert again.output.read_bytes() == first

    rows = [json.loads(line) for line in first.decode().splitlines()]
    assert [r["id"] for r in rows] == ["ok", "retry"]
    for r in rows:
        assert set(r) >= {"id", "images", "prompt", "messages", "answer", "answer_type", "options", "report",
                          "reference_steps", "provenance"}
        user, assistant = r["messages"]
        assert user == r["prompt"][0] and user["content"][0]["type"] == "image"
        assert len(r["images"]) == 1 and Path(r["images"][0]).is_file()
        text = assistant["content"][0]["text"]
        assert has_think_answer_format(text) and text.endswith("<answer>A</answer>")
        assert "pneumothorax" not in text  # the contradicting first chain was not kept
        assert "contradicted" not in r["provenance"]["verdicts"]
        assert json.loads(r["options"]) == {"A": "Yes", "B": "No"}
    assert rows[1]["provenance"]["attempt"] == 2 and rows[0]["provenance"]["strategy"] == "plan-evidence-refine"
    summary = json.loads((tmp_path / "run" / "mine.json").read_text())
    assert summary["mined"] == 2 and summary["output"] == "chains.jsonl"
    from medstep.report import render_report

    with pytest.raises(MedstepError, match="is a mining run"):
        render_report(tmp_path / "run")


def _mics_records() -> list[dict]:
    return [_rec("reach", "Is there a pleural effusion?"),
            _rec("never", "Is the heart enlarged?", answer="B", report="Heart size is normal.")]


def test_mics_scores_steps_by_interns_and_drops_dead_ends(tmp_path: Path) -> None:
    bench = write_radrbench(tmp_path / "bench", records=_mics_records())
    answer, calls = mining_model()
    with StubOpenAIServer(StubConfig(answer_fn=answer)) as server:
        url = server.base_url
        cfg = MineConfig(benchmark="radrbench", data=str(bench), out=tmp_path / "run", strategy="mics",
                         mentors=(f"openai:mentorA@{url}", f"openai:mentorB@{url}"),
                         interns=(f"openai:internA@{url}", f"openai:internB@{url}"), attempts=2, max_steps=5)
        res = run_mine(cfg)
        sent_images = any(p.get("type") == "image_url" for b in server.stats.bodies for m in b["messages"]
                          if isinstance(m["content"], list) for p in m["content"])
    s = res.summary
    assert (s.mined, s.dropped) == (1, 1)
    assert s.rejections == {"dead_end": 2} and s.dropped_by == {"dead_end": 1}
    assert sent_images  # mics shows the image to mentors and interns by default
    (row,) = [json.loads(line) for line in res.output.read_text().splitlines()]
    prov = row["provenance"]
    assert prov["step_scores"] == [1.0, 1.0, 1.0] and len(prov["verdicts"]) == 3
    assert sorted(prov["models"]) == sorted(f"{k}={v}" for k, v in s.models.items())
    # Each depth asks both mentors, then each intern per proposal; the fake mentors propose the same
    # words, and an identical call (same model, seed and prompt) is sent once.
    assert calls["mentor"] == 2 * 3 + 2 * 2 and calls["intern"] == 2 * 3 + 2 * 2


def test_cli_writes_parquet_that_loads_for_trl(bench: Path, tmp_path: Path) -> None:
    from medstep.trainset import load_trainset

    answer, _ = mining_model()
    with StubOpenAIServer(StubConfig(answer_fn=answer)) as server:
        result = CliRunner().invoke(app, [
            "mine", "--benchmark", "radrbench", "--data", str(bench), "--out", str(tmp_path / "run"),
            "--model", f"openai:writer@{server.base_url}", "--format", "parquet", "--attempts", "2"])
    assert result.exit_code == 0, result.output
    ds = load_trainset(tmp_path / "run" / "chains.parquet")
    from PIL import Image

    with Image.open(bench.parent / "imgs" / "ok.png") as im:
        assert ds.num_rows == 2 and ds[0]["images"][0].size == im.size
    assert ds[0]["messages"][1]["role"] == "assistant" and ds[0]["provenance"]["attempt"] == 1


def test_cli_exit_status_when_calls_fail(tmp_path: Path) -> None:
    bench = write_radrbench(tmp_path / "bench", records=[_rec("down", "Is there an effusion? [always-fail]")])
    with StubOpenAIServer(StubConfig()) as server:
        args = ["mine", "--benchmark", "radrbench", "--data", str(bench), "--out", str(tmp_path / "run"),
                "--model", f"openai:writer@{server.base_url}", "--attempts", "2", "--retries", "0"]
        failing = CliRunner().invoke(app, args)
        allowed = CliRunner().invoke(app, [*args, "--allow-failures"])
    assert failing.exit_code == 3, failing.output
    assert allowed.exit_code == 0, allowed.output
    summary = json.loads((tmp_path / "run" / "mine.json").read_text())
    assert summary["dropped_by"] == {"call_failed": 1} and summary["calls"]["failed"] == 2


def test_cli_says_why_no_chain_was_mined(bench: Path, tmp_path: Path) -> None:
    """Every item dropped exits 0 with an empty chains file: a note names where the items went (as curate's does);
    a run that mined chains prints none."""
    with StubOpenAIServer(StubConfig()) as server:  # answers yes/no: no plan the writer protocol can parse
        res = CliRunner().invoke(app, ["mine", "--benchmark", "radrbench", "--data", str(bench), "--out",
                                       str(tmp_path / "run"), "--model", f"openai:writer@{server.base_url}",
                                       "--attempts", "1"])
    assert res.exit_code == 0, res.output
    assert "note: no chain mined: every one of the 6 attempted items was dropped (6 parse_failure)" in res.output
    answer, _ = mining_model()
    with StubOpenAIServer(StubConfig(answer_fn=answer)) as server:
        ok = CliRunner().invoke(app, ["mine", "--benchmark", "radrbench", "--data", str(bench), "--out",
                                      str(tmp_path / "ok"), "--model", f"openai:writer@{server.base_url}"])
    assert ok.exit_code == 0 and "no chain mined" not in ok.output


def test_settings_are_checked_before_anything_runs(bench: Path, tmp_path: Path) -> None:
    base = dict(benchmark="radrbench", data=str(bench), out=tmp_path / "run", model="openai:x@http://127.0.0.1:9/v1")
    with pytest.raises(MedstepError, match="temperature must be more than 0"):
        run_mine(MineConfig(**base, settings=GenerationSettings(temperature=0.0)))
    with pytest.raises(MedstepError, match="unknown mining strategy"):
        run_mine(MineConfig(**base, strategy="magic"))
    with pytest.raises(MedstepError, match="mics needs at least one mentor"):
        run_mine(MineConfig(**{**base, "model": None}, strategy="mics"))
    assert not (tmp_path / "run").exists()


@pytest.mark.slow
def test_tiny_llamacpp_model_garbage_is_counted_not_kept(tiny_gguf: Path, bench: Path, tmp_path: Path) -> None:
    pytest.importorskip("llama_cpp")
    cfg = MineConfig(benchmark="radrbench", data=str(bench), out=tmp_path / "run", model=f"llamacpp:{tiny_gguf}",
                     attempts=2, limit=3, n_ctx=1024, n_threads=1,
                     settings=GenerationSettings(max_tokens=12, temperature=0.8, seed=0), fmt="parquet")
    res = run_mine(cfg)
    s = res.summary
    assert s.attempted == 3 and s.mined + s.dropped == 3
    assert sum(s.rejections.values()) == 2 * s.dropped + sum(int(k) - 1 for k, v in s.attempts_used.items() for _ in range(v))
    assert s.calls["requested"] >= 6 and s.calls["failed"] == 0
    from medstep.trainset import load_trainset

    ds = load_trainset(res.output, decode_images=False)
    assert ds.num_rows == s.mined and "messages" in ds.column_names


def test_mine_says_why_nothing_is_left_when_every_image_was_skipped(tmp_path: Path) -> None:
    """As eval does: 'no sample to mine' names the skipped images instead of leaving the user guessing."""
    examples = Path(__file__).resolve().parents[1] / "examples" / "radrbench_mini.json"  # written without images
    args = ["mine", "--benchmark", "radrbench", "--data", str(examples), "--out", str(tmp_path / "mined"),
            "--model", "openai:stub@http://127.0.0.1:1/v1", "--skip-missing-images"]
    res = CliRunner().invoke(app, args)
    message = str(res.exception)
    assert res.exit_code != 0 and "no sample to mine" in message
    assert "all 8 records were skipped for their images" in message and "mini-001.png: file not found" in message
    # near miss: a benchmark whose records were all kept has nothing to explain
    from medstep.datasets.base import LoadResult

    assert LoadResult("radrbench", "test", []).why_empty() == ""
