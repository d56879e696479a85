"""``medstep curate``: eval runs with k rollouts per question → a filtered, ordered training file.

Inputs are run directories of ``medstep eval`` on one benchmark split, best
with ``--samples k --temperature T``; several runs pool their rollouts per
question (more samples, or several models: "solved by 1..m-1 of m models").
A run without ``--samples`` counts as one rollout per question. Each
question's samples come from the runs' ``run.sqlite`` (images, options,
report, reference steps as loaded), its grades from their ``samples.jsonl``
(the graded rollouts, exactly as ``medstep eval`` graded them).

The output holds the training columns of :mod:`medstep.trainset.rows` plus
``pass_rate``, ``passes``, ``rollouts`` (graded) and ``stage``, and a sidecar
``<file>.curate.json`` counts what was kept and why the rest was not.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from medstep import __version__
from medstep.curate.difficulty import Filter, ItemDifficulty, Order, drop_reason, ordered, stage
from medstep.files import Access
from medstep.store import RunStore
from medstep.store.atomic import atomic_write_text
from medstep.store.run import SAMPLES_NAME, RunMeta
from medstep.textclean import read_utf8_text
from medstep.trainset.files import output_format, write_rows
from medstep.trainset.rows import ImageExporter, sample_columns
from medstep.types import InvalidSetting, MedstepError, Mode, Sample, Status


@dataclass(frozen=True)
class CurateConfig:
    """What ``medstep curate`` does: which runs, which questions to keep, in which order, how many stages."""

    runs: Sequence[Path]
    """Eval runs of one benchmark split (``--samples k`` rollouts, or greedy runs of several models);
    their rollouts are pooled per question."""
    out: Path
    """The dataset file to write (``.jsonl`` or ``.parquet``); counts go beside it in ``.curate.json``."""
    keep: str = Filter.LEARNABLE.value
    """A :class:`Filter` value: ``learnable`` (solved by 1..k-1 of k, MedVLThinker), ``all``,
    ``unsolved`` or ``solved``."""
    order: str = Order.EASY_TO_HARD.value
    """An :class:`Order` value: ``easy-to-hard`` (curriculum), ``hard-to-easy`` or ``benchmark``."""
    stages: int = 1
    """Curriculum stages by fixed pass-rate bands: stage s holds rates in ((S-s)/S, (S-s+1)/S]."""
    min_rate: float = 0.0
    """Keep only pass rates at or above this."""
    max_rate: float = 1.0
    """Keep only pass rates at or below this."""
    fmt: str | None = None
    """``jsonl`` or ``parquet`` (``None``: from ``out``'s suffix)."""


@dataclass(frozen=True)
class CurateSummary:
    """``<file>.curate.json``: the counts behind the curated file."""

    runs: Sequence[str]
    models: Sequence[str]
    benchmark: str
    split: str
    n: int
    kept: int
    dropped: dict[str, int]
    incomplete: int
    passes: dict[str, int]
    stages: dict[str, int]
    settings: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"runs": list(self.runs), "models": list(self.models), "benchmark": self.benchmark,
                "split": self.split, "n": self.n, "kept": self.kept, "dropped": self.dropped,
                "incomplete": self.incomplete, "passes": self.passes, "stages": self.stages,
                "settings": self.settings, "medstep_version": __version__}


@dataclass
class CurateOutcome:
    output: Path
    summary_path: Path
    summary: CurateSummary


def _enum(cls: Any, value: str, setting: str) -> Any:
    try:
        return cls(value)
    except ValueError:
        raise InvalidSetting(setting, value, "one of " + ", ".join(m.value for m in cls)) from None


def _check(cfg: CurateConfig) -> tuple[Filter, Order]:
    keep, order = _enum(Filter, cfg.keep, "keep"), _enum(Order, cfg.order, "order")
    checks = [("stages", cfg.stages, cfg.stages >= 1, "at least 1"),
              ("min_rate", cfg.min_rate, 0.0 <= cfg.min_rate <= 1.0, "between 0 and 1"),
              ("max_rate", cfg.max_rate, cfg.min_rate <= cfg.max_rate <= 1.0,
               f"between the minimum rate ({cfg.min_rate}) and 1")]
    for name, value, ok, rule in checks:
        if not ok:
            raise InvalidSetting(name, value, rule)
    if not cfg.runs:
        raise MedstepError("curate needs at least one run directory")
    _refuse_repeated(cfg.runs)
    return keep, order


def _refuse_repeated(runs: Sequence[Path]) -> None:
    """Refuse one run directory named twice (also via another spelling or a symlink).

    Runs are pooled rollout by rollout, so a run named twice would count every rollout twice: a question
    solved by 1 of 3 would be written as 2 of 6, and the pass-rate bands and curriculum stages drawn from
    double-weighted evidence, without a word.
    """
    seen: dict[Path, Path] = {}
    for run in runs:
        resolved = Path(run).resolve()
        if resolved in seen:
            how = f" (as {seen[resolved]} and {run})" if str(seen[resolved]) != str(run) else ""
            raise MedstepError(f"{resolved} is named twice{how}: its rollouts would be counted twice; "
                               "name each run once")
        seen[resolved] = Path(run)


@dataclass
class _Pool:
    samples: dict[str, Sample] = field(default_factory=dict)  # benchmark order (first run first)
    passes: Counter = field(default_factory=Counter)
    graded: Counter = field(default_factory=Counter)
    failed: Counter = field(default_factory=Counter)


