"""Findings of a newcomer's end-to-end review (session 46), each pinned by the input that showed it.

* ``medstep --help`` and every command's help cut flag names at 80 columns ("--judge-concurr…"): typer's rich
  option table shrank every column to fit. The help is click's plain layout now: flags whole, text wrapped.
* A first ``eval`` against an unreachable server left ``run.sqlite`` and ``run.lock`` in a new ``--out``: an
  empty run directory that looked used. A run that stored nothing is removed again when its command fails.
* A reply stopped at the token limit (``finish_reason`` "length") after a complete ``<answer>...</answer>`` was
  graded truncated: a closed answer tag is an answer; a cut without one stays truncated.
* ``medstep curate RUN COPY_OF_RUN`` pooled one run's rollouts twice (a copy is another path).
* A refused connection was reported as "APITimeoutError: Request timed out." (aiohttp reports every failed
  connect as a ConnectTimeout): the error now says connection refused, naming the endpoint.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import openai
import pytest
import typer
from typer.testing import CliRunner

from medstep.cli import app
from medstep.extract import extract
from medstep.models.openai_wire import connection_failure, describe
from medstep.store import RunStore
from medstep.store.run import RunMeta
from medstep.types import AnswerType, Generation, MedstepError, Sample

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
runner = CliRunner()


# -- help at 80 columns ------------------------------------------------------------------------------------------
def _commands() -> list[tuple[str, ...]]:
    group = typer.main.get_command(app)
    return [(), *((name,) for name in group.commands)]  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", _commands())
def test_help_keeps_every_flag_whole_at_80_columns(command: tuple[str, ...]) -> None:
    group = typer.main.get_command(app)
    cmd = group.commands[command[0]] if command else group  # type: ignore[attr-defined]
    res = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "80"})
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert max(len(line) for line in lines) <= 80
    flags = [o for p in cmd.params for o in (*p.opts, *p.secondary_opts) if o.startswith("-")]
    assert flags, command
    words = {w.strip(",") for line in lines for w in line.split()}
    missing = [f for f in flags if f not in words]
    assert not missing, f"{command}: {missing} not printed whole"
    assert "…" not in "".join(line.split("  ")[1] if line.startswith("  -") else "" for line in lines)


def test_help_shows_markup_characters_as_typed() -> None:
    """Plain help prints text as written: rich's escape (``medstep\\[ray]``) would show its backslash."""
    res = runner.invoke(app, ["eval", "--help"], env={"COLUMNS": "300"})
    assert "pip install 'medstep[ray]'" in res.output and "\\[" not in res.output


# -- a failed first run leaves nothing behind ---------------------------------------------------------------------
def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _custom_bench(tmp_path: Path) -> list[str]:
    from PIL import Image

    Image.new("RGB", (8, 8)).save(tmp_path / "img.png")
    data = tmp_path / "bench.jsonl"
    data.write_text("".join(json.dumps({"q": "Is there an effusion?", "a": "yes", "img": "img.png"}) + "\n"
                            for _ in range(2)))
    return ["--benchmark", "custom", "--data", str(data), "--map", "question=q,answer=a,image=img"]


def _eval_unreachable(tmp_path: Path, out: Path) -> subprocess.CompletedProcess:
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    return subprocess.run([sys.executable, "-m", "medstep", "eval", *_custom_bench(tmp_path), "--model",
                           f"openai:m@{url}", "--out", str(out), "--retries", "0", "--timeout", "5"],
                          capture_output=True, text=True, timeout=120, env={**_env(), "COLUMNS": "1000"})


def _env() -> dict[str, str]:
    import os

    return dict(os.environ)


def test_an_eval_whose_server_is_down_leaves_no_run_directory(tmp_path: Path) -> None:
    out = tmp_path / "runs" / "first"
    res = _eval_unreachable(tmp_path, out)
    assert res.returncode == 2, res.stderr
    assert "connection refused" in res.stderr and "timed out" not in res.stderr
    assert "Traceback" not in res.stderr
    assert not out.exists()
    # near miss: a folder that was there already is kept, with what it held, less only what the command made
    kept = tmp_path / "kept"
    kept.mkdir()
    (kept / "notes.txt").write_text("mine")
    assert _eval_unreachable(tmp_path, kept).returncode == 2
    assert sorted(p.name for p in kept.iterdir()) == ["notes.txt"]


def _meta() -> RunMeta:
    return RunMeta(benchmark="custom", split="test", model="openai:m@http://127.0.0.1:9/v1", created="2026-01-01T00:00:00")


