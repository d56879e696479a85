"""What the report's reasoning section counts over every sample, gathered one sample at a time.

The report streams a run's results (a 100,000-sample run is never held in
memory), so the per-judge metric distributions and the most contradicted
steps are accumulated here as the samples go past: a few numbers per sample
and one counter of normalised step texts.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter, defaultdict
from typing import Iterable

from medstep.results import GradeStatus
from medstep.store import SampleResult
from medstep.verify import Verdict

EXAMPLES = 3  # sample ids shown per contradicted step


class ReasoningTallies:
    """Per judge label: each metric's values over graded samples; steps contradicted by any judge."""

    def __init__(self, judges: Iterable[str]) -> None:
        self.values: dict[str, dict[str, array]] = {label: defaultdict(lambda: array("d")) for label in judges}
        self.contradicted: Counter[str] = Counter()
        self.examples: dict[str, list[str]] = defaultdict(list)

    def add(self, r: SampleResult) -> None:
        if r.reasoning is None:
            return
        for label, g in r.reasoning.grades.items():
            if g.status is GradeStatus.GRADED and label in self.values:
                mine = self.values[label]
                for name, v in g.metrics.items():
                    if v is not None:
                        mine[name].append(float(v))
            for step in g.steps:
                if step.verdict is Verdict.CONTRADICTED:
                    key = norm_step(step.text)
                    self.contradicted[key] += 1
                    seen = self.examples[key]
                    if len(seen) < EXAMPLES and r.sample.id not in seen:
                        seen.append(r.sample.id)


def norm_step(text: str) -> str:
    """Group steps that differ only in case, spacing, list numbering or final punctuation."""
    text = re.sub(r"^\s*(\d+[.)]|[-*•])\s+", "", text.lower())
    return re.sub(r"\s+", " ", text).strip(" .;:,")
