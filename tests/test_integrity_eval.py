"""Run integrity, end to end (issue #10): what a bad server or a bad file does to a whole run directory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from medstep.cli import resolve_api_key
from medstep.types import MedstepError
from support.stub_openai_server import StubConfig, StubOpenAIServer, spawn_stub_server


def medstep(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "medstep.cli", *args], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})})


def _bench(path: Path, questions: list[str]) -> Path:
    path.write_text("".join(json.dumps({"id": f"q{k}", "question": q, "answer": "yes"}) + "\n"
                            for k, q in enumerate(questions)))
    return path


def _lines(run: Path) -> list[dict]:
    return [json.loads(x) for x in (run / "samples.jsonl").read_text(encoding="utf-8").splitlines()]


def test_bad_server_answers_never_break_the_run_its_rerun_or_its_report(tmp_path: Path) -> None:
    """A number as content used to be stored as a success; every later re-run and report then crashed."""
    data = _bench(tmp_path / "b.jsonl", ["[bad:content-number] one?", "[bad:message-string] two?",
                                         "[bad:usage-string] three?", "[bad:surrogate] four?", "five? [answer:yes]"])
    run = tmp_path / "run"
    with spawn_stub_server() as stub:
        args = ["eval", "--benchmark", "custom", "--data", str(data), "--model", f"openai:stub@{stub.base_url}",
                "--out", str(run), "--retries", "0", "--allow-failures"]
        first = medstep(*args)
        assert first.returncode == 0 and "Traceback" not in first.stderr, first.stderr
        lines = {ln["id"]: ln for ln in _lines(run)}
        assert [lines[f"q{k}"]["status"] for k in range(3)] == ["failed"] * 3
        assert all("unexpected response" in lines[f"q{k}"]["error"] for k in range(3))
        assert lines["q3"]["output"] == "Answer: yes \ufffd done" and lines["q4"]["correct"] is True
        again = medstep(*args[:-1])  # re-run: asks for the failed ones again, nothing crashes
        assert "Traceback" not in again.stderr and "3 generated, 2 from the run's cache" in again.stderr
        assert again.returncode == 3  # without --allow-failures, failed generations are a distinct status
        assert "3 of 5 samples have no successful generation" in again.stderr
    rep = medstep("report", str(run))
    assert rep.returncode == 0, rep.stderr
    assert "\ufffd" in (run / "report.html").read_text(encoding="utf-8")


def test_a_dead_server_stops_the_run_with_one_clear_line(tmp_path: Path) -> None:
    data = _bench(tmp_path / "b.jsonl", [f"q{k}? [drop]" for k in range(60)])
    run = tmp_path / "run"
    with spawn_stub_server() as stub:
        start = time.perf_counter()
        res = medstep("eval", "--benchmark", "custom", "--data", str(data), "--model",
                      f"openai:stub@{stub.base_url}", "--out", str(run), "--concurrency", "2")
        elapsed = time.perf_counter() - start
    assert res.returncode == 4 and "Traceback" not in res.stderr
    err = [ln for ln in res.stderr.splitlines() if ln.startswith("error:")]
    assert len(err) == 1 and "gave no answer to 10 requests in a row" in err[0]
    assert "0 of 60 generations are stored" in err[0] and "re-run the same command" in err[0]
    assert elapsed < 30  # not 60 samples x 5 attempts with backoff


def test_api_key_from_a_named_environment_variable(tmp_path: Path) -> None:
    data = _bench(tmp_path / "b.jsonl", ["one? [answer:yes]"])
    with spawn_stub_server("--api-key", "s3cret") as stub:
        base = ["eval", "--benchmark", "custom", "--data", str(data), "--model", f"openai:stub@{stub.base_url}"]
        ok = medstep(*base, "--out", str(tmp_path / "r1"), "--api-key-env", "MY_KEY", env={"MY_KEY": "s3cret"})
        assert ok.returncode == 0, ok.stderr
        assert "s3cret" not in ok.stdout + ok.stderr
        unset = medstep(*base, "--out", str(tmp_path / "r2"), "--api-key-env", "NOT_SET_ANYWHERE")
    assert unset.returncode == 2 and "NOT_SET_ANYWHERE" in unset.stderr and "not set" in unset.stderr


def test_openai_api_key_is_the_default_for_hosted_endpoints_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-env")
    assert resolve_api_key("openai:gpt-4o@https://api.openai.com/v1", None, None) == "sk-from-env"
    assert resolve_api_key("openai:qwen@http://127.0.0.1:8000/v1", None, None) is None
    assert resolve_api_key("openai:qwen@https://api.example.com/v1", "explicit", None) == "explicit"
    assert resolve_api_key("hf:some/model", None, None) is None
    with pytest.raises(MedstepError, match="not both"):
        resolve_api_key("openai:m@https://api.openai.com/v1", "a", "OPENAI_API_KEY")


def test_predictions_with_lone_surrogates_score_and_export(tmp_path: Path) -> None:
    examples = Path(__file__).resolve().parents[1] / "examples"
    preds = tmp_path / "p.jsonl"
    preds.write_text('{"id": "mini-001", "output": "<think>lung \\ud800 clear</think><answer>A</answer>"}\n')
    run = tmp_path / "run"
    res = medstep("score", str(preds), "--benchmark", "radrbench", "--data", str(examples / "radrbench_mini.json"),
                  "--out", str(run))
    assert res.returncode == 0, res.stderr
    [line] = _lines(run)
    assert "\ufffd" in line["output"]
    assert (run / "report.html").stat().st_size > 0


def test_stub_server_fault_modes_are_what_the_tests_rely_on() -> None:
    """The stub really misbehaves (otherwise the tests above would prove nothing)."""
    import urllib.request

    with StubOpenAIServer(StubConfig()) as s:
        def post(marker: str) -> bytes:
            body = json.dumps({"model": "m", "messages": [{"role": "user", "content": marker}]}).encode()
            req = urllib.request.Request(f"{s.base_url}/chat/completions", body, {"content-type": "application/json"})
            with urllib.request.urlopen(req, timeout=10) as resp:
                return resp.read()

        assert json.loads(post("[bad:content-number]"))["choices"][0]["message"]["content"] == 42
        start = time.perf_counter()
        post("[dribble:0.001]")
        assert time.perf_counter() - start > 0.1  # ~300 bytes, one per ms at best


def _main_with(monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> int:
    import medstep.cli as cli

    monkeypatch.setattr(sys, "argv", ["medstep", *argv])
    with pytest.raises(SystemExit) as exit_info:
        cli.main()
    return int(exit_info.value.code)


def test_a_bug_is_one_line_and_a_saved_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    import medstep.report as report

    def broken(*a: object, **k: object) -> Path:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(report, "render_report", broken)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert _main_with(monkeypatch, ["report", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "internal error (ZeroDivisionError: a bug)" in err
    saved = list(tmp_path.glob("medstep-crash-*.txt"))
    assert len(saved) == 1 and "ZeroDivisionError" in saved[0].read_text()


def test_ctrl_c_while_writing_the_report_is_130_and_says_what_is_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from medstep.report import ReportWriter

    examples = Path(__file__).resolve().parents[1] / "examples"

    def interrupted(*a: object, **k: object) -> Path:
        raise KeyboardInterrupt

    monkeypatch.setattr(ReportWriter, "finish", interrupted)  # the page is written once the summary exists
    run = tmp_path / "run"
    code = _main_with(monkeypatch, ["score", str(examples / "radrbench_mini_predictions.jsonl"), "--benchmark",
                                    "radrbench", "--data", str(examples / "radrbench_mini.json"), "--out", str(run)])
    assert code == 130
    err = capsys.readouterr().err
    assert "interrupted: while writing the report" in err and "summary.json and samples.jsonl are complete" in err
    assert (run / "summary.json").is_file()
    assert not (run / "report.html").exists() and not (run / "report_data").exists()


def test_ctrl_c_while_grading_is_130_and_says_what_is_stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    import medstep.pipeline as pipeline

    def interrupted(*a: object, **k: object) -> dict:
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "finalize", interrupted)
    data = _bench(tmp_path / "b.jsonl", ["one? [answer:yes]", "two? [answer:no]"])
    with StubOpenAIServer(StubConfig()) as stub:
        code = _main_with(monkeypatch, ["eval", "--benchmark", "custom", "--data", str(data), "--model",
                                        f"openai:stub@{stub.base_url}", "--out", str(tmp_path / "run")])
    assert code == 130
    err = capsys.readouterr().err
    assert "interrupted while grading: 2 of 2 generations are stored" in err
