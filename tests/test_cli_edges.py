"""What a newcomer runs into at the command's edge: each input a user plausibly gets wrong is one clear
error (naming the flag they typed and the file or record), never a traceback or a silent no-op."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from medstep.cli import app
from medstep.datasets.base import LoadOptions
from medstep.pipeline import score_predictions
from medstep.types import InvalidSetting, MedstepError

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PREDICTIONS = EXAMPLES / "radrbench_mini_predictions.jsonl"
BENCH = ["--benchmark", "radrbench", "--data", str(EXAMPLES / "radrbench_mini.json")]
runner = CliRunner()


def medstep(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "medstep.cli", *args], capture_output=True, text=True, timeout=120)


def _score(out: Path, *judges: str, name: str | None = None):
    return score_predictions(PREDICTIONS, "radrbench", str(EXAMPLES / "radrbench_mini.json"), out,
                             load=LoadOptions(check_images=False), judges=judges or ("none",), name=name)


def test_score_refuses_a_price_for_the_model_it_does_not_have(tmp_path: Path) -> None:
    """`--price 1/2` prices the generating model; `score` has none, so the price would price nothing."""
    res = medstep("score", str(PREDICTIONS), *BENCH, "--out", str(tmp_path / "run"), "--price", "1/2")
    assert res.returncode == 2
    assert "price for 'model'" in res.stderr and "generated elsewhere" in res.stderr
    assert not (tmp_path / "run" / "summary.json").exists()


def test_compare_leaderboard_n_is_what_the_accuracy_is_over(tmp_path: Path) -> None:
    """The example mixes 6 choice questions, 1 open one and 1 failed call: the headline accuracy is over
    the 6 choice questions, so the leaderboard must not print n=7 beside it."""
    from medstep.report.compare import compare_runs

    a, b = _score(tmp_path / "a"), _score(tmp_path / "b")
    acc = a.summary.outcome.accuracy
    assert acc.n == 6 and a.summary.outcome.failed == 1 and a.summary.n == 8  # the premise
    cmp = compare_runs([tmp_path / "a", tmp_path / "b"])
    cells = [cell for row in cmp.leaderboard for cell in row.cells.values()]
    assert [c.n for c in cells] == [acc.n, b.summary.outcome.accuracy.n]
    assert all(c.accuracy == acc.value for c in cells)


@pytest.mark.parametrize("device", ["gpu", "cuda0", "CUDA", ""])
def test_unknown_device_is_refused_naming_the_flag(device: str) -> None:
    from medstep.cli_errors import _message
    from medstep.run_checks import check_device

    with pytest.raises(InvalidSetting) as e:
        check_device(device)
    assert _message(e.value) == f"--device must be auto, cpu, cuda or cuda:N, got {device}"


@pytest.mark.parametrize("device", ["auto", "cpu", "cuda", "cuda:1", "mps"])
def test_torch_devices_are_accepted(device: str) -> None:
    from medstep.run_checks import check_device

    check_device(device)


def test_eval_and_mine_refuse_an_unknown_device_before_loading_anything(tmp_path: Path) -> None:
    for cmd in ("eval", "mine"):
        res = medstep(cmd, "--benchmark", "radrbench", "--data", str(tmp_path / "none.json"), "--model",
                      "openai:m@http://127.0.0.1:9/v1", "--out", str(tmp_path / cmd), "--device", "gpu")
        assert res.returncode == 2, res.stderr
        assert "--device must be auto, cpu, cuda or cuda:N, got gpu" in res.stderr
        assert not (tmp_path / cmd).exists()


def test_a_missing_gguf_is_reported_as_missing_not_as_lacking_a_projector(tmp_path: Path) -> None:
    from medstep.models.spec import parse_spec
    from medstep.run_checks import _check_images_supported, check_model_file
    from medstep.types import AnswerType, ImageRef, Sample

    sample = Sample(id="s", question="q?", answer="yes", answer_type=AnswerType.CLOSED,
                    images=(ImageRef(path=tmp_path / "i.png"),))
    with pytest.raises(MedstepError, match="llama.cpp model file not found"):
        check_model_file(parse_spec(f"llamacpp:{tmp_path / 'absent.gguf'}"))
    check_model_file(parse_spec("openai:m@http://127.0.0.1:9/v1"))  # nothing local to check
    present = tmp_path / "m.gguf"
    present.write_bytes(b"GGUF")
    check_model_file(parse_spec(f"llamacpp:{present}"))
    with pytest.raises(MedstepError, match="no vision projector"):
        _check_images_supported(parse_spec(f"llamacpp:{present}"), [sample])
    res = medstep("mine", *BENCH, "--model", f"llamacpp:{tmp_path / 'absent.gguf'}", "--out", str(tmp_path / "m"))
    assert res.returncode == 2 and "llama.cpp model file not found" in res.stderr
    assert not (tmp_path / "m").exists()


def test_missing_image_error_names_the_record_and_the_flag_that_skips_it(tmp_path: Path) -> None:
    res = medstep("eval", *BENCH, "--model", "openai:m@http://127.0.0.1:9/v1", "--out", str(tmp_path / "r"))
    assert res.returncode == 2
    line = res.stderr.replace("\n", "")
    assert "mini-001" in line and "file not found" in line
    assert "--skip-missing-images" in line and "skip_missing_images" not in line


def test_curate_refuses_an_output_name_that_promises_another_format(tmp_path: Path) -> None:
    from medstep.trainset.files import TrainsetFormat, output_format

    assert output_format(tmp_path / "a.jsonl") is TrainsetFormat.JSONL
    assert output_format(tmp_path / "a.PARQUET") is TrainsetFormat.PARQUET
    assert output_format(tmp_path / "a.csv", "jsonl") is TrainsetFormat.JSONL  # an explicit format wins
    for name in ("curated.csv", "curated.json", "curated"):
        with pytest.raises(MedstepError, match="cannot tell the training-file format"):
            output_format(tmp_path / name)
    _score(tmp_path / "run")
    res = runner.invoke(app, ["curate", str(tmp_path / "run"), "--out", str(tmp_path / "c.csv"), "--keep", "all"])
    assert res.exit_code != 0 and "c.csv" in str(res.exception)
    assert not (tmp_path / "c.csv").exists()


def test_curate_says_why_nothing_was_kept(tmp_path: Path) -> None:
    """One rollout per question and the default --keep learnable keep nothing: an empty file, exit 0,
    which a user misses unless told."""
    _score(tmp_path / "run")
    res = runner.invoke(app, ["curate", str(tmp_path / "run"), "--out", str(tmp_path / "c.jsonl")])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout[: res.stdout.rindex("}") + 1])["kept"] == 0
    assert "no question kept" in res.stderr and "--samples k" in res.stderr
    res = runner.invoke(app, ["curate", str(tmp_path / "run"), "--out", str(tmp_path / "d.jsonl"), "--keep", "all"])
    assert res.exit_code == 0 and "no question kept" not in res.stderr


def test_agreement_without_shared_metrics_names_the_flag(tmp_path: Path) -> None:
    from medstep.cli_errors import _hint, _message
    from medstep.report.agreement import NoSharedMetric, compute_agreement

    _score(tmp_path / "run", "verifier", "steps")
    with pytest.raises(NoSharedMetric) as e:
        compute_agreement(tmp_path / "run", "verifier", "steps", [])
    text = _message(e.value) + _hint(e.value)
    assert "radrscore" in text and "step_f1" in text and text.endswith("with --metric A_METRIC=B_METRIC")


def test_brackets_in_names_and_paths_are_printed_as_typed(tmp_path: Path) -> None:
    """Run directories, --name and model specs are the user's text: rich markup would drop "[b]" and
    fail on "[/]" after the run was stored (exit 1, "internal error")."""
    out = tmp_path / "runs[/]x"
    res = medstep("score", str(PREDICTIONS), *BENCH, "--out", str(out), "--name", "a[red]b[/]c",
                  "--judge", "none", "--no-report", "--allow-failures")
    assert res.returncode == 0, res.stderr
    assert "a[red]b[/]c" in res.stdout and f"run: {out}" in res.stdout.replace("\n", "")
    bad = tmp_path / "x[/].jsonl"
    res = medstep("score", str(bad), *BENCH, "--out", str(tmp_path / "r2"))
    assert res.returncode == 2 and f"cannot read predictions file {bad}" in res.stderr.replace("\n", "")


def test_progress_label_is_text_not_markup() -> None:
    from rich.console import Console

    from medstep.progress import ProgressLine

    buf = io.StringIO()
    con = Console(file=buf, force_terminal=True, width=100, markup=False)
    with ProgressLine(3, "openai:m[/]x", con, live=True) as p:
        p.advance(3)
    assert "m[/]x" in buf.getvalue()


def test_help_shows_the_extra_in_brackets() -> None:
    res = runner.invoke(app, ["eval", "--help"], env={"COLUMNS": "200"})
    assert res.exit_code == 0
    assert "pip install 'medstep[ray]'" in res.stdout


def test_compare_prints_run_names_with_brackets_as_typed(tmp_path: Path) -> None:
    _score(tmp_path / "a", name="m[b]")
    _score(tmp_path / "b", name="m[/]")
    res = runner.invoke(app, ["compare", str(tmp_path / "a"), str(tmp_path / "b")], env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    assert "m[b]" in res.stdout and "m[/]" in res.stdout
    assert "│ # │ run " in res.stdout.replace("┃", "│")  # the leaderboard's rows are run names


def test_paired_accuracy_follows_the_headline_rule(tmp_path: Path) -> None:
    """The example's open question is left out of its headline accuracy (exact match is another measure):
    the paired numbers must not mix it back in, or "baseline accuracy" contradicts the run's own."""
    from medstep.report.compare import compare_runs

    base = _score(tmp_path / "a")
    lines = [json.loads(x) for x in PREDICTIONS.read_text().splitlines() if x.strip()]
    for line in lines:  # the other run flips the open answer only
        if line["id"] == "mini-008":
            line["output"] = "<answer>something else entirely</answer>"
    other = tmp_path / "other.jsonl"
    other.write_text("".join(json.dumps(x) + "\n" for x in lines))
    score_predictions(other, "radrbench", str(EXAMPLES / "radrbench_mini.json"), tmp_path / "b",
                      load=LoadOptions(check_images=False), judges=("none",))
    types = {r["id"]: r["answer_type"] for r in map(json.loads, (tmp_path / "a" / "samples.jsonl").open())}
    assert types["mini-008"] == "open" and base.summary.outcome.accuracy_over == ("choice",)  # the premise
    for intersect in (False, True):
        cmp = compare_runs([tmp_path / "a", tmp_path / "b"], intersect=intersect)
        (pair,) = cmp.pairs
        assert pair.stats.n == base.summary.outcome.accuracy.n == 6
        assert pair.stats.acc_baseline == base.summary.outcome.accuracy.value
        assert pair.stats.diff == 0.0 and pair.apart == {"open": 1}
        open_row = next(r for r in pair.categories if r.field == "task" and r.value == "open")
        assert (open_row.stats.n, open_row.stats.acc_baseline, open_row.stats.acc_other) == (1, 1.0, 0.0)
        assert [c.n for row in cmp.leaderboard for c in row.cells.values()] == [6, 6]


