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

* :mod:`medstep.results.outcome` -- answer grades (``Metric``, ``OutcomeSummary``);
* :mod:`medstep.results.grades` -- reasoning grades per step, sample and judge;
* :mod:`medstep.results.run` -- the run summary (``summary.json``) and its schema check;
* :mod:`medstep.results.usage` -- tokens per endpoint and their cost (``summary.json`` → ``usage``);
* :mod:`medstep.results.rollouts` -- k sampled answers per question (``--samples k``).
"""

from medstep.results.grades import (
    REASONING_FORMAT, Check, Evidence, GradeStatus, JudgeInfo, JudgeKind, JudgeSummary, Reasoning, ReasoningGrade,
    StepGrade, expand_reasoning,
)
from medstep.results.outcome import (
    CategoryOutcome, GroupCategory, GroupOutcome, Metric, OutcomeSummary, TypeOutcome,
)
from medstep.results.rollouts import RolloutSummary
from medstep.results.run import SCHEMA_VERSION, ModeImpact, RunSummary, check_schema
from medstep.results.usage import LOCAL_ENDPOINT, Price, RunUsage, TokenUsage, UsageSummary

__all__ = [
    "REASONING_FORMAT", "SCHEMA_VERSION", "expand_reasoning", "CategoryOutcome", "Check", "Evidence", "GradeStatus", "GroupCategory", "GroupOutcome",
    "JudgeInfo", "JudgeKind", "JudgeSummary", "Metric", "ModeImpact", "OutcomeSummary", "Reasoning",
    "ReasoningGrade", "RolloutSummary", "RunSummary", "StepGrade", "TypeOutcome", "check_schema",
    "LOCAL_ENDPOINT", "Price", "RunUsage", "TokenUsage", "UsageSummary",
]
