"""Text that can always be stored, exported and printed: no lone UTF-16 surrogates.

Why this exists: JSON allows ``"\\ud800"`` escapes that decode to a lone
surrogate, a Python ``str`` that cannot be encoded as UTF-8. One such
character in a model output, a benchmark question, a predictions line or a
template used to make every later UTF-8 write fail (``samples.jsonl``, the
HTML report, SQLite text), so one bad byte broke a whole run for good. Every
place where outside text enters medstep (backend answers, benchmark records,
predictions files, templates) passes it through :func:`clean_text`, which
replaces each lone surrogate with U+FFFD (the Unicode replacement character)
and leaves everything else untouched; a valid surrogate *pair* is joined
into the character it encodes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

from medstep.files import Access, read_file
from medstep.lazyre import lazy_compile
from medstep.types import MedstepError

REPLACEMENT = "\ufffd"


def clean_text(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD (valid text is returned as is)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def clean_json(value: Any) -> Any:
    """A decoded JSON value with :func:`clean_text` applied to every string, keys included."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [clean_json(v) for v in value]
    if isinstance(value, dict):
        return {clean_json(k) if isinstance(k, str) else k: clean_json(v) for k, v in value.items()}
    return value


def utf8_problem(data: bytes) -> tuple[int, int] | None:
    """``(line, byte)`` where ``data`` stops being UTF-8, or ``None`` when it is valid."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        return data[: e.start].count(b"\n") + 1, data[e.start]
    return None


# Files users hand a text reader by mistake, by their signature bytes: "line 1: byte 0x8b" names no cause. Asked
# only of data that is not UTF-8, and each signature is one no text file opens with (bzip2 and parquet by two marks).
_NOT_TEXT: tuple[tuple[Callable[[bytes], bool], str], ...] = (
    (lambda d: d.startswith(b"\x1f\x8b"), "gzip-compressed; decompress it first (gunzip)"),
    (lambda d: d.startswith(b"BZh") and d[4:10] == b"1AY&SY", "bzip2-compressed; decompress it first (bunzip2)"),
    (lambda d: d.startswith(b"\xfd7zXZ\x00"), "xz-compressed; decompress it first (unxz)"),
    (lambda d: d.startswith(b"\x28\xb5\x2f\xfd"), "zstd-compressed; decompress it first (unzstd)"),
    (
        lambda d: d.startswith(b"PK\x03\x04"),
        "a zip archive (or an .xlsx workbook); extract it, or export the sheet as CSV",
    ),
    (
        lambda d: d.startswith(b"PAR1") and d.endswith(b"PAR1"),
        "a parquet file; name it .parquet, or export it as JSONL",
    ),
)


def read_utf8_text(path: Path, what: str = "file", access: Access = Access.STREAM) -> str:
    """A whole text file as UTF-8 (a leading BOM dropped), lone surrogates cleaned.

    The file is read once, front to back (:attr:`~medstep.files.Access.STREAM`), so a pipe or FIFO is read as
    ``cat`` would: ``medstep score <(zcat preds.jsonl.gz)`` works, and a FIFO no one writes to waits for its
    writer, as with any Unix tool. A run's own files pass ``Access.SEEKABLE`` (regular files only). Every failure
    is a :class:`MedstepError` naming the file (a directory, a socket or a device is
    :class:`~medstep.files.NotARegularFile`, at once), and for bytes
    that are not UTF-8 the line they sit on: a Latin-1 export or a UTF-16 file
    is one clear line, not a ``UnicodeDecodeError`` traceback.
    """
    try:
        data = read_file(Path(path), what, access)  # a directory, socket or device is refused, never read
    except OSError as e:
        raise MedstepError(f"cannot read {what} {path}: {e.strerror or e}") from e
    problem = utf8_problem(data)
    if problem is not None:
        line, byte = problem
        kind = next((k for signed, k in _NOT_TEXT if signed(data)), None)
        if kind is not None:
            raise MedstepError(f"{path}: not a UTF-8 {what}: it is {kind}")
        hint = "; it looks like UTF-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ""
        raise MedstepError(f"{path}:{line}: not UTF-8 (byte {byte:#04x}){hint}; save the file as UTF-8")
    return data.decode("utf-8").removeprefix("\ufeff")


# A JSON escape of a UTF-16 surrogate (\uD800-\uDFFF): the only way decoded JSON text of a valid
# ``str`` can hold a lone surrogate.
_SURROGATE_ESCAPE = lazy_compile(r"\\u[dD][89abcdefABCDEF]")


def json_loads(text: str | bytes) -> Any:
    """``json.loads`` whose absurd nesting is a ``ValueError`` (not a ``RecursionError``) and whose
    strings are cleaned of lone surrogates.

    Text with no surrogate escape and no surrogate of its own cannot decode to one, so its
    values are not walked (a 100,000-record benchmark holds millions of strings)."""
    try:
        value = json.loads(text)
        if isinstance(text, str) and not _SURROGATE_ESCAPE.search(text) and _encodable(text):
            return value
        return clean_json(value)
    except RecursionError:
        raise ValueError("JSON nested too deeply (more than about 900 levels)") from None