def test_abandon_removes_only_a_run_this_command_made_and_that_stored_nothing(tmp_path: Path) -> None:
    new = tmp_path / "new"
    RunStore.create(new, _meta()).abandon()
    assert not new.exists()
    # near miss: a run that stored a generation is kept, lock file and all, and resumes
    used = tmp_path / "used"
    store = RunStore.create(used, _meta())
    store.put_generations([("k1", "s1", "[]", Generation(text="<answer>yes</answer>"))])
    store.abandon()
    assert (used / "run.sqlite").is_file()
    with RunStore.create(used, _meta()) as again:
        assert again.attempt_count() == 1
    # near miss: an existing run directory reopened by a command that then fails is kept as it was
    RunStore.create(used, _meta()).abandon()
    assert (used / "run.sqlite").is_file()
    # the lock is free again after either path
    RunStore.create(tmp_path / "new", _meta()).close()
    RunStore.create(tmp_path / "new", _meta()).close()


# -- a refused connection is not a timeout -----------------------------------------------------------------------
@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
def test_a_refused_connection_is_named_with_its_endpoint(transport: str) -> None:
    from medstep.models.base import BackendOptions
    from medstep.models.openai_backend import OpenAIBackend

    url = f"http://127.0.0.1:{_closed_port()}/v1"
    with pytest.raises(MedstepError) as e:
        OpenAIBackend("m", url, BackendOptions(), transport=transport)
    msg = str(e.value)
    assert f"cannot reach OpenAI-compatible server at {url}: connection refused" in msg
    assert "timed out" not in msg.lower()


def _chained(outer: BaseException, *causes: BaseException) -> BaseException:
    inner = outer
    for cause in causes:
        inner.__cause__ = cause
        inner = cause
    return outer


_REQ = httpx.Request("GET", "http://example.test/v1/models")


@pytest.mark.parametrize(("root", "said"), [
    (ConnectionRefusedError(111, "Connect call failed"), "connection refused"),
    (socket.gaierror(-2, "Name or service not known"), "host name not found"),
    (ConnectionResetError(104, "reset"), "connection reset by the server"),
    (TimeoutError(), "timed out"),
])
def test_connection_failure_reads_the_root_cause(root: BaseException, said: str) -> None:
    exc = _chained(openai.APITimeoutError(request=_REQ), httpx.ConnectTimeout("x"), root)
    assert connection_failure(exc) is not None and connection_failure(exc).startswith(said)  # type: ignore[union-attr]
    assert describe(exc).startswith(said)


def test_a_real_timeout_still_reads_as_a_timeout_and_a_status_error_is_unchanged() -> None:
    bare = openai.APITimeoutError(request=_REQ)
    assert connection_failure(bare) == "timed out"
    assert describe(bare).startswith("timed out: APITimeoutError")
    other = _chained(openai.APIConnectionError(request=_REQ), ValueError("odd"))
    assert connection_failure(other) is None and describe(other) == "APIConnectionError: Connection error. (ValueError: odd)"
    looped = openai.APIConnectionError(request=_REQ)
    looped.__cause__ = looped  # a chain that loops ends
    assert connection_failure(looped) is None


# -- finish_reason "length" after a complete answer tag -------------------------------------------------------------
CHOICE = Sample(id="c", question="Which lesion is it?", answer="B", answer_type=AnswerType.CHOICE,
                options={"A": "simple cyst", "B": "liver abscess", "C": "haemangioma"})
CLOSED = Sample(id="y", question="Is the trachea deviated?", answer="no", answer_type=AnswerType.CLOSED)

LENGTH_CASES = [
    # a closed answer tag: an answer, whatever follows it
    ("<think>Rim-enhancing collection with gas.</think><answer>B</answer>", CHOICE, "B"),
    ("<think>Rim enhancement.</think>\n<answer>B</answer>\n\nAdditional notes: the gas locules are", CHOICE, "B"),
    ("<answer>no</answer> The mediastinal contours appear", CLOSED, "no"),
    ("Reasoning: midline trachea.\n<ANSWER>No</ANSWER>\nFurther, the", CLOSED, "no"),
    # near misses: no closed tag, or an empty one: still truncated
    ("<think>Rim-enhancing collection with gas.</think><answer>B", CHOICE, None),
    ("<think>Rim-enhancing collection with gas.</think><answer>", CHOICE, None),
    ("<answer></answer>", CHOICE, None),
    ("The answer is B because the rim", CHOICE, None),
    ("<think>The trachea is central and the", CLOSED, None),
    ("\\boxed{B} and then the", CHOICE, None),
    ("<answer>No, the trachea is mid", CLOSED, None),
]


