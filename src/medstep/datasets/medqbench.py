"""MedQ-Bench (Liu et al., 2025): medical image *quality* perception and reasoning.

Two tasks over five modalities (CT, MRI, histopathology, endoscopy, fundus):

* perception -- multiple-choice questions on low-level quality attributes
  (yes-or-no, what, how); graded by the option letter, as the official
  evaluation does;
* reasoning -- the model writes a quality assessment of one image
  (no-reference) or compares two (comparison), graded against the expert's
  description on four 0-2 axes by the ``medq`` judge.

The release is the VLMEvalKit TSV set on the hub (``jiyaoliufd/MedQ-Bench``),
images embedded as base64, so a sample's images are held as bytes. Which
task a run reads is the split: ``test``/``dev`` (perception),
``description-test``/``-dev`` (no-reference reasoning) and
``comparison-test``/``-dev`` (comparison reasoning) -- one file each, because
the tasks are graded by different metrics and one run should report one.
"""

from __future__ import annotations

import base64
import binascii
import re
from pathlib import Path
from typing import Any

from medstep.answers import bare_letter
from medstep.datasets._context import LoadContext, choose_split, local_path
from medstep.datasets._records import Record, hub_snapshot, looks_like_hub_id, parse_listish, read_tsv
from medstep.datasets.base import LoadOptions, LoadResult
from medstep.lazyre import lazy_compile
from medstep.types import AnswerType, ImageRef, MedstepError

HUB_ID = "jiyaoliufd/MedQ-Bench"
_LETTERS = ("A", "B", "C", "D")
# split -> the official file stem (VLMEvalKit's MedqbenchMCQ / MedqbenchCaption / MedqbenchPairedDescription)
_FILES = {
    "test": "medqbench_QA_test", "dev": "medqbench_QA_dev",
    "description-test": "medqbench_description_test", "description-dev": "medqbench_description_dev",
    "comparison-test": "medqbench_paired_description_test", "comparison-dev": "medqbench_paired_description_dev",
}
# Grouping columns read when the file has them (the official scorer groups by ``modality``).
CATEGORY_COLUMNS = ("modality", "category", "l2-category", "question_type", "type", "degradation", "level", "source")
# Used only when a reasoning file has no ``question`` column (the official loaders then supply one; wording ours).
DESCRIBE = ("You are assessing the technical quality of this medical image. Describe its low-level appearance "
            "(sharpness, noise, artifacts, contrast, exposure, colour) and how it affects diagnostic use. End with "
            "\"Overall, the quality of this image is good\", \"usable\" or \"reject\".")
COMPARE = ("You are comparing the technical quality of these two medical images. Describe the low-level "
           "differences between them (sharpness, noise, artifacts, contrast, exposure, colour) in a few "
           "sentences, then say which image has the higher quality.")
_LEVEL = lazy_compile(r"quality of (?:this|the) image is\W*(good|usable|reject)\b", re.IGNORECASE)
# VLMEvalKit stores an image once: a later row's ``image`` cell shorter than this names the row holding it.
_REFERENCE_MAX = 64


def question_kind(question: str, options: dict[str, str]) -> str:
    """The paper's perception question types (yes-or-no / what / how), read from the question when the
    file has no type column: two options Yes and No make a yes-or-no question."""
    if {v.strip().lower() for v in options.values()} == {"yes", "no"}:
        return "yes-or-no"
    first = question.strip().split(maxsplit=1)[0].lower() if question.strip() else ""
    return first if first in ("what", "how") else "other"


def stated_level(description: str) -> str | None:
    """The quality level an expert description concludes with (``good``/``usable``/``reject``), if stated."""
    found = _LEVEL.findall(description)
    return found[-1].lower() if found else None


