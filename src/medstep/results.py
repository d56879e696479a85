"""Typed results: what grading produces, the run store saves, and reports read.

Everything after grading used to travel as ``dict[str, Any]``, so a renamed
key surfaced as a ``KeyError`` (or worse, a silent ``.get`` default) three
modules later, and the report carried defensive code for "older producers".
These frozen dataclasses are the one definition of each result; their
``to_json``/``from_json`` pairs are the one definition of ``summary.json``
and of the ``reasoning`` object of ``samples.jsonl`` (documented in the
README). ``from_json`` is strict: a file written under another
:data:`SCHEMA_VERSION` is refused with a message saying how to re-grade,
never half-read.

Vocabularies are enums (:class:`JudgeKind`, :class:`GradeStatus`, and the
imported :class:`~medstep.types.Status`, :class:`~medstep.types.Mode`,
:class:`~medstep.verify.Verdict`) that reports import instead of comparing
strings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Mapping

from medstep.types import AnswerType, MedstepError, Mode, Status
from medstep.verify import Verdict

SCHEMA_VERSION = 2  # of summary.json and of samples.jsonl's "reasoning"; bump on any incompatible change


class JudgeKind(str, Enum):
    """How a judge reaches its grades."""

    EMBEDDED = "embedded"  # deterministic code in this package (the verifier): free, instant
    LLM = "llm"  # a protocol that asks a language model through a backend (cached per call)


class GradeStatus(str, Enum):
    """Why a sample has (or has no) reasoning grade from one judge.

    Only ``graded`` samples enter a judge's metrics; every other status is
    counted in the judge's summary, never turned into a 0 or a 1.
    """

    GRADED = "graded"
    NOT_APPLICABLE = "not_applicable"  # the judge has nothing to grade here (no report to check against, not an open question, ...)
    PARSE_FAILURE = "parse_failure"  # the judge model answered outside the protocol's JSON
    REFUSED = "refused"  # the judge model declined to grade
    FAILED = "failed"  # the judge call failed after retries (HTTP error, timeout)


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


@dataclass(frozen=True)
class TypeOutcome:
    """Outcome metrics of the samples of one answer type (``exact``/``recall``/``f1``: open only;
    ``iou``/``giou``: box only, where ``accuracy`` is the share with IoU >= 0.5)."""

    accuracy: Metric
    exact: Metric | None = None
    recall: Metric | None = None
    f1: Metric | None = None
    iou: Metric | None = None
    giou: Metric | None = None

    def to_json(self) -> dict[str, Any]:
        out = {"accuracy": self.accuracy.to_json()}
        for name in ("exact", "recall", "f1", "iou", "giou"):
            m = getattr(self, name)
            if m is not None:
                out[name] = m.to_json()
        return out

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> "TypeOutcome":
        return cls(**{k: Metric.from_json(v) for k, v in d.items()})


@dataclass(frozen=True)
class CategoryOutcome:
    """Accuracy of one category value (e.g. modality = CT); ``n`` counts every sample, failed included."""

    accuracy: Metric
    n: int

    @property
    def failed(self) -> int:
        """Samples of the group with no correctness value (excluded from ``accuracy.n``)."""
        return self.n - self.accuracy.n

    def to_json(self) -> dict[str, Any]:
        return {"accuracy": self.accuracy.to_json(), "n": self.n}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> "CategoryOutcome":
        return cls(accuracy=Metric.from_json(d["accuracy"]), n=int(d["n"]))


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
    types present in the run."""

    n: int
    accuracy: Metric
    statuses: Mapping[Status, int]
    by_type: Mapping[AnswerType, TypeOutcome] = field(default_factory=dict)
    by_category: Mapping[str, Mapping[str, CategoryOutcome]] = field(default_factory=dict)
    groups: GroupOutcome | None = None  # set metrics, when the benchmark groups questions (MediConfusion pairs)
    rules: Mapping[str, int] = field(default_factory=dict)  # answers per extraction rule (``judge``: read by a judge)

    @property
    def unparsed(self) -> int:
        return self.statuses.get(Status.UNPARSED, 0)

    @property
    def failed(self) -> int:
        return self.statuses.get(Status.FAILED, 0)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"n": self.n, "accuracy": self.accuracy.to_json()}
        out.update({t.value: self.by_type[t].to_json() for t in AnswerType if t in self.by_type})
        out.update({s.value: self.statuses.get(s, 0) for s in Status})
        out["by_category"] = {f: {v: c.to_json() for v, c in groups.items()} for f, groups in self.by_category.items()}
        out["groups"] = self.groups.to_json() if self.groups is not None else None
        out["rules"] = dict(self.rules)
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
        )


