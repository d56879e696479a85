"""Answer grades of a run: metrics with intervals, per answer type, category and question set."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from medstep.types import AnswerType, Status

# -- metrics ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Metric:
    """A mean with its 95% bootstrap interval.

    ``n`` is the number of values averaged; ``undefined`` the number of
    samples where the metric had no value (a zero denominator), which are
    left out of ``n`` and counted here instead. ``value``/``ci95`` are
    ``None`` when ``n`` is 0.
    """

    value: float | None
    ci95: tuple[float, float] | None
    n: int
    undefined: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "ci95": list(self.ci95) if self.ci95 else None, "n": self.n,
                "undefined": self.undefined}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> "Metric":
        ci = d["ci95"]
        return cls(value=d["value"], ci95=(float(ci[0]), float(ci[1])) if ci else None, n=int(d["n"]),
                   undefined=int(d["undefined"]))


# Names older summaries used for a field: ``exact`` for ``matched`` (the ladder's match at any rung, not only the
# exact one).
_OLD_NAMES = {"exact": "matched"}


@dataclass(frozen=True)
class TypeOutcome:
    """Outcome metrics of the samples of one answer type (``matched``/``recall``/``precision``/``f1``:
    open only, ``matched`` the share the grading ladder took at any rung (``exact`` in older summaries, still
    read), recall never without precision and F1 since it rewards long answers; ``iou``/``giou``: box only,
    where ``accuracy`` is the share with IoU >= 0.5)."""

    accuracy: Metric
    matched: Metric | None = None
    recall: Metric | None = None
    f1: Metric | None = None
    iou: Metric | None = None
    giou: Metric | None = None
    precision: Metric | None = None

    def to_json(self) -> dict[str, Any]:
        out = {"accuracy": self.accuracy.to_json()}
        for name in ("matched", "recall", "precision", "f1", "iou", "giou"):
            m = getattr(self, name)
            if m is not None:
                out[name] = m.to_json()
        return out

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> "TypeOutcome":
        return cls(**{_OLD_NAMES.get(k, k): Metric.from_json(v) for k, v in d.items()})


@dataclass(frozen=True)
class CategoryOutcome:
    """Accuracy of one category value (e.g. modality = CT); ``n`` counts every sample, failed included.

    ``accuracy`` follows the headline rule (``accuracy_over`` names the answer
    types it covers); a group that mixes open questions with others reports
    them apart in ``open``.
    """

    accuracy: Metric
    n: int
    accuracy_over: tuple[str, ...] = ()
    open: TypeOutcome | None = None

    @property
    def failed(self) -> int:
        """Samples of the group outside the headline accuracy (failed, or of another answer type)."""
        return self.n - self.accuracy.n - (self.open.accuracy.n if self.open is not None else 0)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"accuracy": self.accuracy.to_json(), "n": self.n,
                               "accuracy_over": list(self.accuracy_over)}
        if self.open is not None:
            out["open"] = self.open.to_json()
        return out

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> "CategoryOutcome":
        return cls(accuracy=Metric.from_json(d["accuracy"]), n=int(d["n"]),
                   accuracy_over=tuple(d.get("accuracy_over", ())),
                   open=TypeOutcome.from_json(d["open"]) if d.get("open") else None)


@dataclass(frozen=True)
class GroupCategory:
    """Set metrics over the ``n`` questions of one category value (each counts its own set's result)."""

    n: int
    set_accuracy: Metric
    confusion: Metric
    invalid: Metric

    def to_json(self) -> dict[str, Any]:
        return {"n": self.n, "set_accuracy": self.set_accuracy.to_json(), "confusion": self.confusion.to_json(),
                "invalid": self.invalid.to_json()}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> "GroupCategory":
        return cls(n=int(d["n"]), set_accuracy=Metric.from_json(d["set_accuracy"]),
                   confusion=Metric.from_json(d["confusion"]), invalid=Metric.from_json(d["invalid"]))


@dataclass(frozen=True)
class GroupOutcome:
    """Metrics over sets of questions graded together (``Sample.group``; see :mod:`medstep.score.sets`).

    ``n`` sets; ``set_accuracy`` (every question of the set right) and
    ``confusion`` (every question got the same answer, over sets with only
    valid answers) are over sets, ``invalid`` (unparsed) over questions.
    """

    n: int
    set_accuracy: Metric
    confusion: Metric
    invalid: Metric
    by_category: Mapping[str, Mapping[str, GroupCategory]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"n": self.n, "set_accuracy": self.set_accuracy.to_json(), "confusion": self.confusion.to_json(),
                "invalid": self.invalid.to_json(),
                "by_category": {f: {v: c.to_json() for v, c in g.items()} for f, g in self.by_category.items()}}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> "GroupOutcome":
        return cls(n=int(d["n"]), set_accuracy=Metric.from_json(d["set_accuracy"]),
                   confusion=Metric.from_json(d["confusion"]), invalid=Metric.from_json(d["invalid"]),
                   by_category={f: {v: GroupCategory.from_json(c) for v, c in g.items()}
                                for f, g in d["by_category"].items()})


@dataclass(frozen=True)
class OutcomeSummary:
    """Answer grades of a run. ``statuses`` counts every :class:`Status`; ``by_type`` has the answer
    types present in the run. ``accuracy`` is the headline: it never averages kinds of answer
    (``accuracy_over`` names the answer types it covers; see :mod:`medstep.score.outcome`)."""

    n: int
    accuracy: Metric
    statuses: Mapping[Status, int]
    by_type: Mapping[AnswerType, TypeOutcome] = field(default_factory=dict)
    by_category: Mapping[str, Mapping[str, CategoryOutcome]] = field(default_factory=dict)
    groups: GroupOutcome | None = None  # set metrics, when the benchmark groups questions (MediConfusion pairs)
    rules: Mapping[str, int] = field(default_factory=dict)  # answers per extraction rule (``judge``: read by a judge)
    accuracy_over: tuple[str, ...] = ()
    # exact open answers by the rung of the grader's ladder that matched them (``score/open_grade.MatchStep``): how
    # many were the same tokens, and how many took a spelling, a unit, a synonym or the gold framed by other words
    open_matches: Mapping[str, int] = field(default_factory=dict)

    @property
    def unparsed(self) -> int:
        return self.statuses.get(Status.UNPARSED, 0)

    @property
    def failed(self) -> int:
        return self.statuses.get(Status.FAILED, 0)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"n": self.n, "accuracy": self.accuracy.to_json(),
                               "accuracy_over": list(self.accuracy_over)}
        out.update({t.value: self.by_type[t].to_json() for t in AnswerType if t in self.by_type})
        out.update({s.value: self.statuses.get(s, 0) for s in Status})
        out["by_category"] = {f: {v: c.to_json() for v, c in groups.items()} for f, groups in self.by_category.items()}
        out["groups"] = self.groups.to_json() if self.groups is not None else None
        out["rules"] = dict(self.rules)
        out["open_matches"] = dict(self.open_matches)
        return out

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> "OutcomeSummary":
        return cls(
            n=int(d["n"]), accuracy=Metric.from_json(d["accuracy"]),
            # a status added after the file was written simply did not occur in it
            statuses={s: int(d.get(s.value, 0)) for s in Status},
            by_type={t: TypeOutcome.from_json(d[t.value]) for t in AnswerType if t.value in d},
            by_category={f: {v: CategoryOutcome.from_json(c) for v, c in groups.items()}
                         for f, groups in d["by_category"].items()},
            groups=GroupOutcome.from_json(d["groups"]) if d.get("groups") else None,
            rules={k: int(v) for k, v in d["rules"].items()},
            accuracy_over=tuple(d.get("accuracy_over", ())),
            # a summary written before the ladder was counted has none
            open_matches={k: int(v) for k, v in d.get("open_matches", {}).items()},
        )
