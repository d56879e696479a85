"""Image bytes -> ``data:`` URLs, shared by the backends that speak OpenAI chat format.

OpenAI-compatible servers (vLLM, llama.cpp server, hosted APIs) and vLLM's
offline ``LLM.chat`` all take images as ``image_url`` content parts. Local
files are not reachable by a remote server, so every image travels inline as a
base64 data URL.

The MIME type is read from the file's magic bytes rather than its extension:
dataset images are often misnamed (``.jpg`` files that are PNGs), and servers
that decode by declared type reject a mismatch. Decoding with PIL is not
needed for that and would cost a full image decode per request. Only formats
that OpenAI-style servers commonly refuse (BMP, TIFF) are re-encoded as PNG,
with Pillow imported at that moment.

Recent encodings are kept (up to 32 MB of text) because several questions of
a benchmark usually share one image (VQA-RAD asks ~1.4 questions per image),
and re-reading plus re-encoding a multi-megabyte image costs more than the
HTTP exchange that carries it.
"""

from __future__ import annotations

import base64
import threading
from collections import OrderedDict
from typing import Any, Callable, Sequence

from medstep.types import ImageRef, MedstepError, Message

# (magic prefix, offset, mime). WebP needs a second check ("WEBP" at offset 8).
_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"BM", 0, "image/bmp"),
    (b"II*\x00", 0, "image/tiff"),
    (b"MM\x00*", 0, "image/tiff"),
)


def image_mime(data: bytes, label: str = "<bytes>") -> str:
    """Return the MIME type of encoded image bytes, judged by their magic number.

    Raises MedstepError naming ``label`` for bytes that are not a known image
    format, so a corrupt or non-image file is reported instead of being sent
    to a server that would answer with a confusing 400.
    """
    for magic, offset, mime in _MAGIC:
        if data[offset : offset + len(magic)] == magic:
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    head = data[:8].hex()
    raise MedstepError(
        f"{label}: not a PNG/JPEG/GIF/BMP/TIFF/WebP image (first bytes {head or 'empty'})"
    )


# What image_url consumers accept as is; anything else is converted to PNG first.
_PASS_THROUGH = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp"})


def _to_png(data: bytes, label: str) -> bytes:
    import io

    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as im:
            buf = io.BytesIO()
            im.save(buf, format="PNG")
    except (OSError, ValueError) as exc:
        raise MedstepError(f"{label}: cannot convert image to PNG: {exc}") from exc
    return buf.getvalue()


def bytes_to_data_url(data: bytes, label: str = "<bytes>") -> str:
    """Encode image bytes as ``data:<mime>;base64,<...>`` (BMP/TIFF become PNG)."""
    mime = image_mime(data, label)
    if mime not in _PASS_THROUGH:
        data, mime = _to_png(data, label), "image/png"
    return data_url(mime, data)


def data_url(mime: str, data: bytes) -> str:
    """``data:<mime>;base64,<...>``: the one spelling every ``image_url`` consumer here reads."""
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


class _RecentUrls:
    """A least-recently-used map ImageRef -> data URL, bounded by total characters.

    Bounded by size rather than count because medical images range from a
    few kB (VQA-RAD) to several MB (MedXpertQA); a lock because the openai
    backend's event-loop thread and a caller's thread may both encode.
    """

    def __init__(self, max_chars: int) -> None:
        self.max_chars = max_chars
        self._items: OrderedDict[ImageRef, str] = OrderedDict()
        self._chars = 0
        self._lock = threading.Lock()

    def get(self, key: ImageRef) -> str | None:
        with self._lock:
            url = self._items.get(key)
            if url is not None:
                self._items.move_to_end(key)
            return url

    def put(self, key: ImageRef, url: str) -> None:
        if len(url) > self.max_chars:
            return
        with self._lock:
            old = self._items.pop(key, None)
            self._chars += len(url) - (len(old) if old is not None else 0)
            self._items[key] = url
            while self._chars > self.max_chars:
                _, dropped = self._items.popitem(last=False)
                self._chars -= len(dropped)


_RECENT = _RecentUrls(max_chars=32 * 1024 * 1024)


def image_data_url(image: ImageRef) -> str:
    """Data URL of an :class:`ImageRef`, remembered for recently used images.

    ``ImageRef`` is a frozen dataclass, so it hashes by path (or by its bytes,
    whose hash CPython caches). A file changed on disk during one run is not
    re-read; runs are short-lived and loaders check images up front.
    """
    url = _RECENT.get(image)
    if url is not None:
        return url
    try:
        data = image.read_bytes()
    except OSError as exc:
        raise MedstepError(f"{image.label()}: cannot read image: {exc}") from exc
    url = bytes_to_data_url(data, image.label())
    _RECENT.put(image, url)
    return url


def openai_messages(messages: Sequence[Message]) -> list[dict[str, Any]]:
    """Messages in OpenAI chat format: images (data URLs) first, then the text."""
    return image_url_messages(messages, image_data_url)


def image_url_messages(
    messages: Sequence[Message], encode: Callable[[ImageRef], str], *, keep_empty_text: bool = True
) -> list[dict[str, Any]]:
    """Messages in OpenAI chat format, each image an ``image_url`` part holding ``encode(image)``.

    ``encode`` differs per consumer (HTTP servers vs in-process llama.cpp
    accept different formats). A message without images keeps plain string
    content, because some chat templates (older llama.cpp formats, text-only
    models) accept content-part lists only for multimodal turns.
    """
    out: list[dict[str, Any]] = []
    for msg in messages:
        if not msg.images:
            out.append({"role": msg.role, "content": msg.text})
            continue
        parts = image_first_parts(
            msg, lambda ref: {"type": "image_url", "image_url": {"url": encode(ref)}}, keep_empty_text=keep_empty_text
        )
        out.append({"role": msg.role, "content": parts})
    return out


def image_first_parts(
    msg: Message, image_part: Callable[[ImageRef], dict[str, Any]], *, keep_empty_text: bool
) -> list[dict[str, Any]]:
    """One message's content parts: its images in order, then its text part.

    Images first is the convention documented on ``Message``; writing it once
    keeps every backend's prompt in the same order. ``keep_empty_text=False``
    drops an empty text part, as the in-process backends always have; the
    HTTP backends have always sent it, so each keeps its exact prompts.
    """
    parts = [image_part(ref) for ref in msg.images]
    if msg.text or keep_empty_text:
        parts.append({"type": "text", "text": msg.text})
    return parts
