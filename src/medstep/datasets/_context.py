"""The bookkeeping every loader shares: split choice, image checks, ids, skips.

Loaders differ in how they read their files; they should not differ in how
they treat a bad image, a duplicate id or an unknown split. ``LoadContext``
centralises that so the policy (fail loudly by default, count skips when asked)
is written once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping

from medstep.datasets._records import Record, looks_like_hub_id
from medstep.datasets.base import Benchmark, LoadOptions, LoadResult, Skipped
from medstep.datasets.images import image_bytes_problem, image_file_problem
from medstep.types import AnswerType, ImageRef, MedstepError, Sample

YES_NO = frozenset({"yes", "no"})
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class SkipRecord(Exception):
    """Raised by the image helpers when a record was recorded as skipped."""


def is_yes_no(answer: str) -> bool:
    return answer.strip().strip(".").lower() in YES_NO


def choose_split(loader: Benchmark, options: LoadOptions) -> str:
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
    answer_type = {"CLOSED": AnswerType.CLOSED, "OPEN": AnswerType.OPEN}.get(rec.text("answer_type").upper())
    if answer_type is None:
        raise rec.fail(f"answer_type must be CLOSED or OPEN, found {rec.raw['answer_type']!r}")
    ctx.add_record(rec, rec.text("question"), rec.text("answer"), answer_type,
                   images=lambda: ctx.image_file(image(), rec), categories=categories)


@dataclass
class LoadContext:
    """Collects samples and skips for one load; owns the image and id policy."""

    benchmark: str
    split: str
    source: str
    options: LoadOptions
    samples: list[Sample] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    _seen: dict[str, int] = field(default_factory=dict)

    def _bad(self, rec: Record, label: str, reason: str) -> SkipRecord:
        if not self.options.skip_missing_images:
            raise MedstepError(
                f"{self.benchmark}: {rec.where()}: image {label}: {reason} "
                "(use skip_missing_images / --skip-missing-images to skip such records)"
            )
        self.skipped.append(Skipped(record=rec.rid or f"#{rec.index}", path=label, reason=reason))
        return SkipRecord(rec.where())

    def image_file(self, path: Path, rec: Record) -> ImageRef:
        """An on-disk image, checked unless the caller turned image checks off."""
        if self.options.check_images:
            problem = image_file_problem(path)
            if problem is not None:
                raise self._bad(rec, str(path), problem)
        return ImageRef(path=path, name=path.name)

    def image_cell(self, cell: Any, rec: Record, base_dir: Path | None = None) -> ImageRef:
        """A parquet/hub image cell ``{bytes, path}``; falls back to the path when no bytes."""
        if isinstance(cell, (bytes, bytearray)):
            cell = {"bytes": bytes(cell), "path": None}
        if not isinstance(cell, Mapping):
            raise self._bad(rec, repr(cell)[:60], "image cell is not {bytes, path}")
        data, name = cell.get("bytes"), str(cell.get("path") or "")
        if data:
            if self.options.check_images:
                problem = image_bytes_problem(data)
                if problem is not None:
                    raise self._bad(rec, name or "<bytes>", problem)
            return ImageRef(data=bytes(data), name=name)
        if name and base_dir is not None:
            return self.image_file(base_dir / name, rec)
        raise self._bad(rec, name or "<bytes>", "image cell has no bytes")

    def unique_id(self, sample_id: str) -> str:
        """Stable ids even when a release repeats one: the n-th repeat gets ``~n``."""
        count = self._seen.get(sample_id, 0) + 1
        self._seen[sample_id] = count
        return sample_id if count == 1 else f"{sample_id}~{count}"

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
    ) -> Sample:
        sample = Sample(
            id=self.unique_id(sample_id),
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
            samples=self.samples,
            skipped=self.skipped,
            source=self.source,
        )
