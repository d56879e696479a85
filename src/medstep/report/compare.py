"""``medstep compare``: paired comparison of runs on the samples they share.

The first run is the baseline; every other run is compared with it on the
same questions (paired bootstrap interval of the accuracy difference and
McNemar's exact test, see :mod:`medstep.score.paired`). Samples that failed
(or were never graded) in either run have no correctness value in one of the
pair, so they are excluded from that pair and counted; unparsed answers count
as wrong, exactly as in the run's own accuracy.

The paired accuracy follows each run's headline rule: when a run mixes open questions with choice or
closed ones, the open ones (graded by the open-answer matching ladder) are left out of it and paired only within their
categories, so the baseline's paired accuracy is the one its own summary reports.

Comparing runs of different benchmarks, splits or sample lists would pair
unrelated questions or silently shrink the test set, so it is refused unless
the caller asks for ``intersect`` (pairing on the shared sample ids only).
Under ``intersect`` the leaderboard is computed on the shared samples too:
ranking whole-run accuracies next to paired numbers on a subset would compare
different test sets. A comparison in which no pair shares a graded sample, or
that names one run directory twice, is refused: it could only print dashes.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import numpy as np

from medstep.report.runview import RunView, extracted_answer, gold_text, is_correct, is_graded, load_run, sample_status
from medstep.score.paired import mcnemar_exact, paired_bootstrap_diff
from medstep.score.stats import mean_ci
from medstep.types import MedstepError


class RunsDiffer(MedstepError):
    """The runs are not the same test set; comparing with ``intersect`` would pair their shared samples.

    ``same_split`` is false when the benchmark or split differs: then no sample can pair (ids pair only
    within one benchmark split), and ``intersect`` only lays the runs side by side in a leaderboard.
    """

    def __init__(self, message: str, same_split: bool = True) -> None:
        super().__init__(message)
        self.same_split = same_split


@dataclass(frozen=True)
class RunInfo:
    """One run as listed in the comparison (its own full-run accuracy from ``summary.json``)."""

    run_dir: Path
    label: str
    benchmark: str
    split: str
    model: str
    mode: str
    n: int
    accuracy: float | None
    ci95: tuple[float, float] | None
    failed: int
    unparsed: int
    accuracy_n: int = 0  # the samples the headline accuracy is over (choice/closed only when open ones are apart)

    unique: str = ""  # the label told apart from the other runs' (see :func:`distinct_labels`)

    @property
    def title(self) -> str:
        """The run's name, unique among the compared runs: two runs of one name still read apart."""
        return self.unique or self.label


@dataclass(frozen=True)
class PairStats:
    """Paired statistics of ``other`` minus ``baseline`` on ``n`` samples graded in both.

    ``b``: samples only the baseline got right; ``c``: only the other run.
    ``diff``/``ci95``/``p_value`` are ``None`` when no sample is shared.
    """

    n: int
    acc_baseline: float | None
    acc_other: float | None
    diff: float | None
    ci95: tuple[float, float] | None
    p_value: float | None
    b: int
    c: int


@dataclass(frozen=True)
class CategoryRow:
    """Paired statistics inside one category value (e.g. modality = CT)."""

    field: str
    value: str
    stats: PairStats


@dataclass(frozen=True)
class Disagreement:
    """A shared sample that exactly one of the two runs answered correctly."""

    sample_id: str
    question: str
    gold: str
    answer_baseline: str | None  # None: no answer extracted (unparsed)
    answer_other: str | None
    status_baseline: str
    status_other: str


@dataclass(frozen=True)
class PairedResult:
    """Baseline vs one other run."""

    baseline: RunInfo
    other: RunInfo
    stats: PairStats
    excluded_failed: int  # shared samples failed/ungraded in either run
    only_baseline: int  # sample ids absent from the other run (intersect only)
    only_other: int
    categories: list[CategoryRow] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    # shared graded samples of types the headline accuracy leaves apart (open questions beside choice/closed
    # ones, as in each run's own accuracy), by type; they are paired in their categories only
    apart: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class LeaderboardCell:
    """One run's accuracy in a leaderboard column.

    Without ``intersect`` it is the run's own accuracy from ``summary.json``
    (``n`` = the samples that accuracy is over: its graded choice and closed questions when the run
    also has open ones, which its headline leaves apart). With ``intersect`` it is computed on the
    column's shared samples: those graded in every run of that column, so all
    runs of a column are ranked on the same questions.
    """

    accuracy: float | None
    ci95: tuple[float, float] | None
    n: int
    run_dir: Path


