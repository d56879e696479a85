"""Embedded judges that match a chain against a sample's reference items with the verifier.

Two benchmarks grade reasoning by *which reference items the chain covers*:

* MedThink-Bench and MedRBench list an expert's **scoring points**; the
  reasoning score is the share of points the rationale states (``points``
  judge, metric ``coverage``).
* M3CoTBench annotates **key steps**; correctness is step recall (key steps
  the chain states), step precision (chain steps a key step supports) and
  their F1, plus the order the chain visits the kinds of key steps
  (``steps`` judge).

Both are decided by the embedded verifier's concept matching, so they are
free, deterministic and explainable; the LLM protocols (``m3cot``, and an
LLM scoring-point judge) are the alternative through the same interface.

When is a reference item *covered*? The verifier reads the item's clinical
statements (concept, polarity, side, severity...) and judges each against
the chain: the item is covered when at least half of its statements are
recalled without contradiction. An item with no clinical statement but
named concepts (a modality, an anatomical site) is covered when the chain
names at least half of those concepts. An item in which the lexicon
recognises nothing cannot be judged: it is left out of the denominator and
counted (label ``undetermined``) rather than guessed either way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from medstep.judges.base import Judge, JudgeContext, JudgeItem
from medstep.judges.verifier import step_grade
from medstep.results import GradeStatus, JudgeInfo, JudgeKind, ReasoningGrade
from medstep.types import MedstepError
from medstep.verify import Verdict, Verification, default_verifier

VERSION = "1"
COVERED_SHARE = 0.5


@dataclass(frozen=True)
class Coverage:
    """Which reference items a chain covers: ``covered[i]`` is True/False, or None when undetermined."""

    covered: tuple[bool | None, ...]
    verification: Verification

    @property
    def determined(self) -> list[bool]:
        return [c for c in self.covered if c is not None]

    def recall(self) -> float | None:
        d = self.determined
        return sum(d) / len(d) if d else None


def _source_index(source: str) -> int | None:
    """``reference[3]`` -> 3 (the verifier's name for reference step 3)."""
    if source.startswith("reference[") and source.endswith("]"):
        return int(source[len("reference["):-1])
    return None


def coverage(chain: str, items: Sequence[str]) -> Coverage:
    """Match ``chain`` against each reference item (see module docstring)."""
    verifier = default_verifier()
    v = verifier.verify(chain or "", reference=list(items))
    units: dict[int, list[bool]] = {}
    for u in v.reference_units:
        i = _source_index(u.source)
        if i is not None:
            units.setdefault(i, []).append(u.recalled)
    named = {f.concept for f in verifier.extract_findings(chain or "")}
    out: list[bool | None] = []
    for i, item in enumerate(items):
        if i in units:
            out.append(sum(units[i]) / len(units[i]) >= COVERED_SHARE)
            continue
        concepts = {f.concept for f in verifier.extract_findings(item)}
        out.append(len(concepts & named) / len(concepts) >= COVERED_SHARE if concepts else None)
    return Coverage(tuple(out), v)


def _undetermined(cov: Coverage, items: Sequence[str]) -> tuple[str, ...]:
    return tuple(text for text, c in zip(items, cov.covered) if c is None)


def _lcs(a: Sequence[str], b: Sequence[str]) -> int:
    row = [0] * (len(b) + 1)
    for x in a:
        prev = 0
        for j, y in enumerate(b, 1):
            cur = row[j]
            row[j] = prev + 1 if x == y else max(row[j], row[j - 1])
            prev = cur
    return row[-1]


def _dedupe(path: Sequence[str]) -> list[str]:
    return [k for i, k in enumerate(path) if i == 0 or path[i - 1] != k]


def path_consistency(v: Verification, kinds: Sequence[str]) -> float | None:
    """LCS similarity of the order the chain's steps visit reference-step kinds with the gold order.

    A chain step takes the kind of the first reference step among the
    evidence that supports it; consecutive repeats collapse (M3CoTBench's
    path is the order of *kinds*). ``LCS / max(len)``, as the official
    ``lcs_analyzer.py`` compares two paths; 0 when no step lands on a kind.
    """
    if not kinds:
        return None
    path: list[str] = []
    for step in v.steps:
        for verdict in step.verdicts:
            idx = [i for e in verdict.evidence if (i := _source_index(e.source)) is not None and i < len(kinds)]
            if idx and verdict.verdict is Verdict.SUPPORTED:
                path.append(kinds[idx[0]])
                break
    gold, pred = _dedupe(list(kinds)), _dedupe(path)
    return _lcs(pred, gold) / max(len(pred), len(gold)) if pred else 0.0


class _ReferenceJudge(Judge):
    """Shared construction: embedded, no model, one namespace per label."""

    protocol: str
    metric_names: tuple[str, ...]

    @classmethod
    def as_judge(cls, label: str, model: str | None) -> _ReferenceJudge:
        return cls(label, model)

    def __init__(self, label: str | None = None, model: str | None = None) -> None:
        if model:
            raise MedstepError(f"judge {self.protocol!r} runs without a model, got model {model!r}")
        self.info = JudgeInfo(label=label or self.protocol, protocol=self.protocol, kind=JudgeKind.EMBEDDED,
                              version=VERSION, metrics=self.metric_names)

    def grade(self, items: Sequence[JudgeItem], ctx: JudgeContext) -> Mapping[str, ReasoningGrade]:
        out: dict[str, ReasoningGrade] = {}
        for item in items:
            refs = [r for r in item.sample.reference_steps if r and r.strip()]
            if not refs:
                out[item.sample.id] = ReasoningGrade(GradeStatus.NOT_APPLICABLE, detail="the sample has no reference items")
                continue
            out[item.sample.id] = self._grade(item, refs)
        return out

    def _grade(self, item: JudgeItem, refs: list[str]) -> ReasoningGrade:
        raise NotImplementedError


class PointsJudge(_ReferenceJudge):
    """``points``: share of the expert's scoring points the reasoning covers (MedThink-Bench, MedRBench)."""

    protocol = "points"
    metric_names = ("coverage",)

    def _grade(self, item: JudgeItem, refs: list[str]) -> ReasoningGrade:
        cov = coverage(item.reasoning, refs)
        missed = tuple(t for t, c in zip(refs, cov.covered) if c is False)
        return ReasoningGrade(
            GradeStatus.GRADED, {"coverage": cov.recall()},
            steps=tuple(step_grade(s) for s in cov.verification.steps),
            labels={k: v for k, v in (("missed", missed), ("undetermined", _undetermined(cov, refs))) if v},
        )


class StepsJudge(_ReferenceJudge):
    """``steps``: M3CoTBench step correctness (precision, recall, F1) and path consistency."""

    protocol = "steps"
    metric_names = ("step_precision", "step_recall", "step_f1", "path_consistency")

    def _grade(self, item: JudgeItem, refs: list[str]) -> ReasoningGrade:
        cov = coverage(item.reasoning, refs)
        recall = cov.recall()
        supported, claiming = cov.verification.reference_support_counts()
        precision = supported / claiming if claiming else None
        f1 = None
        if precision is not None and recall is not None:
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        kinds = item.sample.reference_kinds if len(item.sample.reference_kinds) == len(refs) else ()
        return ReasoningGrade(
            GradeStatus.GRADED,
            {"step_precision": precision, "step_recall": recall, "step_f1": f1,
             "path_consistency": path_consistency(cov.verification, kinds)},
            steps=tuple(step_grade(s) for s in cov.verification.steps),
            labels={"undetermined": _undetermined(cov, refs)} if None in cov.covered else {},
        )
