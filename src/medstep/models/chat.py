"""Message → chat conversion shared by the in-process backends (HF, llama.cpp).

The pipeline hands backends backend-neutral :class:`~medstep.types.Message`
objects. The two local backends need them in two different shapes:

* HF chat templates want ``{"type": "image"}`` placeholders in the content
  list and the decoded PIL images passed separately to the processor, in the
  same order as the placeholders;
* llama.cpp chat handlers want OpenAI-style ``image_url`` parts carrying the
  image bytes as a data URI.

Keeping both conversions here means the image-before-text ordering (the
convention documented on ``Message``) is decided in one place, and image
decoding errors are raised with the same message naming the image.

Only Pillow is imported at module level: importing this file must stay cheap.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any, Sequence

from PIL import Image

from medstep.models.images import data_url, image_first_parts, image_url_messages
from medstep.types import ImageRef, MedstepError, Message

# What a corrupt, truncated or absurdly large image raises while being decoded.
_DECODE_ERRORS = (OSError, ValueError, Image.DecompressionBombError)

# Formats llama.cpp's image loader (stb_image) reads as is; anything else is re-encoded as PNG.
_DATA_URI_FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg"}


def load_rgb(ref: ImageRef) -> Image.Image:
    """Decode an image to RGB, or raise a MedstepError naming it.

    RGB because every vision processor we target expects three channels;
    grayscale radiographs and RGBA PNGs would otherwise fail deep inside a
    processor with an unhelpful shape error.
    """
    try:
        with Image.open(io.BytesIO(ref.read_bytes())) as im:
            im.load()
            return im.convert("RGB")
    except _DECODE_ERRORS as exc:
        raise MedstepError(f"cannot decode image {ref.label()}: {exc}") from exc


def image_data_uri(ref: ImageRef) -> str:
    """Encode an image as a data URI that in-process llama.cpp can decode.

    PNG and JPEG bytes are passed through untouched (no quality loss); every
    other format Pillow reads (TIFF, WebP, ...) is re-encoded as PNG. This is
    deliberately separate from ``models.images.image_data_url`` (for HTTP
    servers): llama.cpp decodes with stb_image, which lacks WebP, a format
    those servers accept as is.
    """
    raw = ref.read_bytes()
    try:
        with Image.open(io.BytesIO(raw)) as im:
            fmt = im.format or ""
            if fmt in _DATA_URI_FORMATS:
                mime = _DATA_URI_FORMATS[fmt]
            else:
                buf = io.BytesIO()
                im.convert("RGB").save(buf, format="PNG")
                raw, mime = buf.getvalue(), "image/png"
    except _DECODE_ERRORS as exc:
        raise MedstepError(f"cannot decode image {ref.label()}: {exc}") from exc
    return data_url(mime, raw)


@dataclass(frozen=True)
class HFChat:
    """A conversation ready for ``processor.apply_chat_template`` plus its images in order.

    Images stay undecoded references: a backend decodes them (``load_rgb``)
    only for the batch it is about to run, so a run of thousands of requests
    never holds thousands of decoded images at once.
    """

    conversation: list[dict[str, Any]]
    images: tuple[ImageRef, ...]


def to_hf_chat(messages: Sequence[Message], multimodal: bool) -> HFChat:
    """Convert messages to the HF chat-template format.

    ``multimodal=True`` produces content-part lists (images first, then the
    text), the form vision processors' templates expect. ``multimodal=False``
    produces plain string content, the form text-only tokenizers' templates
    expect; a message carrying images is then an error, because silently
    dropping the image would grade a text-only guess as an image answer.
    """
    conversation: list[dict[str, Any]] = []
    images: list[ImageRef] = []
    for msg in messages:
        if not multimodal:
            if msg.images:
                raise MedstepError(
                    f"request has {len(msg.images)} image(s) but the model is text-only "
                    f"(no image processor); first image: {msg.images[0].label()}"
                )
            conversation.append({"role": msg.role, "content": msg.text})
            continue
        images.extend(msg.images)
        parts = image_first_parts(msg, lambda _: {"type": "image"}, keep_empty_text=False)
        conversation.append({"role": msg.role, "content": parts})
    return HFChat(conversation=conversation, images=tuple(images))


def to_openai_chat(messages: Sequence[Message]) -> list[dict[str, Any]]:
    """Convert messages to OpenAI chat format with data-URI images (llama.cpp in-process).

    Text-only messages use plain string content so chat formats without
    multimodal support still render them.
    """
    return image_url_messages(messages, image_data_uri, keep_empty_text=False)


def truncate_at_stop(text: str, stop: Sequence[str]) -> tuple[str, bool]:
    """Cut ``text`` at the earliest stop string (OpenAI semantics: the stop is not included).

    Returns the text and whether a stop string was found.
    """
    cut = min((i for i in (text.find(s) for s in stop if s) if i >= 0), default=-1)
    if cut < 0:
        return text, False
    return text[:cut], True
