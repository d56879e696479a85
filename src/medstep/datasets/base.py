"""The loader interface shared by all benchmarks.

A loader reads a benchmark's files *as officially released* and returns
normalised :class:`~medstep.types.Sample` objects. It resolves and checks
every image up front: a missing or unreadable image is a
:class:`~medstep.types.MedstepError` naming the record and path, or, with
``skip_missing_images``, a counted :class:`Skipped` entry. Nothing is dropped
silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from medstep.types import MedstepError, Sample


class OutsideDataFolder(MedstepError):
    """An image path resolves outside the data folder (allowed only by ``allow_outside_data``)."""


class UnusableImage(MedstepError):
    """A record's image is missing, corrupt or oversized (such records are skipped and counted only
    with ``skip_missing_images``)."""


@dataclass(frozen=True)
class LoadOptions:
    """Options common to loaders.

    split: official split name; ``None`` means the benchmark's default (usually test).
    lang: language filter for bilingual benchmarks (SLAKE: "en" or "zh").
    skip_missing_images: count and skip records whose image is missing/corrupt instead of failing.
    field_map: for the custom loader, medstep field -> column name (``--map``).
    check_images: fully decode every image while loading; turned off only by
        callers that never need pixels (e.g. scoring RadRBench without images).
    allow_outside_data: accept image paths that resolve outside ``data_root``
        (symlinked image folders, absolute paths into another disk). Off by
        default: a record naming ``../../somewhere`` must not make medstep
        read, send or embed a file that is not part of the benchmark.
    data_root: the folder image paths must stay inside; :func:`medstep.datasets.load_benchmark`
        sets it from ``data`` (the folder, or a file's folder). ``None`` checks nothing.
    """

    split: str | None = None
    lang: str = "en"
    skip_missing_images: bool = False
    field_map: dict[str, str] = field(default_factory=dict)
    check_images: bool = True
    allow_outside_data: bool = False
    data_root: Path | None = None


@dataclass(frozen=True)
class Skipped:
    record: str  # record id or index
    path: str
    reason: str


@dataclass
class LoadResult:
    benchmark: str
    split: str
    samples: list[Sample]
    skipped: list[Skipped] = field(default_factory=list)
    source: str = ""  # the file/dir/hub id that was read

    def nothing_loaded(self, data: str) -> str:
        """The one message for a load that left no sample, shared by ``data`` and ``eval`` so they agree."""
        return f"{self.benchmark}: no samples loaded from {data} (split {self.split!r}){self.why_empty()}"

    def why_empty(self) -> str:
        """Why no sample is left when every record was skipped for its image ('' when none was)."""
        if not self.skipped:
            return ""
        k = self.skipped[0]
        return (f": all {len(self.skipped)} records were skipped for their images "
                f"(first: record {k.record}, {k.path}: {k.reason})")


class HasSplits(Protocol):
    """What split selection reads from a loader (also its abstract bases, which have no description).

    Read-only members, so a loader's plain class attribute ``splits = ("test",)``
    satisfies ``tuple[str, ...]`` (a writable protocol attribute would have to match exactly).
    """

    @property
    def name(self) -> str: ...

    @property
    def splits(self) -> tuple[str, ...]: ...

    @property
    def default_split(self) -> str: ...


class Benchmark(HasSplits, Protocol):
    """A benchmark loader. Registered by name in ``medstep.datasets``."""

    @property
    def description(self) -> str:  # one line for the README table / `medstep data --help`
        ...

    # Optional: judges that ``--judge auto`` runs on this benchmark (its official reasoning metric);
    # loaders without it get the verifier wherever samples have reports or reference steps.

    def load(self, data: str | Path, options: LoadOptions) -> LoadResult: ...
