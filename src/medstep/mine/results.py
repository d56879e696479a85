"""What mining produces: each item's chain or the reasons it was dropped, and the run's counts (``mine.json``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Rejection(str, Enum):
    """Why one attempt at a chain was not kept. Every failed attempt has exactly one."""

    CALL_FAILED = "call_failed"  # a model call failed after the backend's retries
    REFUSED = "refused"  # the model declined
    PARSE_FAILURE = "parse_failure"  # no JSON object, or not the shape asked for
    EVIDENCE_NOT_IN_REPORT = "evidence_not_in_report"  # a quoted "report sentence" is not in the report
    EMPTY_CHAIN = "empty_chain"  # no reasoning step
    CITES_REPORT = "cites_report"  # a step talks about the report instead of the image
    ANSWER_MISMATCH = "answer_mismatch"  # the chain's decision is not the gold answer (graded as eval grades)
    CONTRADICTS_REPORT = "contradicts_report"  # the verifier finds a step contradicting the report/reference
    DEAD_END = "dead_end"  # mics: from no proposed step did any intern reach the gold answer
    NO_DECISION = "no_decision"  # mics: the step limit was reached without a final answer


@dataclass(frozen=True)
class Attempt:
    """One attempt at an item's chain: its number (1-based) and, when it failed, why."""

    number: int
    rejection: Rejection | None = None
    detail: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"attempt": self.number, "rejection": self.rejection.value if self.rejection else None,
                "detail": self.detail}


@dataclass(frozen=True)
class Chain:
    """A verified chain: its steps, the model's decision, per-step verifier verdicts and search scores.

    ``step_scores`` is the mics score of each step (share of interns that
    reached the gold answer from the path ending at it); empty for
    plan-evidence-refine. ``radrscore`` is the verifier's score of the chain
    against the report / reference steps (``None`` without evidence).
    """

    steps: tuple[str, ...]
    decision: str
    verdicts: tuple[str, ...] = ()
    step_scores: tuple[float, ...] = ()
    radrscore: float | None = None


@dataclass(frozen=True)
class MineResult:
    """One item's outcome: the chain (``None`` when every attempt failed) and all its attempts."""

    sample_id: str
    chain: Chain | None
    attempts: tuple[Attempt, ...]

    @property
    def mined(self) -> bool:
        return self.chain is not None

    def rejections(self) -> list[Rejection]:
        return [a.rejection for a in self.attempts if a.rejection is not None]


SCHEMA = 1  # of mine.json


@dataclass(frozen=True)
class MineSummary:
    """``mine.json``: what was mined, with what, and every count needed to trust the file.

    ``n`` samples were loaded; ``left_out`` counts those not attempted by
    reason (``no_report``: the strategy needs a report; ``beyond_limit``);
    of the ``attempted``, ``mined`` have a chain in the output and
    ``dropped`` had every attempt fail. ``rejections`` counts failed attempts
    by reason (a mined item's earlier failures included); ``dropped_by``
    counts dropped items by the reason of their last attempt;
    ``attempts_used`` counts mined items by the attempt that succeeded; ``usage`` the tokens of
    every answered call the run rests on (cached ones included), by endpoint.
    """

    strategy: str
    models: Mapping[str, str]
    benchmark: str
    split: str
    n: int
    attempted: int
    mined: int
    dropped: int
    left_out: Mapping[str, int]
    rejections: Mapping[str, int]
    dropped_by: Mapping[str, int]
    attempts_used: Mapping[str, int]
    calls: Mapping[str, int]
    output: str
    usage: Mapping[str, Any] = field(default_factory=dict)  # tokens by endpoint (UsageSummary JSON)
    settings: Mapping[str, Any] = field(default_factory=dict)
    created: str = ""
    medstep_version: str = ""

    @classmethod
    def of(cls, results: Sequence[MineResult], **fields: Any) -> MineSummary:
        rejections: Counter = Counter(r.value for res in results for r in res.rejections())
        dropped_by: Counter = Counter(res.attempts[-1].rejection.value for res in results
                                      if not res.mined and res.attempts and res.attempts[-1].rejection)
        used: Counter = Counter(str(len(res.attempts)) for res in results if res.mined)
        mined = sum(res.mined for res in results)
        return cls(attempted=len(results), mined=mined, dropped=len(results) - mined,
                   rejections=dict(sorted(rejections.items())), dropped_by=dict(sorted(dropped_by.items())),
                   attempts_used=dict(sorted(used.items(), key=lambda kv: int(kv[0]))), **fields)

    def to_json(self) -> dict[str, Any]:
        return {"schema_version": SCHEMA, "strategy": self.strategy, "models": dict(self.models),
                "benchmark": self.benchmark, "split": self.split, "n": self.n, "attempted": self.attempted,
                "mined": self.mined, "dropped": self.dropped, "left_out": dict(self.left_out),
                "rejections": dict(self.rejections), "dropped_by": dict(self.dropped_by),
                "attempts_used": dict(self.attempts_used), "calls": dict(self.calls), "usage": dict(self.usage),
                "output": self.output,
                "settings": dict(self.settings), "created": self.created, "medstep_version": self.medstep_version}
