"""RadRScore computed with the embedded clinical verifier instead of a GPT-4 judge.

ChestX-Reasoner's RadRScore averages three views of a reasoning chain; here
each is counted by ``medstep.verify`` (see ``verify/verifier.py`` for what a
claim unit, a step and a reference unit are):

* completeness  = reference units recalled by the prediction / reference units
  (reference = the sample's reference steps, or its report when it has none);
* factuality    = prediction claim units consistent with the evidence
  (report plus reference steps; silence rule: an unmentioned finding called
  absent is consistent, one called present is not) / prediction claim units;
* effectiveness = prediction steps supported by a reference source without a
  contradiction / prediction steps that make a clinical claim;
* radrscore     = mean of the three.

Zero denominators are never scored as 0 or 1: that component is ``None`` for
the sample (a chain with no clinical claim has no factuality), ``radrscore``
is the mean of the components that are defined (``None`` if none is), and
``reasoning_metrics`` reports how many samples had each component undefined
under ``zero_denominator`` so nothing is dropped silently. Macro-means are
taken over the samples where the component is defined.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Sequence

from medstep.score.stats import mean_ci
from medstep.types import Sample
from medstep.verify import Verification, default_verifier

COMPONENTS = ("completeness", "factuality", "effectiveness")
TOP_CONTRADICTED = 10


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass(frozen=True)
class ReasoningScore:
    """Per-sample RadRScore components (``None`` where the denominator is zero).

    ``counts`` holds the raw (numerator, denominator) pairs and
    ``contradicted`` the concept ids of contradicted claims; both feed the
    summary but are not part of the per-sample JSON.
    """

    completeness: float | None
    factuality: float | None
    effectiveness: float | None
    radrscore: float | None
    steps: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)
    contradicted: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The ``reasoning`` object of a ``samples.jsonl`` line."""
        return {"completeness": self.completeness, "factuality": self.factuality,
                "effectiveness": self.effectiveness, "radrscore": self.radrscore, "steps": self.steps}

    @classmethod
    def from_verification(cls, v: Verification) -> "ReasoningScore":
        counts = {"completeness": v.completeness_counts(), "factuality": v.factuality_counts(),
                  "effectiveness": v.effectiveness_counts()}
        values = {k: _ratio(*counts[k]) for k in COMPONENTS}
        defined = [x for x in values.values() if x is not None]
        return cls(radrscore=sum(defined) / len(defined) if defined else None,
                   steps=[s.to_json() for s in v.steps], counts=counts,
                   contradicted=tuple(x.finding.concept for x in v.contradicted()), **values)


def score_reasoning(sample: Sample, reasoning_text: str) -> ReasoningScore | None:
    """Score ``reasoning_text`` (the model's reasoning) for ``sample``.

    Returns ``None`` when the sample has neither a report nor reference steps:
    there is nothing to verify against, which is different from scoring 0.
    """
    reference = [s for s in sample.reference_steps if s and s.strip()]
    report = sample.report if sample.report and sample.report.strip() else None
    if report is None and not reference:
        return None
    v = default_verifier().verify(reasoning_text or "", report=report, reference=reference)
    return ReasoningScore.from_verification(v)


def reasoning_metrics(scores: Sequence[ReasoningScore | None]) -> dict[str, Any]:
    """Macro-averaged RadRScore components with bootstrap 95% intervals.

    ``n`` counts the samples that were scored (``None`` entries — samples
    without evidence — are skipped); each component's own ``n`` counts the
    samples where it was defined; ``zero_denominator`` counts the others.
    ``most_contradicted`` lists the concepts whose claims were contradicted
    most often, to show what a model gets wrong.
    """
    scored = [s for s in scores if s is not None]
    out: dict[str, Any] = {"n": len(scored)}
    for key in (*COMPONENTS, "radrscore"):
        out[key] = mean_ci([getattr(s, key) for s in scored if getattr(s, key) is not None])
    out["zero_denominator"] = {k: sum(getattr(s, k) is None for s in scored) for k in COMPONENTS}
    counter = Counter(c for s in scored for c in s.contradicted)
    out["most_contradicted"] = [{"concept": c, "count": n}
                                for c, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_CONTRADICTED]]
    return out
