"""The columns of a training row, built from a :class:`~medstep.types.Sample`.

Schema (the same in JSONL and parquet, so one loader reads both):

* ``id``: the benchmark sample id;
* ``images``: the image files, as absolute paths, in the order of the
  prompt's placeholders (images a loader held in memory, such as parquet
  releases, are written once under ``images/`` beside the training file,
  named by content hash);
* ``prompt``: the user turn(s) in TRL's conversational vision format,
  ``[{"role": "user", "content": [{"type": "image"}, …, {"type": "text",
  "text": QUESTION}]}]``: one ``{"type": "image"}`` placeholder per entry of
  ``images``, filled by TRL from that column. The text is what ``medstep
  eval --mode cot`` sends, so training and evaluation ask alike;
* ``messages`` (mined chains only): ``prompt`` plus the assistant turn
  ``<think>step 1\\nstep 2…</think><answer>ANSWER</answer>``;
* ``answer``, ``answer_type``, ``options`` (a JSON object string, ``"{}"``
  when there are none: a JSON string keeps one column type across rows whose
  options have different letters), ``report``, ``reference_steps``,
  ``question``, ``benchmark``, ``image_size`` (box questions): the columns
  :mod:`medstep.rewards` reads, so a reward rebuilds the very sample eval
  graded (see :mod:`medstep.rewards.columns`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from medstep.prompts import PromptTemplate
from medstep.types import ImageRef, MedstepError, Sample

_EXTENSIONS = {"PNG": ".png", "JPEG": ".jpg", "GIF": ".gif", "BMP": ".bmp", "TIFF": ".tif", "WEBP": ".webp"}
IMAGES_DIR = "images"


class ImageExporter:
    """Image references for rows: files by absolute path, in-memory images written once under ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._written: dict[str, str] = {}

    def refs(self, sample: Sample) -> list[str]:
        return [self.ref(im) for im in sample.images]

    def ref(self, image: ImageRef) -> str:
        if image.path is not None:
            return str(Path(image.path).resolve())
        data = image.read_bytes()
        digest = hashlib.sha256(data).hexdigest()[:20]
        if digest not in self._written:
            from io import BytesIO

            from PIL import Image, UnidentifiedImageError

            try:
                with Image.open(BytesIO(data)) as im:
                    ext = _EXTENSIONS.get(im.format or "", ".img")
            except (UnidentifiedImageError, OSError) as e:
                raise MedstepError(f"image {image.label()}: cannot be read ({e})") from None
            path = self.folder / IMAGES_DIR / f"{digest}{ext}"
            if not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(path.suffix + ".tmp")
                tmp.write_bytes(data)
                tmp.replace(path)
            self._written[digest] = str(path.resolve())
        return self._written[digest]


_COT = PromptTemplate.default("cot")


def prompt_turns(sample: Sample, n_images: int, template: PromptTemplate = _COT) -> list[dict[str, Any]]:
    """The prompt as TRL conversational turns, with one image placeholder per image, before the text."""
    turns: list[dict[str, Any]] = []
    for m in template.messages(sample):
        content: list[dict[str, Any]] = []
        if m.role == "user":
            content += [{"type": "image", "text": None} for _ in range(n_images)]
        content.append({"type": "text", "text": m.text})
        turns.append({"role": m.role, "content": content})
    return turns


def assistant_text(steps: Sequence[str], answer: str) -> str:
    """The assistant turn a mined chain teaches: one step per line in ``<think>``, the answer in ``<answer>``.

    The same format the ``cot`` prompt asks for, that extraction reads first
    and that the strict format reward requires.
    """
    body = "\n".join(s.strip() for s in steps if s.strip())
    return f"<think>\n{body}\n</think>\n<answer>{answer.strip()}</answer>"


def sample_columns(sample: Sample, images: list[str]) -> dict[str, Any]:
    """The columns every training row carries (see the module docstring)."""
    return {
        "id": sample.id,
        "images": images,
        "prompt": prompt_turns(sample, len(images)),
        "answer": sample.answer,
        "answer_type": sample.answer_type.value,
        "options": json.dumps(sample.options, ensure_ascii=False),
        "report": sample.report,
        "reference_steps": list(sample.reference_steps),
        "question": sample.question,
        "benchmark": sample.benchmark,
        "image_size": list(sample.grounding.image_size) if sample.grounding and sample.grounding.image_size else None,
    }
