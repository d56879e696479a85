"""Verify a reasoning chain step by step against a report and/or reference steps.

Evidence is the union of the report's findings and the reference steps'
findings (both are ground truth; the union covers more of the image).
Each verdict names its evidence source (``report`` or ``reference[i]``) so
the scores can tell which one supported a step.

``Verification`` also carries what RadRScore needs (``score/reasoning.py``):

* per claimed *unit* (one statement; "lungs are clear" is one unit with
  several absences) whether it is consistent with the evidence — factuality;
* per step whether it makes a clinical claim and whether a reference source
  supports it without any contradiction — effectiveness;
* per reference unit whether the prediction recalls it — completeness.
  "Reference" means the reference steps when the sample has them and the
  report otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from medstep.verify.extract import Extractor, Finding
from medstep.verify.judge import EvidenceSet, FindingVerdict, SourcedFinding, Verdict, judge
from medstep.verify.lexicon import Lexicon
from medstep.verify.steps import split_steps

_CACHE_LIMIT = 4096  # evidence texts repeat across rollouts of one prompt; keep their findings


@dataclass(slots=True)
class StepVerdict:
    """One step: its claims, their verdicts (parallel to ``findings``) and the step-level verdict.

    Not frozen (like the other per-claim records) because frozen construction is slow on the
    reward path; treat it as read-only.
    """

    index: int
    text: str
    findings: tuple[Finding, ...]
    verdicts: tuple[FindingVerdict, ...]
    verdict: Verdict
    supported_by_reference: bool

    @property
    def makes_claim(self) -> bool:
        """True when at least one claim of the step is counted (``consistent`` is not None)."""
        return any(v.consistent is not None for v in self.verdicts)

    @property
    def effective(self) -> bool:
        return self.makes_claim and self.supported_by_reference and self.verdict is not Verdict.CONTRADICTED

    def to_json(self) -> dict[str, Any]:
        # makes_claim / effective are what the effectiveness score counts: a step can be
        # "supported" by the report yet not effective when the reference steps lack its claim.
        return {"index": self.index, "text": self.text, "verdict": self.verdict.value,
                "makes_claim": self.makes_claim, "effective": self.effective,
                "findings": [f.to_json() for f in self.findings],
                "verdicts": [v.to_json() for v in self.verdicts]}


@dataclass(frozen=True)
class ReferenceUnit:
    """One reference statement and whether the prediction recalled it."""

    source: str
    findings: tuple[Finding, ...]
    verdicts: tuple[FindingVerdict, ...]  # each reference finding judged against the prediction (no spans)
    recalled: bool

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "text": self.findings[0].text, "recalled": self.recalled,
                "concepts": [f.concept for f in self.findings]}


def _units(items: Sequence[tuple[Any, Finding, FindingVerdict]]) -> dict[tuple, list[FindingVerdict]]:
    out: dict[tuple, list[FindingVerdict]] = {}
    for key, f, v in items:
        out.setdefault((key, f.unit), []).append(v)
    return out


@dataclass(frozen=True)
class Verification:
    """The full result of ``verify``: step verdicts plus the reference recall."""

    steps: tuple[StepVerdict, ...]
    reference_units: tuple[ReferenceUnit, ...]
    has_evidence: bool

    @property
    def findings(self) -> list[Finding]:
        """The chain's claimed findings, step by step."""
        return [f for s in self.steps for f in s.findings]

    def factuality_counts(self) -> tuple[int, int]:
        """(consistent claim units, counted claim units)."""
        units = _units([(s.index, f, v) for s in self.steps for f, v in zip(s.findings, s.verdicts)])
        num = den = 0
        for verdicts in units.values():
            counted = [v.consistent for v in verdicts if v.consistent is not None]
            if counted:
                den += 1
                num += all(counted)
        return num, den

    def effectiveness_counts(self) -> tuple[int, int]:
        """(effective steps, steps that make a clinical claim)."""
        claiming = [s for s in self.steps if s.makes_claim]
        return sum(s.effective for s in claiming), len(claiming)

    def completeness_counts(self) -> tuple[int, int]:
        """(recalled reference units, reference units)."""
        return sum(u.recalled for u in self.reference_units), len(self.reference_units)

    def contradicted(self) -> list[FindingVerdict]:
        return [v for s in self.steps for v in s.verdicts if v.verdict is Verdict.CONTRADICTED]

    def to_json(self) -> dict[str, Any]:
        return {"steps": [s.to_json() for s in self.steps],
                "reference": [u.to_json() for u in self.reference_units]}


