"""Opening a run checks what the database is: its schema version, its run row, that it is a file.

Each case was accepted silently or misreported by ``report``, ``score`` (resume) and ``curate``
before; each is now one error naming ``RUN/run.sqlite`` from the store's one home.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from medstep.store import RunMeta, RunStore
from medstep.store.run import SCHEMA_VERSION
from medstep.types import Generation, MedstepError

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PREDS = EXAMPLES / "radrbench_mini_predictions.jsonl"
RADR = EXAMPLES / "radrbench_mini.json"


def _medstep(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "1000"}  # one error line, not wrapped at the terminal's width
    return subprocess.run(
        [sys.executable, "-m", "medstep.cli", *args], capture_output=True, text=True, timeout=120, env=env
    )


def _error(res: subprocess.CompletedProcess) -> str:
    assert res.returncode == 2 and "Traceback" not in res.stderr, (res.returncode, res.stderr)
    [line] = [ln for ln in res.stderr.splitlines() if ln.startswith("error:")]
    return line


def _scored(run: Path) -> Path:
    res = _medstep(
        "score", str(PREDS), "--benchmark", "radrbench", "--data", str(RADR), "--out", str(run), "--allow-failures"
    )
    assert res.returncode == 0, res.stderr
    return run


def _sql(run: Path, statement: str) -> None:
    con = sqlite3.connect(run / "run.sqlite")
    con.execute(statement)
    con.commit()
    con.close()


def _run_with_generation(run: Path) -> Path:
    with RunStore.create(run, RunMeta("radrbench", "test", "predictions")) as store:
        store.put_generation("k1", "s1", "[]", Generation(text="yes"))
    return run


# ------------------------------------------------------------------ schema version
@pytest.mark.parametrize("found", [str(SCHEMA_VERSION + 1), "banana", ""])
def test_an_unknown_schema_is_refused_on_open_and_on_resume(tmp_path: Path, found: str) -> None:
    run = _run_with_generation(tmp_path / "run")
    _sql(run, f"UPDATE meta SET value='{found}' WHERE key='schema'")
    pattern = rf"run\.sqlite: written under run-database schema '{found}', this medstep writes schema {SCHEMA_VERSION}"
    with pytest.raises(MedstepError, match=pattern):
        RunStore.open(run)
    with pytest.raises(MedstepError, match=pattern):
        RunStore.create(run, RunMeta("radrbench", "test", "predictions"))
    con = sqlite3.connect(run / "run.sqlite")  # refused before anything was written over it
    assert con.execute("SELECT value FROM meta WHERE key='schema'").fetchone()[0] == found
    con.close()


def test_a_run_row_without_a_schema_row_is_refused(tmp_path: Path) -> None:
    run = _run_with_generation(tmp_path / "run")
    _sql(run, "DELETE FROM meta WHERE key='schema'")
    with pytest.raises(MedstepError, match=r"run\.sqlite: written under run-database schema 'none'"):
        RunStore.open(run)


def test_schema_1_is_still_read_and_resumed(tmp_path: Path) -> None:
    """Schema 1 lacked only judge_calls, which opening creates: an older run stays readable."""
    run = _run_with_generation(tmp_path / "run")
    _sql(run, "UPDATE meta SET value='1' WHERE key='schema'")
    _sql(run, "DROP TABLE judge_calls")
    with RunStore.open(run) as store:
        assert store.meta.model == "predictions" and store.judge_call_count() == 0
    with RunStore.create(run, RunMeta("radrbench", "test", "predictions")) as store:
        assert store.finished_keys(["k1"]) == {"k1"}


def test_report_score_and_curate_refuse_a_newer_schema_naming_both_versions(tmp_path: Path) -> None:
    run = _scored(tmp_path / "run")
    _sql(run, f"UPDATE meta SET value='{SCHEMA_VERSION + 1}' WHERE key='schema'")
    db = str(run / "run.sqlite")
    for args in (
        ("report", str(run)),
        ("score", str(PREDS), "--benchmark", "radrbench", "--data", str(RADR), "--out", str(run)),
        ("curate", str(run), "--out", str(tmp_path / "cur.jsonl")),
    ):
        line = _error(_medstep(*args))
        assert db in line and f"schema '{SCHEMA_VERSION + 1}'" in line and f"writes schema {SCHEMA_VERSION}" in line


# ------------------------------------------------------------------ the run row
def test_a_run_without_its_metadata_but_with_generations_is_not_taken_over(tmp_path: Path) -> None:
    run = _scored(tmp_path / "run")
    _sql(run, "DELETE FROM meta WHERE key='run'")
    line = _error(_medstep("score", str(PREDS), "--benchmark", "radrbench", "--data", str(RADR), "--out", str(run)))
    assert str(run / "run.sqlite") in line and "metadata is missing" in line and "stored generations" in line
    con = sqlite3.connect(run / "run.sqlite")  # nothing lost
    assert con.execute("SELECT COUNT(*) FROM generations").fetchone()[0] > 0
    con.close()


def test_a_run_without_metadata_and_without_generations_is_still_taken_over(tmp_path: Path) -> None:
    """A run that never stored a call defines nothing: the new command takes the directory over, as before."""
    run = tmp_path / "run"
    RunStore.create(run, RunMeta("radrbench", "test", "other")).close()
    _sql(run, "DELETE FROM meta WHERE key='run'")
    with RunStore.create(run, RunMeta("radrbench", "test", "predictions")) as store:
        assert store.meta.model == "predictions"


# ------------------------------------------------------------------ run.sqlite a directory
def test_run_sqlite_a_directory_is_the_same_error_for_every_command(tmp_path: Path) -> None:
    run = tmp_path / "run"
    (run / "run.sqlite").mkdir(parents=True)
    expected = f"{run / 'run.sqlite'} is not a regular file"
    lines = [
        _error(_medstep(*args))
        for args in (
            ("report", str(run)),
            ("compare", str(run), str(_scored(tmp_path / "other"))),
            ("curate", str(run), "--out", str(tmp_path / "cur.jsonl")),
            ("score", str(PREDS), "--benchmark", "radrbench", "--data", str(RADR), "--out", str(run)),
        )
    ]
    assert all(expected in line for line in lines), lines
    assert "no run.sqlite" not in "".join(lines)
    with pytest.raises(MedstepError, match="no run.sqlite"):  # a directory with no database still says so
        RunStore.open(tmp_path)