def test_out_folder_holding_someone_elses_exports_is_refused(tmp_path: Path) -> None:
    """`--out .` in a project folder must not replace the user's own summary.json or samples.jsonl."""
    mine = tmp_path / "project"
    mine.mkdir()
    (mine / "samples.jsonl").write_text("my own file\n")
    res = runner.invoke(app, ["score", str(PREDICTIONS), *BENCH, "--out", str(mine), "--judge", "none"])
    assert res.exit_code != 0 and "would overwrite" in str(res.exception) and "samples.jsonl" in str(res.exception)
    assert (mine / "samples.jsonl").read_text() == "my own file\n" and not (mine / "run.sqlite").exists()
    res = runner.invoke(app, ["eval", *BENCH, "--model", "openai:m@http://127.0.0.1:9/v1", "--out", str(mine)])
    assert res.exit_code != 0 and "would overwrite" in str(res.exception)
    (mine / "chains.jsonl").write_text("my chains\n")  # mine checks the files it writes
    res = runner.invoke(app, ["mine", *BENCH, "--model", "openai:m@http://127.0.0.1:9/v1", "--out", str(mine)])
    assert res.exit_code != 0 and "would overwrite" in str(res.exception) and "chains.jsonl" in str(res.exception)
    assert (mine / "chains.jsonl").read_text() == "my chains\n"
    # a folder with other files is fine, and so is re-running into a run directory medstep made
    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.txt").write_text("x")
    for _ in range(2):
        res = runner.invoke(app, ["score", str(PREDICTIONS), *BENCH, "--out", str(other), "--judge", "none",
                                  "--allow-failures"])
        assert res.exit_code == 0, res.output


