"""A judge's per-sample grades → its summary: macro-means with intervals, and status counts.

The aggregation is the same for every judge, so a new protocol only says
which metrics it reports (``JudgeInfo.metrics``): each is the mean over the
``graded`` samples where it is defined, with a percentile-bootstrap 95%
interval; samples where it is ``None`` (zero denominator) are counted as
``undefined``. Samples that were not graded (not applicable, the judge's
reply unparseable or a refusal, the call failed) are counted by status and
never enter a mean.

Corpus-level metrics (:meth:`~medstep.judges.Judge.corpus_metrics`, e.g. an
F1 of the mean precision and recall) are computed on all graded samples;
their interval comes from recomputing them on resampled sets of samples.
"""

from __future__ import annotations

from collections import Counter
from typing import Mapping, Sequence

import numpy as np

from medstep.judges import Judge
from medstep.results import GradeStatus, JudgeSummary, Metric, ReasoningGrade
from medstep.score.stats import mean_cis

TOP_LABELS = 10
CORPUS_BOOT = 200  # resamples for corpus-level metrics (each resample recomputes the statistic in Python)


def judge_summary(judge: Judge, grades: Mapping[str, ReasoningGrade], *, n_boot: int = 1000,
                  seed: int = 0) -> JudgeSummary:
    """Summarise one judge's grades (``grades`` keyed by sample id)."""
    info = judge.info
    statuses = Counter(g.status for g in grades.values())
    graded = [g for g in grades.values() if g.status is GradeStatus.GRADED]
    corpus = _corpus(judge, graded, seed)
    means = [name for name in info.metrics if name not in corpus]
    columns = []
    for name in means:
        values = [g.metrics.get(name) for g in graded]
        columns.append([float(v) for v in values if v is not None])
    found = dict(zip(means, mean_cis(columns, n_boot=n_boot, seed=seed,
                                     undefined=[len(graded) - len(c) for c in columns])))
    metrics = {name: corpus[name] if name in corpus else found[name] for name in info.metrics}
    tallies: dict[str, Counter[str]] = {}
    for g in graded:
        for kind, labels in g.labels.items():
            tallies.setdefault(kind, Counter()).update(labels)
    return JudgeSummary(
        info=info, n=len(grades), statuses={s: statuses[s] for s in GradeStatus}, metrics=metrics,
        tallies={k: tuple(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_LABELS])
                 for k, c in sorted(tallies.items())},
    )


def _corpus(judge: Judge, graded: Sequence[ReasoningGrade], seed: int) -> dict[str, Metric]:
    values = judge.corpus_metrics(graded)
    if not values:
        return {}
    rng = np.random.default_rng(seed)
    boot: dict[str, list[float]] = {k: [] for k in values}
    if graded:
        for _ in range(CORPUS_BOOT):
            resample = [graded[i] for i in rng.integers(0, len(graded), len(graded))]
            for k, v in judge.corpus_metrics(resample).items():
                if v is not None and k in boot:
                    boot[k].append(float(v))
    out = {}
    for k, v in values.items():
        lo_hi = (float(np.percentile(boot[k], 2.5)), float(np.percentile(boot[k], 97.5))) if v is not None and boot[k] else None
        out[k] = Metric(value=None if v is None else float(v), ci95=lo_hi, n=len(graded) if v is not None else 0,
                        undefined=0 if v is not None else len(graded))
    return out
