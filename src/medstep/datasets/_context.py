"""The bookkeeping every loader shares: split choice, image checks, ids, skips.

Loaders differ in how they read their files; they should not differ in how
they treat a bad image, a duplicate id or an unknown split. ``LoadContext``
centralises that so the policy (fail loudly by default, count skips when asked)
is written once.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping

from medstep.datasets._records import Record, looks_like_hub_id
from medstep.datasets.base import HasSplits, LoadOptions, LoadResult, OutsideDataFolder, Skipped, UnusableImage
from medstep.datasets.images import image_bytes_problem, image_file_problem
from medstep.answers import answer_type_named
from medstep.types import AnswerType, Grounding, ImageRef, MedstepError, Sample



class SkipRecord(Exception):
    """Raised by the image helpers when a record was recorded as skipped."""


def choose_split(loader: HasSplits, options: LoadOptions) -> str:
    """The requested split, or the loader's default; an unknown one is an error listing the loader's splits."""
    split = options.split or loader.default_split
    if split not in loader.splits:
        raise MedstepError(f"{loader.name}: unknown split '{split}' (available: {', '.join(loader.splits)})")
    return split


def local_path(name: str, data: str | Path) -> Path:
    path = Path(data).expanduser()
    if not path.exists():
        raise MedstepError(f"{name}: data path {path} does not exist")
    return path


def local_release(name: str, data: str | Path, how_to_get: str) -> Path:
    """``local_path`` for benchmarks that cannot be read from the hub directly.

    Their hub copies ship images zipped (or not at all), so an ``owner/name``
    argument is answered with how to get a usable local copy rather than with
    "does not exist", which would suggest a typo.
    """
    if looks_like_hub_id(data):
        raise MedstepError(f"{name}: '{data}' is not a local path; {how_to_get}")
    return local_path(name, data)


def add_closed_open(ctx: LoadContext, rec: Record, image: Callable[[], Path], categories: dict[str, str]) -> None:
    """Add a record of the VQA-RAD JSON schema, which SLAKE copies: ``question``, ``answer``,
    an ``answer_type`` label CLOSED/OPEN (any case, stray spaces allowed) and one image file."""
    answer_type = answer_type_named(rec.text("answer_type"))
    if answer_type not in (AnswerType.CLOSED, AnswerType.OPEN):
        raise rec.fail(f"answer_type must be CLOSED or OPEN, found {rec.raw['answer_type']!r}")
    ctx.add_record(rec, rec.text("question"), rec.text("answer"), answer_type,
                   images=lambda: ctx.image_file(image(), rec), categories=categories)


@dataclass
class LoadContext:
    """Collects samples and skips for one load; owns the image, path and id policy.

    ``extra_roots``: folders besides ``options.data_root`` that the loader's
    official layout reads images from (MedXpertQA's ``images/`` one level
    above ``MM/``); image paths must resolve inside one of them.
    """

    benchmark: str
    split: str
    source: str
    options: LoadOptions
    samples: list[Sample] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    extra_roots: tuple[Path, ...] = ()
    _checked: dict[Path, str | None] = field(default_factory=dict)
    _real_dirs: dict[Path | str, str] = field(default_factory=dict)  # folder -> its resolved path (symlinks followed)

    def bad_image(self, rec: Record, label: str, reason: str) -> SkipRecord:
        """An unusable image that is not a file (a base64 cell, an empty image column): the same error,
        or the same counted skip, as a missing file. Returns the exception for the caller to raise."""
        return self._bad(rec, label, reason)

    def _bad(self, rec: Record, label: str, reason: str) -> SkipRecord:
        if not self.options.skip_missing_images:
            raise UnusableImage(f"{self.benchmark}: {rec.where()}: image {label}: {reason}")
        self.skipped.append(Skipped(record=rec.rid or f"#{rec.index}", path=label, reason=reason))
        return SkipRecord(rec.where())

    def image_file(self, path: Path | str, rec: Record) -> ImageRef:
        """An on-disk image, stored as an absolute path (so a report works from any directory),
        kept inside the data folder, and fully decoded unless the caller turned image checks off.

        Benchmarks ask several questions per image, so each file is decoded once per load.
        """
        text = os.path.abspath(os.path.expanduser(path))  # paths as text until the ImageRef: pathlib
        path = Path(text)  # objects were a visible share of loading 100,000 records
        self._check_inside(text, rec)
        if self.options.check_images:
            if path not in self._checked:
                self._checked[path] = image_file_problem(path)
            problem = self._checked[path]
            if problem is not None:
                raise self._bad(rec, str(path), problem)
        return ImageRef(path=path, name=path.name)

    def _check_inside(self, path: str, rec: Record) -> None:
        """Refuse a path (absolute, normalised) that resolves (symlinks followed) outside every data folder."""
        root = self.options.data_root
        if root is None or self.options.allow_outside_data:
            return
        real = self._resolve(path)
        for r in (root, *self.extra_roots):
            folder = self._resolve_dir(r)
            if real == folder or real.startswith(folder if folder.endswith(os.sep) else folder + os.sep):
                return
        via = f" (it resolves to {real})" if real != path else ""
        raise OutsideDataFolder(
            f"{self.benchmark}: {rec.where()}: image {path}{via} is outside the data folder {root}; "
            "images outside it are refused unless explicitly allowed"
        )

    def _resolve_dir(self, folder: Path | str) -> str:
        real = self._real_dirs.get(folder)
        if real is None:
            real = self._real_dirs[folder] = str(Path(folder).resolve())
        return real

    def _resolve(self, path: str) -> str:
        """``os.path.realpath``, with each folder resolved once per load: a 100,000-image benchmark
        keeps its images in a few folders, and resolving every component of every path was most of
        its loading time. A file that is itself a link is resolved in full, as before."""
        if os.path.islink(path):
            return str(Path(path).resolve())
        folder, name = os.path.split(path)
        return os.path.join(self._resolve_dir(folder), name)

    def image_cell(self, cell: Any, rec: Record, base_dir: Path | None = None) -> ImageRef:
        """A parquet/hub image cell ``{bytes, path}``; falls back to the path when no bytes."""
        if isinstance(cell, (bytes, bytearray)):
            cell = {"bytes": bytes(cell), "path": None}
        if not isinstance(cell, Mapping):
            raise self._bad(rec, repr(cell)[:60], "image cell is not {bytes, path}")
        data, name = cell.get("bytes"), str(cell.get("path") or "")
        if data and not isinstance(data, (bytes, bytearray)):
            raise self._bad(rec, name or "<bytes>", f"image cell 'bytes' holds {type(data).__name__}, not binary data")
        if data:
            data = bytes(data)
            if self.options.check_images:
                problem = image_bytes_problem(data)
                if problem is not None:
                    raise self._bad(rec, name or "<bytes>", problem)
            return ImageRef(data=data, name=name)
        if name and base_dir is not None:
            return self.image_file(base_dir / name, rec)
        raise self._bad(rec, name or "<bytes>", "image cell has no bytes")

    def add(
        self,
        sample_id: str,
        *,
        question: str,
        answer: str,
        answer_type: AnswerType,
        images: tuple[ImageRef, ...] = (),
        options: dict[str, str] | None = None,
        categories: dict[str, str] | None = None,
        reference_steps: tuple[str, ...] = (),
        report: str | None = None,
        answer_text: str | None = None,
        group: str = "",
        category_sets: dict[str, tuple[str, ...]] | None = None,
        reference_kinds: tuple[str, ...] = (),
        grounding: Grounding | None = None,
    ) -> Sample:
        if reference_kinds and len(reference_kinds) != len(reference_steps):
            raise MedstepError(f"{self.benchmark}: sample {sample_id!r}: {len(reference_kinds)} step kinds "
                               f"for {len(reference_steps)} reference steps")
        sample = Sample(
            id=sample_id,
            question=question,
            answer=answer,
            answer_type=answer_type,
            images=images,
            options=dict(options or {}),
            categories={k: v for k, v in (categories or {}).items() if v},
            reference_steps=reference_steps,
            report=report,
            benchmark=self.benchmark,
            split=self.split,
            answer_text=answer_text,
            group=group,
            category_sets={k: tuple(dict.fromkeys(v)) for k, v in (category_sets or {}).items() if v},
            reference_kinds=reference_kinds,
            grounding=grounding,
        )
        self.samples.append(sample)
        return sample

    def add_record(
        self,
        rec: Record,
        question: str,
        answer: str,
        answer_type: AnswerType,
        *,
        images: Callable[[], ImageRef | tuple[ImageRef, ...]],
        sample_id: str | None = None,
        **fields: Any,
    ) -> Sample | None:
        """Add ``rec`` as a sample (id ``rec.rid`` unless given), or nothing if its images were skipped.

        ``images`` is called only here, after the caller has read the text
        fields: a record with a broken field *and* a missing image must fail
        on the field (which ``--skip-missing-images`` must not hide), and a
        skipped record must not leave a half-built sample behind.
        """
        try:
            resolved = images()
        except SkipRecord:
            return None
        refs = (resolved,) if isinstance(resolved, ImageRef) else tuple(resolved)
        return self.add(rec.rid if sample_id is None else sample_id, question=question, answer=answer,
                        answer_type=answer_type, images=refs, **fields)

    def result(self) -> LoadResult:
        return LoadResult(
            benchmark=self.benchmark,
            split=self.split,
            samples=unique_ids(self.samples),
            skipped=self.skipped,
            source=self.source,
        )


def unique_ids(samples: list[Sample]) -> list[Sample]:
    """Every sample id distinct, with ids as released kept wherever possible.

    A release that repeats an id keeps every copy: the first keeps the id,
    later copies get the smallest ``~n`` (n >= 2) that no record of the
    release already uses, so ``r0, r0, r0~2`` become ``r0, r0~3, r0~2``
    rather than two samples called ``r0~2`` (which would share one stored
    generation and one line of every predictions file).
    """
    taken = {s.id for s in samples}
    seen: set[str] = set()
    last: dict[str, int] = {}
    out = []
    for s in samples:
        if s.id not in seen:
            seen.add(s.id)
            out.append(s)
            continue
        n = last.get(s.id, 1)
        while True:
            n += 1
            candidate = f"{s.id}~{n}"
            if candidate not in taken:
                break
        last[s.id] = n
        taken.add(candidate)
        out.append(dataclasses.replace(s, id=candidate))
    return out
