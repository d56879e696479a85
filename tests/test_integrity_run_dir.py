"""Run integrity (issue #10): one run, one writer, one label; n of N; atomic files."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from medstep.store import RunLocked, RunMeta, RunStore, atomic_write_text
from support.stub_openai_server import spawn_stub_server

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PREDS = EXAMPLES / "radrbench_mini_predictions.jsonl"
RADR = EXAMPLES / "radrbench_mini.json"


def medstep(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "medstep.cli", *args], capture_output=True, text=True, timeout=timeout)


def _error(res: subprocess.CompletedProcess) -> str:
    assert res.returncode == 2 and "Traceback" not in res.stderr, (res.returncode, res.stderr)
    [line] = [ln for ln in res.stderr.splitlines() if ln.startswith("error:")]
    return line


def _bench(path: Path, n: int = 5) -> Path:
    path.write_text("".join(json.dumps({"id": f"q{k}", "question": f"q{k}? [answer:yes]", "answer": "yes"}) + "\n"
                            for k in range(n)))
    return path


# ------------------------------------------------------------------ one writer
def test_a_second_writer_is_refused_at_once_with_the_other_pid(tmp_path: Path) -> None:
    run = tmp_path / "run"
    holder = RunStore.create(run, RunMeta("radrbench", "test", "predictions"))
    try:
        start = time.perf_counter()
        line = _error(medstep("score", str(PREDS), "--benchmark", "radrbench", "--data", str(RADR), "--out", str(run)))
        assert f"in use by process {os.getpid()}" in line
        assert time.perf_counter() - start < 30  # refused, not queued behind the other writer
        with pytest.raises(RunLocked):
            RunStore.create(run, RunMeta("radrbench", "test", "predictions"))
    finally:
        holder.close()
    RunStore.create(run, RunMeta("radrbench", "test", "predictions")).close()  # released on close


def test_the_lock_of_a_killed_writer_is_gone(tmp_path: Path) -> None:
    run = tmp_path / "run"
    code = ("import sys, time; from medstep.store import RunMeta, RunStore; "
            f"RunStore.create({str(run)!r}, RunMeta('radrbench', 'test', 'm')); print('held', flush=True); time.sleep(60)")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        with pytest.raises(RunLocked, match=f"process {proc.pid}"):
            RunStore.create(run, RunMeta("radrbench", "test", "m"))
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        RunStore.create(run, RunMeta("radrbench", "test", "m")).close()
    finally:
        if proc.poll() is None:
            proc.kill()


# ------------------------------------------------------------------ one run
def test_score_into_a_directory_of_another_predictions_file_is_refused(tmp_path: Path) -> None:
    run = tmp_path / "run"
    first = medstep("score", str(PREDS), "--benchmark", "radrbench", "--data", str(RADR), "--out", str(run),
                    "--allow-failures", "--no-report")
    assert first.returncode == 0, first.stderr
    before = (run / "summary.json").read_bytes()
    other = tmp_path / "other.jsonl"
    other.write_text('{"id": "mini-001", "output": "<answer>B</answer>"}\n')
    line = _error(medstep("score", str(other), "--benchmark", "radrbench", "--data", str(RADR), "--out", str(run)))
    assert "holds a run of predictions file" in line and "other.jsonl" in line
    assert (run / "summary.json").read_bytes() == before
    again = medstep("score", str(PREDS), "--benchmark", "radrbench", "--data", str(RADR), "--out", str(run),
                    "--allow-failures", "--no-report")  # the same file re-scores
    assert again.returncode == 0, again.stderr


def test_score_into_an_eval_run_is_refused(tmp_path: Path) -> None:
    data = _bench(tmp_path / "b.jsonl")
    run = tmp_path / "run"
    with spawn_stub_server() as stub:
        ok = medstep("eval", "--benchmark", "custom", "--data", str(data), "--model", f"openai:stub@{stub.base_url}",
                     "--out", str(run), "--no-report")
    assert ok.returncode == 0, ok.stderr
    preds = tmp_path / "p.jsonl"
    preds.write_text('{"id": "q0", "output": "yes"}\n')
    line = _error(medstep("score", str(preds), "--benchmark", "custom", "--data", str(data), "--out", str(run)))
    assert "holds a run of model" in line


@pytest.mark.parametrize("change", [["--max-tokens", "7"], ["--temperature", "0.7"], ["--seed", "3"], "template"])
def test_changed_generation_settings_are_refused_unless_regenerate(tmp_path: Path, change: list[str] | str) -> None:
    data = _bench(tmp_path / "b.jsonl", 3)
    tpl = tmp_path / "t.txt"
    tpl.write_text("{question}")
    run = tmp_path / "run"
    with spawn_stub_server() as stub:
        base = ["eval", "--benchmark", "custom", "--data", str(data), "--model", f"openai:stub@{stub.base_url}",
                "--out", str(run), "--no-report", "--template", str(tpl)]
        assert medstep(*base).returncode == 0
        if change == "template":
            tpl.write_text("Answer briefly. {question}")  # same file, other words: every prompt changes
            extra: list[str] = []
        else:
            extra = list(change)
        line = _error(medstep(*base, *extra))
        assert "was generated with other settings" in line and "--regenerate" in line
        redo = medstep(*base, *extra, "--regenerate")
        assert redo.returncode == 0, redo.stderr
        assert "3 generated, 0 from the run's cache" in redo.stderr
        assert medstep(*base, *extra).returncode == 0  # the new settings are now the run's


# ------------------------------------------------------------------ names
def test_names_default_show_in_summary_report_and_compare_and_same_names_are_told_apart(tmp_path: Path) -> None:
    runs = []
    for k in range(2):
        run = tmp_path / f"r{k}" / "run"  # same directory name: told apart by the full path
        res = medstep("score", str(PREDS), "--benchmark", "radrbench", "--data", str(RADR), "--out", str(run),
                      "--allow-failures", "--name", "my model")
        assert res.returncode == 0, res.stderr
        runs.append(run)
    assert json.loads((runs[0] / "summary.json").read_text())["name"] == "my model"
    html = (runs[0] / "report.html").read_text(encoding="utf-8")
    assert 'id="meta-name"><span>name</span><span>my model</span>' in html
    cmp_html = tmp_path / "c.html"
    res = medstep("compare", str(runs[0]), str(runs[1]), "--out", str(cmp_html))
    assert res.returncode == 0, res.stderr
    page = cmp_html.read_text(encoding="utf-8")
    assert f"my model ({runs[0]})" in page and f"my model ({runs[1]})" in page
    default = tmp_path / "d"
    res = medstep("score", str(PREDS), "--benchmark", "radrbench", "--data", str(RADR), "--out", str(default),
                  "--allow-failures", "--no-report")
    assert json.loads((default / "summary.json").read_text())["name"] == "radrbench_mini_predictions"


def test_eval_name_defaults_to_the_model_name_and_is_kept_on_resume(tmp_path: Path) -> None:
    data = _bench(tmp_path / "b.jsonl", 2)
    run = tmp_path / "run"
    with spawn_stub_server() as stub:
        base = ["eval", "--benchmark", "custom", "--data", str(data), "--model", f"openai:stub@{stub.base_url}",
                "--out", str(run), "--no-report"]
        assert medstep(*base).returncode == 0
        assert json.loads((run / "summary.json").read_text())["name"] == "stub"
        assert medstep(*base, "--name", "baseline").returncode == 0
        assert medstep(*base).returncode == 0
    assert json.loads((run / "summary.json").read_text())["name"] == "baseline"


# ------------------------------------------------------------------ n of N
def test_a_partial_run_says_n_of_N_everywhere(tmp_path: Path) -> None:
    data = _bench(tmp_path / "b.jsonl", 5)
    run = tmp_path / "run"
    with spawn_stub_server() as stub:
        res = medstep("eval", "--benchmark", "custom", "--data", str(data), "--model", f"openai:stub@{stub.base_url}",
                      "--out", str(run), "--limit", "2")
    assert res.returncode == 0, res.stderr
    summary = json.loads((run / "summary.json").read_text())
    assert summary["coverage"] == {"graded": 2, "of": 5, "partial": True}
    assert summary["left_out"]["beyond_limit"] == 3
    assert "2 of 5 graded (3 left out: 3 beyond_limit)" in res.stdout
    assert "2 of 5 graded" in (run / "report.html").read_text(encoding="utf-8")


# ------------------------------------------------------------------ atomic files
def test_an_interrupted_write_keeps_the_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "summary.json"
    target.write_text("the good one")

    def no_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_disk)
    with pytest.raises(OSError):
        atomic_write_text(target, "x" * 1000)
    assert target.read_text() == "the good one"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.json"]  # no temporary file left


def test_every_export_is_written_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """summary.json, samples.jsonl, report.html and the compare page all go through one atomic writer."""
    import medstep.store.atomic as store_atomic
    from medstep.cli import app
    from typer.testing import CliRunner

    written: list[str] = []
    real = store_atomic.atomic_write_chunks

    def spy(path: Path, chunks) -> Path:  # every atomic write (whole text or streamed lines) ends here
        written.append(Path(path).name)
        return real(path, chunks)

    monkeypatch.setattr(store_atomic, "atomic_write_chunks", spy)
    runner = CliRunner()
    for k in range(2):
        res = runner.invoke(app, ["score", str(PREDS), "--benchmark", "radrbench", "--data", str(RADR),
                                  "--out", str(tmp_path / f"r{k}"), "--allow-failures"])
        assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["compare", str(tmp_path / "r0"), str(tmp_path / "r1"), "--out", str(tmp_path / "c.html")])
    assert res.exit_code == 0, res.output
    assert sorted(set(written)) == ["c.html", "report.html", "samples.jsonl", "summary.json"]