# -- per-sample reasoning grades -------------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    """A passage a verdict relied on: where it is (``report``, ``reference[2]``, ``gold step 3``) and what it says."""

    source: str
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "text": self.text}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> "Evidence":
        return cls(source=d["source"], text=d["text"])


@dataclass(frozen=True)
class Check:
    """One claim of a step and its verdict, with the rule that decided it and the evidence used."""

    claim: str
    verdict: Verdict
    rule: str = ""
    evidence: tuple[Evidence, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"claim": self.claim, "verdict": self.verdict.value, "rule": self.rule,
                "evidence": [e.to_json() for e in self.evidence]}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> "Check":
        return cls(claim=d["claim"], verdict=Verdict(d["verdict"]), rule=d["rule"],
                   evidence=tuple(Evidence.from_json(e) for e in d["evidence"]))


@dataclass(frozen=True)
class StepGrade:
    """A judge's verdict on one reasoning step.

    Every judge grades the same steps (the chain split once, see
    :class:`medstep.judges.JudgeItem`), so ``index`` lines verdicts of
    different judges up for the report and for agreement statistics.
    ``makes_claim``/``effective`` are ``None`` when the judge does not say.
    """

    index: int
    text: str
    verdict: Verdict
    makes_claim: bool | None = None
    effective: bool | None = None
    checks: tuple[Check, ...] = ()
    note: str = ""  # the judge's own short reason (LLM judges)

    def to_json(self) -> dict[str, Any]:
        return {"index": self.index, "text": self.text, "verdict": self.verdict.value,
                "makes_claim": self.makes_claim, "effective": self.effective,
                "checks": [c.to_json() for c in self.checks], "note": self.note}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> "StepGrade":
        return cls(index=int(d["index"]), text=d["text"], verdict=Verdict(d["verdict"]),
                   makes_claim=d["makes_claim"], effective=d["effective"],
                   checks=tuple(Check.from_json(c) for c in d["checks"]), note=d["note"])


@dataclass(frozen=True)
class ReasoningGrade:
    """One judge's grade of one sample's reasoning.

    ``metrics`` maps each metric the judge reports to its value, ``None``
    where it is undefined for this sample (zero denominator). ``labels`` are
    tallied in the judge's summary (``contradicted`` concepts, error types).
    ``detail`` says why a sample was not graded (the parse error, the HTTP
    error), so a failure can be traced to its call.
    """

    status: GradeStatus
    metrics: Mapping[str, float | None] = field(default_factory=dict)
    steps: tuple[StepGrade, ...] = ()
    labels: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    detail: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"status": self.status.value, "metrics": dict(self.metrics),
                "steps": [s.to_json() for s in self.steps],
                "labels": {k: list(v) for k, v in self.labels.items()}, "detail": self.detail}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> "ReasoningGrade":
        return cls(status=GradeStatus(d["status"]), metrics=dict(d["metrics"]),
                   steps=tuple(StepGrade.from_json(s) for s in d["steps"]),
                   labels={k: tuple(v) for k, v in d["labels"].items()}, detail=d["detail"])


@dataclass(frozen=True)
class Reasoning:
    """A sample's reasoning text and each judge's grade of it, keyed by judge label."""

    text: str
    grades: Mapping[str, ReasoningGrade] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "judges": {k: g.to_json() for k, g in self.grades.items()}}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> "Reasoning":
        return cls(text=d["text"], grades={k: ReasoningGrade.from_json(g) for k, g in d["judges"].items()})


