"""Agreement between two judges on the same samples: the calibration table before trusting a cheap judge.

Per metric pair: Spearman's ρ and Kendall's τ between the two judges' per-
sample values (rank correlations, so the two judges' scales need not match:
the verifier's completeness in 0-1 against MedQ's 0-2), each with a paired
percentile-bootstrap 95% interval over samples (statistics from
:mod:`scipy.stats`), and the samples whose ranks differ most. Per step: Cohen's κ of the
two judges' verdicts on the same steps (every judge grades the same split of
the chain), with a bootstrap interval over steps.

Only samples both judges graded, with both values defined, are compared;
how many that is is part of every result, so a correlation on 12 samples
cannot pass for one on 1,200. A statistic that is undefined (fewer than
three pairs, a judge that gave every sample the same value) is ``None``,
never 0.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Callable, Mapping, Sequence

import numpy as np

from medstep.results import GradeStatus, ReasoningGrade
from medstep.verify import Verdict

MIN_PAIRS = 3


@dataclass(frozen=True)
class Estimate:
    """A statistic and its 95% interval (``None`` when undefined)."""

    value: float | None
    ci95: tuple[float, float] | None


@dataclass(frozen=True)
class Disagreement:
    """A sample the two judges rank far apart: ``gap`` is the difference of its percentile ranks (−1..1)."""

    sample_id: str
    value_a: float
    value_b: float
    gap: float


@dataclass(frozen=True)
class MetricAgreement:
    metric_a: str
    metric_b: str
    n: int  # samples graded by both with both values defined
    spearman: Estimate
    kendall: Estimate
    most_disagreeing: tuple[Disagreement, ...]


@dataclass(frozen=True)
class VerdictAgreement:
    """Cohen's κ on step verdicts; ``observed`` is the share of steps given the same verdict."""

    n_steps: int
    kappa: Estimate
    observed: float | None
    pairs: Mapping[tuple[Verdict, Verdict], int]


def metric_agreement(a: Mapping[str, ReasoningGrade], b: Mapping[str, ReasoningGrade], metric_a: str, metric_b: str,
                     *, top: int = 10, n_boot: int = 1000, seed: int = 0) -> MetricAgreement:
    ids = [sid for sid in a if sid in b and _value(a[sid], metric_a) is not None
           and _value(b[sid], metric_b) is not None]
    x = np.array([_value(a[i], metric_a) for i in ids], dtype=float)
    y = np.array([_value(b[i], metric_b) for i in ids], dtype=float)
    from scipy.stats import kendalltau, rankdata, spearmanr  # ~1 s to import: only when agreement is asked for

    rho = _estimate(x, y, lambda u, v: spearmanr(u, v).statistic, n_boot, seed)
    tau = _estimate(x, y, lambda u, v: kendalltau(u, v).statistic, n_boot, seed)
    worst: tuple[Disagreement, ...] = ()
    if len(ids) >= 2:
        gap = (rankdata(x) - rankdata(y)) / len(ids)
        order = np.argsort(-np.abs(gap), kind="stable")[:top]
        worst = tuple(Disagreement(ids[k], float(x[k]), float(y[k]), float(gap[k])) for k in order if gap[k] != 0)
    return MetricAgreement(metric_a, metric_b, len(ids), rho, tau, worst)


def verdict_agreement(a: Mapping[str, ReasoningGrade], b: Mapping[str, ReasoningGrade], *, n_boot: int = 1000,
                      seed: int = 0) -> VerdictAgreement:
    pairs: list[tuple[Verdict, Verdict]] = []
    for sid, ga in a.items():
        gb = b.get(sid)
        if gb is None or ga.status is not GradeStatus.GRADED or gb.status is not GradeStatus.GRADED:
            continue
        by_index = {s.index: s.verdict for s in gb.steps}
        pairs.extend((s.verdict, by_index[s.index]) for s in ga.steps if s.index in by_index)
    codes = {v: k for k, v in enumerate(Verdict)}
    x = np.array([codes[p] for p, _ in pairs], dtype=float)
    y = np.array([codes[q] for _, q in pairs], dtype=float)
    kappa = _estimate(x, y, cohen_kappa, n_boot, seed, ranks=False)
    observed = float(np.mean(x == y)) if len(pairs) else None
    return VerdictAgreement(len(pairs), kappa, observed, dict(Counter(pairs)))


def cohen_kappa(x: np.ndarray, y: np.ndarray) -> float:
    """Cohen's κ of two label vectors; NaN when chance agreement is 1 (both judges used one label)."""
    labels = np.union1d(x, y)
    pa = np.array([np.mean(x == k) for k in labels])
    pb = np.array([np.mean(y == k) for k in labels])
    expected = float(np.sum(pa * pb))
    observed = float(np.mean(x == y))
    return (observed - expected) / (1 - expected) if expected < 1 else float("nan")


def _value(g: ReasoningGrade, metric: str) -> float | None:
    if g.status is not GradeStatus.GRADED:
        return None
    v = g.metrics.get(metric)
    return None if v is None else float(v)


def _estimate(x: np.ndarray, y: np.ndarray, stat: Callable[[np.ndarray, np.ndarray], float], n_boot: int,
              seed: int, *, ranks: bool = True) -> Estimate:
    """``stat(x, y)`` with a paired percentile-bootstrap 95% interval; ``None`` parts where undefined.

    Pairs (samples, or steps) are resampled together. A resample on which the
    statistic is undefined (for a rank correlation, ``ranks``: all values of a
    side tied) is dropped rather than counted as 0; with fewer than half the
    resamples defined the interval is ``None``.
    """
    def tied(a: np.ndarray) -> bool:
        return ranks and bool(np.all(a == a[0]))

    if len(x) < MIN_PAIRS or tied(x) or tied(y):
        return Estimate(None, None)
    value = _finite(stat(x, y))
    if value is None:
        return Estimate(None, None)
    rng = np.random.default_rng(seed)
    boot = []
    with np.errstate(all="ignore"):
        for idx in rng.integers(0, len(x), size=(n_boot, len(x))):
            xs, ys = x[idx], y[idx]
            if tied(xs) or tied(ys):
                continue
            v = _finite(stat(xs, ys))
            if v is not None:
                boot.append(v)
    if len(boot) < n_boot / 2:
        return Estimate(value, None)
    lo, hi = np.percentile(boot, [2.5, 97.5])
    return Estimate(value, (float(lo), float(hi)))


def _finite(v: float) -> float | None:
    v = float(v)
    return v if np.isfinite(v) else None


def common_metrics(a: Sequence[str], b: Sequence[str]) -> list[tuple[str, str]]:
    return [(m, m) for m in a if m in b]
