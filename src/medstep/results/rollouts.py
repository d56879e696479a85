"""``summary.json`` → ``rollouts``: k sampled answers per question (``medstep eval --samples k``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from medstep.results.outcome import Metric


@dataclass(frozen=True)
class RolloutFigures:
    """The rollout figures of one group of questions (see :class:`RolloutSummary`)."""

    accuracy: Metric
    pass_at_k: Metric
    majority: Metric
    passes: Mapping[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"accuracy": self.accuracy.to_json(), "pass_at_k": self.pass_at_k.to_json(),
                "majority": self.majority.to_json(), "passes": dict(self.passes)}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> "RolloutFigures":
        return cls(accuracy=Metric.from_json(d["accuracy"]), pass_at_k=Metric.from_json(d["pass_at_k"]),
                   majority=Metric.from_json(d["majority"]), passes={str(k): int(v) for k, v in d["passes"].items()})


@dataclass(frozen=True)
class RolloutSummary:
    """How often k rollouts at ``temperature`` solve each question.

    Only *complete* questions (every rollout generated; ``incomplete``
    counts the others) enter the numbers. ``accuracy`` is the mean share of
    correct rollouts per question (the unbiased pass@1 over k samples);
    ``pass_at_k`` the share of questions with at least one correct rollout;
    ``majority`` the accuracy of the most common answer (answers vote by
    meaning: a letter, a verdict, normalised text; a tie has no majority and
    is counted in ``majority.undefined``); ``passes[j]`` the number of
    questions solved by exactly ``j`` of the ``k`` rollouts, the difficulty
    profile ``medstep curate`` filters on.

    Like the headline accuracy, these figures never average different kinds
    of answer: they are over the kinds named in ``accuracy_over`` (choice and
    closed questions when the run has any, else boxes, else open questions,
    where "correct" is a match by the open-answer grading ladder,
    ``score/open_grade.py``); ``by_type`` has the same
    figures for each answer type present. The run's headline ``outcome`` is
    still graded on the first rollout, decoded exactly as a single-sample run
    with the same settings.
    """

    k: int
    temperature: float
    accuracy: Metric
    pass_at_k: Metric
    majority: Metric
    passes: Mapping[str, int] = field(default_factory=dict)
    incomplete: int = 0
    accuracy_over: tuple[str, ...] = ()
    by_type: Mapping[str, RolloutFigures] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"k": self.k, "temperature": self.temperature, "accuracy": self.accuracy.to_json(),
                "pass_at_k": self.pass_at_k.to_json(), "majority": self.majority.to_json(),
                "passes": dict(self.passes), "incomplete": self.incomplete,
                "accuracy_over": list(self.accuracy_over),
                "by_type": {kind: figures.to_json() for kind, figures in self.by_type.items()}}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> "RolloutSummary":
        return cls(k=int(d["k"]), temperature=float(d["temperature"]), accuracy=Metric.from_json(d["accuracy"]),
                   pass_at_k=Metric.from_json(d["pass_at_k"]), majority=Metric.from_json(d["majority"]),
                   passes={str(k): int(v) for k, v in d["passes"].items()}, incomplete=int(d["incomplete"]),
                   accuracy_over=tuple(d.get("accuracy_over") or ()),
                   by_type={str(k): RolloutFigures.from_json(v) for k, v in (d.get("by_type") or {}).items()})
