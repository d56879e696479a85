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
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from medstep.types import ImageRef

if TYPE_CHECKING:
    from PIL import Image

THUMB_PX = 96


@dataclass
class ThumbnailTable:
    """Collects unique thumbnails; ``add`` returns the index to reference from a sample.

    An image that cannot be read (the run was moved, the file deleted) is
    reported as an error string for that sample, never replaced by a
    stand-in picture.
    """

    size: int = THUMB_PX
    uris: list[str] = field(default_factory=list)
    _by_hash: dict[str, int] = field(default_factory=dict)
    _by_path: dict[str, int | str] = field(default_factory=dict)

    def add(self, image: ImageRef) -> int | str:
        """Index into :attr:`uris`, or an error message when the image is unavailable."""
        path_key = str(image.path) if image.path is not None else None
        if path_key is not None and path_key in self._by_path:
            return self._by_path[path_key]
        result = self._add_uncached(image)
        if path_key is not None:
            self._by_path[path_key] = result
        return result

    def _add_uncached(self, image: ImageRef) -> int | str:
        try:
            data = image.read_bytes()
        except OSError as e:
            return f"image unavailable: {image.label()} ({e.strerror or e})"
        digest = hashlib.sha1(data).hexdigest()
        if digest in self._by_hash:
            return self._by_hash[digest]
        try:
            uri = thumbnail_data_uri(data, self.size)
        except Exception as e:  # PIL raises many types for corrupt files
            return f"image unreadable: {image.label()} ({type(e).__name__}: {e})"
        self._by_hash[digest] = len(self.uris)
        self.uris.append(uri)
        return self._by_hash[digest]


def thumbnail_data_uri(data: bytes, size: int = THUMB_PX) -> str:
    """Downscale encoded image bytes to fit ``size`` x ``size`` and return a JPEG data URI."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as im:
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
