"""The run store: one SQLite database per run directory.

Why SQLite in WAL mode: every finished generation is committed as soon as it
arrives (the generations that arrived together, while the previous commit was
written, in one transaction), so ``kill -9`` loses at most the calls still in
flight, and restarting the same command finds the finished ones by their cache
key and never repeats them. ``synchronous=NORMAL`` keeps a commit in the tens of
microseconds (durable against a crashed process, which is what matters for a
killed run) so storing is never the bottleneck of a 128-way concurrent eval.

Generations are keyed by the request's content hash (model spec, settings,
prompt text and image bytes). Failed generations are stored too, for the
record, but are not cache hits: a resumed run asks for them again.

Judge calls (LLM judges grading reasoning) live in their own table,
``judge_calls``, keyed by the judge's own content hash (judge model, protocol
and version, prompt): they are committed one by one like generations, so a
killed judging phase resumes without repeating an answered call, and
re-grading with the same judge sends no request at all.

Extractions, scores and reasoning grades are *derived* data: they are
recomputed from the stored generations (and cached judge calls) at the end
of every run and written to the ``results`` table and the ``samples.jsonl`` /
``summary.json`` exports, as the typed records of :mod:`medstep.results`.
"""

from __future__ import annotations

import json
import sqlite3
import time
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from medstep.arguments import check_path
from medstep.files import read_regular_file
from medstep.jsontext import dumps
from medstep.results import Reasoning, RunSummary
from medstep.store import atomic
from medstep.store.results_writer import ResultsWriter
from medstep.store.guard import (
    SCHEMA_VERSION,
    RunLock,
    check_database_files,
    check_resume,
    check_schema,
    check_takeover,
    remove_new_run,
)
from medstep.types import Extraction, Generation, InvalidSetting, MedstepError, Mode, Sample, SampleScore, prompt_text

