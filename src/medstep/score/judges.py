"""A judge's per-sample grades → its summary: macro-means with intervals, and status counts.

The aggregation is the same for every judge, so a new protocol only says
which metrics it reports (``JudgeInfo.metrics``): each is the mean over the
``graded`` samples where it is defined, with a percentile-bootstrap 95%
interval; samples where it is ``None`` (zero denominator) are counted as
``undefined``. Samples that were not graded (no evidence, the judge's reply
unparseable or a refusal, the call failed) are counted by status and never
enter a mean.
"""

from __future__ import annotations

from collections import Counter
from typing import Mapping

from medstep.results import GradeStatus, JudgeInfo, JudgeSummary, ReasoningGrade
from medstep.score.stats import mean_ci

TOP_LABELS = 10


def judge_summary(info: JudgeInfo, grades: Mapping[str, ReasoningGrade], *, n_boot: int = 1000,
                  seed: int = 0) -> JudgeSummary:
    """Summarise one judge's grades (``grades`` keyed by sample id)."""
    statuses = Counter(g.status for g in grades.values())
    graded = [g for g in grades.values() if g.status is GradeStatus.GRADED]
    metrics = {}
    for name in info.metrics:
        values = [g.metrics.get(name) for g in graded]
        defined = [float(v) for v in values if v is not None]
        metrics[name] = mean_ci(defined, n_boot=n_boot, seed=seed, undefined=len(values) - len(defined))
    tallies: dict[str, Counter[str]] = {}
    for g in graded:
        for kind, labels in g.labels.items():
            tallies.setdefault(kind, Counter()).update(labels)
    return JudgeSummary(
        info=info, n=len(grades), statuses={s: statuses[s] for s in GradeStatus}, metrics=metrics,
        tallies={k: tuple(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_LABELS])
                 for k, c in sorted(tallies.items())},
    )
