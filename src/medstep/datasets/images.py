"""Image checks shared by every loader (and by the report, which may read untrusted runs).

Loaders resolve and check all images before a single request is sent: a
corrupt JPEG discovered halfway through a paid API run wastes the run, and a
model silently answering without its image produces a wrong-but-plausible
score. Each image is *fully decoded* once: ``PIL.Image.verify`` only checks
the file structure and passes a JPEG cut off halfway, which a server then
rejects (or decodes as grey). JPEGs are decoded in draft mode: every coded
block is read, so truncation is caught the same, but the inverse DCT runs
at 1/8 scale (``benchmarks/bench_image_check.py`` measures the cost). Decoding is bounded: an image of more than
:data:`MAX_PIXELS` is refused from its header, before any pixel is decoded,
so a decompression bomb (a few kB that inflate to gigabytes) costs nothing,
and a 100+ megapixel scan, which no model accepts at that size, is named
instead of being sent.
"""

from __future__ import annotations

import io
import os
import stat
import warnings
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from medstep.types import ImageRef

MAX_PIXELS = 100_000_000  # 100 MP: above every medical benchmark image we know, below a bomb's size
MAX_FILE_BYTES = 256 * 1024 * 1024  # no benchmark image is this large; bigger files are not read


def image_file_problem(path: Path) -> str | None:
    """Why ``path`` is not a usable image, or ``None`` when it is."""
    problem = regular_file_problem(path)
    if problem is not None:
        return problem
    return decode_problem(path)


def regular_file_problem(path: Path) -> str | None:
    """Why ``path`` must not be opened as an image file (missing, a device, a FIFO, huge), or ``None``.

    Checked with ``stat`` before opening, so a FIFO or ``/dev/zero`` named as
    an image is refused instead of blocking or reading for ever.
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return "file not found"
    except OSError as e:
        return f"cannot read ({e.strerror or e})"
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file"
    if st.st_size > MAX_FILE_BYTES:
        return f"file is {st.st_size / 2**20:.0f} MB, more than the {MAX_FILE_BYTES // 2**20} MB image limit"
    return None


def image_bytes_problem(data: bytes | None) -> str | None:
    """Why encoded image bytes (from parquet / the hub) are unusable, or ``None``."""
    if not data:
        return "no image bytes"
    return decode_problem(io.BytesIO(data))


class ImageTooLarge(ValueError):
    """An image over :data:`MAX_PIXELS`; its message says the size and the limit."""


def pixel_problem(width: int, height: int) -> str | None:
    """Why an image of this size is refused, or ``None``."""
    if width * height > MAX_PIXELS:
        return (f"image is {width}x{height} = {width * height / 1e6:.0f} megapixels, over the "
                f"{MAX_PIXELS // 1_000_000} MP limit (a decompression bomb, or a scan too large to send to a model)")
    return None


def open_bounded(source: Path | io.BytesIO) -> Image.Image:
    """``Image.open`` that refuses images over :data:`MAX_PIXELS` from the header alone.

    Raises :class:`ImageTooLarge` with the reason. Pillow's own bomb check would
    warn at 89 MP and fail only at 179 MP; ours is one limit, one message.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            im = Image.open(source)
        except Image.DecompressionBombError as e:
            raise ImageTooLarge(f"over the {MAX_PIXELS // 1_000_000} MP limit ({e})") from None
    problem = pixel_problem(*im.size)
    if problem is not None:
        im.close()
        raise ImageTooLarge(problem)
    return im


def decode_problem(source: Path | io.BytesIO) -> str | None:
    """The one full-decode check for files and bytes, so both report a bad image in the same words."""
    try:
        with open_bounded(source) as im, warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            if im.format == "JPEG":  # every coded block is still read (truncation is caught); the
                im.draft(im.mode, (max(1, im.width // 8), max(1, im.height // 8)))  # IDCT runs at 1/8 scale
            im.load()
    except UnidentifiedImageError:
        return "corrupt image (not a recognised image format)"
    except ImageTooLarge as exc:
        return str(exc)
    except (OSError, SyntaxError, EOFError, MemoryError, ValueError) as exc:
        return f"corrupt or unreadable image ({exc.__class__.__name__}: {exc})"
    return None


def first_existing(dirs: list[Path], name: str) -> Path:
    """``name`` under the first of ``dirs`` that has it; else under the first dir.

    Releases differ in where images sit (``images/`` vs ``figures/``, beside the
    annotation file or one level up). When no candidate has the file, the first
    candidate is returned so the error message shows the canonical location.
    """
    for d in dirs:
        candidate = d / name
        if candidate.exists():
            return candidate
    return dirs[0] / name


def image_size(ref: ImageRef) -> tuple[int, int] | None:
    """``(width, height)`` from the image header (no pixel decode), or ``None`` when unreadable."""
    try:
        with Image.open(io.BytesIO(ref.read_bytes()) if ref.path is None else ref.path) as im:
            return int(im.width), int(im.height)
    except (OSError, ValueError):
        return None
