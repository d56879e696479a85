"""What keeps a run directory one run: an exclusive writer lock, and the resume checks.

Why a lock: two ``medstep eval`` commands on one ``--out`` (a job started
twice, a second terminal) used to interleave their generations and their
exports; the later ``summary.json`` then described neither. The lock is an
``flock`` on ``RUN/run.lock``, held by the process that writes the run and
released by the kernel when that process ends, even by ``kill -9``, so a
stale lock never needs cleaning up. The holder's pid is written into the
file, so the refusal can name the other process.

Why resume checks: a directory holds the generations of one model, on one
benchmark split, with one prompt and one set of decoding settings. Resuming
with another benchmark, model or mode would mix two runs' numbers under one
name, so it is refused. Changed decoding settings or a changed template
would silently regenerate every sample (the settings are part of each
request's cache key), so they are refused unless the caller explicitly asks
to regenerate. A ``score`` run is defined by its predictions file too.

Why the file checks: ``medstep report`` is run on directories that others
made (a colleague's run, a downloaded archive). Nothing in one may make it
block on a FIFO, read a device, or read without bound.

Why the database checks: a ``run.sqlite`` of an unknown schema (a newer medstep,
a hand edit) would be misread row by row and its version overwritten on resume,
and one whose run row is gone but which holds stored calls would be taken over
as a new run, losing or mixing those calls; both are one error naming the file.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path
from typing import Any

from medstep.files import NotARegularFile
from medstep.types import MedstepError

LOCK_NAME = "run.lock"

# Settings (RunMeta.settings keys) whose change regenerates every sample.
GENERATION_SETTINGS = ("max_tokens", "temperature", "top_p", "seed", "stop", "template", "template_sha256")
# Settings whose change makes it another run altogether.
RUN_INPUTS = ("lang", "predictions")


class RunLocked(MedstepError):
    """Another process is writing this run directory."""


class RunMismatch(MedstepError):
    """The directory holds another run (benchmark, split, model, mode, language or predictions file)."""


class SettingsChanged(MedstepError):
    """Decoding settings or the template differ from the stored run's; regenerating must be explicit."""


