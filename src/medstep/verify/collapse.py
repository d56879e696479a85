"""A whole lung called collapsed beside a pneumothorax is the pneumothorax's lung, not lobar collapse.

"A lot of air has leaked around the left lung and the left lung has collapsed", "Large right pneumothorax with
the right lung collapsed towards the hilum": the lexicon reads "the lung has collapsed" as atelectasis (the organ
and its abnormal word), which is right for a lung collapsed by an obstructed bronchus but not beside a
pneumothorax, where it names the same finding in other words ("collapsed lung" is already a pneumothorax
synonym). Read as atelectasis, a faithful lay chain was contradicted by a distractor's "left lower lobe collapse"
and a report's collapsed lung denied a chain's "the lungs are otherwise clear" (one-error dev 3, P10 and P12).

So each text group (the chain; the report with its reference steps and option evidence) that names a pneumothorax
present reads its own whole-lung collapse words (atelectasis with no lobe or zone, present or possible, on
the pneumothorax's side or none) as a pneumothorax (the evidence keeps the collapse reading as well, ``CollapsedLung.evidence``). A lobe ("the left lower lobe has collapsed"), volume loss
or atelectasis by name, a denied collapse and a collapse on the other side stay as they are. The extractor
is left alone: the reading depends on what else a text group says, across steps and reference steps.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import replace

from medstep.verify.findings import Finding, Polarity
from medstep.verify.lexicon import Concept
from medstep.verify.verdicts import SourcedFinding

_COLLAPSE, _PTX = "atelectasis", "pneumothorax"
# the words of atelectasis that say a lung collapsed or shrank (not "atelectasis", "volume loss", "plate-like"): in
# English and Chinese (萎陷, the lexicon's "collapse")
_WHOLE_LUNG_WORDS = ("collaps", "shrunk", "shrink", "shrank", "\u840e\u9677")


class CollapsedLung:
    """The re-reading of the module docstring, for one lexicon."""

    def __init__(self, concepts: dict[str, Concept]) -> None:
        self._on = _COLLAPSE in concepts and _PTX in concepts
        self._kinds = frozenset(c.id for c in concepts.values() if c.id == _PTX or _PTX in c.ancestors)
        self._name = concepts[_PTX].name if self._on else ""

    def _sides(self, findings: Iterable[Finding]) -> set[str | None]:
        """The sides of the pneumothoraces named present or possible (None: one without a side)."""
        kinds, absent = self._kinds, Polarity.ABSENT
        return {f.laterality for f in findings if f.concept in kinds and f.polarity is not absent}

    def _reread(self, f: Finding, sides: set[str | None]) -> Finding:
        if f.concept != _COLLAPSE or f.location is not None or f.polarity is Polarity.ABSENT \
                or f.source != "mention" or not any(w in f.text.lower() for w in _WHOLE_LUNG_WORDS):
            return f
        if f.laterality is None or None in sides or f.laterality in sides or "bilateral" in sides:
            # (the lung's grade is not the pneumothorax's: "the right lung is partially collapsed" beside a large one)
            return replace(f, concept=_PTX, name=self._name, severity=None)
        return f

    def evidence(self, items: list[SourcedFinding]) -> list[SourcedFinding]:
        """The evidence items with a pneumothorax reading added beside each whole-lung collapse (the report,
        reference steps and option evidence are one description of the image). Added, not replaced: a chain
        may describe the same lung in its own words as shrunk or collapsed without naming the pneumothorax,
        and the collapse still supports that; the added reading (same statement unit) lets a chain's collapse
        re-read as the pneumothorax recall the statement."""
        if not self._on or not any(sf.finding.concept == _COLLAPSE for sf in items):
            return items
        sides = self._sides(sf.finding for sf in items)
        if not sides:
            return items
        out = list(items)
        for sf in items:
            f = self._reread(sf.finding, sides)
            if f is not sf.finding:
                out.append(SourcedFinding(f, sf.source, sf.text, sf.rank))
        return out

    def truth(self, findings: list[Finding]) -> list[Finding]:
        """The clinical truth with its whole-lung collapse words read as the pneumothorax (replaced: the chain's
        are, and the clinical score compares one reading of each side)."""
        if not self._on or not any(f.concept == _COLLAPSE for f in findings):
            return findings
        sides = self._sides(findings)
        return [self._reread(f, sides) for f in findings] if sides else findings

    def evidence_collapsed(self, pneumothoraces: Iterable[SourcedFinding]) -> set[str | None]:
        """The sides of the evidence's whole-lung collapses it re-read as a pneumothorax (``evidence``), from its
        pneumothorax items."""
        return {sf.finding.laterality for sf in pneumothoraces if sf.finding.concept == _PTX
                and any(w in sf.finding.text.lower() for w in _WHOLE_LUNG_WORDS)} if self._on else set()

    def chain(self, per_step: list[list[Finding]], collapsed: AbstractSet[str | None] = frozenset()
              ) -> list[list[Finding]]:
        """A chain's findings per step with its whole-lung collapse words re-read (new lists where one changes:
        the extractor may share the old ones). ``collapsed``: the sides of the evidence's own re-read collapses:
        a chain that calls that lung collapsed names the evidence's finding even when it denies the pneumothorax
        ("The right lung is collapsed. No pneumothorax." against "right pneumothorax, the right lung collapsed" is
        one error, the denial, not a false atelectasis besides)."""
        if not self._on or not any(f.concept == _COLLAPSE for fs in per_step for f in fs):
            return per_step
        sides = self._sides(f for fs in per_step for f in fs) | collapsed
        if not sides:
            return per_step
        return [[self._reread(f, sides) for f in fs] for fs in per_step]