def _refuse_copies(run: Path, meta: RunMeta, origins: dict[str, Path]) -> None:
    """Refuse a run that is a copy of one already read (``cp -r runs/a runs/b``, an archive unpacked twice).

    A copy is another path, so :func:`_refuse_repeated` cannot see it, yet its rollouts are the same ones:
    pooled, every question would count them twice. What identifies a run is its metadata: the second it was
    created, with the same model, benchmark split, mode and settings (its label and data path may differ).
    A run without its creation time (none written) is never taken for a copy.
    """
    if not meta.created:
        return
    key = json.dumps([meta.created, meta.model_identity or meta.model, meta.benchmark, meta.split, meta.mode.value,
                      meta.settings], sort_keys=True, default=str)
    if key in origins:
        raise MedstepError(f"{run} holds the same run as {origins[key]} (created {meta.created} with the same model "
                           "and settings: a copy): its rollouts would be counted twice; name one of them")
    origins[key] = run


def _read_run(run: Path, pool: _Pool, origins: dict[str, Path]) -> tuple[str, str, str]:
    """Add one run's graded rollouts to the pool; returns (benchmark, split, model)."""
    with RunStore.open(run) as store:
        meta = store.meta
        if meta.mode is Mode.MINE:
            raise MedstepError(f"{run} is a mining run; curate reads evaluation runs (several samples a question)")
        _refuse_copies(run, meta, origins)
        samples = {s.id: s for s in store.samples()}
    path = Path(run) / SAMPLES_NAME
    if not path.exists():
        raise MedstepError(f"{path} is missing: the run has not been graded yet (re-run its command)")
    # a run's own file: a FIFO planted in a run is refused, not waited on
    lines = read_utf8_text(path, "samples file", Access.SEEKABLE).splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            sid = str(rec["id"])
            arms = rec.get("rollouts") or [rec]
            statuses = [(Status(a["status"]), a["correct"]) for a in arms]
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as e:
            raise MedstepError(f"{path}:{n}: not a medstep samples.jsonl line ({type(e).__name__}: {e})") from None
        if sid not in samples:
            raise MedstepError(f"{path}:{n}: sample {sid!r} is not in {run}/run.sqlite")
        pool.samples.setdefault(sid, samples[sid])
        for status, correct in statuses:
            if status is Status.FAILED:
                pool.failed[sid] += 1
            else:
                pool.graded[sid] += 1
                pool.passes[sid] += bool(correct)
    return meta.benchmark, meta.split, meta.model


def run_curate(cfg: CurateConfig) -> CurateOutcome:
    """Pool the runs' rollouts, keep, order and stage the questions, write the file and its counts."""
    keep, order = _check(cfg)
    fmt = output_format(cfg.out, cfg.fmt)
    _refuse_foreign_file(Path(cfg.out))
    pool = _Pool()
    seen: list[tuple[str, str, str]] = []
    origins: dict[str, Path] = {}
    for run in cfg.runs:
        seen.append(_read_run(Path(run), pool, origins))
    benchmarks = {(b, s) for b, s, _ in seen}
    if len(benchmarks) > 1:
        raise MedstepError("curate pools runs of one benchmark split; got " +
                           ", ".join(f"{b}/{s}" for b, s in sorted(benchmarks)))
    items = [ItemDifficulty(sid, pool.passes[sid], pool.graded[sid], pool.failed[sid]) for sid in pool.samples]
    dropped: Counter = Counter()
    kept: list[ItemDifficulty] = []
    for d in items:
        why = drop_reason(d, keep, cfg.min_rate, cfg.max_rate)
        if why is None:
            kept.append(d)
        else:
            dropped[why.value] += 1
    kept = ordered(kept, order)
    out = Path(cfg.out)
    exporter = ImageExporter(out.parent)
    rows = []
    stage_counts: Counter = Counter()
    for d in kept:
        sample = pool.samples[d.sample_id]
        row = sample_columns(sample, exporter.refs(sample))
        st = stage(d, cfg.stages)
        stage_counts[str(st)] += 1
        row.update(pass_rate=d.pass_rate, passes=d.passes, rollouts=d.graded, stage=st)
        rows.append(row)
    write_rows(out, rows, fmt, extra=_extra_schema())
    benchmark, split = next(iter(benchmarks))
    summary = CurateSummary(
        runs=[str(Path(r).resolve()) for r in cfg.runs], models=sorted({m for _, _, m in seen}), benchmark=benchmark,
        split=split, n=len(items), kept=len(kept), dropped=dict(sorted(dropped.items())),
        incomplete=sum(1 for d in items if d.failed),
        passes={f"{p}/{g}": n for (p, g), n in sorted(Counter((d.passes, d.graded) for d in items).items())},
        stages=dict(sorted(stage_counts.items(), key=lambda kv: int(kv[0]))),
        settings={"keep": keep.value, "order": order.value, "stages": cfg.stages, "min_rate": cfg.min_rate,
                  "max_rate": cfg.max_rate, "format": fmt.value})
    summary_path = _summary_path(out)
    atomic_write_text(summary_path, json.dumps(summary.to_json(), indent=2) + "\n")
    return CurateOutcome(output=out, summary_path=summary_path, summary=summary)


def _summary_path(out: Path) -> Path:
    return out.with_name(out.name + ".curate.json")


def _refuse_foreign_file(out: Path) -> None:
    """An existing ``out`` is replaced only when an earlier curate wrote it (its counts file lies beside it).

    ``--out RUN/samples.jsonl`` or a predictions file named by a slip of the tab key would be replaced by
    training rows, the run's graded samples or the model's outputs lost without a word.
    """
    if out.exists() and not _summary_path(out).is_file():
        raise MedstepError(f"{out} exists and was not written by medstep curate (no {_summary_path(out).name} "
                           "beside it); it is kept: choose another file name, or remove it first")


def _extra_schema() -> list[tuple[str, Any]]:
    import pyarrow as pa

    return [("pass_rate", pa.float64()), ("passes", pa.int32()), ("rollouts", pa.int32()), ("stage", pa.int32())]
