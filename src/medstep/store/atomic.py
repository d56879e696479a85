"""Atomic file writes for every export medstep makes (summaries, samples.jsonl, reports, datasets).

A separate module because every stage that writes a file needs it, not only
the run store: readers must see the old file or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Iterable

from medstep.store.guard import new_file_mode
from medstep.textclean import clean_text


def atomic_write_text(path: Path, text: str) -> Path:
    """Write ``text`` atomically (see :func:`atomic_write_chunks`)."""
    return atomic_write_chunks(path, (text,))


def atomic_write_chunks(path: Path, chunks: Iterable[str | bytes]) -> Path:
    """Write ``chunks`` (text, written as UTF-8, or bytes as they are) to ``path`` through a temporary
    file in the same folder and a rename.

    A crash, Ctrl-C or full disk while writing leaves the previous file as it
    was (and no temporary file behind): readers see the old file or the new
    one, never half of one. The data is flushed to disk before the rename, so
    a power cut cannot leave a renamed but empty file either. Text is cleaned
    of lone surrogates first: a run stored by an older medstep may hold them,
    and an export must never fail on one.
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb", buffering=1 << 20) as fh:
            for chunk in chunks:  # written as produced: an export of any size needs one chunk of memory
                if isinstance(chunk, bytes):
                    fh.write(chunk)
                    continue
                try:
                    data = chunk.encode("utf-8")  # encoded once: cleaning is needed only when this fails
                except UnicodeEncodeError:
                    data = clean_text(chunk).encode("utf-8")
                fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, new_file_mode())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return path
