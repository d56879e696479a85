"""`medstep eval` end to end: tiny HF model, a real llama.cpp server, kill -9 and resume."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from medstep.cli import app
from support import fixtures_datasets as fx

NO_ANSWER = ("unparsed", "ambiguous", "refused", "truncated")

runner = CliRunner()
TESTS = Path(__file__).resolve().parent


def _lines(run: Path) -> list[dict]:
    return [json.loads(x) for x in (run / "samples.jsonl").read_text().splitlines()]


def _eval(*args: str):
    res = runner.invoke(app, ["eval", *args])
    assert res.exit_code == 0, f"{res.output}\n{res.exception!r}"
    return res


def _vqa_rad_test(root: Path) -> tuple[Path, int]:
    data = fx.write_vqa_rad(root)
    n = sum(r["phrase_type"] in fx.VQA_RAD_TEST_PHRASES for r in fx.VQA_RAD_RECORDS)
    return data, n


@pytest.mark.slow
def test_eval_hf_tiny_model_batched_then_fully_cached(tmp_path, tiny_llava):
    data, n = _vqa_rad_test(tmp_path / "vqarad")
    run = tmp_path / "run"
    args = ["--benchmark", "vqa-rad", "--data", str(data), "--model", f"hf:{tiny_llava}",
            "--batch-size", "4", "--max-tokens", "12", "--judge", "none", "--out", str(run)]
    first = _eval(*args)
    assert f"{n} generated, 0 from the run's cache" in first.output
    lines = _lines(run)
    assert len(lines) == n
    summary = json.loads((run / "summary.json").read_text())
    assert summary["outcome"]["failed"] == 0
    # The random model's text is gibberish, but every line is accounted for: graded or counted
    # under its no-answer status; 12 tokens cut most outputs, which the CLI says in one line.
    assert all(ln["status"] in ("scored", *NO_ANSWER) and ln["output"] for ln in lines)
    for status in NO_ANSWER:
        assert summary["outcome"][status] == sum(ln["status"] == status for ln in lines)
    cut = sum(ln["finish_reason"] == "length" for ln in lines)
    assert summary["outcome"]["truncated"] == cut > 0
    assert f"warning: {cut} of {n} outputs stopped at the token limit (--max-tokens 12)" in first.output
    second = _eval(*args)
    assert f"0 generated, {n} from the run's cache" in second.output
    assert _lines(run) == lines


@pytest.mark.slow
def test_eval_against_real_llama_cpp_server(tmp_path, tiny_gguf):
    from support.llama_server import llama_server

    data = fx.write_radrbench(tmp_path / "radr")
    n = len(fx.RADR_RECORDS)
    run = tmp_path / "run"
    with llama_server(tiny_gguf) as server:
        _eval("--benchmark", "radrbench", "--data", str(data), "--model", f"openai:tiny@{server.base_url}",
              "--max-tokens", "8", "--concurrency", "2", "--mode", "direct", "--out", str(run))
    lines = _lines(run)
    assert len(lines) == n and all(ln["error"] is None for ln in lines)
    summary = json.loads((run / "summary.json").read_text())
    assert summary["outcome"]["failed"] == 0 and list(summary["judges"]) == ["verifier"]
    prompt = sqlite3.connect(run / "run.sqlite").execute("SELECT prompt FROM generations").fetchone()[0]
    assert "Options:" in prompt  # the exact prompt sent is stored


def test_unreachable_server_is_one_clear_error(tmp_path):
    data, _ = _vqa_rad_test(tmp_path / "vqarad")
    res = subprocess.run(
        [sys.executable, "-m", "medstep.cli", "eval", "--benchmark", "vqa-rad", "--data", str(data),
         "--model", "openai:m@http://127.0.0.1:9/v1", "--out", str(tmp_path / "run"), "--retries", "0"],
        capture_output=True, text=True, timeout=120,
    )
    assert res.returncode == 2
    assert "http://127.0.0.1:9/v1" in res.stderr and res.stderr.strip().startswith("error:")


def _custom_image_benchmark(root: Path, n: int) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    rows = []
    for i in range(n):
        fx.write_image(root / "img" / f"{i}.png", seed=i)
        rows.append({"qid": f"q{i}", "q": f"Case {i}: is there a pleural effusion? [answer:{'yes' if i % 2 else 'no'}]",
                     "a": "yes" if i % 3 else "no", "img": f"img/{i}.png"})
    path = root / "bench.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


@pytest.mark.slow
def test_kill_9_mid_run_then_resume_repeats_no_finished_call(tmp_path):
    from support.stub_openai_server import spawn_stub_server

    n, concurrency = 60, 4
    data = _custom_image_benchmark(tmp_path / "bench", n)
    run = tmp_path / "run"
    with spawn_stub_server("--delay", "0.1") as stub:
        cmd = [sys.executable, "-m", "medstep.cli", "eval", "--benchmark", "custom", "--data", str(data),
               "--map", "id=qid,question=q,answer=a,image=img", "--model", f"openai:stub@{stub.base_url}",
               "--concurrency", str(concurrency), "--mode", "direct", "--out", str(run)]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        db = run / "run.sqlite"
        deadline = time.monotonic() + 60
        finished = 0
        while time.monotonic() < deadline and finished < n // 3:
            time.sleep(0.05)
            if db.exists():
                try:
                    finished = sqlite3.connect(db).execute("SELECT COUNT(*) FROM generations WHERE ok=1").fetchone()[0]
                except sqlite3.OperationalError:
                    pass
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        assert proc.returncode == -signal.SIGKILL
        kept = sqlite3.connect(db).execute("SELECT COUNT(*) FROM generations WHERE ok=1").fetchone()[0]
        assert n // 3 <= kept < n, "the kill must land mid-run"
        sent_before = stub.stats()["chat_requests"]
        assert kept <= sent_before <= kept + concurrency  # only calls in flight were lost
        resumed = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        assert resumed.returncode == 0, resumed.stderr
        assert f"{n - kept} generated, {kept} from the run's cache" in resumed.stderr
        assert stub.stats()["chat_requests"] - sent_before == n - kept  # zero repeated finished calls
    lines = _lines(run)
    assert len(lines) == n and all(ln["status"] == "scored" for ln in lines)
    expect = {f"q{i}": "yes" if i % 2 else "no" for i in range(n)}
    assert {ln["id"]: ln["answer"] for ln in lines} == expect


@pytest.mark.slow
def test_eval_embedded_llama_cpp_with_vision_projector(tmp_path, tiny_gguf):
    from support.tiny_gguf import build_tiny_mmproj

    mmproj = build_tiny_mmproj(tmp_path / "mmproj")
    data, n = _vqa_rad_test(tmp_path / "vqarad")
    run = tmp_path / "run"
    _eval("--benchmark", "vqa-rad", "--data", str(data), "--model", f"llamacpp:{tiny_gguf}+mmproj={mmproj}",
          "--max-tokens", "6", "--mode", "direct", "--out", str(run))
    lines = _lines(run)
    assert len(lines) == n and all(ln["error"] is None and ln["status"] in ("scored", *NO_ANSWER) for ln in lines)
    prompts = [r[0] for r in sqlite3.connect(run / "run.sqlite").execute("SELECT prompt FROM generations")]
    assert all(json.loads(p)[-1]["images"] for p in prompts)  # every request carried its image
