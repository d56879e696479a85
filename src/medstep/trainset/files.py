"""Writing training rows as JSONL or parquet, and loading either back as a ``datasets.Dataset`` for TRL.

Why an explicit parquet schema: inferred schemas differ with the rows (a
file whose reports are all missing gets a ``null`` column, an empty file
gets no columns at all), and a training set must load the same way whatever
it holds. JSONL and parquet carry the same columns; both are written through
a temporary file and a rename, so a crash never leaves half a file.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from enum import Enum
from pathlib import Path
from typing import Any

from medstep.files import Access, check_file
from medstep.store.guard import new_file_mode
from medstep.store.atomic import atomic_write_text
from medstep.textclean import read_utf8_text
from medstep.types import MedstepError


class TrainsetFormat(str, Enum):
    JSONL = "jsonl"
    PARQUET = "parquet"

    @classmethod
    def of(cls, path: Path, fmt: str | None = None) -> TrainsetFormat:
        """The format asked for, or the one the file name says (``.parquet``; anything else is JSONL)."""
        if fmt:
            try:
                return cls(fmt.lower())
            except ValueError:
                raise MedstepError(f"unknown training-set format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
        return cls.PARQUET if Path(path).suffix.lower() == ".parquet" else cls.JSONL


FORMATS = tuple(f.value for f in TrainsetFormat)


class UnknownFormat(MedstepError):
    """A training file's name says no format and none was given (the CLI names its ``--format`` flag)."""


def output_format(path: Path, fmt: str | None = None) -> TrainsetFormat:
    """The format of a training file about to be written: the one asked for, else the one its name says.

    Reading is lenient (any name but ``.parquet`` is read as JSONL), but a file written as
    ``curated.csv`` or ``train.json`` would hold JSONL under a name that promises something else,
    and the user finds out only when a trainer fails on it; so an unknown suffix is refused.
    """
    if fmt:
        return TrainsetFormat.of(path, fmt)
    suffix = Path(path).suffix.lower()
    known = {f".{f.value}": f for f in TrainsetFormat}
    if suffix not in known:
        raise UnknownFormat(f"{path}: cannot tell the training-file format from the name "
                           f"({suffix or 'no suffix'}); name it .jsonl or .parquet, or give the format "
                           f"({', '.join(FORMATS)})")
    return known[suffix]


def _base_schema() -> list[Any]:
    import pyarrow as pa

    part = pa.struct([("type", pa.string()), ("text", pa.string())])
    turns = pa.list_(pa.struct([("role", pa.string()), ("content", pa.list_(part))]))
    return [
        ("id", pa.string()), ("images", pa.list_(pa.string())), ("prompt", turns), ("answer", pa.string()),
        ("answer_type", pa.string()), ("options", pa.string()), ("report", pa.string()),
        ("reference_steps", pa.list_(pa.string())), ("question", pa.string()), ("benchmark", pa.string()),
        ("image_size", pa.list_(pa.int32())),
    ]


def turns_type() -> Any:
    """The arrow type of a list of chat turns (for ``messages`` columns)."""
    return dict(_base_schema())["prompt"]


def write_rows(path: Path, rows: Sequence[Mapping[str, Any]], fmt: TrainsetFormat,
               extra: Iterable[tuple[str, Any]] = ()) -> Path:
    """Write ``rows`` to ``path``. ``extra`` names the arrow types of the columns beyond the base ones.

    A path that cannot be written (a missing or read-only folder, a full disk) is one error naming it.
    """
    path = Path(path)
    try:
        return _write_rows(path, rows, fmt, extra)
    except OSError as e:
        raise MedstepError(f"cannot write training file {path}: {e.strerror or e}") from None


def _write_rows(path: Path, rows: Sequence[Mapping[str, Any]], fmt: TrainsetFormat,
                extra: Iterable[tuple[str, Any]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt is TrainsetFormat.JSONL:
        text = "".join(json.dumps(dict(r), ensure_ascii=False) + "\n" for r in rows)
        return atomic_write_text(path, text)
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(_base_schema() + list(extra))
    missing = [name for name in schema.names if rows and name not in rows[0]]
    if missing:
        raise MedstepError(f"training rows lack the column(s) {missing}")
    table = pa.Table.from_pylist([dict(r) for r in rows], schema=schema)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        pq.write_table(table, tmp)
        os.chmod(tmp, new_file_mode())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def load_trainset(path: Path | str, *, decode_images: bool = True) -> Any:
    """A training file written by ``medstep mine`` or ``medstep curate`` as a ``datasets.Dataset``.

    ``images`` (file paths) are cast to ``datasets.Image`` so TRL receives
    PIL images, as its vision trainers expect; ``decode_images=False`` keeps
    the paths (text-only models, inspection). Read in memory (no cache
    written under the home folder), and an empty file loads as an empty set.
    """
    import datasets
    import pyarrow as pa
    import pyarrow.parquet as pq
    from datasets.table import InMemoryTable

    path = Path(path)
    if not path.exists():
        raise MedstepError(f"{path}: no such training file")
    parquet = TrainsetFormat.of(path) is TrainsetFormat.PARQUET
    # JSONL is read once, front to back (a pipe will do); pyarrow seeks in a parquet file and would block on a FIFO
    check_file(path, "training file", Access.SEEKABLE if parquet else Access.STREAM)
    if parquet:
        table = pq.read_table(path)
    else:
        rows = []
        for n, line in enumerate(read_utf8_text(path, "training file").splitlines(), 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise MedstepError(f"{path}:{n}: malformed JSON: {e.msg}") from None
        table = pa.Table.from_pylist(rows)
    ds = datasets.Dataset(InMemoryTable(table))
    if decode_images and "images" in ds.column_names:
        ds = ds.cast_column("images", datasets.List(datasets.Image()))
    return ds