DB_NAME = "run.sqlite"
SUMMARY_NAME = "summary.json"
SAMPLES_NAME = "samples.jsonl"
MAX_SUMMARY_BYTES = 64 * 1024 * 1024  # a summary is kilobytes; more is not a file medstep wrote

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS samples (
    idx INTEGER NOT NULL, id TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS generations (
    key TEXT PRIMARY KEY, sample_id TEXT NOT NULL, prompt TEXT NOT NULL,
    json TEXT NOT NULL, ok INTEGER NOT NULL, created REAL NOT NULL);
CREATE TABLE IF NOT EXISTS attempts (
    key TEXT NOT NULL, sample_id TEXT NOT NULL, error TEXT, created REAL NOT NULL);
CREATE TABLE IF NOT EXISTS results (
    sample_id TEXT PRIMARY KEY, key TEXT, extraction TEXT, score TEXT, reasoning TEXT);
CREATE TABLE IF NOT EXISTS judge_calls (
    key TEXT PRIMARY KEY, judge TEXT NOT NULL, sample_id TEXT NOT NULL, prompt TEXT NOT NULL,
    json TEXT NOT NULL, ok INTEGER NOT NULL, created REAL NOT NULL);
"""


@dataclass
class RunMeta:
    """What a run is: the inputs that define it, shown in reports and checked on resume."""

    benchmark: str
    split: str
    model: str
    mode: Mode = Mode.COT
    data: str = ""
    created: str = ""
    medstep_version: str = ""
    settings: dict[str, Any] = field(default_factory=dict)
    name: str = ""  # the run's label in reports and comparisons (--name)
    # the model spec less where it is served (openai endpoints): what a resumed run must match
    model_identity: str = ""

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "RunMeta":
        known = {f for f in cls.__dataclass_fields__}
        fields = {k: v for k, v in d.items() if k in known}
        fields["mode"] = Mode(fields.get("mode", Mode.COT))
        return cls(**fields)


@dataclass
class SampleResult:
    """Everything known about one sample of a run, for exports and reports."""

    sample: Sample
    prompt: str | None = None
    generation: Generation | None = None
    extraction: Extraction | None = None
    score: SampleScore | None = None
    reasoning: Reasoning | None = None


class RunStore:
    """A run directory's database. Use :meth:`create` for a new or resumed run, :meth:`open` to read one."""

    def __init__(self, run_dir: Path, conn: sqlite3.Connection, lock: RunLock | None = None):
        self.run_dir = run_dir
        self._conn = conn
        self._lock = lock
        self._made: tuple[bool, bool] | None = None  # (folder, database) this command created; see abandon()

    # -- opening ---------------------------------------------------------
    @classmethod
    def create(cls, run_dir: Path, meta: RunMeta, *, regenerate: bool = False, default_name: str = "") -> "RunStore":
        """Open ``run_dir`` for writing, creating it if needed, and lock it against other writers.

        An existing run is resumed only if it is the same run (see
        :func:`medstep.store.guard.check_resume`): mixing two models'
        generations in one directory would make every number in it
        meaningless, and changed decoding settings would silently regenerate
        everything unless ``regenerate``. ``meta.name`` empty keeps the
        stored run's name, else ``default_name``.
        """
        run_dir = Path(run_dir)
        if any(unicodedata.category(c) == "Cc" for c in meta.name):  # a newline split the name over two table rows
            raise InvalidSetting("name", repr(meta.name), "one line of text, without control characters")
        if run_dir.exists() and not run_dir.is_dir():
            raise MedstepError(f"{run_dir} is a file, not a run directory")
        made_dir = not run_dir.exists()
        try:
            run_dir.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise MedstepError(f"cannot create run directory {run_dir}: {e.strerror}") from e
        lock = RunLock(run_dir).acquire()
        try:
            check_database_files(run_dir / DB_NAME)
            made_db = not (run_dir / DB_NAME).exists()
            store = cls(run_dir, _connect(run_dir / DB_NAME), lock)
            store._made = (made_dir, made_db)
        except BaseException:
            lock.release()
            raise
        try:
            store._check_schema()
            old = store._read_meta()
            if old is None:
                check_takeover(run_dir / DB_NAME, store.attempt_count() + store.judge_call_count())
            if old is not None and store.attempt_count() == 0 and store.judge_call_count() == 0:
                # A run that never stored a generation or a judge reply (its model failed to
                # load, say) defines nothing yet: the new command takes the directory over.
                # A mining run stores judge replies only: it is a run, never taken over.
                store._clear_run()
                old = None
            if old is not None:
                check_resume(run_dir, old, meta, regenerate=regenerate)
                meta.created = old.created or meta.created
            meta.name = meta.name or (old.name if old is not None else "") or default_name
            store._write_meta(meta)
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def open(cls, run_dir: Path) -> "RunStore":
        check_path("RunStore.open", "run_dir", run_dir)
        run_dir = Path(run_dir)
        db = run_dir / DB_NAME
        if not db.exists() and not db.is_symlink():
            raise MedstepError(f"{run_dir} is not a medstep run directory (no {DB_NAME})")
        check_database_files(db)  # a directory named run.sqlite is "not a regular file", as ``create`` says
        store = cls(run_dir, _connect(db))
        try:
            store._check_schema()
        except BaseException:
            store.close()
            raise
        if store._read_meta() is None:
            store.close()
            raise MedstepError(f"{db}: run metadata missing; the run was never started properly")
        return store

    def close(self) -> None:
        self._conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def abandon(self) -> None:
        """Close after the command failed: a run directory this command created, that stored no generation or
        judge reply, is removed again (:func:`~medstep.store.guard.remove_new_run`); anything else is kept."""
        made_dir, made_db = self._made or (False, False)
        lock, empty = self._lock, made_db and not (self.attempt_count() or self.judge_call_count())
        self._conn.close()
        if lock is not None and empty:
            self._lock = None
            remove_new_run(self.run_dir, self.run_dir / DB_NAME, lock, made_dir=made_dir)
        self.close()

    def __enter__(self) -> "RunStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- metadata ----------------------------------------------------------
    def _read_meta(self) -> RunMeta | None:
        """The stored run metadata; a row that is not medstep's (hand-edited, half-written by a tool) is one error
        naming the database, not a traceback from the JSON parser or the dataclass."""
        row = self._conn.execute("SELECT value FROM meta WHERE key='run'").fetchone()
        if row is None:
            return None
        try:
            data = json.loads(row[0])
            if not isinstance(data, dict):
                raise ValueError(f"a JSON object is expected, found {'null' if data is None else type(data).__name__}")
            return RunMeta.from_json(data)
        except (TypeError, ValueError) as e:  # JSONDecodeError and an unknown Mode are ValueErrors
            raise MedstepError(
                f"{self.run_dir / DB_NAME}: the run metadata is damaged ({e}); this run directory "
                "cannot be read or resumed: re-run its command into a new directory"
            ) from None

    def _check_schema(self) -> None:
        row = self._conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        has_run = self._conn.execute("SELECT 1 FROM meta WHERE key='run'").fetchone() is not None
        check_schema(self.run_dir / DB_NAME, None if row is None else str(row[0]), has_run=has_run)

    def _write_meta(self, meta: RunMeta) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT OR REPLACE INTO meta VALUES ('run', ?), ('schema', ?)",
                (json.dumps(asdict(meta)), str(SCHEMA_VERSION)),
            )

    def _clear_run(self) -> None:
        with self._conn:
            for table in ("meta", "samples", "results"):
                self._conn.execute(f"DELETE FROM {table}")

    @property
    def meta(self) -> RunMeta:
        meta = self._read_meta()
        assert meta is not None
        return meta

    # -- samples -----------------------------------------------------------
    def put_samples(self, samples: Sequence[Sample]) -> None:
        """Record the run's sample list (replacing a previous list: ``--limit`` may change)."""
        with self._conn:
            self._conn.execute("DELETE FROM samples")
            self._conn.executemany(
                "INSERT INTO samples VALUES (?, ?, ?)",
                ((i, s.id, dumps(s.to_json())) for i, s in enumerate(samples)),
            )

    def samples(self) -> list[Sample]:
        rows = self._conn.execute("SELECT json FROM samples ORDER BY idx")
        try:
            return [Sample.from_json(json.loads(r[0])) for r in rows]
        except json.JSONDecodeError as e:
            raise _damaged(self.run_dir, "a stored sample", e) from None

    # -- generations -------------------------------------------------------
    def finished_keys(self, keys: Iterable[str]) -> set[str]:
        """The subset of ``keys`` that already have a successful generation."""
        keys = list(keys)
        found: set[str] = set()
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            q = f"SELECT key FROM generations WHERE ok=1 AND key IN ({','.join('?' * len(chunk))})"
            found.update(r[0] for r in self._conn.execute(q, chunk))
        return found

    def put_generation(self, key: str, sample_id: str, prompt: str, generation: Generation) -> None:
        """Store one generation and commit at once (this is what makes a killed run resumable).

        A failure never overwrites an earlier success for the same key.
        """
        now = time.time()
        ok = 0 if generation.failed else 1
        with self._conn:
            self._conn.execute("INSERT INTO attempts VALUES (?, ?, ?, ?)", (key, sample_id, generation.error, now))
            if ok:
                self._conn.execute(
                    "INSERT OR REPLACE INTO generations VALUES (?, ?, ?, ?, 1, ?)",
                    (key, sample_id, prompt, dumps(generation.to_json()), now),
                )
            else:
                self._conn.execute(
                    "INSERT INTO generations VALUES (?, ?, ?, ?, 0, ?) "
                    "ON CONFLICT(key) DO UPDATE SET json=excluded.json, created=excluded.created "
                    "WHERE generations.ok=0",
                    (key, sample_id, prompt, dumps(generation.to_json()), now),
                )

    def put_generations(self, rows: Iterable[tuple[str, str, str, Generation]]) -> None:
        """Store many ``(key, sample_id, prompt, generation)`` in one transaction: the results of an eval
        that arrived together, or a predictions file being scored (one commit per line would cost more
        than grading it). Same rules as :meth:`put_generation`."""
        now = time.time()
        with self._conn:
            for key, sample_id, prompt, generation in rows:
                text = dumps(generation.to_json())
                self._conn.execute("INSERT INTO attempts VALUES (?, ?, ?, ?)", (key, sample_id, generation.error, now))
                if generation.failed:
                    self._conn.execute(
                        "INSERT INTO generations VALUES (?, ?, ?, ?, 0, ?) "
                        "ON CONFLICT(key) DO UPDATE SET json=excluded.json, created=excluded.created "
                        "WHERE generations.ok=0",
                        (key, sample_id, prompt, text, now),
                    )
                else:
                    self._conn.execute(
                        "INSERT OR REPLACE INTO generations VALUES (?, ?, ?, ?, 1, ?)",
                        (key, sample_id, prompt, text, now),
                    )

    def generation(self, key: str) -> tuple[str, Generation] | None:
        row = self._conn.execute("SELECT prompt, json FROM generations WHERE key=?", (key,)).fetchone()
        try:
            return (row[0], Generation.from_json(json.loads(row[1]))) if row else None
        except json.JSONDecodeError as e:
            raise _damaged(self.run_dir, "a stored generation", e) from None

    def generations(self, keys: Iterable[str]) -> dict[str, Generation]:
        """The stored generation of each key that has one (successful or failed), by key."""
        return self._generations_by_key("SELECT key, json FROM generations WHERE key IN ({})", keys)

    def attempt_count(self) -> int:
        """Backend calls made in this directory, over all (resumed) runs: for resume accounting."""
        return self._conn.execute("SELECT COUNT(*) FROM attempts").fetchone()[0]

    # -- derived results ---------------------------------------------------
    # -- judge calls -----------------------------------------------------------
    def judge_replies(self, keys: Iterable[str]) -> dict[str, Generation]:
        """Successful stored judge replies for ``keys`` (failed calls are asked again)."""
        return self._generations_by_key("SELECT key, json FROM judge_calls WHERE ok=1 AND key IN ({})", keys)

    def _generations_by_key(self, query: str, keys: Iterable[str]) -> dict[str, Generation]:
        """Run ``query`` (its ``{}`` the placeholders) over ``keys`` in chunks of 500: SQLite caps bound parameters."""
        keys = list(keys)
        found: dict[str, Generation] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            rows = self._conn.execute(query.format(",".join("?" * len(chunk))), chunk)
            try:
                found.update((k, Generation.from_json(json.loads(j))) for k, j in rows)
            except json.JSONDecodeError as e:
                raise _damaged(self.run_dir, "a stored generation or judge reply", e) from None
        return found

    def put_judge_call(self, key: str, judge: str, sample_id: str, prompt: str, generation: Generation) -> None:
        """Store one judge reply and commit at once; a failure never overwrites an earlier success."""
        ok = 0 if generation.failed else 1
        with self._conn:
            self._conn.execute(
                "INSERT INTO judge_calls VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET json=excluded.json, ok=excluded.ok, created=excluded.created "
                "WHERE judge_calls.ok=0",
                (key, judge, sample_id, prompt, dumps(generation.to_json()), ok, time.time()),
            )

    def judge_call_count(self, judge: str | None = None) -> int:
        """Stored judge replies (all, or one judge's), successful or not."""
        if judge is None:
            return self._conn.execute("SELECT COUNT(*) FROM judge_calls").fetchone()[0]
        return self._conn.execute("SELECT COUNT(*) FROM judge_calls WHERE judge=?", (judge,)).fetchone()[0]

    # -- derived results ---------------------------------------------------
    def put_results(
        self, rows: Iterable[tuple[str, str | None, Extraction | None, SampleScore | None, Reasoning | None]]
    ) -> None:
        """Replace the derived results: (sample_id, key, extraction, score, reasoning) rows."""
        writer = self.results_writer()
        writer.add(rows)
        writer.commit()

    def results_writer(self) -> "ResultsWriter":
        """Replace the derived results chunk by chunk (see :class:`ResultsWriter`)."""
        return ResultsWriter(self._conn)

    def results(self) -> list[SampleResult]:
        """Every sample of the run with its generation and grades, in benchmark order."""
        return list(self.iter_results())

    def result_count(self) -> int:
        return self._conn.execute("SELECT COUNT(*) FROM samples").fetchone()[0]

    def iter_results(self, batch: int = 512) -> Iterator[SampleResult]:
        """:meth:`results` one at a time: memory holds one batch of rows, not the run (a 100,000-sample
        report reads them all once). A second cursor is used, so the store stays usable meanwhile."""
        q = """
        SELECT s.json, g.prompt, g.json, r.extraction, r.score, r.reasoning
        FROM samples s LEFT JOIN results r ON r.sample_id = s.id
        LEFT JOIN generations g ON g.key = r.key ORDER BY s.idx
        """
        cur = self._conn.execute(q)
        try:
            while rows := cur.fetchmany(batch):
                for sj, prompt, gj, ej, scj, rj in rows:
                    yield self._result(sj, prompt, gj, ej, scj, rj)
        finally:
            cur.close()

    def _result(
        self, sj: str, prompt: str | None, gj: str | None, ej: str | None, scj: str | None, rj: str | None
    ) -> SampleResult:
        try:
            sample = Sample.from_json(json.loads(sj))
            generation = Generation.from_json(json.loads(gj)) if gj else None
            extraction = Extraction.from_json(json.loads(ej)) if ej else None
            score = SampleScore.from_json(json.loads(scj)) if scj else None
        except json.JSONDecodeError as e:
            raise _damaged(self.run_dir, "a stored sample, generation or result", e) from None
        try:  # the stored reasoning's text may be a span of the output (``Reasoning.stored_json``)
            reasoning = Reasoning.from_json(json.loads(rj), generation.text if generation else None) if rj else None
        except (KeyError, TypeError, ValueError):
            raise MedstepError(
                f"{self.run_dir / DB_NAME}: the grades of sample {sample.id!r} were written by another medstep "
                "version; re-run the command that produced the run to re-grade it (stored generations are reused)"
            ) from None
        return SampleResult(
            sample=sample,
            prompt=prompt_text(prompt),
            generation=generation,
            extraction=extraction,
            score=score,
            reasoning=reasoning,
        )

    # -- exports -------------------------------------------------------------
    def write_summary(self, summary: RunSummary) -> Path:
        return atomic.atomic_write_text(
            self.run_dir / SUMMARY_NAME, json.dumps(summary.to_json(), indent=2, ensure_ascii=False) + "\n"
        )

    def summary(self) -> RunSummary:
        path = self.run_dir / SUMMARY_NAME
        try:
            data = json.loads(read_regular_file(path, MAX_SUMMARY_BYTES, "summary").decode("utf-8"))
        except FileNotFoundError:
            # an interrupted eval/score leaves run.sqlite without a summary: say how to finish it
            raise MedstepError(f"{path} is missing: the run has not been scored yet (interrupted?); re-run the "
                               "command that produced the run to grade its stored generations") from None
        except OSError as e:
            raise MedstepError(f"{path}: cannot read ({e.strerror or e})") from None
        except RecursionError:
            raise MedstepError(f"{path}: not a medstep summary (JSON nested too deeply)") from None
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            raise MedstepError(f"{path}: not valid JSON ({e}); re-run the command that produced the run") from None
        if not isinstance(data, dict):
            raise MedstepError(f"{path}: not a medstep summary (a JSON object is expected)")
        return RunSummary.from_json(data, str(path))

    def write_samples_jsonl(self, lines: Iterable[dict[str, Any] | str]) -> Path:
        """Write ``samples.jsonl`` line by line: memory stays one line, not the whole export. A line
        may come as its JSON text already (the grader splices in the reasoning it encoded once)."""
        return atomic.atomic_write_chunks(
            self.run_dir / SAMPLES_NAME,
            ((line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)) + "\n" for line in lines),
        )


def _damaged(run_dir: Path, what: str, e: json.JSONDecodeError) -> MedstepError:
    """A row that is not JSON was not written by medstep's store (which commits whole rows): a damaged input, not
    a medstep bug, so one error naming the database instead of an internal error and a traceback file."""
    return MedstepError(
        f"{run_dir / DB_NAME}: {what} is damaged (not JSON: {e.msg}); this run directory cannot be "
        "read: re-run its command into a new directory"
    )


def _connect(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(path, timeout=30, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.executescript(_SCHEMA)
    except sqlite3.DatabaseError as e:
        raise MedstepError(f"{path}: cannot open run database: {e}") from e
    return conn
