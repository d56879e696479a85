"""Reading a file a user named: regular files only, refused at once otherwise.

Why this exists: ``Path.read_bytes()`` on a named pipe (FIFO) with no writer blocks for ever, on ``/dev/zero`` reads
until memory runs out, and on a socket fails with an errno the user cannot act on. A benchmark file, predictions
file or template given as ``mkfifo`` output, or a ``summary.json`` planted as a link to a device in a run directory
someone else made, must be one clear error naming the file, never a hang. Every reader of a named file goes through
:func:`read_regular_file`: the run store (``store/guard.py``), the report's images, and the text loader
(:func:`medstep.textclean.read_utf8_text`) that every benchmark, predictions, template and table file is read by;
the readers that open a file by name themselves (pyarrow, openpyxl) are given only a regular file
(:func:`require_regular_file`).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from medstep.types import MedstepError


class NotARegularFile(MedstepError):
    """A file to read is a FIFO, device, socket or directory, or too large to read."""


# A stream (a pipe, ``<(zcat x.gz)``, a device) cannot be read whole without waiting on, or reading for ever from, a
# writer that may never come; the error says how to get a file instead.
_STREAM = " (medstep reads each input whole: save the stream to a file first)"

# What a non-regular file is, in the words of the error (``stat`` test, name, advice); not listed: "a special file".
_KINDS = (
    (stat.S_ISDIR, "a directory", ""),
    (stat.S_ISFIFO, "a named pipe (FIFO)", _STREAM),
    (stat.S_ISCHR, "a character device", _STREAM),
    (stat.S_ISBLK, "a block device", _STREAM),
    (stat.S_ISSOCK, "a socket", _STREAM),
)


def _kind(mode: int) -> str:
    """``a named pipe (FIFO), not a regular file; refusing to read it (...)``."""
    name, advice = next(((name, advice) for test, name, advice in _KINDS if test(mode)), ("a special file", _STREAM))
    return f"{name}, not a regular file; refusing to read it{advice}"


def require_regular_file(path: Path, what: str = "file") -> None:
    """Refuse ``path`` unless it is a regular file, for readers that open it by name themselves (pyarrow,
    openpyxl): they would block on a FIFO. ``FileNotFoundError`` passes through for the caller's own message."""
    mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        raise NotARegularFile(f"{path}: the {what} is {_kind(mode)}")


def read_regular_file(path: Path, max_bytes: int | None, what: str = "file") -> bytes:
    """The bytes of ``path``, which must be a regular file of at most ``max_bytes`` (``None``: any size).

    Opened non-blocking and checked with ``fstat`` on the open descriptor, so
    a FIFO or a device (``summary.json`` -> ``/dev/zero``, a ``mkfifo`` given as
    a benchmark file) is refused at once instead of blocking or reading for
    ever; the check and the read see the same file. ``FileNotFoundError``
    and other ``OSError`` pass through for the caller's own message.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotARegularFile(f"{path}: the {what} is {_kind(st.st_mode)}")
        if max_bytes is not None and st.st_size > max_bytes:
            raise NotARegularFile(
                f"{path}: the {what} is {st.st_size / 2**20:.0f} MB, more than the "
                f"{max_bytes / 2**20:.0f} MB a medstep {what} can be; refusing to read it"
            )
        chunks, left = [], (st.st_size if max_bytes is None else max_bytes) + 1
        while left > 0 or max_bytes is None:
            chunk = os.read(fd, 1 << 20 if max_bytes is None else min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
        if max_bytes is not None and len(data) > max_bytes:  # it grew while being read
            raise NotARegularFile(f"{path}: the {what} grew past {max_bytes / 2**20:.0f} MB while being read")
        return data
    finally:
        os.close(fd)
