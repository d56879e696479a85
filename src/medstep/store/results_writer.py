"""Replacing a run's derived results (extractions, scores, reasoning grades) without a half-written table."""

from __future__ import annotations

import sqlite3
from typing import Iterable

from medstep.jsontext import dumps
from medstep.results import Reasoning
from medstep.types import Extraction, SampleScore


class ResultsWriter:
    """New derived results, written chunk by chunk into a side table and swapped in at once.

    Grading a large run in chunks must neither hold every row in memory nor
    leave a half-replaced ``results`` table behind if it is interrupted: rows
    go to ``results_next`` (committed as they come, so LLM judge calls that
    commit meanwhile do no harm) and :meth:`commit` replaces ``results`` with
    it in one transaction. An interrupted writer leaves the old results as
    they were; its side table is dropped by the next writer.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        with conn:
            conn.execute("DROP TABLE IF EXISTS results_next")
            conn.execute(
                "CREATE TABLE results_next (sample_id TEXT PRIMARY KEY, key TEXT, extraction TEXT, "
                "score TEXT, reasoning TEXT)"
            )

    def add(
        self, rows: Iterable[tuple[str, str | None, Extraction | None, SampleScore | None, Reasoning | str | None]]
    ) -> None:
        """Add ``(sample_id, key, extraction, score, reasoning)`` rows; ``reasoning`` may be given as its
        JSON text already (``reasoning.stored_json(output)``), when the caller
        writes it to an export too: a verifier's step grades are most of a row, and encoding them
        once instead of twice is a visible share of a 100,000-sample ``score``."""
        with self._conn:
            self._conn.executemany(
                "INSERT INTO results_next VALUES (?, ?, ?, ?, ?)",
                (
                    (
                        sid,
                        key,
                        dumps(ex.to_json()) if ex else None,
                        dumps(sc.to_json()) if sc else None,
                        rs if rs is None or isinstance(rs, str) else rs.stored_json(),
                    )
                    for sid, key, ex, sc, rs in rows
                ),
            )

    def commit(self) -> None:
        conn = self._conn
        if conn.in_transaction:
            conn.commit()
        conn.execute("BEGIN IMMEDIATE")  # the sqlite3 module opens no transaction for DDL by itself
        try:
            conn.execute("DROP TABLE results")
            conn.execute("ALTER TABLE results_next RENAME TO results")
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