class RunLock:
    """An exclusive, non-blocking lock on a run directory; :meth:`release` (or process exit) frees it."""

    def __init__(self, run_dir: Path) -> None:
        self.path = Path(run_dir) / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> "RunLock":
        try:
            import fcntl
        except ImportError:  # not POSIX: no lock (documented)
            return self
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
        except OSError as e:
            raise MedstepError(f"cannot create the lock file {self.path}: {e.strerror or e}") from e
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_pid(fd)
            os.close(fd)
            who = f"process {holder}" if holder else "another process"
            raise RunLocked(
                f"{self.path.parent} is in use by {who} (another medstep eval or score writing this run); "
                "wait for it to finish or use another run directory"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the flock
            self._fd = None

    def remove(self) -> None:
        """Delete the lock file, then release: unlinked while still held, so no other writer can have locked
        it in between (a second command either failed to lock it or finds no file and makes its own)."""
        if self._fd is not None:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
        self.release()


def remove_new_run(run_dir: Path, db: Path, lock: RunLock, *, made_dir: bool) -> None:
    """Undo what a failed first command made in ``run_dir``: the empty database, its journals, the lock
    file, and the folder itself when the command created it and nothing else was put there.

    Why: a first ``eval`` whose server was unreachable (or whose model failed to load, or was stopped by
    Ctrl-C before any answer) left ``run.sqlite`` and ``run.lock`` behind, an empty run directory that
    ``report`` and ``compare`` then refused as a run never scored, and an ``--out`` that looked used.
    Only the caller knows the database stored nothing; this removes files, it does not look inside them.
    """
    for path in (db, *(db.with_name(db.name + suffix) for suffix in ("-wal", "-shm", "-journal"))):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    lock.remove()
    if made_dir:
        with contextlib.suppress(OSError):  # not empty: someone put a file there meanwhile; leave it
            run_dir.rmdir()


def _read_pid(fd: int) -> int | None:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
        return int(text) if text.isdigit() else None
    except OSError:
        return None


def _show(value: Any) -> str:
    return "default" if value in (None, "") else repr(value)


def check_resume(run_dir: Path, old: Any, new: Any, *, regenerate: bool) -> None:
    """Refuse to resume ``old`` (a stored RunMeta) as ``new`` when they are different runs.

    Settings an older medstep did not record are not compared.
    """
    kinds = {str(getattr(m.mode, "value", m.mode)) == "mine" for m in (old, new)}
    if len(kinds) == 2:  # compared before the model: a mining run's "model" names its writer models
        was = "a mining run (medstep mine)" if str(getattr(old.mode, "value", old.mode)) == "mine" else "a graded run"
        raise RunMismatch(f"{run_dir} holds {was}, not the kind of run this command writes; use another run directory")
    # a model is compared without where it is served (openai endpoints) when both runs recorded that
    same_model = (
        "model_identity" if getattr(old, "model_identity", "") and getattr(new, "model_identity", "") else "model"
    )
    for name in ("benchmark", "split", same_model, "mode"):
        was, now = (str(getattr(getattr(m, name), "value", getattr(m, name))) for m in (old, new))
        if was != now:
            what = "model" if name == same_model else name
            raise RunMismatch(f"{run_dir} holds a run of {what} {was!r}, not {now!r}; use another run directory")
    for key in RUN_INPUTS:
        was, now = old.settings.get(key), new.settings.get(key)
        if was and now and _canonical(key, was) != _canonical(key, now):
            what = {"lang": "language", "predictions": "predictions file"}[key]
            raise RunMismatch(f"{run_dir} holds a run of {what} {was!r}, not {now!r}; use another run directory")
    if regenerate:
        return
    changed = [
        f"{key} {_show(old.settings[key])} → {_show(new.settings.get(key))}"
        for key in GENERATION_SETTINGS
        if key in old.settings and key in new.settings and old.settings[key] != new.settings[key]
    ]
    if changed:
        raise SettingsChanged(
            f"{run_dir} was generated with other settings ({'; '.join(changed)}): continuing would generate "
            "every sample again; use the run's settings, or another run directory, or ask to regenerate explicitly"
        )


def _canonical(key: str, value: Any) -> Any:
    """Predictions files are compared by absolute path, so ``./p.jsonl`` and ``p.jsonl`` are one file."""
    return os.path.abspath(str(value)) if key == "predictions" else value


def check_database_files(db: Path) -> None:
    """``run.sqlite`` and its journal files must be regular files: SQLite blocks reading a FIFO."""
    for path in (db, *(db.with_name(db.name + suffix) for suffix in ("-wal", "-shm", "-journal"))):
        try:
            st = os.stat(path)
        except FileNotFoundError:
            continue
        except OSError as e:
            raise MedstepError(f"{path}: cannot read ({e.strerror or e})") from None
        if not stat.S_ISREG(st.st_mode):
            raise NotARegularFile(f"{path} is not a regular file; this is not a run directory medstep wrote")


def new_file_mode() -> int:
    """The permissions an ordinary new file gets here (0o666 less the process's umask).

    Why: the temporary file behind every atomic write is created private (0o600), and the
    rename kept that, so a report, summary or training file written on a shared server could
    be opened by its owner alone. Read per call: the umask is the caller's to change.
    """
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


SCHEMA_VERSION = 2  # of run.sqlite; 2 added judge_calls
# Versions this code reads: 1 lacks only ``judge_calls``, which the store creates on open.
READABLE_SCHEMAS = frozenset({"1", str(SCHEMA_VERSION)})


def check_schema(db: Path, found: str | None, *, has_run: bool) -> None:
    """Refuse a database written under a schema this code cannot read. No schema row is a new database
    when there is no run row either; a run row without one was not written by medstep (both are written
    together)."""
    if found is None and not has_run:
        return
    shown = "none" if found is None else found
    if shown not in READABLE_SCHEMAS:
        raise MedstepError(
            f"{db}: written under run-database schema {shown!r}, this medstep writes schema {SCHEMA_VERSION} "
            f"(reads {', '.join(sorted(READABLE_SCHEMAS))}); use the medstep version that wrote it, "
            "or re-run its command into a new directory"
        )


def check_takeover(db: Path, stored_calls: int) -> None:
    """A database without its run row may be taken over as a new run only if it holds no stored call."""
    if stored_calls:
        raise MedstepError(
            f"{db}: the run metadata is missing but the database holds {stored_calls} stored generations "
            "or judge calls; this run directory cannot be resumed: run into a new directory"
        )
