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
from medstep.files import NotARegularFile, read_regular_file
from medstep.types import Box, ImageRef

if TYPE_CHECKING:
    from PIL import Image

THUMB_PX = 96
BOX_THUMB_PX = 160  # grounding thumbnails are larger: a box must be visible, not a few pixels
GOLD_COLOUR, PRED_COLOUR = (0, 200, 70), (230, 30, 30)
ColouredBox = tuple[Box, tuple[int, int, int]]  # a box in the original image's pixels and its RGB outline


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


_CACHE = 4096  # thumbnails (2-4 KB each) remembered across parts of a paged report
_PATHS = 1 << 17  # image paths remembered (their content hash, or why they are not shown)


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

    A paged report starts a new table per part (:meth:`next_part`): a part
    file holds the thumbnails its samples use, so it needs no other part; a
    bounded cache keeps recently used thumbnails so shared images are read
    and encoded once.
    """

    size: int = THUMB_PX
    roots: tuple[Path, ...] | None = None  # None: any path (the run's images were allowed outside)
    uris: list[str] = field(default_factory=list)
    full: list[str] = field(default_factory=list)  # per thumbnail: the original file's file:// URL, or ""
    _index: dict[str, int] = field(default_factory=dict)  # content hash -> index in this part
    _by_path: dict[str, "str | Unshown"] = field(default_factory=dict)  # path -> content hash, or why not shown
    _made: dict[str, "tuple[str, str] | Unshown"] = field(default_factory=dict)  # hash -> (uri, full URL)
    _real_roots: list[str] | None = None  # resolved, each ending in a separator
    _real_dirs: dict[str, str] = field(default_factory=dict)  # folder -> resolved (symlinks followed)

    def next_part(self) -> None:
        """Start a new part: indices restart at 0; what was read and encoded stays cached."""
        self.uris, self.full, self._index = [], [], {}

    def add(self, image: ImageRef) -> "int | Unshown":
        """Index into :attr:`uris`, or why the image is not shown."""
        path_key = str(image.path) if image.path is not None else None
        got = self._by_path.get(path_key) if path_key is not None else None
        if got is None:
            got = self._digest(image)
            if path_key is not None:
                if len(self._by_path) >= _PATHS:
                    self._by_path.clear()
                self._by_path[path_key] = got
        if isinstance(got, Unshown):
            return got
        return self._slot(got, image)

    def _digest(self, image: ImageRef) -> "str | Unshown":
        data = self._read(image)
        if isinstance(data, Unshown):
            return data
        digest = hashlib.sha1(data).hexdigest()
        if digest not in self._made:
            if len(self._made) >= _CACHE:
                self._made.clear()
            self._made[digest] = self._make(image, data)
        made = self._made[digest]
        return made if isinstance(made, Unshown) else digest

    def _slot(self, digest: str, image: ImageRef) -> "int | Unshown":
        k = self._index.get(digest)
        if k is not None:
            return k
        made = self._made.get(digest)
        if made is None:  # fell out of the cache: read and encode again
            again = self._digest(image)
            if isinstance(again, Unshown):
                return again
            made = self._made[again]
        assert not isinstance(made, Unshown)
        self._index[digest] = k = len(self.uris)
        self.uris.append(made[0])
        self.full.append(made[1])
        return k

    def _roots(self) -> list[str]:
        if self._real_roots is None:
            self._real_roots = [os.path.join(str(r.resolve()), "") for r in self.roots or ()]
        return self._real_roots

    def _resolve(self, path: str) -> str:
        """The real path of ``path`` (absolute, normalised), with each folder resolved once (a run's
        images sit in a few folders); a file that is itself a link is resolved in full. Paths stay
        text: a 100,000-sample report checks every image."""
        if os.path.islink(path):
            return str(Path(path).resolve())
        parent, name = os.path.split(path)
        folder = self._real_dirs.get(parent)
        if folder is None:
            if len(self._real_dirs) >= _PATHS:
                self._real_dirs.clear()
            folder = self._real_dirs[parent] = str(Path(parent).resolve())
        return os.path.join(folder, name)

    def add_boxed(self, image: ImageRef, boxes: tuple[ColouredBox, ...]) -> "int | Unshown":
        """A thumbnail with ``(box in pixels, RGB colour)`` outlines drawn on it (not shared: per sample)."""
        data = self._read(image)
        if isinstance(data, Unshown):
            return data
        try:
            uri = thumbnail_data_uri(data, BOX_THUMB_PX, boxes)
        except ImageTooLarge:
            return Unshown(image.label(), f"over the {MAX_PIXELS // 1_000_000} MP limit")
        except Exception as e:  # PIL raises many types for corrupt files
            return Unshown(image.label(), f"unreadable image ({type(e).__name__})")
        self.uris.append(uri)
        self.full.append(Path(os.path.abspath(image.path)).as_uri() if image.path is not None else "")
        return len(self.uris) - 1

    def _read(self, image: ImageRef) -> "bytes | Unshown":
        if image.path is None:
            return image.read_bytes()
        label = str(image.path)
        if self.roots is not None:
            real = os.path.join(self._resolve(os.path.abspath(image.path)), "")  # a folder's path ends in "/"
            if not any(real.startswith(r) for r in self._roots()):
                return Unshown(label, "outside the run's data folder")
        try:
            return read_regular_file(image.path, MAX_FILE_BYTES, "image")
        except FileNotFoundError:
            return Unshown(label, "file not found")
        except NotARegularFile:
            return Unshown(label, "not a regular image file")
        except OSError as e:
            return Unshown(label, f"cannot read ({e.strerror or e})")

    def _make(self, image: ImageRef, data: bytes) -> "tuple[str, str] | Unshown":
        try:
            uri = thumbnail_data_uri(data, self.size)
        except ImageTooLarge:
            return Unshown(image.label(), f"over the {MAX_PIXELS // 1_000_000} MP limit")
        except Exception as e:  # PIL raises many types for corrupt files
            return Unshown(image.label(), f"unreadable image ({type(e).__name__})")
        return uri, (Path(os.path.abspath(image.path)).as_uri() if image.path is not None else "")


def thumbnail_data_uri(data: bytes, size: int = THUMB_PX, boxes: tuple[ColouredBox, ...] = ()) -> str:
    """Downscale encoded image bytes to fit ``size`` x ``size`` and return a JPEG data URI.

    ``boxes`` are ``(Box, colour)`` pairs in the original image's pixels, outlined after scaling.
    """
    from PIL import ImageDraw

    with open_bounded(io.BytesIO(data)) as im:
        width, height = im.size
        if not boxes:
            im.draft("RGB", (size, size))  # JPEG: decode at reduced scale, much faster for large files
        im = _to_rgb(im)
        im.thumbnail((size, size))
        if boxes:
            sx, sy = im.width / width, im.height / height
            draw = ImageDraw.Draw(im)
            for box, colour in boxes:
                draw.rectangle([box.x1 * sx, box.y1 * sy, max(box.x1 * sx, box.x2 * sx - 1),
                                max(box.y1 * sy, box.y2 * sy - 1)], outline=colour, width=2)
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
