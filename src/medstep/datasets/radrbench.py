"""RadRBench (ChestX-Reasoner, Fan et al., 2025): chest X-ray questions with reasoning chains."""

from __future__ import annotations

import os
from pathlib import Path

from medstep.answers import split_options, split_reference_steps
from medstep.datasets._choices import gold_letter, unwrap_answer_tag
from medstep.datasets._context import LoadContext, choose_split, local_release
from medstep.datasets._records import Record, read_json_list
from medstep.datasets.base import LoadOptions, LoadResult
from medstep.types import AnswerType, ImageRef, MedstepError

# Task names found in RadRBench file / dataset names ("mimic_multi_test_no_option").
_TASK_WORDS = ("binary", "single", "multi", "temporal")


def task_of(rec: Record, has_options: bool) -> str:
    """The record's task: its ``task`` field when present, else read from ``dataset_name``.

    RadRBench releases mix single-choice, multi-finding choice, binary and
    temporal questions and findings questions without options in one file;
    the task is the category their accuracies are reported by, and a question
    without options is marked open so it is never averaged with choice accuracy.
    """
    for key in ("task", "task_type", "question_type"):
        value = rec.opt_text(key)
        if value:
            return value
    name = rec.opt_text("dataset_name").lower()
    words = set(name.replace("-", "_").split("_"))
    task = next((w for w in _TASK_WORDS if w in words), "")
    if not task:
        return "choice" if has_options else "open"
    return task if has_options else f"{task} (open)"


class RadRBench:
    """RadRBench: a JSON list of ChestX-Reasoner style items.

    Fields: ``item_id``, ``image_path`` (list of paths, relative to the JSON
    file's folder unless absolute), ``question`` (stem, then ``Options:`` and
    ``A) text`` lines, parsed into ``options``), ``answer`` (a letter, maybe in
    ``<answer></answer>``), ``answer_content`` (the gold text),
    ``dataset_name``, ``reason_steps`` or ``process`` (a list of steps, or a
    text split on lines/numbering) and ``original_report``. A question
    without options is ``open`` with ``answer_content`` as gold. Categories:
    ``dataset`` and ``task`` (see :func:`task_of`). Reference
    steps and the report feed the reasoning verifier, which needs no pixels:
    with ``check_images=False`` image paths are kept unchecked, so scoring
    works without the images. One split, ``test``: every item in the file.
    """

    name = "radrbench"
    splits = ("test",)
    default_split = "test"
    description = "RadRBench chest X-ray reasoning (ChestX-Reasoner): options, reference steps, reports; JSON"

    def load(self, data: str | Path, options: LoadOptions) -> LoadResult:
        split = choose_split(self, options)
        path = local_release(self.name, data, "pass the RadRBench JSON file")
        if path.is_dir():
            found = sorted(path.glob("*.json"))
            if len(found) != 1:
                raise MedstepError(f"{self.name}: expected one .json file in {path}, found {len(found)}; pass the file")
            path = found[0]
        ctx = LoadContext(self.name, split, str(path), options)
        for rec in read_json_list(path):
            self._add(ctx, path.parent, rec)
        return ctx.result()

    def _add(self, ctx: LoadContext, base: Path, rec: Record) -> None:
        rec.rid = rec.text("item_id")
        try:
            stem, opts = split_options(rec.text("question"))
        except ValueError as exc:
            raise rec.fail(f"'question': {exc}") from None
        if opts:
            answer = gold_letter(rec.text("answer"), opts, rec, "answer")
            answer_type, answer_text = AnswerType.CHOICE, opts[answer]
        else:
            answer = rec.opt_text("answer_content") or unwrap_answer_tag(rec.text("answer"))
            answer_type, answer_text = AnswerType.OPEN, None
        steps_field = "reason_steps" if "reason_steps" in rec.raw else "process"
        ctx.add_record(
            rec,
            stem,
            answer,
            answer_type,
            images=lambda: self._images(ctx, base, rec),
            options=opts,
            answer_text=answer_text,
            reference_steps=split_reference_steps(rec.steps(steps_field)),
            report=rec.opt_text("original_report") or None,
            categories={"dataset": rec.opt_text("dataset_name"), "task": task_of(rec, bool(opts))},
        )

    @staticmethod
    def _images(ctx: LoadContext, base: Path, rec: Record) -> tuple[ImageRef, ...]:
        raw = rec.raw.get("image_path") or []
        if isinstance(raw, str):
            raw = [raw]
        if not isinstance(raw, list):
            raise rec.fail(f"'image_path' must be a list of paths, found {type(raw).__name__}")
        refs = []
        for item in raw:  # joined as text (an absolute path replaces the base): image_file normalises it
            if not isinstance(item, str) or not item.strip():
                raise rec.fail(f"'image_path' must be a list of paths, found an item {item!r}")
            refs.append(ctx.image_file(os.path.join(base, os.path.expanduser(str(item))), rec))
        return tuple(refs)
