"""Benchmark loaders, registered by name.

``BENCHMARKS`` is built from a plain list of loader classes: adding a
benchmark means writing one class and appending it to ``_LOADERS``.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from medstep.arguments import InvalidArgument, check_path, check_text
from medstep.datasets._records import looks_like_hub_id
from medstep.datasets.base import Benchmark, LoadOptions, LoadResult, OutsideDataFolder, Skipped
from medstep.datasets.custom import Custom
from medstep.datasets.m3cotbench import M3CoTBench
from medstep.datasets.mediconfusion import MediConfusion
from medstep.datasets.medqbench import MedQBench
from medstep.datasets.medrbench import MedRBench
from medstep.datasets.medsg import MedSgBench
from medstep.datasets.medthink import MedThinkBench
from medstep.datasets.medxpertqa import MedXpertQaMM, MedXpertQaText
from medstep.datasets.mmmu import MmmuMed
from medstep.datasets.omnimedvqa import OmniMedVqa
from medstep.datasets.pmcvqa import PmcVqa
from medstep.datasets.radrbench import RadRBench
from medstep.datasets.slake import Slake
from medstep.datasets.vqarad import PathVqa, VqaRad
from medstep.types import InvalidSetting, MedstepError

_LOADERS: list[type[Benchmark]] = [
    VqaRad, Slake, PathVqa, MedXpertQaMM, MedXpertQaText, MmmuMed, PmcVqa, OmniMedVqa, RadRBench,
    MediConfusion, M3CoTBench, MedThinkBench, MedRBench, MedSgBench, MedQBench, Custom,
]

BENCHMARKS: dict[str, Benchmark] = {b.name: b for b in (cls() for cls in _LOADERS)}


def benchmark_names() -> list[str]:
    return list(BENCHMARKS)


def get_benchmark(name: str) -> Benchmark:
    try:
        return BENCHMARKS[name]
    except KeyError:
        raise MedstepError(f"unknown benchmark '{name}' (known: {', '.join(BENCHMARKS)})") from None


def auto_judges(name: str) -> tuple[str, ...]:
    """The judges ``auto`` stands for on this benchmark: its official reasoning metric when it has one
    (``points``, ``steps``), else the verifier wherever samples carry reports or reference steps."""
    return tuple(getattr(get_benchmark(name), "auto_judges", ("verifier",)))


BILINGUAL = ("slake",)  # loaders that read LoadOptions.lang (each checks its own languages)


def load_benchmark(name: str, data: str | Path, options: LoadOptions = LoadOptions()) -> LoadResult:
    """Load benchmark ``name`` from ``data`` (a local file/dir, or a hub id where supported).

    Image paths must stay inside the data folder (``data`` itself, or the
    folder of a ``data`` file) unless ``options.allow_outside_data``.
    """
    check_text("load_benchmark", "name", name)
    check_path("load_benchmark", "data", data)
    if not isinstance(options, LoadOptions):
        raise InvalidArgument(f"load_benchmark: options must be a LoadOptions, got {type(options).__name__}")
    loader = get_benchmark(name)
    if options.field_map and loader.name != "custom":  # would be silently ignored by every other loader
        mapped = ",".join(f"{k}={v}" for k, v in options.field_map.items())
        raise InvalidSetting("field_map", mapped, "given for the custom benchmark only")
    if options.lang != "en" and loader.name not in BILINGUAL:  # a filter the loader would silently ignore
        raise InvalidSetting("lang", options.lang, f"en for {loader.name} (a language filter is for "
                             f"{', '.join(BILINGUAL)} only)")
    if options.data_root is None and not looks_like_hub_id(data):
        path = Path(data).expanduser()
        if path.exists():
            root = path if path.is_dir() else path.parent
            options = dataclasses.replace(options, data_root=Path(os.path.abspath(root)))
    return loader.load(data, options)


__all__ = [
    "BENCHMARKS",
    "auto_judges",
    "Benchmark",
    "LoadOptions",
    "LoadResult",
    "OutsideDataFolder",
    "Skipped",
    "benchmark_names",
    "get_benchmark",
    "load_benchmark",
]
