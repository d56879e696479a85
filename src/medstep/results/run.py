"""``summary.json``: the run summary, and the schema check that refuses files of another version."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from medstep.results.grades import JudgeSummary
from medstep.results.outcome import Metric, OutcomeSummary
from medstep.results.usage import RunUsage
from medstep.results.rollouts import RolloutSummary
from medstep.types import MedstepError, Mode

SCHEMA_VERSION = 2  # of summary.json and of samples.jsonl's "reasoning"; bump on any incompatible change

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
    (``skipped_images``, ``unpredicted``, ``beyond_limit``). ``name`` labels
    the run in reports and comparisons. ``usage`` holds the tokens (and cost,
    when priced) of the generating model per endpoint and of each LLM judge.
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
    name: str = ""
    usage: RunUsage = field(default_factory=RunUsage)
    rollouts: RolloutSummary | None = None  # --samples k > 1 only

    @property
    def graded(self) -> int:
        """Samples of the run with a grade (every status but failed)."""
        return self.n - self.outcome.failed

    @property
    def of(self) -> int:
        """Records of the benchmark split: the run's samples plus those left out."""
        return self.n + sum(self.left_out.values())

    @property
    def partial(self) -> bool:
        """Whether some record of the benchmark split has no grade (limit, failures, skipped images)."""
        return self.graded < self.of

    def coverage_text(self) -> str:
        """``95 of 451 graded (5 failed; 351 left out: 351 beyond_limit)``, or ``451 of 451 graded``."""
        why = []
        if self.outcome.failed:
            why.append(f"{self.outcome.failed} failed")
        left = {k: v for k, v in self.left_out.items() if v}
        if left:
            why.append(f"{sum(left.values())} left out: " + ", ".join(f"{v} {k}" for k, v in left.items()))
        return f"{self.graded} of {self.of} graded" + (f" ({'; '.join(why)})" if why else "")

    def to_json(self) -> dict[str, Any]:
        return {"schema_version": self.schema_version, "name": self.name, "benchmark": self.benchmark,
                "split": self.split, "model": self.model, "mode": self.mode.value, "n": self.n,
                "coverage": {"graded": self.graded, "of": self.of, "partial": self.partial},
                "left_out": dict(self.left_out),
                "created": self.created, "medstep_version": self.medstep_version,
                "outcome": self.outcome.to_json(),
                "judges": {k: j.to_json() for k, j in self.judges.items()},
                "impact": self.impact.to_json() if self.impact is not None else None,
                "usage": self.usage.to_json(),
                "rollouts": self.rollouts.to_json() if self.rollouts is not None else None}

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
                name=str(d.get("name") or ""),
                # added within schema 2: a summary written before it had no usage to show
                usage=RunUsage.from_json(d["usage"]) if d.get("usage") else RunUsage(),
                rollouts=RolloutSummary.from_json(d["rollouts"]) if d.get("rollouts") else None,
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
