"""Reasoning grades: per step, per sample and per judge, and the vocabularies they use."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Mapping

from medstep.jsontext import dumps
from medstep.results.outcome import Metric
from medstep.textenum import TextEnum
from medstep.verify import SentenceRole, Verdict


class JudgeKind(str, Enum):
    """How a judge reaches its grades."""

    EMBEDDED = "embedded"  # deterministic code in this package (the verifier): free, instant
    LLM = "llm"  # a protocol that asks a language model through a backend (cached per call)


class GradeStatus(TextEnum):
    """Why a sample has (or has no) reasoning grade from one judge.

    Only ``graded`` samples enter a judge's metrics; every other status is
    counted in the judge's summary, never turned into a 0 or a 1.
    """

    GRADED = "graded"
    NOT_APPLICABLE = "not_applicable"  # the judge has nothing to grade here (no report to check against, not an open question, ...)
    PARSE_FAILURE = "parse_failure"  # the judge model answered outside the protocol's JSON
    REFUSED = "refused"  # the judge model declined to grade
    FAILED = "failed"  # the judge call failed after retries (HTTP error, timeout)


# -- per-sample reasoning grades -------------------------------------------------------------
# Enum members by value: a dict lookup is ~10x cheaper than calling the enum, and a 100,000-sample
# report reads a million step and check records back.
_VERDICTS: Mapping[str, Verdict] = {v.value: v for v in Verdict}
_ROLES: Mapping[str, SentenceRole] = {r.value: r for r in SentenceRole}
_VALUES: Mapping[Verdict | SentenceRole, str] = {**{v: v.value for v in Verdict}, **{r: r.value for r in SentenceRole}}


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
        return {"claim": self.claim, "verdict": _VALUES[self.verdict], "rule": self.rule,
                "evidence": [{"source": e.source, "text": e.text} for e in self.evidence]}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> "Check":
        return cls(claim=d["claim"], verdict=_VERDICTS.get(d["verdict"]) or Verdict(d["verdict"]), rule=d["rule"],
                   evidence=tuple([Evidence(e["source"], e["text"]) for e in d["evidence"]]))


@dataclass(frozen=True)
class StepGrade:
    """A judge's verdict on one reasoning step.

    Every judge grades the same steps (the chain split once, see
    :class:`medstep.judges.JudgeItem`), so ``index`` lines verdicts of
    different judges up for the report and for agreement statistics.
    ``makes_claim``/``effective`` are ``None`` when the judge does not say.
    ``role`` is what the step does (observation, option listing, definition, ...:
    :class:`~medstep.verify.SentenceRole`), ``None`` when the judge does not say;
    only observations and conclusions make claims.
    """

    index: int
    text: str
    verdict: Verdict
    makes_claim: bool | None = None
    effective: bool | None = None
    checks: tuple[Check, ...] = ()
    note: str = ""  # the judge's own short reason (LLM judges)
    role: SentenceRole | None = None

    def to_json(self) -> dict[str, Any]:
        return {"index": self.index, "text": self.text, "verdict": _VALUES[self.verdict],
                "makes_claim": self.makes_claim, "effective": self.effective,
                "checks": [c.to_json() for c in self.checks], "note": self.note,
                "role": _VALUES[self.role] if self.role is not None else None}

    @classmethod
    def from_json(cls, d: Mapping[str, Any], reasoning: str = "") -> "StepGrade":
        """``reasoning``: the text a stored step's ``span`` indexes (see :data:`REASONING_FORMAT`)."""
        role = d.get("role")  # absent in files graded before roles existed: the judge did not say
        check = Check.from_json
        text = d["text"] if "text" in d else _cut(reasoning, d["span"])
        return cls(index=int(d["index"]), text=text, verdict=_VERDICTS.get(d["verdict"]) or Verdict(d["verdict"]),
                   makes_claim=d["makes_claim"], effective=d["effective"],
                   checks=tuple([check(c) for c in d["checks"]]), note=d["note"],
                   role=(_ROLES.get(role) or SentenceRole(role)) if role else None)


_new = object.__new__


def new_check(claim: str, verdict: Verdict, rule: str, evidence: tuple[Evidence, ...]) -> Check:
    """``Check(claim, verdict, rule, evidence)`` without the frozen ``__init__``, which sets each field through
    ``object.__setattr__``: the same instance dict, built ~2x faster (the verifier judge builds a check per
    claim, ~30 a sample; ``tests/test_grade_speedups.py`` holds the field lists to the classes')."""
    c = _new(Check)
    d = c.__dict__
    d["claim"] = claim
    d["verdict"] = verdict
    d["rule"] = rule
    d["evidence"] = evidence
    return c


