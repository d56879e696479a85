"""The ``custom`` loader: any jsonl/json/csv/tsv/xlsx/parquet file plus a field map.

Lets users evaluate their own or a not-yet-supported benchmark without
writing code: ``field_map`` (``--map question=prompt --map cat.organ=site``)
says which column holds each medstep field. Unmapped fields default to a
column of the same name when the file has one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

from medstep.datasets._choices import gold_letter, options_from_any
from medstep.answers import answer_type_named, infer_answer_type, split_options, split_reference_steps
from medstep.datasets._context import LoadContext, SkipRecord, local_path
from medstep.datasets._records import Record, parse_listish, read_table_file
from medstep.datasets.base import LoadOptions, LoadResult
from medstep.datasets.images import image_size
from medstep.types import AnswerType, Box, Grounding, ImageRef, InvalidSetting, MedstepError

CUSTOM_FIELDS = ("id", "question", "answer", "image", "options", "answer_type", "report", "steps", "group")
# Fields that default to a column of the same name; the others are read only when mapped, so a
# file's unrelated "group" or "report" column never turns into set metrics or verifier evidence.
_SAME_NAME_FIELDS = ("id", "question", "answer", "image", "options", "answer_type")
CATEGORY_PREFIX = "cat."


def _resolve_map(field_map: Mapping[str, str], columns: set[str]) -> dict[str, str]:
    # "cat." alone names no category: its column would be tabulated under an empty heading in every report
    unknown = [k for k in field_map if k not in CUSTOM_FIELDS and not (k.startswith(CATEGORY_PREFIX)
                                                                         and k[len(CATEGORY_PREFIX):].strip())]
    if unknown:
        raise InvalidSetting("field_map", ", ".join(unknown),
                             f"one of {', '.join(CUSTOM_FIELDS)} or cat.<name> (the field to fill from a column)")
    resolved = {f: f for f in _SAME_NAME_FIELDS if f in columns}
    resolved.update(field_map)
    return resolved


class Custom:
    """Any tabular file: ``.jsonl``, ``.json`` (list), ``.csv``, ``.tsv``, ``.xlsx``, ``.parquet`` or ``.arrow``.

    ``field_map`` keys: ``id``, ``question``, ``answer`` (required), ``image``,
    ``options``, ``answer_type`` (these six default to a column of their own
    name), and, only when mapped, ``report`` and ``steps`` (evidence for the
    reasoning judges: a report text, reference steps as a list or a text),
    ``group`` (questions graded together as a set, e.g. image pairs) and
    ``cat.<name>`` for categories (several: a taxonomy; a list value counts
    the question under each label). ``image`` may hold a path (relative to
    the file's folder), a list of paths (a multi-image question, in order), or
    a parquet ``{bytes, path}`` cell. ``options`` may be a letter->text
    mapping, a list (letters A, B, ... assigned in order) or a JSON string of
    either. The answer type comes from the ``answer_type`` column when mapped
    (closed/open/choice/box: a box answer is ``[x1, y1, x2, y2]`` in pixels of
    the first image); otherwise it is inferred as for RL rewards
    (:func:`medstep.answers.infer_answer_type`): options -> choice, yes/no
    gold -> closed, a lone letter gold -> choice (options then come from
    ``A) ...`` lines in the question), else open. Without an ``id`` column,
    ids are ``row-<n>``. There is no split selection: the whole file is
    loaded and labelled with ``split`` (default ``test``).
    """

    name = "custom"
    splits = ("test",)
    default_split = "test"
    description = "Your own jsonl/json/csv/parquet file with a field map (--map question=col ...)"

    def load(self, data: str | Path, options: LoadOptions) -> LoadResult:
        path = local_path(self.name, data)
        if path.is_dir():
            raise MedstepError(f"{self.name}: {path} is a directory; pass a .jsonl/.json/.csv/.tsv/.xlsx/.parquet/.arrow file")
        rows = read_table_file(path)
        if not rows:  # nothing to load, and no row to check the --map columns against
            raise MedstepError(f"{self.name}: {path} holds no records")
        columns = set().union(*(r.raw.keys() for r in rows))
        fmap = _resolve_map(options.field_map, columns)
        for required in ("question", "answer"):
            if required not in fmap:
                raise MedstepError(f"{self.name}: {path} has no '{required}' column; map one with {required}=<column>")
        for key, column in fmap.items():
            if column not in columns:
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
        box = self._box(rec, fmap["answer"]) if answer_type is AnswerType.BOX else None
        single, multi = self._categories(rec, fmap)
        try:  # after every text field: a broken field must fail even when the image is missing
            refs = self._images(ctx, base, rec, fmap.get("image"))
        except SkipRecord:
            return
        if box is not None and not refs:
            raise rec.fail("a box question needs an image (map image=<column>)")
        ctx.add_record(
            rec,
            question,
            box.to_text() if box is not None else answer,
            answer_type,
            images=lambda: refs,
            sample_id=sample_id,
            options=opts if answer_type is AnswerType.CHOICE else {},
            answer_text=answer_text,
            categories=single,
            category_sets=multi,
            report=(rec.opt_text(fmap["report"]) or None) if "report" in fmap else None,
            reference_steps=split_reference_steps(rec.steps(fmap["steps"])) if "steps" in fmap else (),
            group=rec.opt_text(fmap["group"]) if "group" in fmap else "",
            grounding=Grounding(box=box, image_size=image_size(refs[0])) if box is not None else None,
        )

    @staticmethod
    def _box(rec: Record, column: str) -> Box:
        value = rec.raw[column]
        try:
            return Box.from_json(parse_listish(value))
        except (TypeError, ValueError):
            raise rec.fail(f"'{column}' must hold a box [x1, y1, x2, y2] in pixels, found {value!r}") from None

    @staticmethod
    def _categories(rec: Record, fmap: dict[str, str]) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
        """``cat.NAME`` columns: a text value is one category, a list (or a JSON list string) several labels."""
        single: dict[str, str] = {}
        multi: dict[str, tuple[str, ...]] = {}
        for key, col in fmap.items():
            if not key.startswith(CATEGORY_PREFIX):
                continue
            name, value = key[len(CATEGORY_PREFIX):], rec.raw.get(col)
            if isinstance(value, str) and value.strip().startswith("["):
                try:
                    value = parse_listish(value)
                except ValueError as exc:
                    raise rec.fail(f"cannot parse '{col}': {exc}") from exc
            if isinstance(value, (list, tuple)):
                multi[name] = tuple(str(v).strip() for v in value if str(v).strip())
            else:
                single[name] = rec.opt_text(col)
        return single, multi

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
            elif item is None or isinstance(item, (list, tuple, bool)) or not str(item).strip():
                raise rec.fail(f"'{column}' must hold image paths, found an item {item!r}")
            else:
                p = Path(str(item).strip()).expanduser()
                refs.append(ctx.image_file(p if p.is_absolute() else base / p, rec))
        return tuple(refs)
