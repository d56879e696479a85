"""MediConfusion (Sepehri et al., ICLR 2025): image pairs a model must tell apart.

Each record is a *confusing pair*: two ROCO radiology images that share one
question and two options, with a different correct option per image. The
benchmark's point is the pair: a model that answers the same for both images
has not looked at them. Each pair becomes two samples (one per image) that
share ``group`` = the pair id, so the set metrics (``score/sets.py``) grade
the pair as a whole.
"""

from __future__ import annotations

from pathlib import Path

from medstep.datasets._choices import gold_letter
from medstep.datasets._context import LoadContext, choose_split, local_release
from medstep.datasets._records import Record, read_json, records
from medstep.datasets.base import LoadOptions, LoadResult
from medstep.datasets.images import first_existing
from medstep.types import AnswerType, ImageRef, MedstepError

_IMAGE_SUFFIX = ".jpg"  # scripts/download.py saves each image as <im_k_local>.jpg


class MediConfusion:
    """MediConfusion: ``dataset.json`` (a mapping pair id -> record) and ``images/<local id>.jpg``.

    Record fields (official release, GitHub ``data/dataset.json`` = hub
    ``shahab7899/MediConfusion``): ``im_1``/``im_2`` (ROCO paths),
    ``im_1_local``/``im_2_local`` (the file names the official
    ``scripts/download.py`` saves, ``<local>.jpg``), ``question``,
    ``option_A``/``option_B``, ``im_1_correct``/``im_2_correct`` (the gold
    letter for each image), ``category_1``/``category_2`` (each image's list
    of anatomical categories) and captions/similarities (not used). Sample
    ids are ``<pair>-1`` and ``<pair>-2``. One split, ``test``: 176 pairs,
    352 questions. ``data`` is the folder holding ``dataset.json`` (images in
    its ``images/`` folder or ``data/images/``) or the JSON file itself.
    """

    name = "mediconfusion"
    splits = ("test",)
    default_split = "test"
    description = "MediConfusion confusing image pairs; 176 pairs = 352 questions, set/individual accuracy, confusion"
    auto_judges: tuple[str, ...] = ()

    def load(self, data: str | Path, options: LoadOptions) -> LoadResult:
        split = choose_split(self, options)
        path = local_release(
            self.name, data,
            "download shahab7899/MediConfusion (dataset.json), fetch its images with the official "
            "scripts/download.py into images/, and pass the folder",
        )
        if path.is_dir():
            found = [p for p in (path / "dataset.json", path / "data" / "dataset.json") if p.is_file()]
            if not found:
                raise MedstepError(f"{self.name}: no dataset.json in {path} (or {path / 'data'})")
            path = found[0]
        raw = read_json(path)
        if not isinstance(raw, dict):
            raise MedstepError(f"{path}: expected a JSON object mapping pair ids to records, found {type(raw).__name__}")
        image_dirs = [path.parent / "images", path.parent / "data" / "images", path.parent]
        ctx = LoadContext(self.name, split, str(path), options)
        for pair_id, rec in zip(raw, records(raw.values(), path)):
            if not isinstance(rec.raw, dict):
                raise rec.fail(f"expected a JSON object, found {type(rec.raw).__name__}")
            self._add_pair(ctx, str(pair_id), rec, image_dirs)
        return ctx.result()

    def _add_pair(self, ctx: LoadContext, pair_id: str, rec: Record, image_dirs: list[Path]) -> None:
        rec.rid = pair_id
        opts = {"A": rec.text("option_A"), "B": rec.text("option_B")}
        question = rec.text("question")
        for k in (1, 2):
            answer = gold_letter(rec.require(f"im_{k}_correct"), opts, rec, f"im_{k}_correct")
            categories = rec.raw.get(f"category_{k}") or []
            if not isinstance(categories, list):
                raise rec.fail(f"'category_{k}' must be a list of categories, found {type(categories).__name__}")
            name = rec.text(f"im_{k}_local") + _IMAGE_SUFFIX

            def image(name: str = name, rec: Record = rec) -> ImageRef:
                return ctx.image_file(first_existing(image_dirs, name), rec)

            ctx.add_record(
                rec, question, answer, AnswerType.CHOICE,
                images=image,
                sample_id=f"{pair_id}-{k}", options=opts, answer_text=opts[answer], group=pair_id,
                categories={"pair_image": str(k)},
                category_sets={"category": tuple(str(c).strip() for c in categories if str(c).strip())},
            )