@dataclass(frozen=True)
class LeaderboardRow:
    """One run name (by default its model's); ``cells`` maps a benchmark column to its run."""

    label: str
    cells: dict[str, LeaderboardCell]

    def mean_accuracy(self) -> float:
        vals = [c.accuracy for c in self.cells.values() if c.accuracy is not None]
        return float(np.mean(vals)) if vals else float("-inf")


@dataclass(frozen=True)
class Comparison:
    """Everything ``medstep compare`` prints and renders."""

    runs: list[RunInfo]
    pairs: list[PairedResult]
    columns: list[str]
    leaderboard: list[LeaderboardRow]
    intersect: bool
    n_boot: int
    seed: int
    # intersect only: per column, how many samples every run of the column graded
    column_shared: dict[str, int] = field(default_factory=dict)


def compare_runs(
    run_dirs: Sequence[Path], *, intersect: bool = False, n_boot: int = 2000, seed: int = 0
) -> Comparison:
    """Compare every run with the first (the baseline) and build a leaderboard of all of them.

    Raises :class:`MedstepError` for fewer than two runs, for a run directory
    given twice, when a run's benchmark, split or sample ids differ from the
    baseline's and ``intersect`` is false, and when no run shares a graded
    sample with the baseline (nothing could be compared).
    """
    if len(run_dirs) < 2:
        raise MedstepError("compare needs at least two run directories")
    _refuse_repeated(run_dirs)
    views = [load_run(Path(d)) for d in run_dirs]
    infos = [_info(v, unique) for v, unique in zip(views, distinct_labels(views))]
    base = views[0]
    if not intersect:
        for v in views[1:]:
            problem = _mismatch(base, v)
            if problem:
                raise RunsDiffer(f"cannot compare {base.run_dir} with {v.run_dir}: {problem}.",
                                 same_split=(base.meta.benchmark, base.meta.split) == (v.meta.benchmark, v.meta.split))
    pairs = [_pair(base, infos[0], v, info, n_boot, seed) for v, info in zip(views[1:], infos[1:])]
    _refuse_nothing_shared(base, views[1:], pairs)
    columns, board, shared = _leaderboard(infos, views if intersect else None, n_boot, seed)
    return Comparison(runs=infos, pairs=pairs, columns=columns, leaderboard=board,
                      intersect=intersect, n_boot=n_boot, seed=seed, column_shared=shared)


def _refuse_repeated(run_dirs: Sequence[Path]) -> None:
    """Refuse one run directory given twice (also via another spelling or a symlink).

    A run paired with itself agrees on every sample, so the comparison would
    print a zero difference with p = 1 that looks like a real finding.
    """
    seen: dict[Path, Path] = {}
    for d in run_dirs:
        resolved = Path(d).resolve()
        if resolved in seen:
            first = seen[resolved]
            how = f" (as {first} and {d})" if str(first) != str(d) else ""
            raise MedstepError(
                f"cannot compare {resolved} with itself: the same run directory is given twice{how}. "
                "Name each run once."
            )
        seen[resolved] = Path(d)


def _refuse_nothing_shared(base: RunView, others: Sequence[RunView], pairs: Sequence[PairedResult]) -> None:
    """Refuse a comparison where no run has a sample graded in both it and the baseline.

    With ``intersect`` this happens for runs of different benchmarks (a
    vqa-rad run against a slake run) or disjoint sample lists; without it,
    when every shared sample failed in one run or the other. Either way every
    paired number would be a dash, so exiting successfully would hide the
    mistake. When at least one pair has something to compare, pairs without
    shared samples are kept and noted (a multi-benchmark leaderboard).
    """
    if any(p.stats.n for p in pairs):
        return
    reasons = [f"{v.run_dir}: {_nothing_shared_reason(base, v, p)}" for v, p in zip(others, pairs)]
    if len(reasons) == 1:
        raise MedstepError(f"cannot compare {base.run_dir} with {reasons[0]}")
    raise MedstepError(f"cannot compare with baseline {base.run_dir}: no run has a sample graded in both; "
                       + "; ".join(reasons))


def _nothing_shared_reason(base: RunView, other: RunView, p: PairedResult) -> str:
    shared = p.excluded_failed  # shared ids that reached no pair: all were failed/ungraded in one run
    if shared == 0:
        return (f"the two runs share no samples ({base.meta.benchmark}/{base.meta.split}, "
                f"{len(base.results)} samples vs {other.meta.benchmark}/{other.meta.split}, "
                f"{len(other.results)} samples); samples pair only on the same benchmark, split and id")
    return (f"none of the {shared} shared samples is graded in both runs "
            "(each failed or was never graded in one of them)")


