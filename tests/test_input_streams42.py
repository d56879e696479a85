"""What each reader takes of a pipe (``medstep.files.Access``).

Files read once, front to back (JSONL/JSON/CSV through the text loader, predictions, training JSONL, the verifier's
tables) are read from a pipe or FIFO as ``cat`` would: ``medstep score <(zcat preds.jsonl.gz) ...`` worked before
session 42's "regular files only" and works again. Files read with seeks or more than once (parquet, arrow, xlsx,
parquet training files, ``medstep data``'s benchmark, a run's own files) refuse a pipe before opening it, so it is
one error saying to save the stream, never a hang. Directories, sockets and devices are refused by every reader.

Each FIFO here is fed by a writer thread, as a shell feeds ``<(...)``; a reader that fails before opening the FIFO
leaves the writer blocked in ``open``, so :func:`_streamed` opens the read end itself to release it.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

from medstep.datasets._records import read_table_file
from medstep.files import NotARegularFile
from medstep.textclean import read_utf8_text
from medstep.types import MedstepError

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ROWS = [{"question": "Is there a pneumothorax?", "answer": "no"}, {"question": "Which side?", "answer": "left"}]


@contextmanager
def _streamed(pipe: Path, data: bytes) -> Iterator[None]:
    """A FIFO at ``pipe`` that a thread writes ``data`` into once a reader opens it."""
    os.mkfifo(pipe)

    def write() -> None:
        try:
            with open(pipe, "wb") as f:
                f.write(data)
        except OSError:  # the reader went away (a refusal): nothing to write to
            pass

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    try:
        yield
    finally:
        if writer.is_alive():  # no reader opened it: open the read end so the writer's open returns
            fd = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)
            writer.join(10)
            os.close(fd)
        assert not writer.is_alive()


def _jsonl(rows: list[dict]) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in rows).encode()


def test_the_text_loader_reads_a_fifo_as_a_stream(tmp_path: Path) -> None:
    pipe = tmp_path / "bench.jsonl"
    with _streamed(pipe, _jsonl(ROWS)):
        assert [r.raw for r in read_table_file(pipe)] == ROWS
    big = tmp_path / "big.txt"  # more than a pipe's buffer: read to its end, not to the first chunk
    with _streamed(big, b"x" * 300_000 + b"\nend\n"):
        assert read_utf8_text(big).endswith("x\nend\n")


def test_a_json_file_that_holds_json_lines_is_read_once_so_a_pipe_will_do(tmp_path: Path) -> None:
    """A .json file is tried as a list, then as JSON lines: both from one read (a second read of a pipe is empty)."""
    pipe = tmp_path / "export.json"
    with _streamed(pipe, _jsonl(ROWS)):
        assert [r.raw for r in read_table_file(pipe)] == ROWS
    csv = tmp_path / "t.csv"
    with _streamed(csv, b"question,answer\nIs it?,yes\n"):
        assert [r.raw for r in read_table_file(csv)] == [{"question": "Is it?", "answer": "yes"}]


def test_directories_sockets_and_devices_are_refused_naming_the_file(tmp_path: Path) -> None:
    with pytest.raises(
        NotARegularFile,
        match=rf"^{tmp_path}: the data file is a directory, not a regular file or a "
        r"pipe; refusing to read it$",
    ):
        read_utf8_text(tmp_path, "data file")
    sock_path = tmp_path / "s.jsonl"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.bind(str(sock_path))
        with pytest.raises(
            NotARegularFile,
            match=rf"^{sock_path}: the data file is a socket, not a regular file or "
            r"a pipe; refusing to read it$",
        ):
            read_table_file(sock_path)
    with pytest.raises(NotARegularFile, match=r"^/dev/null: the template file is a character device"):
        read_utf8_text(Path("/dev/null"), "template file")


_TABLE = (
    "import sys; from pathlib import Path; from medstep.datasets._records import read_table_file; "
    "read_table_file(Path(sys.argv[1]))"
)


@pytest.mark.parametrize(
    "name,what", [("t.parquet", "parquet table"), ("t.arrow", "arrow table"), ("t.xlsx", "Excel workbook")]
)
def test_a_fifo_as_a_table_that_is_read_with_seeks_is_refused_before_opening(
    tmp_path: Path, name: str, what: str
) -> None:
    """No writer: a check made after opening would block in ``open``; in a subprocess so that fails, not hangs."""
    pipe = tmp_path / name
    os.mkfifo(pipe)
    res = subprocess.run([sys.executable, "-c", _TABLE, str(pipe)], capture_output=True, text=True, timeout=60)
    assert (
        res.returncode != 0
        and (
            f"{pipe}: the {what} is a named pipe (FIFO), not a regular file; refusing to read it "
            "(it is read with seeks or more than once: save the stream to a file first)"
        )
        in res.stderr
    ), res.stderr


def test_medstep_score_reads_its_predictions_through_a_pipe(tmp_path: Path) -> None:
    """``medstep score <(cat preds.jsonl)``: a FIFO fed by a writer, graded end to end like the file itself."""
    pipe = tmp_path / "preds.jsonl"
    args = [
        "--benchmark",
        "radrbench",
        "--data",
        str(EXAMPLES / "radrbench_mini.json"),
        "--no-report",
        "--allow-failures",
    ]  # (one example line carries an error)
    with _streamed(pipe, (EXAMPLES / "radrbench_mini_predictions.jsonl").read_bytes()):
        res = subprocess.run(
            [sys.executable, "-m", "medstep.cli", "score", str(pipe), *args, "--out", str(tmp_path / "piped")],
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert res.returncode == 0, res.stderr
    direct = subprocess.run(
        [
            sys.executable,
            "-m",
            "medstep.cli",
            "score",
            str(EXAMPLES / "radrbench_mini_predictions.jsonl"),
            *args,
            "--out",
            str(tmp_path / "file"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert direct.returncode == 0, direct.stderr
    piped, filed = (json.loads((tmp_path / d / "summary.json").read_text()) for d in ("piped", "file"))
    assert piped["n"] == filed["n"] == 8 and piped["outcome"] == filed["outcome"]


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash for process substitution")
def test_medstep_score_takes_a_real_process_substitution(tmp_path: Path) -> None:
    preds, data = EXAMPLES / "radrbench_mini_predictions.jsonl", EXAMPLES / "radrbench_mini.json"
    line = (
        f'"{sys.executable}" -m medstep.cli score <(cat "{preds}") --benchmark radrbench --data "{data}" '
        f'--no-report --allow-failures --out "{tmp_path / "run"}"'
    )
    res = subprocess.run(["bash", "-c", line], capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert json.loads((tmp_path / "run" / "summary.json").read_text())["n"] == 8


def test_medstep_data_reads_its_benchmark_twice_so_a_pipe_is_refused_at_once(tmp_path: Path) -> None:
    pipe = tmp_path / "mine.jsonl"
    os.mkfifo(pipe)  # no writer: the refusal must come before any open
    res = subprocess.run(
        [sys.executable, "-m", "medstep.cli", "data", "custom", "--data", str(pipe)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 2 and "Traceback" not in res.stderr, res.stderr
    assert f"{pipe}: the benchmark file is a named pipe (FIFO)" in res.stderr
    assert "save the stream to a file first" in res.stderr


def test_training_files_jsonl_streams_parquet_needs_a_file(tmp_path: Path) -> None:
    from medstep.trainset.files import load_trainset

    pipe = tmp_path / "train.jsonl"
    with _streamed(pipe, _jsonl([{"prompt": "p", "completion": "c"}])):
        assert load_trainset(pipe, decode_images=False)["prompt"] == ["p"]
    parquet = tmp_path / "train.parquet"
    os.mkfifo(parquet)
    with pytest.raises(NotARegularFile, match=r"the training file is a named pipe .*save the stream to a file first"):
        load_trainset(parquet)


def test_the_verifier_reads_its_lexicon_through_a_pipe(tmp_path: Path) -> None:
    """The stream is read (its one malformed row is reported by line), not refused and not waited on."""
    from medstep.verify import Verifier

    pipe = tmp_path / "terms.tsv"
    with _streamed(pipe, b"# my terms\nwidget\tWidget\n"):
        with pytest.raises(MedstepError, match=rf"^{pipe}:2: expected 6 tab-separated columns"):
            Verifier(extra_lexicon=pipe)


def test_a_fifo_in_place_of_a_run_s_samples_file_is_refused(tmp_path: Path) -> None:
    """A run's own files stay regular-only: the text loader asked for ``SEEKABLE`` refuses a FIFO without opening."""
    from medstep.files import Access

    pipe = tmp_path / "samples.jsonl"
    os.mkfifo(pipe)
    with pytest.raises(NotARegularFile, match=r"the samples file is a named pipe \(FIFO\), not a regular file"):
        read_utf8_text(pipe, "samples file", Access.SEEKABLE)
