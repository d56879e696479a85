"""The ``custom`` loader: any jsonl/json/csv/parquet file plus a field map.

Lets users evaluate their own or a not-yet-supported benchmark without
writing code: ``field_map`` (``--map question=prompt --map cat.organ=site``)
says which column holds each medstep field. Unmapped fields default to a
column of the same name when the file has one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

from medstep.datasets._choices import gold_letter, options_from_any
from medstep.answers import answer_type_named, infer_answer_type, split_options
from medstep.datasets._context import LoadContext, local_path
from medstep.datasets._records import Record, parse_listish, read_table_file
from medstep.datasets.base import LoadOptions, LoadResult
from medstep.types import AnswerType, ImageRef, MedstepError

CUSTOM_FIELDS = ("id", "question", "answer", "image", "options", "answer_type")
CATEGORY_PREFIX = "cat."


def _resolve_map(field_map: Mapping[str, str], columns: set[str]) -> dict[str, str]:
    unknown = [k for k in field_map if k not in CUSTOM_FIELDS and not k.startswith(CATEGORY_PREFIX)]
    if unknown:
        raise MedstepError(
            f"custom: unknown field_map keys {unknown} (allowed: {', '.join(CUSTOM_FIELDS)}, cat.<name>)"
        )
    resolved = {f: f for f in CUSTOM_FIELDS if f in columns}
    resolved.update(field_map)
    return resolved


class Custom:
    """Any tabular file: ``.jsonl``, ``.json`` (list), ``.csv``, ``.parquet`` or ``.arrow``.

    ``field_map`` keys: ``id``, ``question``, ``answer`` (required), ``image``,
    ``options``, ``answer_type`` and ``cat.<name>`` for categories. ``image``
    may hold a path (relative to the file's folder), a list of paths, or a
    parquet ``{bytes, path}`` cell. ``options`` may be a letter->text mapping,
    a list (letters A, B, ... assigned in order) or a JSON string of either.
    The answer type comes from the ``answer_type`` column when mapped
    (closed/open/choice); otherwise it is inferred as for RL rewards
    (:func:`medstep.answers.infer_answer_type`): options -> choice, yes/no
    gold -> closed, a lone letter gold -> choice (options then come from
    ``A) ...`` lines in the question), else open. Without an ``id`` column, ids are ``row-<n>``. There is no
    split selection: the whole file is loaded and labelled with ``split``
    (default ``test``).
    """

    name = "custom"
    splits = ("test",)
    default_split = "test"
    description = "Your own jsonl/json/csv/parquet file with a field map (--map question=col ...)"

    def load(self, data: str | Path, options: LoadOptions) -> LoadResult:
        path = local_path(self.name, data)
        if path.is_dir():
            raise MedstepError(f"{self.name}: {path} is a directory; pass a .jsonl/.json/.csv/.parquet/.arrow file")
        rows = read_table_file(path)
        columns = set().union(*(r.raw.keys() for r in rows)) if rows else set()
        fmap = _resolve_map(options.field_map, columns)
        for required in ("question", "answer"):
            if required not in fmap:
                raise MedstepError(f"{self.name}: {path} has no '{required}' column; map one with {required}=<column>")
        for key, column in fmap.items():
            if rows and column not in columns:
                raise MedstepError(f"{self.name}: {path} has no column '{column}' (mapped from '{key}')")
        ctx = LoadContext(self.name, options.split or self.default_split, str(path), options)
        for rec in rows:
            self._add(ctx, path.parent, fmap, rec)
        return ctx.result()

    def _add(self, ctx: LoadContext, base: Path, fmap: dict[str, str], rec: Record) -> None:
        if "id" in fmap:
            rec.rid = rec.text(fmap["id"])
        sample_id = rec.rid or f"row-{rec.index}"
        question, answer = rec.text(fmap["question"]), rec.text(fmap["answer"])
        opts: dict[str, str] = {}
        if "options" in fmap and rec.has(fmap["options"]):
            try:
                parsed = parse_listish(rec.raw[fmap["options"]])
            except ValueError as exc:
                raise rec.fail(f"cannot parse '{fmap['options']}': {exc}") from exc
            opts = options_from_any(parsed, rec, fmap["options"]) if parsed else {}
        answer_type = self._answer_type(rec, fmap, opts, answer)
        answer_text = None
        if answer_type is AnswerType.CHOICE:
            if not opts:
                # Options written into the question ("...\nOptions:\nA) x\nB) y").
                stem, opts = split_options(question)
                question = stem if opts else question
            if not opts:
                raise rec.fail(
                    f"gold {answer!r} makes this a choice question but the record has no options "
                    "(map an options column, write 'A) ...' lines in the question, or set answer_type to open)"
                )
            answer = gold_letter(answer, opts, rec, fmap["answer"])
            answer_text = opts[answer]
        ctx.add_record(
            rec,
            question,
            answer,
            answer_type,
            images=lambda: self._images(ctx, base, rec, fmap.get("image")),
            sample_id=sample_id,
            options=opts if answer_type is AnswerType.CHOICE else {},
            answer_text=answer_text,
            categories={
                key[len(CATEGORY_PREFIX):]: rec.opt_text(col)
                for key, col in fmap.items()
                if key.startswith(CATEGORY_PREFIX)
            },
        )

    @staticmethod
    def _answer_type(rec: Record, fmap: dict[str, str], opts: dict[str, str], answer: str) -> AnswerType:
        if "answer_type" in fmap and rec.has(fmap["answer_type"]):
            raw = rec.text(fmap["answer_type"])
            named = answer_type_named(raw)
            if named is None:
                raise rec.fail(f"answer_type {raw!r} is not one of {[t.value for t in AnswerType]}")
            return named
        return infer_answer_type(answer, opts)

    @staticmethod
    def _images(ctx: LoadContext, base: Path, rec: Record, column: str | None) -> tuple[ImageRef, ...]:
        if column is None or not rec.has(column):
            return ()
        value: Any = rec.raw[column]
        if isinstance(value, str) and value.strip().startswith("["):
            try:
                value = parse_listish(value)
            except ValueError as exc:
                raise rec.fail(f"cannot parse '{column}': {exc}") from exc
        items = value if isinstance(value, (list, tuple)) else [value]
        refs = []
        for item in items:
            if isinstance(item, (Mapping, bytes, bytearray)):
                refs.append(ctx.image_cell(item, rec, base))
            else:
                p = Path(str(item).strip()).expanduser()
                refs.append(ctx.image_file(p if p.is_absolute() else base / p, rec))
        return tuple(refs)
