"""Small JPEG thumbnails embedded as data URIs, so a report opens with no network and no files.

Benchmarks reuse images heavily (VQA-RAD asks ~7 questions per image), so
thumbnails are deduplicated by content hash and stored once in the page; each
sample refers to them by index. At ~96 px and quality 70 a thumbnail is
2-4 KB, which keeps a 10,000-sample report to a few megabytes.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from medstep.datasets.images import MAX_FILE_BYTES, MAX_PIXELS, ImageTooLarge, open_bounded
from medstep.store.guard import NotARegularFile, read_regular_file
from medstep.types import ImageRef

if TYPE_CHECKING:
    from PIL import Image

THUMB_PX = 96


@dataclass(frozen=True)
class Unshown:
    """An image the page does not show, and why (shown once in the page's notice, not per sample)."""

    label: str
    reason: str


def data_roots(run_dir: Path, data: str) -> tuple[Path, ...]:
    """Where a run's images may be read from: its data folder (the ``--data`` folder, or a data
    file's folder) and the run directory itself.

    The data folder comes from the run's own metadata, so a crafted run
    could name ``/``: a filesystem root or a home directory is never a data
    folder here, which keeps such a run to its own directory.
    """
    roots = [Path(os.path.abspath(run_dir))]
    if data:
        path = Path(os.path.abspath(Path(data).expanduser()))
        folder = path if path.is_dir() else path.parent
        real = folder.resolve()
        if real != Path(real.anchor) and real != Path.home().resolve():
            roots.append(folder)
    return tuple(roots)


@dataclass
class ThumbnailTable:
    """Collects unique thumbnails; ``add`` returns the index to reference from a sample.

    An image that cannot be read (the run was moved, the file deleted) is
    reported as :class:`Unshown`, never replaced by a stand-in picture. A run
    directory is untrusted input: with ``roots`` set, only regular files
    inside those folders are read (symlinks resolved), never more than
    :data:`~medstep.datasets.images.MAX_FILE_BYTES`, and no image over the
    pixel limit is decoded, so a crafted run can neither embed a file from
    elsewhere on the machine nor make the report block or run out of memory.
    """

    size: int = THUMB_PX
    roots: tuple[Path, ...] | None = None  # None: any path (the run's images were allowed outside)
    uris: list[str] = field(default_factory=list)
    full: list[str] = field(default_factory=list)  # per thumbnail: the original file's file:// URL, or ""
    _by_hash: dict[str, int] = field(default_factory=dict)
    _by_path: dict[str, "int | Unshown"] = field(default_factory=dict)

    def add(self, image: ImageRef) -> "int | Unshown":
        """Index into :attr:`uris`, or why the image is not shown."""
        path_key = str(image.path) if image.path is not None else None
        if path_key is not None and path_key in self._by_path:
            return self._by_path[path_key]
        result = self._add_uncached(image)
        if path_key is not None:
            self._by_path[path_key] = result
        return result

    def _read(self, image: ImageRef) -> "bytes | Unshown":
        if image.path is None:
            return image.read_bytes()
        label = str(image.path)
        if self.roots is not None:
            real = Path(os.path.abspath(image.path)).resolve()
            if not any(real.is_relative_to(r.resolve()) for r in self.roots):
                return Unshown(label, "outside the run's data folder")
        try:
            return read_regular_file(image.path, MAX_FILE_BYTES, "image")
        except FileNotFoundError:
            return Unshown(label, "file not found")
        except NotARegularFile:
            return Unshown(label, "not a regular image file")
        except OSError as e:
            return Unshown(label, f"cannot read ({e.strerror or e})")

    def _add_uncached(self, image: ImageRef) -> "int | Unshown":
        data = self._read(image)
        if isinstance(data, Unshown):
            return data
        digest = hashlib.sha1(data).hexdigest()
        if digest in self._by_hash:
            return self._by_hash[digest]
        try:
            uri = thumbnail_data_uri(data, self.size)
        except ImageTooLarge:
            return Unshown(image.label(), f"over the {MAX_PIXELS // 1_000_000} MP limit")
        except Exception as e:  # PIL raises many types for corrupt files
            return Unshown(image.label(), f"unreadable image ({type(e).__name__})")
        self._by_hash[digest] = len(self.uris)
        self.uris.append(uri)
        self.full.append(Path(os.path.abspath(image.path)).as_uri() if image.path is not None else "")
        return self._by_hash[digest]


def thumbnail_data_uri(data: bytes, size: int = THUMB_PX) -> str:
    """Downscale encoded image bytes to fit ``size`` x ``size`` and return a JPEG data URI."""
    with open_bounded(io.BytesIO(data)) as im:
        im.draft("RGB", (size, size))  # JPEG: decode at reduced scale, much faster for large files
        im = _to_rgb(im)
        im.thumbnail((size, size))
        buf = io.BytesIO()
        im.save(buf, format="JPEG", quality=70, optimize=True)
    return "data:image/jpeg;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def _to_rgb(im: "Image.Image") -> "Image.Image":
    """RGB for display; 16-bit and float scans are window-stretched, not clipped to white."""
    import numpy as np
    from PIL import Image

    if im.mode in ("I", "I;16", "I;16B", "I;16L", "F"):
        arr = np.asarray(im, dtype=np.float64)
        lo, hi = float(arr.min()), float(arr.max())
        scaled = (arr - lo) / (hi - lo) * 255.0 if hi > lo else np.zeros_like(arr)
        im = Image.fromarray(scaled.astype(np.uint8))  # 2-D uint8 -> mode "L"
    return im.convert("RGB")