@pytest.mark.parametrize(("text", "sample", "answer"), LENGTH_CASES)
def test_a_length_stop_after_a_closed_answer_tag_is_an_answer(text: str, sample: Sample, answer: str | None) -> None:
    got = extract(text, sample, finish_reason="length")
    assert got.answer == answer
    if answer is None:
        assert got.rule == "truncated"
    else:  # the same reading as without the stop
        assert (got.answer, got.rule) == (lambda e: (e.answer, e.rule))(extract(text, sample))


# -- curate of a copied run ----------------------------------------------------------------------------------------
def _score(out: Path, predictions: Path) -> None:
    from medstep.datasets.base import LoadOptions
    from medstep.pipeline import score_predictions

    score_predictions(predictions, "radrbench", str(EXAMPLES / "radrbench_mini.json"), out,
                      load=LoadOptions(check_images=False), judges=("none",))


def test_curate_refuses_a_copied_run_and_pools_two_real_ones(tmp_path: Path) -> None:
    from medstep.curate import CurateConfig, run_curate

    preds = EXAMPLES / "radrbench_mini_predictions.jsonl"
    _score(tmp_path / "a", preds)
    shutil.copytree(tmp_path / "a", tmp_path / "copy")
    out = tmp_path / "cur.jsonl"
    with pytest.raises(MedstepError, match=r"copy.* holds the same run as .*a .*counted twice"):
        run_curate(CurateConfig(runs=[tmp_path / "a", tmp_path / "copy"], out=out, keep="all"))
    assert not out.exists()
    # near miss: another run (another predictions file) of the same benchmark pools
    other = tmp_path / "other.jsonl"
    other.write_text(preds.read_text())
    _score(tmp_path / "b", other)
    res = run_curate(CurateConfig(runs=[tmp_path / "a", tmp_path / "b"], out=out, keep="all"))
    assert res.summary.n > 0 and len(res.summary.runs) == 2


# -- more hostile inputs ---------------------------------------------------------------------------------------------
def test_a_server_answering_models_with_a_web_page_is_reachable() -> None:
    """GET /models answered 200 with HTML (a proxy, a web UI on the port) crashed inside the client's parser: an
    internal error and a traceback file. The probe asks only whether the server answers; requests say the rest."""
    import http.server
    import threading

    from medstep.models.base import BackendOptions
    from medstep.models.openai_backend import OpenAIBackend

    class Page(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            body = b"<html>not a model list</html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with OpenAIBackend("m", f"http://127.0.0.1:{server.server_address[1]}/v1", BackendOptions()) as backend:
            assert backend is not None
    finally:
        server.shutdown()
        server.server_close()


def test_an_empty_json_data_file_says_it_is_empty(tmp_path: Path) -> None:
    from medstep.datasets import load_benchmark

    empty = tmp_path / "data.json"
    empty.write_text(" \n")
    with pytest.raises(MedstepError, match=r"data.json: the file is empty \(a JSON document is expected\)"):
        load_benchmark("radrbench", str(empty))
    # near miss: malformed JSON is still reported at its line and column
    empty.write_text('[{"a": ]')
    with pytest.raises(MedstepError, match=r"malformed JSON at line 1, column 8"):
        load_benchmark("radrbench", str(empty))


def test_a_mistyped_mode_or_template_is_said_before_the_benchmark_loads(tmp_path: Path) -> None:
    """The examples' images are absent: an error about them would mean the benchmark was loaded first."""
    bench = ["--benchmark", "radrbench", "--data", str(EXAMPLES / "radrbench_mini.json")]
    model = ["--model", "openai:m@http://127.0.0.1:9/v1", "--out", str(tmp_path / "r")]
    for extra, said in ((["--mode", "cott"], "unknown prompt mode 'cott'"),
                        (["--template", str(tmp_path / "absent.txt")], "cannot read template file"),
                        (["--mode", "cot"], "file not found")):  # near miss: a valid mode goes on to the data
        res = runner.invoke(app, ["eval", *bench, *model, *extra])
        assert isinstance(res.exception, MedstepError) and said in str(res.exception), res.output
    assert not (tmp_path / "r").exists()


def test_an_unknown_training_file_suffix_names_the_format_flag() -> None:
    """The library says "give the format"; the command line names the flag that does it."""
    from medstep.cli_errors import _hint
    from medstep.trainset.files import UnknownFormat, output_format

    with pytest.raises(UnknownFormat) as e:
        output_format(Path("cur.txt"))
    assert "--format" not in str(e.value) and _hint(e.value) == " with --format"
    assert output_format(Path("cur.txt"), "jsonl").value == "jsonl"  # near miss: the format given
