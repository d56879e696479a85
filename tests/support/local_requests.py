"""Request builders shared by the local-backend tests and the batching benchmark.

Images are tiny PNGs drawn in code (a coloured square on a varying
background), so every request has distinct pixels and the tests can tell
whether an image actually reached the model.
"""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from medstep.types import GenerationSettings, ImageRef, Message, Request

QUESTIONS = [
    "Is there a pleural effusion?",
    "Which organ shows the lesion? Think step by step, then answer.",
    "What imaging modality is this?",
    "Is the heart enlarged? Answer yes or no.",
]


def png_bytes(i: int, size: tuple[int, int] = (40, 30)) -> bytes:
    """A small deterministic PNG that differs for every ``i``."""
    im = Image.new("RGB", size, ((37 * i) % 256, (91 * i + 40) % 256, (53 * i + 120) % 256))
    draw = ImageDraw.Draw(im)
    x = (7 * i) % (size[0] - 10)
    draw.rectangle([x, 5, x + 9, 20], fill=(255 - (37 * i) % 256, 20, 200))
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    return buf.getvalue()


def image_request(i: int, settings: GenerationSettings, with_image: bool = True) -> Request:
    """Request ``i``: prompt length and image both vary with ``i`` so batches need padding."""
    text = QUESTIONS[i % len(QUESTIONS)] + " Please be brief." * (i % 3)
    images = (ImageRef(data=png_bytes(i), name=f"img{i}.png"),) if with_image else ()
    return Request(
        key=f"key-{i}",
        sample_id=f"s{i}",
        messages=(
            Message(role="system", text="You are a careful radiologist."),
            Message(role="user", text=text, images=images),
        ),
        settings=settings,
    )
