"""Image checks shared by every loader.

Loaders resolve and check all images before a single request is sent: a
corrupt JPEG discovered halfway through a paid API run wastes the run, and a
model silently answering without its image produces a wrong-but-plausible
score. ``PIL.Image.verify`` checks the file structure without decoding the
full pixel data, which keeps the up-front check cheap.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, UnidentifiedImageError


def image_file_problem(path: Path) -> str | None:
    """Why ``path`` is not a usable image, or ``None`` when it is."""
    if not path.exists():
        return "file not found"
    if not path.is_file():
        return "not a regular file"
    return _verify_problem(path)


def image_bytes_problem(data: bytes | None) -> str | None:
    """Why encoded image bytes (from parquet / the hub) are unusable, or ``None``."""
    if not data:
        return "no image bytes"
    return _verify_problem(io.BytesIO(data))


def _verify_problem(source: Path | io.BytesIO) -> str | None:
    """The one structural check for files and bytes, so both report a bad image in the same words."""
    try:
        with Image.open(source) as im:
            im.verify()
    except UnidentifiedImageError:
        return "corrupt image (not a recognised image format)"
    except (OSError, SyntaxError, ValueError) as exc:
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
