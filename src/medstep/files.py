"""Reading a file a user named: what each reader needs of it, and one clear error when the file is not that.

Why this exists: ``Path.read_bytes()`` on ``/dev/zero`` reads until memory runs out, on a socket fails with an
errno the user cannot act on, and pyarrow or openpyxl given a named pipe (FIFO) block for ever. A reader says what
it needs (:class:`Access`) and the file is checked here, once, before anything opens it:

* :attr:`Access.STREAM` (the text loader :func:`medstep.textclean.read_utf8_text`, so JSONL/JSON/CSV benchmark,
  predictions and template files, training files, the verifier's lexicon and significance tables): read once,
  front to back, so a regular file, a FIFO or a pipe (``medstep score <(zcat preds.jsonl.gz)``) is read as ``cat``
  would. A FIFO no one writes to blocks until a writer comes, as with any Unix tool: that is the user's stream.
* :attr:`Access.SEEKABLE` (parquet, arrow and xlsx tables, which their libraries open by name and seek in; a file
  read more than once; the run store's own files, which a crafted run could replace with a FIFO or a link to
  ``/dev/zero``): a regular file only; a pipe is refused before it is opened, saying to save the stream first.

Directories, sockets and devices are refused for both, naming the file.
"""

from __future__ import annotations

import os
import stat
from enum import Enum
from pathlib import Path

from medstep.types import MedstepError


class NotARegularFile(MedstepError):
    """A file to read is not one its reader can take (a directory, device, socket; a pipe where seeking is needed),
    or is too large to read."""


class Access(Enum):
    """What a reader needs of a file; the value is why a pipe will not do (shown when one is refused)."""

    STREAM = ""  # read once, front to back: a pipe is read as it comes
    SEEKABLE = "it is read with seeks or more than once: save the stream to a file first"

    def takes(self, mode: int) -> bool:
        """Whether a file of ``st_mode`` ``mode`` can be given to this reader."""
        return stat.S_ISREG(mode) or (self is Access.STREAM and stat.S_ISFIFO(mode))


# What a file that is neither regular nor a pipe is, in the words of the error; not listed: "a special file".
_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _refusal(path: Path, what: str, mode: int, access: Access) -> NotARegularFile:
    """``<path>: the data file is a socket, not a regular file; refusing to read it``."""
    kind = next((name for test, name in _KINDS if test(mode)), "a special file")
    wanted = "a regular file or a pipe" if access is Access.STREAM else "a regular file"
    why = f" ({access.value})" if stat.S_ISFIFO(mode) and access.value else ""
    return NotARegularFile(f"{path}: the {what} is {kind}, not {wanted}; refusing to read it{why}")


def check_file(path: Path, what: str = "file", access: Access = Access.STREAM) -> None:
    """Refuse ``path`` unless ``access`` takes it, checked with ``stat`` before anything opens it (opening a FIFO
    blocks until a writer comes). For readers that open the file by name themselves (pyarrow, openpyxl).
    ``FileNotFoundError`` and other ``OSError`` pass through for the caller's own message."""
    mode = os.stat(path).st_mode
    if not access.takes(mode):
        raise _refusal(path, what, mode, access)


def refuse_pipe(path: Path, what: str = "file") -> None:
    """Refuse ``path`` if it is a pipe or FIFO; anything else (a folder, a missing path, a hub id) passes: for an
    input a command reads more than once, whatever else it may be."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return
    if stat.S_ISFIFO(mode):
        raise _refusal(path, what, mode, Access.SEEKABLE)


def read_file(path: Path, what: str = "file", access: Access = Access.STREAM, max_bytes: int | None = None) -> bytes:
    """The bytes of ``path``, which ``access`` must take, of at most ``max_bytes`` (``None``: any size).

    Checked with ``stat`` before opening (a FIFO for a :attr:`~Access.SEEKABLE` reader is refused without
    waiting for a writer) and with ``fstat`` on the open descriptor (the file read is the file checked). A regular
    file is opened non-blocking (a FIFO swapped in is not waited on); a FIFO a :attr:`~Access.STREAM` reader takes
    is opened blocking, so it waits for its writer and is read to its end. ``FileNotFoundError`` and other
    ``OSError`` pass through for the caller's own message.
    """
    mode = os.stat(path).st_mode
    if not access.takes(mode):
        raise _refusal(path, what, mode, access)
    nonblocking = 0 if stat.S_ISFIFO(mode) else os.O_NONBLOCK
    fd = os.open(path, os.O_RDONLY | nonblocking | getattr(os, "O_CLOEXEC", 0))
    try:
        st = os.fstat(fd)
        if stat.S_IFMT(st.st_mode) != stat.S_IFMT(mode):  # replaced between the two looks
            raise NotARegularFile(f"{path}: the {what} changed while being opened; refusing to read it")
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


def read_regular_file(path: Path, max_bytes: int | None, what: str = "file") -> bytes:
    """:func:`read_file` of a :attr:`~Access.SEEKABLE` file: the run store's own files and the images a run names,
    which a crafted run directory could replace with a FIFO or a link to ``/dev/zero``."""
    return read_file(path, what, Access.SEEKABLE, max_bytes)
