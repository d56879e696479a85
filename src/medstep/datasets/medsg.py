"""MedSG-Bench (Yue et al., 2025): grounding a region across a sequence of medical images.

Every question shows one or more images (registered or unregistered pairs,
multi-view series, tracked slices, referring sets) and asks for one box.
The gold is a pixel box on the first image's pixel grid -- the official
evaluation converts normalised predictions with the first image's size --
graded by IoU (``score/grounding.py``).
"""

from __future__ import annotations

from pathlib import Path

from medstep.datasets._context import (
    LoadContext,
    SkipRecord,
    choose_split,
    local_release,
)
from medstep.datasets._records import Record, read_json_list
from medstep.datasets.base import LoadOptions, LoadResult
from medstep.datasets.images import image_size
from medstep.types import AnswerType, Box, Grounding, MedstepError

_IMAGE_TOKEN = "<image>"


class MedSgBench:
    """MedSG-Bench: ``Task*/*.json`` files, each a JSON list of grounding questions.

    Record fields (those the official ``eval/MedSG_Bench.py`` reads):
    ``task`` (the task name, a category), ``images`` (the ordered image paths,
    relative to the JSON file's folder or to the release root), ``question``
    (with ``<image>`` placeholders, dropped here because every backend sends
    the images ahead of the text), ``answer`` (the gold box
    ``[x1, y1, x2, y2]`` in pixels), optional ``size`` (``[width, height]``,
    multi-view questions) and ``id``. The image size that converts
    normalised answers comes from ``size`` or the first image's file. One
    split, ``test``: every question of every task file. ``data`` is the
    release root (``MedSG-Bench/MedSG-Bench`` on the hub, images included
    once its archives are unpacked) or one task JSON file.
    """

    name = "medsg-bench"
    splits = ("test",)
    default_split = "test"
    description = "MedSG-Bench image-sequence grounding, 8 tasks; box answers graded by IoU, acc@0.5, GIoU"
    auto_judges: tuple[str, ...] = ()

    def load(self, data: str | Path, options: LoadOptions) -> LoadResult:
        split = choose_split(self, options)
        root = local_release(self.name, data, "download MedSG-Bench/MedSG-Bench, unpack its images and pass the folder")
        files = [root] if root.is_file() else sorted(root.glob("Task*/*.json")) or sorted(root.glob("*.json"))
        if not files:
            raise MedstepError(f"{self.name}: no Task*/*.json files under {root}")
        base = root.parent if root.is_file() else root
        ctx = LoadContext(self.name, split, str(root), options)
        for path in files:
            for rec in read_json_list(path):
                self._add(ctx, path, base, rec)
        return ctx.result()

    def _add(self, ctx: LoadContext, path: Path, base: Path, rec: Record) -> None:
        task = rec.text("task")
        rec.rid = rec.opt_text("id") or f"{path.parent.name}/{path.stem}-{rec.index}"
        raw_box = rec.require("answer")
        try:
            box = Box.from_json(raw_box)
        except (TypeError, ValueError):
            raise rec.fail(f"'answer' must be a box [x1, y1, x2, y2], found {raw_box!r}") from None
        if box.x2 < box.x1 or box.y2 < box.y1:
            raise rec.fail(f"'answer' box {raw_box!r} has x2 < x1 or y2 < y1")
        size = rec.raw.get("size")
        if size is not None and not (isinstance(size, list) and len(size) == 2):
            raise rec.fail(f"'size' must be [width, height], found {size!r}")
        paths = rec.require("images")
        if not isinstance(paths, list) or not all(isinstance(p, str) and p.strip() for p in paths):
            raise rec.fail("'images' must be a list of image paths")
        question = " ".join(rec.text("question").replace(_IMAGE_TOKEN, " ").split())
        try:  # resolved here, after every text field was read: the size comes from the first image
            refs = tuple(ctx.image_file(self._resolve(p, path.parent, base), rec) for p in paths)
        except SkipRecord:
            return
        wh = (int(size[0]), int(size[1])) if size else (image_size(refs[0]) if refs else None)
        ctx.add_record(rec, question, box.to_text(), AnswerType.BOX, images=lambda: refs,
                       grounding=Grounding(box=box, image_size=wh),
                       categories={"task": task, "images": str(len(paths))})

    @staticmethod
    def _resolve(name: str, folder: Path, base: Path) -> Path:
        p = Path(name.strip()).expanduser()
        if p.is_absolute():
            return p
        for candidate in (folder / p, base / p):
            if candidate.exists():
                return candidate
        return folder / p

