"""Reading benchmark files into raw records, with errors that point at the culprit.

Every official release ships in one of a handful of formats (a JSON list, JSON
lines, CSV, parquet shards, or a Hugging Face hub dataset). These helpers turn
each into a list of plain dicts and wrap each dict in a :class:`Record` that
knows its file and position, so a missing field or bad value becomes a
:class:`MedstepError` that names both -- the user can open the file and fix
(or report) exactly that record instead of reading a traceback.
"""

from __future__ import annotations

import ast
import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from medstep import hub
from medstep.files import Access, check_file
from medstep.textclean import json_loads, read_utf8_text
from medstep.types import MedstepError


@dataclass
class Record:
    """One raw record plus where it came from (for error messages).

    ``line`` is the 1-based line of a line-oriented file (JSONL, CSV, TSV) the
    record is on (a CSV row spanning lines: the line it ends on), 0 where a
    format has no lines to point at (a JSON list, parquet, a workbook): an
    editor opens a file at a line, not at a 0-based record index.
    """

    raw: dict[str, Any]
    source: str
    index: int
    rid: str = ""  # the record's own id, once known
    line: int = 0

    def where(self) -> str:
        """``FILE[:LINE]: record #INDEX[ (id ID)]``: the ``file:line:`` prefix editors and terminals open at."""
        at = f"{self.source}:{self.line}" if self.line else self.source
        return f"{at}: record #{self.index}" + (f" (id {self.rid})" if self.rid else "")

    def fail(self, message: str) -> MedstepError:
        return MedstepError(f"{self.where()}: {message}")

    def has(self, key: str) -> bool:
        return not _blank(self.raw.get(key))

    def require(self, key: str) -> Any:
        """The value of a field that the benchmark always fills; absent/empty is an error."""
        if key not in self.raw:
            raise self.fail(f"missing required field '{key}'")
        value = self.raw[key]
        if _blank(value):
            raise self.fail(f"required field '{key}' is empty")
        return value

    def text(self, key: str) -> str:
        """A required field as a stripped string (numbers such as VQA-RAD answers included).

        A boolean is refused: ``true`` as a gold answer would become the open answer
        "True", which no "yes" ever matches (a silently wrong benchmark).
        """
        value = self.require(key)
        if isinstance(value, bool):
            raise self.fail(f"field '{key}' must be text or a number, found a boolean ({str(value).lower()}); "
                            "write it as text")
        return self._as_text(key, value)

    def opt_text(self, key: str, default: str = "") -> str:
        value = self.raw.get(key)
        return default if _blank(value) else self._as_text(key, value)

    def first_text(self, *keys: str) -> str:
        """The first present field among aliases (e.g. ``modality_type`` / ``modality``)."""
        for key in keys:
            if self.has(key):
                return self._as_text(key, self.raw[key])
        return ""

    def steps(self, key: str) -> str | list[str] | None:
        """A reasoning-steps field: text, or a list of texts (numbers read as text); blank is ``None``.

        Anything else is an error naming the field: a number or object was silently
        "no reference steps", and a list holding objects or nulls became steps
        reading ``{'x': 1}`` or ``None``, which the verifier then graded against.
        """
        value = self.raw.get(key)
        if _blank(value) or isinstance(value, str):
            return None if _blank(value) else value
        if not isinstance(value, (list, tuple)):
            raise self.fail(f"field '{key}' must be text or a list of texts, found {type(value).__name__}: "
                            f"{_short(value)}")
        steps = []
        for n, item in enumerate(value):
            if isinstance(item, (list, tuple, dict, bytes, bytearray)) or isinstance(item, bool) or item is None:
                raise self.fail(f"field '{key}' item {n} must be text, found "
                                f"{'null' if item is None else type(item).__name__}: {_short(item)}")
            steps.append(_as_text(item))
        return steps

    def _as_text(self, key: str, value: Any) -> str:
        """Text or a number as a string; a list or object is an error, never its Python repr.

        ``str(["yes"])`` would make the gold answer ``['yes']``, which no
        model output can ever match: a silently wrong benchmark.
        """
        if isinstance(value, (list, tuple, dict)):
            kind = "a list" if isinstance(value, (list, tuple)) else "an object"
            raise self.fail(f"field '{key}' must be text or a number, found {kind}: {_short(value)}")
        if isinstance(value, (bytes, bytearray)):
            raise self.fail(f"field '{key}' must be text or a number, found binary data")
        return _as_text(value)


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 80 else text[:77] + "..."


def _blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and value != value:  # NaN from pandas-written files
        return True
    return isinstance(value, str) and not value.strip()


def _as_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def records(rows: Iterable[dict[str, Any]], source: str | Path) -> list[Record]:
    return [Record(raw=row, source=str(source), index=i) for i, row in enumerate(rows)]


def read_json(path: Path) -> Any:
    """A JSON file: non-UTF-8 bytes, malformed or absurdly nested JSON are one error naming the file."""
    return _parse_json(read_utf8_text(path, "data file"), path)