@pytest.mark.parametrize("command", ["report", "compare", "agreement"])
def test_html_out_must_name_an_html_file(tmp_path: Path, command: str) -> None:
    """`medstep report RUN --out other_run/summary.json` used to replace that summary with a web page."""
    _score(tmp_path / "a", "verifier", "steps")
    _score(tmp_path / "b")
    victim = tmp_path / "b" / "summary.json"
    before = victim.read_text()
    args = {"report": ["report", str(tmp_path / "a")],
            "compare": ["compare", str(tmp_path / "a"), str(tmp_path / "b")],
            "agreement": ["agreement", str(tmp_path / "a"), "--judge", "verifier", "--judge", "steps",
                          "--metric", "radrscore=step_f1"]}[command]
    res = runner.invoke(app, [*args, "--out", str(victim)])
    assert res.exit_code != 0 and "name it .html" in str(res.exception)
    assert victim.read_text() == before
    res = runner.invoke(app, [*args, "--out", str(tmp_path)])
    assert res.exit_code != 0 and "is a directory" in str(res.exception)
    res = runner.invoke(app, [*args, "--out", str(tmp_path / "page.HTML")])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "page.HTML").read_text().startswith("<!DOCTYPE html>")


def test_a_json_template_without_the_question_is_refused(tmp_path: Path) -> None:
    from medstep.prompts import PromptTemplate

    f = tmp_path / "t.json"
    f.write_text(json.dumps({"open": "{question}", "choice": "Pick one:\n{options}"}))
    with pytest.raises(MedstepError, match=r"t\.json \(choice\): has no \{question\} field"):
        PromptTemplate.from_file(f)