class MedQBench:
    """MedQ-Bench: the VLMEvalKit TSV files, ``medqbench_*_{test,dev}.tsv``.

    Perception files (``medqbench_QA_*``): ``index``, ``image`` (base64, or
    the ``index`` of the row holding the same image), ``question``, options
    ``A``-``D`` (blank where a question has fewer), ``answer`` (a letter, or
    0-3 as some files spell it), ``modality``. Reasoning files
    (``medqbench_description_*``, ``medqbench_paired_description_*``):
    ``index``, ``image`` (or ``image_a``/``image_b`` for a pair, in that
    order), ``description`` (the expert's assessment: the reference the
    ``medq`` judge grades against), optional ``question``. A no-reference
    description that ends "the quality of this image is good/usable/reject"
    gives that level as the gold answer; any other description is itself the
    open gold. ``image_path`` (a path or a list of paths beside the file)
    stands in for embedded images. Counts: 2,600 perception questions and
    708 reasoning assessments over both splits (the card states no per-split
    counts). ``data`` is the folder holding the TSV files, one TSV file, or
    the hub id ``jiyaoliufd/MedQ-Bench`` (its TSV files downloaded once).
    """

    name = "medq-bench"
    splits = tuple(_FILES)
    default_split = "test"
    description = "MedQ-Bench image-quality perception MCQ (2,600) and reasoning (708); accuracy, medq judge axes"

    def load(self, data: str | Path, options: LoadOptions) -> LoadResult:
        split = choose_split(self, options)
        path = hub_snapshot(str(data), ["*.tsv", "**/*.tsv"]) if looks_like_hub_id(data) else local_path(self.name, data)
        if path.is_dir():
            stem = _FILES[split]
            found = sorted(path.glob(f"{stem}.tsv")) or sorted(path.rglob(f"{stem}.tsv"))
            if not found:
                raise MedstepError(f"{self.name}: no {stem}.tsv (split '{split}') in {path}")
            path = found[0]
        rows = read_tsv(path)
        by_index = {r.opt_text("index"): r for r in rows}
        ctx = LoadContext(self.name, split, str(path), options)
        for rec in rows:
            rec.rid = rec.opt_text("index") or str(rec.index)
            if split in ("test", "dev"):
                self._perception(ctx, rec, path.parent, by_index)
            else:
                self._reasoning(ctx, rec, path.parent, by_index, paired=split.startswith("comparison"))
        return ctx.result()

    def _perception(self, ctx: LoadContext, rec: Record, folder: Path, by_index: dict[str, Record]) -> None:
        question = rec.text("question")
        opts = {k: rec.opt_text(k) for k in _LETTERS if rec.opt_text(k)}
        if len(opts) < 2:
            raise rec.fail(f"a perception question needs at least two of the options A-D, found {list(opts)}")
        gold = rec.text("answer")
        letter = bare_letter(gold) or (_LETTERS[int(gold)] if gold.isdigit() and int(gold) < len(_LETTERS) else None)
        if letter not in opts:
            raise rec.fail(f"answer {gold!r} is not one of the options {list(opts)}")
        categories = self._categories(rec)
        categories.setdefault("question_type", question_kind(question, opts))
        ctx.add_record(rec, question, letter, AnswerType.CHOICE, options=opts, answer_text=opts[letter],
                       categories=categories, images=lambda: self._images(ctx, rec, folder, by_index, ("image",)))

    def _reasoning(self, ctx: LoadContext, rec: Record, folder: Path, by_index: dict[str, Record],
                   *, paired: bool) -> None:
        description = rec.text("description")
        question = rec.opt_text("question") or (COMPARE if paired else DESCRIBE)
        level = None if paired else stated_level(description)
        categories = self._categories(rec)
        if not paired:
            categories["quality"] = level or "unstated"
        columns = ("image_a", "image_b") if paired and (rec.has("image_a") or rec.has("image_b")) else ("image",)
        ctx.add_record(rec, question, level or description, AnswerType.OPEN, report=description,
                       categories=categories, images=lambda: self._images(ctx, rec, folder, by_index, columns))

    @staticmethod
    def _categories(rec: Record) -> dict[str, str]:
        return {c: rec.opt_text(c) for c in CATEGORY_COLUMNS if rec.has(c)}

    def _images(self, ctx: LoadContext, rec: Record, folder: Path, by_index: dict[str, Record],
                columns: tuple[str, ...]) -> tuple[ImageRef, ...]:
        cells = [c for col in columns if rec.has(col) for c in _as_list(self._resolve_cell(rec, col, by_index))]
        if cells:
            return tuple(self._decode(ctx, rec, cell, n) for n, cell in enumerate(cells, 1))
        if rec.has("image_path"):
            paths = _as_list(rec.raw["image_path"])
            return tuple(ctx.image_file(self._locate(folder, str(p)), rec) for p in paths)
        raise ctx.bad_image(rec, "<none>", f"no image: none of {', '.join(columns)} or image_path is filled")

    @staticmethod
    def _resolve_cell(rec: Record, column: str, by_index: dict[str, Record]) -> Any:
        """The cell's base64 text, following VLMEvalKit's short back-reference to another row once."""
        cell = rec.raw[column]
        if isinstance(cell, str) and len(cell.strip()) <= _REFERENCE_MAX:
            target = by_index.get(cell.strip())
            if target is None or not target.has(column) or len(str(target.raw[column]).strip()) <= _REFERENCE_MAX:
                raise rec.fail(f"'{column}' {cell.strip()!r} is neither base64 image data nor the index of a row "
                               "holding the image")
            return target.raw[column]
        return cell

    @staticmethod
    def _decode(ctx: LoadContext, rec: Record, cell: Any, n: int) -> ImageRef:
        try:
            data = base64.b64decode(str(cell).strip(), validate=True)
        except (binascii.Error, ValueError):
            raise ctx.bad_image(rec, f"image {n}", "not valid base64 image data") from None
        return ctx.image_cell({"bytes": data, "path": f"{rec.rid}-{n}"}, rec)

    @staticmethod
    def _locate(folder: Path, name: str) -> Path:
        p = Path(name.strip()).expanduser()
        if p.is_absolute():
            return p
        candidates = (folder / p, folder / "images" / p)
        return next((c for c in candidates if c.exists()), candidates[0])


def _as_list(value: Any) -> list[Any]:
    """A cell holding one value or a list of them (VLMEvalKit writes lists as their Python repr)."""
    if isinstance(value, str) and value.strip().startswith("["):
        try:
            parsed = parse_listish(value)
        except ValueError:
            return [value]
        return list(parsed) if isinstance(parsed, list) else [value]
    return list(value) if isinstance(value, (list, tuple)) else [value]

