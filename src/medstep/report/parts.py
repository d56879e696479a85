"""Where the report's sample parts go: into the page (small runs) or into files beside it.

A run of up to :data:`INLINE_LIMIT` samples gets one self-contained HTML
file, as before. A larger one would make a page of hundreds of megabytes
that a browser parses for many seconds before showing anything, so its
samples are written in parts of a few hundred to ``<page stem>_data/<token>/NNNNN.js``
(``report_data/…`` for ``report.html``) and the page loads the parts it
shows, on demand. A browser does not let a ``file://`` page ``fetch`` files,
but it does run ``<script src>`` files beside it: each part is a script that
hands its JSON to the page, tagged with the page's random token so a page
never shows parts of another report.

Writing is crash-safe like every export: the parts go into a new token
folder, the page (which names that folder) replaces the old page atomically,
and only then are other token folders (older reports) removed. A reader
sees the old page with its parts or the new page with its parts, never a
mix. The folder is untrusted like the rest of a run directory: a link in
place of it is refused, and only folders and files of the shape this module
writes are ever removed.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import stat
from pathlib import Path
from typing import Any

from medstep.lazyre import lazy_compile
from medstep.report.samples import payload_bytes
from medstep.store import atomic_write_chunks
from medstep.types import MedstepError

INLINE_LIMIT = 5000  # samples: up to this many the report is one self-contained file
_TOKEN = lazy_compile(r"^[0-9a-f]{12}$")
_PART_FILE = lazy_compile(r"^(\d{5}\.js|\.\d{5}\.js\..*\.tmp)$")
CALLBACK = "medstepPart"  # the function each part file calls (report.js defines it)


def data_folder(out: Path) -> Path:
    """The folder of a paged report's parts: ``report_data`` beside ``report.html``."""
    return out.parent / f"{out.stem}_data"


class Parts:
    """The sink of :class:`~medstep.report.samples.SampleBrowser`: parts kept inline or written to files."""

    def __init__(self, out: Path, paged: bool) -> None:
        self.out = out
        self.paged = paged
        self.inline: list[dict[str, Any]] = []
        self.token = secrets.token_hex(6)
        self.folder = data_folder(out)
        self.dir = self.folder / self.token
        if paged:
            _check_folder(self.folder)
            try:
                self.folder.mkdir(exist_ok=True)
                self.dir.mkdir()
            except OSError as e:
                raise MedstepError(f"cannot create the report's data folder {self.dir}: {e.strerror or e}") from e

    @property
    def src(self) -> str:
        """The parts' folder relative to the page (what its ``<script src>`` tags name)."""
        return f"{self.folder.name}/{self.token}"

    def put(self, k: int, part: dict[str, Any]) -> None:
        if not self.paged:
            self.inline.append(part)
            return
        data = b"".join([f"{CALLBACK}({json.dumps(self.token)},{k},".encode(), payload_bytes(part), b");\n"])
        try:
            atomic_write_chunks(self.dir / f"{k:05d}.js", (data,))
        except OSError as e:
            raise MedstepError(f"cannot write the report's data to {self.dir}: {e.strerror or e}") from e

    def abort(self) -> None:
        """The page was not written: remove this report's parts (the previous report stays whole)."""
        if self.paged:
            _remove_parts(self.dir)
            with contextlib.suppress(OSError):
                self.folder.rmdir()  # only if empty

    def finish(self) -> None:
        """The page is in place: remove the parts of earlier reports written to the same place."""
        if not self.folder.is_dir() or self.folder.is_symlink():
            return
        for entry in self.folder.iterdir():
            if entry.name != self.token or not self.paged:
                if _TOKEN.match(entry.name):
                    _remove_parts(entry)
        with contextlib.suppress(OSError):
            self.folder.rmdir()  # only if empty (an inline report leaves no folder behind)


def _check_folder(folder: Path) -> None:
    """A link or a file where the parts folder goes is refused: a crafted run directory must not
    make the report write elsewhere."""
    try:
        st = os.lstat(folder)
    except FileNotFoundError:
        return
    if not stat.S_ISDIR(st.st_mode):
        raise MedstepError(f"{folder} is not a folder (a link or a file); the report's data goes there: "
                           "remove it or write the report elsewhere")


def _remove_parts(token_dir: Path) -> None:
    """Remove a token folder this module wrote: only if it holds part files and nothing else."""
    try:
        st = os.lstat(token_dir)
        if not stat.S_ISDIR(st.st_mode):
            return
        names = os.listdir(token_dir)
    except OSError:
        return
    if all(_PART_FILE.match(n) and stat.S_ISREG(os.lstat(token_dir / n).st_mode) for n in names):
        shutil.rmtree(token_dir, ignore_errors=True)