@pytest.mark.parametrize("args", [
    ["score", str(PREDICTIONS), *BENCH, "--out", ""],
    ["score", "", *BENCH, "--out", "run"],
    ["report", "  "],
    ["curate", "run", "--out", ""],
    ["score", str(PREDICTIONS), "--benchmark", "radrbench", "--data", "", "--out", "run"],
])
def test_an_empty_path_is_refused_not_read_as_the_current_folder(args: list[str], tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """typer reads "" as Path("") == ".": `--out ""` (an unset shell variable) wrote a whole run into the folder the
    command ran in."""
    monkeypatch.chdir(tmp_path)
    res = runner.invoke(app, args, env={"COLUMNS": "200"})
    assert res.exit_code == 2
    assert "an empty path names no file or folder" in res.output
    assert list(tmp_path.iterdir()) == []


def test_python_dash_m_runs_the_command_line(tmp_path: Path) -> None:
    """``python -m medstep`` is the console script: same commands, same one-line errors and statuses."""
    ok = subprocess.run([sys.executable, "-m", "medstep", "--help"], capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0 and "curate" in ok.stdout
    # near miss: an unreadable predictions file is the usual one-line error, exit 2, no traceback
    bad = subprocess.run([sys.executable, "-m", "medstep", "score", str(tmp_path / "absent.jsonl"), "--benchmark",
                          "radrbench", "--data", str(tmp_path), "--out", str(tmp_path / "run")],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and bad.stderr.startswith("error:") and "Traceback" not in bad.stderr


def test_version_prints_the_package_version_and_runs_nothing() -> None:
    """``medstep --version`` (what a bug report asks first) was "No such option"."""
    from medstep import __version__

    res = runner.invoke(app, ["--version"])
    assert res.exit_code == 0 and res.output.strip() == f"medstep {__version__}"
    assert runner.invoke(app, ["--version", "score"]).output.strip() == f"medstep {__version__}"  # eager: nothing run