# -- judges and the run summary --------------------------------------------------------------


@dataclass(frozen=True)
class JudgeInfo:
    """What graded: the namespace a judge writes under and what defines its grades.

    ``label`` is the judge as the user named it (``verifier``,
    ``m3cot:openai:judge@http://…``) and the key of its metrics everywhere.
    ``version`` changes whenever the protocol's prompts or arithmetic do, so
    cached calls of another version are never reused.
    """

    label: str
    protocol: str
    kind: JudgeKind
    version: str
    model: str | None = None
    metrics: tuple[str, ...] = ()
    reads_answers: bool = False  # reads answers the rules left unparsed (extraction rule "judge")
    maxima: Mapping[str, float] = field(default_factory=dict)  # metrics not on a 0-1 scale: their maximum

    def to_json(self) -> dict[str, Any]:
        return {"protocol": self.protocol, "kind": self.kind.value, "version": self.version, "model": self.model,
                "metric_names": list(self.metrics), "reads_answers": self.reads_answers, "maxima": dict(self.maxima)}

    @classmethod
    def from_json(cls, label: str, d: Mapping[str, Any]) -> "JudgeInfo":
        return cls(label=label, protocol=d["protocol"], kind=JudgeKind(d["kind"]), version=d["version"],
                   model=d["model"], metrics=tuple(d["metric_names"]), reads_answers=bool(d["reads_answers"]),
                   maxima={k: float(v) for k, v in d["maxima"].items()})


@dataclass(frozen=True)
class JudgeSummary:
    """One judge over a run: macro-means of its metrics, and how many samples reached each status.

    ``tallies`` holds the most frequent labels per kind (``contradicted``
    concepts, error types), most frequent first.
    """

    info: JudgeInfo
    n: int
    statuses: Mapping[GradeStatus, int]
    metrics: Mapping[str, Metric]
    tallies: Mapping[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)

    @property
    def graded(self) -> int:
        return self.statuses.get(GradeStatus.GRADED, 0)

    def to_json(self) -> dict[str, Any]:
        return {**self.info.to_json(), "n": self.n,
                "statuses": {s.value: self.statuses.get(s, 0) for s in GradeStatus},
                "metrics": {k: m.to_json() for k, m in self.metrics.items()},
                "tallies": {k: [{"label": lab, "count": c} for lab, c in v] for k, v in self.tallies.items()}}

    @classmethod
    def from_json(cls, label: str, d: Mapping[str, Any]) -> "JudgeSummary":
        return cls(info=JudgeInfo.from_json(label, d), n=int(d["n"]),
                   statuses={s: int(d["statuses"].get(s.value, 0)) for s in GradeStatus},
                   metrics={k: Metric.from_json(m) for k, m in d["metrics"].items()},
                   tallies={k: tuple((x["label"], int(x["count"])) for x in v) for k, v in d["tallies"].items()})