def distinct_labels(views: Sequence[RunView]) -> list[str]:
    """Each run's name with its directory, ``name (dir)``, or ``name (full/path)`` when two runs of
    one name sit in directories of one name: two runs must never share a row or a title."""
    names = [v.label for v in views]
    out = []
    for v, name in zip(views, names):
        same = [w for w, n in zip(views, names) if n == name]
        if sum(w.run_dir.name == v.run_dir.name for w in same) == 1:
            out.append(f"{name} ({v.run_dir.name})")
        else:
            out.append(f"{name} ({v.run_dir})")
    return out


def _info(v: RunView, unique: str) -> RunInfo:
    outcome = v.summary.outcome
    return RunInfo(
        run_dir=v.run_dir, label=v.label, unique=unique, benchmark=v.meta.benchmark, split=v.meta.split,
        model=v.meta.model, mode=v.meta.mode.value, n=len(v.results),
        accuracy=outcome.accuracy.value, ci95=outcome.accuracy.ci95, accuracy_n=outcome.accuracy.n,
        failed=outcome.failed, unparsed=outcome.unparsed,
    )


def _mismatch(a: RunView, b: RunView) -> str:
    """Why two runs are not the same test set ('' when they are)."""
    if a.meta.benchmark != b.meta.benchmark:
        return f"benchmark {a.meta.benchmark!r} vs {b.meta.benchmark!r}"
    if a.meta.split != b.meta.split:
        return f"split {a.meta.split!r} vs {b.meta.split!r}"
    ids_a = {r.sample.id for r in a.results}
    ids_b = {r.sample.id for r in b.results}
    if ids_a != ids_b:
        only_a, only_b = sorted(ids_a - ids_b), sorted(ids_b - ids_a)
        return (
            f"sample ids differ ({len(only_a)} only in the first, e.g. {only_a[:3]}; "
            f"{len(only_b)} only in the second, e.g. {only_b[:3]})"
        )
    return ""


def _key(v: RunView, sample_id: str) -> tuple[str, str, str]:
    # Ids are only meaningful within one benchmark split: never pair s1 of VQA-RAD with s1 of SLAKE.
    return (v.meta.benchmark, v.meta.split, sample_id)


def _pair(base: RunView, base_info: RunInfo, other: RunView, other_info: RunInfo, n_boot: int, seed: int) -> PairedResult:
    other_by_key = {_key(other, r.sample.id): r for r in other.results}
    base_keys = {_key(base, r.sample.id) for r in base.results}
    only_other = sum(1 for k in other_by_key if k not in base_keys)
    only_base = 0
    excluded = 0
    over = _headline_types(base)
    a_flags: list[bool] = []
    b_flags: list[bool] = []
    heads: list[bool] = []  # whether the sample is of a type the headline accuracy is over
    apart: list[str] = []
    cats: list[list[tuple[str, str]]] = []  # every (field, value) a sample counts under (multi-label too)
    disagreements: list[Disagreement] = []
    for r in base.results:
        o = other_by_key.get(_key(base, r.sample.id))
        if o is None:
            only_base += 1
            continue
        if not (is_graded(r) and is_graded(o)):
            excluded += 1
            continue
        sa, so = sample_status(r), sample_status(o)
        ca, co = is_correct(r), is_correct(o)
        a_flags.append(ca)
        b_flags.append(co)
        heads.append(over is None or r.sample.answer_type.value in over)
        if not heads[-1]:
            apart.append(r.sample.answer_type.value)
        cats.append(r.sample.category_values())
        if ca != co:
            disagreements.append(Disagreement(
                sample_id=r.sample.id, question=r.sample.question, gold=gold_text(r),
                answer_baseline=extracted_answer(r), answer_other=extracted_answer(o), status_baseline=sa, status_other=so,
            ))
    a = np.array(a_flags, dtype=bool)
    b = np.array(b_flags, dtype=bool)
    head = np.array(heads, dtype=bool)
    rows = []
    for fld in _fields(cats):
        labels = [{v for f, v in c if f == fld} or {""} for c in cats]
        for value in sorted(set().union(*labels)):
            mask = np.array([value in lab for lab in labels], dtype=bool)
            # the headline rule inside the group too: a group of open questions only is paired on them
            if (mask & head).any():
                mask &= head
            rows.append(CategoryRow(fld, value or "(none)", paired_stats(a[mask], b[mask], n_boot, seed)))
    return PairedResult(
        baseline=base_info, other=other_info, stats=paired_stats(a[head], b[head], n_boot, seed),
        excluded_failed=excluded, only_baseline=only_base, only_other=only_other,
        categories=rows, disagreements=disagreements, apart=dict(sorted(Counter(apart).items())),
    )