def _parse_json(text: str, path: Path) -> Any:
    if not text.strip():  # "malformed JSON at line 1, column 1: Expecting value" hid the plain cause
        raise MedstepError(f"{path}: the file is empty (a JSON document is expected)")
    try:
        return json_loads(text)
    except json.JSONDecodeError as exc:
        raise MedstepError(
            f"{path}: malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc
    except ValueError as exc:
        raise MedstepError(f"{path}: {exc}") from None


def read_json_list(path: Path) -> list[Record]:
    """A file holding one JSON list of objects (VQA-RAD, SLAKE, OmniMedVQA, RadRBench)."""
    return _json_list(read_json(path), path)


def _json_list(data: Any, path: Path) -> list[Record]:
    if not isinstance(data, list):
        raise MedstepError(f"{path}: expected a JSON list of records, found {type(data).__name__}")
    out = records(data, path)
    for rec in out:
        if not isinstance(rec.raw, dict):
            raise rec.fail(f"expected a JSON object, found {type(rec.raw).__name__}")
    return out


def read_jsonl(path: Path) -> list[Record]:
    """JSON lines; blank lines are allowed, the record index is the 0-based data line."""
    return _jsonl_records(read_utf8_text(path, "data file"), path)


def _jsonl_records(text: str, path: Path) -> list[Record]:
    lines = text.splitlines()
    out: list[Record] = []
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json_loads(line)
        except json.JSONDecodeError as exc:
            raise MedstepError(f"{path}:{lineno}: record #{len(out)}: malformed JSON: {exc.msg}") from exc
        except ValueError as exc:
            raise MedstepError(f"{path}:{lineno}: record #{len(out)}: {exc}") from None
        if not isinstance(obj, dict):
            raise MedstepError(f"{path}:{lineno}: record #{len(out)}: expected a JSON object")
        out.append(Record(raw=obj, source=str(path), index=len(out), line=lineno))
    return out


def read_csv(path: Path) -> list[Record]:
    return _read_delimited(path, ",", "CSV")


def read_tsv(path: Path) -> list[Record]:
    """A tab-separated file as pandas writes it (VLMEvalKit's release format: MedQ-Bench)."""
    return _read_delimited(path, "\t", "TSV")


def _read_delimited(path: Path, delimiter: str, kind: str) -> list[Record]:
    """Rows of a CSV/TSV file by header name.

    Files embed images as base64 cells or long reports of hundreds of kB, past the
    csv module's default 128 kB field limit, so the limit is lifted for this read
    only and restored after. A header naming one column twice is refused: the
    reader would silently keep the last of the two.
    """
    text = read_utf8_text(path, "data file")
    previous = csv.field_size_limit()
    csv.field_size_limit(2**31 - 1)
    try:
        # strict: a quote never closed would otherwise swallow every later row into one cell, silently
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
        header = reader.fieldnames or []
        twice = sorted({name for name in header if header.count(name) > 1})
        if twice:
            raise MedstepError(f"{path}:1: the header names column(s) {twice} more than once")
        out, start = [], reader.line_num + 1
        for i, row in enumerate(reader):
            out.append(Record(raw=row, source=str(path), index=i, line=reader.line_num))
            start = reader.line_num + 1
    except csv.Error as exc:
        why = ("a quoted cell opened in the record starting on this line is never closed"
               if "end of data" in str(exc) else str(exc))
        raise MedstepError(f"{path}:{start if 'end of data' in str(exc) else reader.line_num}: cannot read {kind} ({why})") from exc
    finally:
        csv.field_size_limit(previous)
    return out


def _read_arrow_table(path: Path):  # -> pyarrow.Table
    """An Arrow IPC file: ``datasets`` writes the stream format, other tools the file format."""
    import pyarrow as pa

    with pa.memory_map(str(path)) as source:
        try:
            return pa.ipc.open_stream(source).read_all()
        except pa.ArrowInvalid:
            source.seek(0)
            return pa.ipc.open_file(source).read_all()


def _regular(path: Path, what: str) -> None:
    """A table file pyarrow or openpyxl opens by name and seeks in must be a regular file: a FIFO would hang them.
    Checked before they open it, so a pipe is refused at once."""
    try:
        check_file(path, what, Access.SEEKABLE)
    except OSError as e:
        raise MedstepError(f"cannot read {what} {path}: {e.strerror or e}") from None


def read_parquet(paths: list[Path]) -> list[Record]:
    """Rows of one or more parquet (or ``datasets`` Arrow) shards, in order.

    The record index runs across shards, so it stays a stable row number for
    the whole split.
    """
    import pyarrow.parquet as pq

    out: list[Record] = []
    for path in paths:
        _regular(path, f"{path.suffix.lstrip('.')} table")
        try:
            table = _read_arrow_table(path) if path.suffix == ".arrow" else pq.read_table(path)
            rows = table.to_pylist()
        except Exception as exc:  # pyarrow raises several unrelated types for bad files
            raise MedstepError(f"{path}: cannot read {path.suffix.lstrip('.')} table ({exc})") from exc
        base = len(out)
        out.extend(Record(raw=row, source=str(path), index=base + i) for i, row in enumerate(rows))
    return out


def read_xlsx(path: Path) -> list[Record]:
    """The first sheet of an Excel workbook, first row as the header (M3CoTBench ships ``.xlsx``).

    Cells are read as values (formulas evaluated as last saved); empty
    header cells are named ``column<k>`` so no column is silently dropped.
    """
    try:
        from openpyxl import load_workbook
    except ImportError as exc:  # a core dependency; a broken install should still say what is missing
        raise MedstepError(f"{path}: reading .xlsx needs the openpyxl package ({exc})") from exc
    _regular(path, "Excel workbook")
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises zipfile, KeyError and its own errors for bad files
        raise MedstepError(f"{path}: cannot read Excel workbook ({type(exc).__name__}: {exc})") from exc
    try:
        rows = book.worksheets[0].iter_rows(values_only=True)
        header = next(rows, None)
        if header is None:
            return []
        names = [str(h).strip() if h is not None else f"column{k}" for k, h in enumerate(header)]
        out = [dict(zip(names, row)) for row in rows if any(v is not None for v in row)]
    finally:
        book.close()
    return records(out, path)


def read_table_file(path: Path) -> list[Record]:
    """Any of the tabular formats, chosen by suffix (the custom loader)."""
    readers = {".jsonl": read_jsonl, ".json": _read_json_any, ".csv": read_csv, ".tsv": read_tsv, ".xlsx": read_xlsx}
    if path.suffix in (".parquet", ".arrow"):
        return read_parquet([path])
    reader = readers.get(path.suffix.lower())
    if reader is None:
        raise MedstepError(f"{path}: unsupported file type '{path.suffix}' (use .jsonl, .json, .csv, .tsv, .xlsx, .parquet or .arrow)")
    return reader(path)


def _read_json_any(path: Path) -> list[Record]:
    """A .json file may hold a list, or (as some exports do) JSON lines: both read from one read of the file, so a
    pipe (read once, as it comes) is read either way."""
    text = read_utf8_text(path, "data file")
    try:
        return _json_list(_parse_json(text, path), path)
    except MedstepError:
        if text.lstrip()[:1] == "{":
            return _jsonl_records(text, path)
        raise


def looks_like_hub_id(data: str | Path) -> bool:
    """True for ``owner/name`` strings that are not an existing local path."""
    return hub.looks_like_id(data)


def hub_snapshot(repo_id: str, allow_patterns: list[str]) -> Path:
    """A local copy of the files of a hub dataset that ships plain files, not a loadable table.

    For releases ``datasets`` cannot read as a table (M3CoTBench's ``.xlsx`` and
    image folder): ``huggingface_hub`` downloads the matching files once into
    its cache (later runs reuse it) and the loader reads them as local files.
    """
    from huggingface_hub import snapshot_download

    hub.require(repo_id, "dataset")
    try:
        return Path(snapshot_download(repo_id=repo_id, repo_type="dataset", allow_patterns=allow_patterns))
    except Exception as exc:  # network, auth, unknown repo: all user-facing
        raise MedstepError(
            f"'{repo_id}' is not a local path, and hub dataset {repo_id} could not be downloaded: {exc}"
        ) from exc


def load_hub_rows(repo_id: str, config: str | None, split: str) -> list[Record]:
    """Rows of a hub dataset with images kept as encoded bytes (``{bytes, path}``).

    ``datasets`` is imported lazily (it is slow to import and only needed here).
    Image columns are cast to ``decode=False`` so the original file bytes reach
    the model unchanged, exactly as with the local parquet files.
    """
    import datasets

    hub.require(repo_id, "dataset")
    try:
        ds = datasets.load_dataset(repo_id, config, split=split)
    except Exception as exc:  # network, auth, unknown config: all user-facing
        what = f"{repo_id}" + (f" ({config})" if config else "")
        raise MedstepError(
            f"'{repo_id}' is not a local path, and hub dataset {what}, split '{split}', "
            f"could not be loaded: {exc}"
        ) from exc
    for name, feature in ds.features.items():
        if isinstance(feature, datasets.Image):
            ds = ds.cast_column(name, datasets.Image(decode=False))
    source = f"hf://{repo_id}" + (f"/{config}" if config else "") + f"[{split}]"
    return records(list(ds), source)


def parse_listish(value: Any) -> Any:
    """A list/dict given directly or as a JSON or Python-literal string (MMMU options)."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    try:
        return json_loads(text)
    except json.JSONDecodeError:
        pass
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError, RecursionError, MemoryError) as exc:
        raise ValueError(f"cannot parse {text[:60]!r} as a list or mapping") from exc
