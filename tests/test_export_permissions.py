"""Exports get the permissions of any new file (the umask's), not the private mode of their temporary file.

Why: every export is written to a temporary file and renamed, and ``mkstemp`` creates that file
readable by its owner alone; on a shared server nobody else could open a report or summary.
"""

from __future__ import annotations

import os
import stat

from medstep.store.atomic import atomic_write_text
from medstep.trainset.files import TrainsetFormat, write_rows


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_exports_follow_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        text = atomic_write_text(tmp_path / "summary.json", "{}")
        rows = [{"id": "a", "images": [], "prompt": [], "answer": "yes", "answer_type": "closed", "options": "{}",
                 "report": None, "reference_steps": [], "question": "q", "benchmark": "custom", "image_size": None}]
        parquet = write_rows(tmp_path / "train.parquet", rows, TrainsetFormat.PARQUET)
        jsonl = write_rows(tmp_path / "train.jsonl", rows, TrainsetFormat.JSONL)
        assert {_mode(p) for p in (text, parquet, jsonl)} == {0o644}
        os.umask(0o077)
        assert _mode(atomic_write_text(tmp_path / "private.json", "{}")) == 0o600
    finally:
        os.umask(old)
