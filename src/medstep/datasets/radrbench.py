"""RadRBench (ChestX-Reasoner, Fan et al., 2025): chest X-ray questions with reasoning chains."""

from __future__ import annotations

import re
from pathlib import Path

from medstep.datasets._choices import gold_letter, unwrap_answer_tag
from medstep.datasets._context import LoadContext, choose_split, local_release
from medstep.datasets._records import Record, read_json_list
from medstep.datasets.base import LoadOptions, LoadResult
from medstep.types import AnswerType, ImageRef, MedstepError

_OPTIONS_MARKER = re.compile(r"^\s*options\s*:\s*$", re.I | re.M)
_OPTION_LINE = re.compile(r"^\s*\(?([A-Z])[\).:]\s*(.+?)\s*$")
_STEP_NUMBER = re.compile(r"^\s*(?:step\s*)?\d+\s*[\.\):]\s*", re.I)
_INLINE_NUMBER = re.compile(r"(?<=[.;])\s+(?=(?:step\s*)?\d+\s*[\.\):]\s)", re.I)


def split_options(question: str) -> tuple[str, dict[str, str]]:
    """Stem and options from ``"<stem>\\nOptions:\\nA) x\\nB) y"``.

    Without an ``Options:`` line, trailing ``A) ...`` lines are still taken as
    options when there are at least two and they run A, B, C... in order, so
    a stem sentence that happens to start with a capital and a bracket stays.
    """
    marker = list(_OPTIONS_MARKER.finditer(question))
    if marker:
        stem, tail = question[: marker[-1].start()], question[marker[-1].end():]
        options = _option_lines(tail.splitlines())
        return stem.strip(), options
    lines = question.rstrip().splitlines()
    n = len(lines)
    while n > 0 and _OPTION_LINE.match(lines[n - 1]):
        n -= 1
    options = _option_lines(lines[n:])
    if len(options) >= 2 and list(options) == [chr(65 + i) for i in range(len(options))]:
        return "\n".join(lines[:n]).strip(), options
    return question.strip(), {}


def _option_lines(lines: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in lines:
        m = _OPTION_LINE.match(line)
        if m:
            out[m.group(1)] = m.group(2)
    return out


def split_steps(value: object) -> tuple[str, ...]:
    """Reference steps from a list, or from text with one step per line / numbered steps."""
    if isinstance(value, (list, tuple)):
        items = [str(v) for v in value]
    elif isinstance(value, str):
        items = []
        for line in value.splitlines():
            items.extend(_INLINE_NUMBER.split(line))
    else:
        return ()
    steps = (_STEP_NUMBER.sub("", item).strip() for item in items)
    return tuple(s for s in steps if s)


class RadRBench:
    """RadRBench: a JSON list of ChestX-Reasoner style items.

    Fields: ``item_id``, ``image_path`` (list of paths, relative to the JSON
    file's folder unless absolute), ``question`` (stem, then ``Options:`` and
    ``A) text`` lines, parsed into ``options``), ``answer`` (a letter, maybe in
    ``<answer></answer>``), ``answer_content`` (the gold text),
    ``dataset_name``, ``reason_steps`` or ``process`` (a list of steps, or a
    text split on lines/numbering) and ``original_report``. A question
    without options is ``open`` with ``answer_content`` as gold. Reference
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
        stem, opts = split_options(rec.text("question"))
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
            reference_steps=split_steps(rec.raw.get(steps_field)),
            report=rec.opt_text("original_report") or None,
            categories={"dataset": rec.opt_text("dataset_name")},
        )

    @staticmethod
    def _images(ctx: LoadContext, base: Path, rec: Record) -> tuple[ImageRef, ...]:
        raw = rec.raw.get("image_path") or []
        if isinstance(raw, str):
            raw = [raw]
        if not isinstance(raw, list):
            raise rec.fail(f"'image_path' must be a list of paths, found {type(raw).__name__}")
        refs = []
        for item in raw:
            p = Path(str(item)).expanduser()
            refs.append(ctx.image_file(p if p.is_absolute() else base / p, rec))
        return tuple(refs)
