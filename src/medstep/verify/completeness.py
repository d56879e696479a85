"""What completeness is counted over, and what recalling a reference finding's side takes.

Completeness asks how many of the reference's statements a chain recalls. These rules fix its units
(one per claim unit of the reference steps, or of the report when there are none), judge each against the
prediction's findings, and say when a supported finding counts as recalled (its side said too). Kept apart
from :mod:`medstep.verify.verifier`, which caches the units with the evidence and assembles the
``Verification``, so the counting rules live in one small place.
"""

from __future__ import annotations

from collections.abc import Mapping

from medstep.verify.findings import Finding, Polarity
from medstep.verify.lexicon import Concept
from medstep.verify.results import ReferenceUnit
from medstep.verify.verdicts import EvidenceSet, SourcedFinding, Verdict, judge

__all__ = ["recall_units", "reference_units", "said_sides", "sides_recalled"]


def said_sides(said: list[SourcedFinding]) -> frozenset[str | None]:
    """The sides the prediction's positive statements of a concept (``said``) name (None: unsided)."""
    return frozenset(sf.finding.laterality for sf in said if sf.finding.polarity is not Polarity.ABSENT)


def sides_recalled(side: str, said: list[SourcedFinding] | frozenset[str | None]) -> bool:
    """Whether the prediction's positive statements of a concept (or their ``said_sides``) cover a reference
    finding's side."""
    sides = said if isinstance(said, frozenset) else said_sides(said)
    if side == "bilateral":
        return "bilateral" in sides or {"left", "right"} <= sides
    return bool(sides - {None})


def reference_units(items: list[SourcedFinding], has_ref: bool,
                    decided: dict[str, list[tuple[int, int]]] | None = None) -> tuple:
    """The reference statements completeness is counted over: ``(source, findings)`` per claim unit of
    the reference steps (of the report when there are none); naming the modality is not one, nor is
    restating the decision (``decided``: spans per reference step)."""
    want = "reference[" if has_ref else "report"
    grouped: dict[tuple[str, int], list[Finding]] = {}
    for sf in items:
        f = sf.finding
        if decided and sf.source in decided and any(a <= f.start < b for a, b in decided[sf.source]):
            continue
        if f.category != "modality" and sf.source.startswith(want):
            grouped.setdefault((sf.source, f.unit), []).append(f)
    return tuple((source, tuple(fs)) for (source, _unit), fs in grouped.items())


def recall_units(concepts: Mapping[str, Concept], ref_units: tuple,
                 pred_items: list[SourcedFinding]) -> tuple[ReferenceUnit, ...]:
    """Judge each reference statement against the prediction's findings (completeness)."""
    pred_ev = EvidenceSet(pred_items)
    sup, con = Verdict.SUPPORTED, Verdict.CONTRADICTED
    units = []
    absent = Polarity.ABSENT
    # what the reference calls present or possible (with relatives): the reference steps are one text, so a normal
    # statement's absence in one step ("The portal vein is patent") does not deny a finding another step names ("the
    # hepatic veins contain thrombus"), and a chain naming that finding has not contradicted the statement
    named: set[str] = set()
    for _source, findings in ref_units:
        for f in findings:
            if f.polarity is not absent and f.category in ("finding", "device"):
                named.add(f.concept)
                named |= concepts[f.concept].ancestors | concepts[f.concept].descendants
    said: dict[str, frozenset[str | None]] = {}

    def _said(concept: str) -> frozenset[str | None]:
        """The sides the prediction names of ``concept``, read once per concept: each of a reference's many sided
        findings of one concept read all the prediction's statements of it again (findings x statements)."""
        got = said.get(concept)
        if got is None:
            got = said[concept] = said_sides(pred_ev.related(concepts[concept]))
        return got

    for source, findings in ref_units:
        vs = tuple(judge(f, concepts[f.concept], pred_ev, explain=False) for f in findings)
        supported = contradicted = False
        for f, v in zip(findings, vs):
            if v.verdict is sup:
                # recalling "right lower zone opacity" takes saying which side, not only "an opacity";
                # recalling "bilateral effusions" takes both sides, not "a right effusion"
                if f.laterality is None or f.polarity is absent or sides_recalled(f.laterality, _said(f.concept)):
                    supported = True
            elif v.verdict is con and not (f.source == "normal" and f.concept in named):
                contradicted = True
        units.append(ReferenceUnit(source, findings, vs, supported and not contradicted))
    return tuple(units)
