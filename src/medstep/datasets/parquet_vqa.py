"""The Hugging Face parquet layout shared by VQA-RAD and PathVQA.

Both are published on the hub as parquet shards with three columns --
``image`` (``{bytes, path}``), ``question``, ``answer`` -- under
``data/<split>-XXXXX-of-YYYYY.parquet``. The layout carries no question ids or
answer-type labels, so ids are ``<split>-<row>`` (row order is fixed by the
release) and a question is ``closed`` exactly when its gold answer is yes/no,
the convention used by the papers reporting closed/open accuracy on these files.
"""

from __future__ import annotations

from pathlib import Path

from medstep.answers import is_yes_no
from medstep.datasets._context import LoadContext, choose_split, local_path
from medstep.datasets._records import Record, load_hub_rows, looks_like_hub_id, read_parquet
from medstep.datasets.base import LoadOptions, LoadResult
from medstep.types import AnswerType, MedstepError


def find_split_shards(root: Path, split: str) -> list[Path]:
    """Table files for ``split`` under ``root``: the hub's parquet layout, a flattened one,
    or a ``datasets.save_to_disk`` folder (``<split>/data-*.arrow``)."""
    patterns = (
        f"data/{split}-*.parquet", f"{split}-*.parquet", f"data/{split}.parquet", f"{split}.parquet",
        f"{split}/data-*.arrow", f"{split}-*.arrow", f"{split}.arrow",  # datasets.save_to_disk / cache files
    )
    for pattern in patterns:
        found = sorted(root.glob(pattern))
        if found:
            return found
    return []


def load_parquet_vqa(
    ctx: LoadContext, rows: list[Record], base_dir: Path | None
) -> LoadResult:
    for rec in rows:
        rec.rid = f"{ctx.split}-{rec.index:05d}"
        question, answer = rec.text("question"), rec.text("answer")
        ctx.add_record(
            rec,
            question,
            answer,
            AnswerType.CLOSED if is_yes_no(answer) else AnswerType.OPEN,
            images=lambda: ctx.image_cell(rec.require("image"), rec, base_dir),
        )
    return ctx.result()


def load_parquet_benchmark(
    name: str, hub_id: str, split: str, options: LoadOptions, local: Path | None
) -> LoadResult:
    """Read ``split`` from a local parquet dir/file, or from the hub when ``local`` is None."""
    if local is None:
        rows = load_hub_rows(hub_id, None, split)
        ctx = LoadContext(name, split, rows[0].source if rows else f"hf://{hub_id}", options)
        return load_parquet_vqa(ctx, rows, None)
    if local.is_file():  # one .parquet / .arrow file: the caller named the split
        shards = [local]
    else:
        shards = find_split_shards(local, split)
        if not shards:
            raise MedstepError(
                f"{name}: no parquet files for split '{split}' under {local} "
                f"(expected data/{split}-*.parquet, {split}.parquet or {split}/data-*.arrow)"
            )
    ctx = LoadContext(name, split, ", ".join(str(s) for s in shards), options)
    return load_parquet_vqa(ctx, read_parquet(shards), shards[0].parent)


class HubParquetVqa:
    """Base of the loaders whose data is this parquet layout: a hub id, or a local copy.

    Subclasses set ``name``, ``splits``, ``default_split`` and ``hub_id``; a
    benchmark with another local release as well (VQA-RAD's official JSON)
    overrides ``_load_local`` and falls back to the parquet reading here.
    """

    name: str
    splits: tuple[str, ...]
    default_split: str
    hub_id: str

    def load(self, data: str | Path, options: LoadOptions) -> LoadResult:
        split = choose_split(self, options)
        if looks_like_hub_id(data):
            return load_parquet_benchmark(self.name, str(data), split, options, None)
        return self._load_local(local_path(self.name, data), split, options)

    def _load_local(self, path: Path, split: str, options: LoadOptions) -> LoadResult:
        return load_parquet_benchmark(self.name, self.hub_id, split, options, path)