def new_step_grade(index: int, text: str, verdict: Verdict, makes_claim: bool | None, effective: bool | None,
                   checks: tuple[Check, ...], note: str, role: SentenceRole | None) -> StepGrade:
    """``StepGrade(...)`` by position, without the frozen ``__init__`` (see ``new_check``; a 100,000-sample run
    builds a million step grades)."""
    g = _new(StepGrade)
    d = g.__dict__
    d["index"] = index
    d["text"] = text
    d["verdict"] = verdict
    d["makes_claim"] = makes_claim
    d["effective"] = effective
    d["checks"] = checks
    d["note"] = note
    d["role"] = role
    return g


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
    def from_json(cls, d: Mapping[str, Any], reasoning: str = "") -> "ReasoningGrade":
        step = StepGrade.from_json
        return cls(status=GradeStatus(d["status"]), metrics=dict(d["metrics"]),
                   steps=tuple([step(s, reasoning) for s in d["steps"]]),
                   labels={k: tuple(v) for k, v in d["labels"].items()}, detail=d["detail"])


@dataclass(frozen=True)
class Reasoning:
    """A sample's reasoning text and each judge's grade of it, keyed by judge label."""

    text: str
    grades: Mapping[str, ReasoningGrade] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "judges": {k: g.to_json() for k, g in self.grades.items()}}

    def json_text(self) -> str:
        """``to_json()`` as compact JSON text, encoded from the records themselves: the fields of
        :class:`ReasoningGrade`, :class:`StepGrade`, :class:`Check` and :class:`Evidence` are their
        JSON, in order (tests/test_jsontext.py holds them to ``to_json``), so no dicts are built for
        the millions of step and check records a large run writes."""
        return dumps({"text": self.text, "judges": self.grades})

    def stored_json(self, output: str | None = None) -> str:
        """The stored form (:data:`REASONING_FORMAT`): each text once. The reasoning text becomes
        ``text_span``, its ``[start, end)`` in ``output`` (the raw model output it was read from), and
        each step's text ``span``, its ``[start, end)`` in the reasoning text; a text found in neither
        (a server's separate reasoning, a judge's own step wording) is kept as ``text``.
        :meth:`from_json` reads both forms, given the same ``output``."""
        text = self.text
        at = output.find(text) if output and text else -1
        out: dict[str, Any] = {"format": REASONING_FORMAT}
        if at >= 0:
            out["text_span"] = [at, at + len(text)]
        else:
            out["text"] = text
        out["judges"] = {label: _stored_grade(g, text) if g.steps else g for label, g in self.grades.items()}
        return dumps(out)

    @classmethod
    def from_json(cls, d: Mapping[str, Any], output: str | None = None) -> "Reasoning":
        """Either form: the full one (:meth:`to_json`) or the stored one (:meth:`stored_json`), whose
        ``text_span`` indexes ``output`` (the sample's raw output, ``samples.jsonl``'s ``output``)."""
        text = d["text"] if "text" in d else _cut(output, d["text_span"])
        return cls(text=text, grades={k: ReasoningGrade.from_json(g, text) for k, g in d["judges"].items()})


# Format of the stored reasoning object (``samples.jsonl``'s ``reasoning``, the run store's results):
# 3 keeps each text once (spans into the output and the reasoning, see ``Reasoning.stored_json``);
# 2 (no ``format`` key) repeated the reasoning text and each step's text. Both are read.
REASONING_FORMAT = 3


def _cut(text: str | None, span: Any) -> str:
    if text is None:
        raise ValueError("a stored reasoning span needs the text it indexes (the sample's output)")
    a, b = span
    return text[a:b]


def _stored_grade(g: ReasoningGrade, text: str) -> dict[str, Any]:
    """A grade with each step's text as its span in ``text`` (records stay records: orjson encodes them)."""
    steps: list[Any] = []
    pos = 0
    find = text.find
    for st in g.steps:
        t = st.text
        at = find(t, pos) if t else -1
        if at < 0 and t:
            at = find(t)
        if at < 0:
            steps.append(st)  # not in the reasoning text: kept whole
            continue
        pos = at
        steps.append({"index": st.index, "span": [at, at + len(t)], "verdict": st.verdict,
                      "makes_claim": st.makes_claim, "effective": st.effective, "checks": st.checks,
                      "note": st.note, "role": st.role})
    return {"status": g.status, "metrics": g.metrics, "steps": steps, "labels": g.labels, "detail": g.detail}


def expand_reasoning(record: Mapping[str, Any]) -> dict[str, Any]:
    """A ``samples.jsonl`` line (parsed) with its ``reasoning`` in the full form, every text written out
    (``{text, judges}``, steps with ``text``): for scripts that read the export, whatever its format."""
    rec = dict(record)
    r = rec.get("reasoning")
    if isinstance(r, Mapping) and "judges" in r:
        rec["reasoning"] = Reasoning.from_json(r, rec.get("output")).to_json()
    return rec


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