def _headline_types(v: RunView) -> frozenset[str] | None:
    """The answer types the run's headline accuracy is over (``None``: every type).

    A run mixing open questions with choice or closed ones leaves the open ones out of its headline
    accuracy (they are graded by the open-answer matching ladder, a different measure); the paired numbers follow the
    same rule, so "baseline accuracy" is the accuracy the baseline's own summary reports.
    """
    over = v.summary.outcome.accuracy_over
    return frozenset(over) if over else None


def paired_stats(base: np.ndarray, other: np.ndarray, n_boot: int, seed: int) -> PairStats:
    """Paired statistics of ``other - base`` (correctness flags of the same samples)."""
    n = int(base.shape[0])
    if n == 0:
        return PairStats(0, None, None, None, None, None, 0, 0)
    b = int(np.sum(base & ~other))
    c = int(np.sum(~base & other))
    diff, ci = paired_bootstrap_diff(other, base, n_boot=n_boot, seed=seed)
    return PairStats(n=n, acc_baseline=float(base.mean()), acc_other=float(other.mean()), diff=diff,
                     ci95=ci, p_value=mcnemar_exact(b, c), b=b, c=c)


def _fields(cats: list[list[tuple[str, str]]]) -> list[str]:
    seen: dict[str, None] = {}
    for c in cats:
        for k, _ in c:
            seen.setdefault(k, None)
    return list(seen)


def _column_name(info: RunInfo, splits_vary: bool) -> str:
    return f"{info.benchmark}/{info.split}" if splits_vary else info.benchmark


def _leaderboard(
    infos: list[RunInfo], views: list[RunView] | None, n_boot: int, seed: int
) -> tuple[list[str], list[LeaderboardRow], dict[str, int]]:
    """Rows per run name (default: the model's), columns per benchmark (with split when splits differ).

    ``views`` is given under ``intersect``: each cell is then computed on the
    samples graded in every run of its column (see :class:`LeaderboardCell`),
    and the third value maps each column to that shared sample count.
    """
    splits_vary = len({(i.benchmark, i.split) for i in infos}) > len({i.benchmark for i in infos})
    shared_cells: dict[Path, LeaderboardCell] = {}
    shared_counts: dict[str, int] = {}
    if views is not None:
        shared_cells, shared_counts = _shared_cells(infos, views, splits_vary, n_boot, seed)
    columns: dict[str, None] = {}
    rows: dict[str, dict[str, LeaderboardCell]] = {}
    for info in infos:
        col = _column_name(info, splits_vary)
        columns.setdefault(col, None)
        label = info.label
        if col in rows.get(label, {}):
            # The same name twice on one benchmark (e.g. other settings): keep both, told apart.
            label = info.title
        # n is what the accuracy is over (a run mixing open questions reports them apart), not every graded sample
        own = LeaderboardCell(info.accuracy, info.ci95, info.accuracy_n, info.run_dir)
        rows.setdefault(label, {})[col] = shared_cells.get(info.run_dir, own)
    board = [LeaderboardRow(label, cells) for label, cells in rows.items()]
    board.sort(key=lambda r: -r.mean_accuracy())
    return list(columns), board, shared_counts


def _shared_cells(
    infos: list[RunInfo], views: list[RunView], splits_vary: bool, n_boot: int, seed: int
) -> tuple[dict[Path, LeaderboardCell], dict[str, int]]:
    """Cells on each column's shared samples: ids graded (not failed) in every run of the column.

    A column holds one benchmark split, so sample ids within it are
    comparable; unparsed answers count as wrong, as in the pairs. The
    interval is a bootstrap over the shared samples with the comparison's
    resamples and seed.
    """
    by_column: dict[str, list[RunView]] = {}
    for info, v in zip(infos, views):
        by_column.setdefault(_column_name(info, splits_vary), []).append(v)
    cells: dict[Path, LeaderboardCell] = {}
    counts: dict[str, int] = {}
    for col, col_views in by_column.items():
        by_id = [{r.sample.id: r for r in v.results} for v in col_views]
        first = col_views[0].results
        over = _headline_types(col_views[0])
        shared = [r.sample.id for r in first
                  if all(i.get(r.sample.id) is not None and is_graded(i[r.sample.id]) for i in by_id)
                  and (over is None or r.sample.answer_type.value in over)]
        counts[col] = len(shared)
        for v, results in zip(col_views, by_id):
            m = mean_ci([1.0 if is_correct(results[i]) else 0.0 for i in shared], n_boot=n_boot, seed=seed)
            cells[v.run_dir] = LeaderboardCell(m.value, m.ci95, m.n, v.run_dir)
    return cells, counts