class Verifier:
    """Deterministic clinical verifier; build once (lexicon compilation ~0.1 s) and reuse.

    ``extra_lexicon`` is a TSV in the ``lexicon.tsv`` format that adds concepts
    or synonyms; ``triggers`` replaces the packaged trigger table.
    """

    def __init__(self, extra_lexicon: Path | None = None, triggers: Path | None = None) -> None:
        self.lexicon = Lexicon.load(extra_lexicon, triggers)
        self.extractor = Extractor(self.lexicon)
        self._cache: dict[str, list[Finding]] = {}
        self._ev_cache: dict[tuple, tuple[EvidenceSet, list[SourcedFinding]]] = {}

    def extract_findings(self, text: str) -> list[Finding]:
        """Findings of ``text`` (anatomy and modality mentions included)."""
        return self.extractor.extract(text)

    def _evidence_findings(self, text: str) -> list[Finding]:
        hit = self._cache.get(text)
        if hit is None:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            hit = self._cache[text] = [f for f in self.extractor.extract(text) if f.is_claim]
        return hit

    def _evidence(self, report: str | None, ref_texts: tuple[str, ...]) -> tuple[EvidenceSet, list[SourcedFinding]]:
        """Evidence set for a report + reference steps, cached: rollouts of one prompt share it."""
        key = (report, ref_texts)
        hit = self._ev_cache.get(key)
        if hit is None:
            items: list[SourcedFinding] = []
            if report:
                items += [SourcedFinding(f, "report", report) for f in self._evidence_findings(report)]
            for i, text in enumerate(ref_texts):
                items += [SourcedFinding(f, f"reference[{i}]", text) for f in self._evidence_findings(text)]
            if len(self._ev_cache) >= _CACHE_LIMIT:
                self._ev_cache.clear()
            hit = self._ev_cache[key] = (EvidenceSet(items), items)
        return hit

    def verify(self, chain: str, report: str | None = None,
               reference: Sequence[str] | str | None = None) -> Verification:
        """Verify ``chain`` against ``report`` and/or ``reference`` steps (a string is split into steps)."""
        if isinstance(reference, str):
            ref_texts = tuple(s.text for s in split_steps(reference))
        else:
            ref_texts = tuple(r for r in (reference or ()) if r and r.strip())
        ev, evidence = self._evidence(report or None, ref_texts)
        ref_prefix = "reference[" if ref_texts else "report"
        concepts = self.lexicon.concepts

        steps = split_steps(chain)
        per_step = self.extractor.extract_segments(chain, [s.start for s in steps], claims_only=True) if steps else []
        out: list[StepVerdict] = []
        pred_items: list[SourcedFinding] = []
        for step, found in zip(steps, per_step):
            n = len(step.text)
            if found and found[-1].start >= n:  # a hit inside the next step's marker text
                found = [f for f in found if f.start < n]
            claims = tuple(found)
            level = Verdict.NEUTRAL
            by_ref = False
            verdicts = []
            for f in claims:
                v = judge(f, concepts[f.concept], ev)
                verdicts.append(v)
                if v.consistent is None:
                    continue
                kind = v.verdict
                if kind is Verdict.CONTRADICTED:
                    level = kind
                elif kind is Verdict.SUPPORTED:
                    if level is not Verdict.CONTRADICTED:
                        level = kind
                    if not by_ref:
                        by_ref = any(e.source.startswith(ref_prefix) for e in v.evidence)
                elif level is Verdict.NEUTRAL:
                    level = Verdict.UNVERIFIABLE
            src = f"step[{step.index}]"
            pred_items += [SourcedFinding(f, src, step.text) for f in claims]
            out.append(StepVerdict(step.index, step.text, claims, tuple(verdicts), level, by_ref))
        return Verification(tuple(out), self._recall(evidence, ref_texts, pred_items), has_evidence=not ev.empty)

    def _recall(self, evidence: list[SourcedFinding], ref_texts: tuple[str, ...],
                pred_items: list[SourcedFinding]) -> tuple[ReferenceUnit, ...]:
        """Judge each reference statement against the prediction's findings (completeness)."""
        concepts = self.lexicon.concepts
        want = "reference[" if ref_texts else "report"
        pred_ev = EvidenceSet(pred_items)
        grouped: dict[tuple[str, int], list[tuple[Finding, FindingVerdict]]] = {}
        for sf in evidence:
            f = sf.finding
            if f.category == "modality" or not sf.source.startswith(want):
                continue  # completeness is about clinical content, not about naming the modality
            grouped.setdefault((sf.source, f.unit), []).append((f, judge(f, concepts[f.concept], pred_ev, explain=False)))
        units = []
        for (source, _unit), pairs in grouped.items():
            vs = [v for _, v in pairs]
            recalled = (any(v.verdict is Verdict.SUPPORTED for v in vs)
                        and not any(v.verdict is Verdict.CONTRADICTED for v in vs))
            units.append(ReferenceUnit(source, tuple(f for f, _ in pairs), tuple(vs), recalled))
        return tuple(units)


_default: Verifier | None = None


def default_verifier() -> Verifier:
    """The shared verifier with the packaged lexicon (built on first use, then cached)."""
    global _default
    if _default is None:
        _default = Verifier()
    return _default


def verify(chain: str, report: str | None = None, reference: Sequence[str] | str | None = None) -> Verification:
    """Verify a reasoning chain with the packaged lexicon; see ``Verifier.verify``."""
    return default_verifier().verify(chain, report=report, reference=reference)


def extract_findings(text: str) -> list[Finding]:
    """Findings of ``text`` with the packaged lexicon; see ``Verifier.extract_findings``."""
    return default_verifier().extract_findings(text)