@dataclass(frozen=True)
class ModeImpact:
    """A ``--mode both`` run: direct vs chain-of-thought answers to the same questions (``score/impact.py``).

    ``n`` questions graded in both arms (``excluded``: failed in either);
    ``diff`` = CoT accuracy - direct accuracy with its paired-bootstrap
    ``ci95`` and McNemar's exact ``p_value`` on ``only_direct`` / ``only_cot``
    (questions only that arm got right). Latencies are mean seconds per
    generation, tokens mean completion tokens (``None`` when the backend did
    not report them); ``latency_ratio`` = CoT / direct time, ``efficiency``
    = CoT accuracy per second of CoT time.
    """

    n: int
    excluded: int
    direct: Metric
    cot: Metric
    diff: float | None
    ci95: tuple[float, float] | None
    p_value: float | None
    only_direct: int
    only_cot: int
    latency_direct: Metric
    latency_cot: Metric
    tokens_direct: Metric | None = None
    tokens_cot: Metric | None = None
    latency_ratio: float | None = None
    efficiency: float | None = None

    def to_json(self) -> dict[str, Any]:
        def opt(m: Metric | None) -> dict[str, Any] | None:
            return m.to_json() if m is not None else None

        return {"n": self.n, "excluded": self.excluded, "direct": self.direct.to_json(), "cot": self.cot.to_json(),
                "diff": self.diff, "ci95": list(self.ci95) if self.ci95 else None, "p_value": self.p_value,
                "only_direct": self.only_direct, "only_cot": self.only_cot,
                "latency_direct": self.latency_direct.to_json(), "latency_cot": self.latency_cot.to_json(),
                "tokens_direct": opt(self.tokens_direct), "tokens_cot": opt(self.tokens_cot),
                "latency_ratio": self.latency_ratio, "efficiency": self.efficiency}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> "ModeImpact":
        def opt(m: Mapping[str, Any] | None) -> Metric | None:
            return Metric.from_json(m) if m is not None else None

        ci = d["ci95"]
        return cls(n=int(d["n"]), excluded=int(d["excluded"]), direct=Metric.from_json(d["direct"]),
                   cot=Metric.from_json(d["cot"]), diff=d["diff"], ci95=(float(ci[0]), float(ci[1])) if ci else None,
                   p_value=d["p_value"], only_direct=int(d["only_direct"]), only_cot=int(d["only_cot"]),
                   latency_direct=Metric.from_json(d["latency_direct"]), latency_cot=Metric.from_json(d["latency_cot"]),
                   tokens_direct=opt(d["tokens_direct"]), tokens_cot=opt(d["tokens_cot"]),
                   latency_ratio=d["latency_ratio"], efficiency=d["efficiency"])


@dataclass(frozen=True)
class RunSummary:
    """``summary.json``: what was run, the answer grades, and each judge's reasoning grades.

    ``left_out`` counts benchmark records not in the run, by reason
    (``skipped_images``, ``unpredicted``).
    """

    benchmark: str
    split: str
    model: str
    mode: Mode
    n: int
    outcome: OutcomeSummary
    judges: Mapping[str, JudgeSummary] = field(default_factory=dict)
    left_out: Mapping[str, int] = field(default_factory=dict)
    created: str = ""
    medstep_version: str = ""
    impact: ModeImpact | None = None  # mode "both" only
    schema_version: int = SCHEMA_VERSION

    def to_json(self) -> dict[str, Any]:
        return {"schema_version": self.schema_version, "benchmark": self.benchmark, "split": self.split,
                "model": self.model, "mode": self.mode.value, "n": self.n, "left_out": dict(self.left_out),
                "created": self.created, "medstep_version": self.medstep_version,
                "outcome": self.outcome.to_json(),
                "judges": {k: j.to_json() for k, j in self.judges.items()},
                "impact": self.impact.to_json() if self.impact is not None else None}

    @classmethod
    def from_json(cls, d: Mapping[str, Any], where: str = "summary.json") -> "RunSummary":
        check_schema(d.get("schema_version", 1), where)
        try:
            return cls(
                benchmark=d["benchmark"], split=d["split"], model=d["model"], mode=Mode(d["mode"]), n=int(d["n"]),
                outcome=OutcomeSummary.from_json(d["outcome"]),
                judges={k: JudgeSummary.from_json(k, j) for k, j in d["judges"].items()},
                left_out=dict(d["left_out"]), created=d["created"], medstep_version=d["medstep_version"],
                impact=ModeImpact.from_json(d["impact"]) if d.get("impact") else None,
            )
        except (KeyError, TypeError, ValueError) as e:
            raise MedstepError(f"{where}: not a medstep summary (schema {SCHEMA_VERSION}): {type(e).__name__}: {e}") from None


def check_schema(version: Any, where: str) -> None:
    """Refuse results written under another schema, saying how to get current ones.

    Grades are derived from the stored generations, so re-running the
    command that made the run re-grades it without calling the model again.
    """
    if version != SCHEMA_VERSION:
        raise MedstepError(
            f"{where} was written by another medstep version (schema {version}, this one reads {SCHEMA_VERSION}); "
            "re-run the command that produced the run to re-grade it (stored generations are reused)"
        )
