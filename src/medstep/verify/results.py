"""What ``verify`` returns: step verdicts, the decision, reference recall and the clinical errors.

``Verification`` carries what RadRScore needs (``score/reasoning.py``):

* per claimed *unit* (one statement; "lungs are clear" is one unit with
  several absences) whether it is consistent with the evidence — factuality;
  the committed answer option's findings are one more unit;
* per step whether it makes a counted claim, and whether a claim of it is
  supported by the evidence (report or reference) without a contradiction —
  effectiveness. A step that only lists options, defines a finding or plans
  ("let me check for ...") names findings without observing them: it claims
  nothing and is not counted;
* per reference unit whether the prediction recalls it — completeness.

A chain that names every answer option without committing to one earns no
factuality or effectiveness credit (``committed`` is False).

A chain that *observes nothing* (``observes`` is False) -- a refusal, the
question or the options restated, or only hedges ("there may be X", "Y cannot
be excluded") -- has no factuality and no effectiveness (None, not 0 and not
1): it made no statement that could be right or wrong, and the picked option
alone is graded by accuracy, not as reasoning. Its completeness is 0 (it
recalls nothing) and its clinical score is 0 (every true finding missed, no
credit: ``ClinicalErrors.without_credit``), so it ranks below every real
attempt and is not dropped from a mean or a reward as an undefined value
would be. Without this rule a hedge on every finding, or the gold option's
words repeated, out-scored a chain that committed to findings and got one
wrong.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from medstep.lazyre import lazy_compile
from medstep.verify.clinical import ClinicalErrors
from medstep.verify.extract import make_sentences
from medstep.verify.findings import Finding, Polarity
from medstep.verify.roles import Sentence, SentenceRole
from medstep.verify.verdicts import FindingVerdict, Verdict


@dataclass(slots=True)
class StepVerdict:
    """One step: its claims, their verdicts (parallel to ``findings``) and the step-level verdict.

    Not frozen (like the other per-claim records) because frozen construction is slow on the
    reward path; treat it as read-only. ``findings`` are the step's counted claims (observations
    and conclusions); ``sentences`` give each clause's role, ``role`` the step's most telling one.
    """

    index: int
    text: str
    findings: tuple[Finding, ...]
    verdicts: tuple[FindingVerdict, ...]
    verdict: Verdict
    supported_by_reference: bool
    role: SentenceRole = SentenceRole.OBSERVATION
    clauses: tuple = ()  # (start, end, role, claims, mentions) per clause, spans relative to the step
    supported: bool = False  # a counted claim is supported by the report or a reference step
    mentions: int = 0  # clinical mentions in any role, counted or not

    def with_contradictions(self, added: Sequence[FindingVerdict]) -> StepVerdict:
        """This step with claims a chain-level check found contradicted appended (a device's position, a
        finding's descriptor) and the step judged contradicted."""
        return StepVerdict(self.index, self.text, self.findings + tuple(v.finding for v in added),
                           self.verdicts + tuple(added), Verdict.CONTRADICTED, self.supported_by_reference, self.role,
                           self.clauses, self.supported, self.mentions)

    def with_verdicts(self, verdicts: Sequence[FindingVerdict]) -> StepVerdict:
        """This step with its claims' verdicts replaced (parallel to ``findings``) by a chain-level check that found
        some contradicted (a side or a resolution the report says otherwise), and the step judged contradicted."""
        return StepVerdict(self.index, self.text, self.findings, tuple(verdicts), Verdict.CONTRADICTED,
                           self.supported_by_reference, self.role, self.clauses, self.supported, self.mentions)

    @property
    def sentences(self) -> list[Sentence]:
        """The step's clauses with their roles (spans index ``text``)."""
        return make_sentences(self.text, self.clauses)

    @property
    def makes_claim(self) -> bool:
        """True when at least one claim of the step is counted (``consistent`` is not None)."""
        return any(v.consistent is not None for v in self.verdicts)

    @property
    def effective(self) -> bool:
        return self.makes_claim and self.supported and self.verdict is not Verdict.CONTRADICTED

    def to_json(self) -> dict[str, Any]:
        # makes_claim / effective are what the effectiveness score counts (a step that only lists
        # options or defines a finding names findings but claims none: it is not counted)
        return {"index": self.index, "text": self.text, "verdict": self.verdict.value, "role": self.role.value,
                "makes_claim": self.makes_claim, "effective": self.effective,
                "sentences": [s.to_json() for s in self.sentences],
                "findings": [f.to_json() for f in self.findings],
                "verdicts": [v.to_json() for v in self.verdicts]}


@dataclass(frozen=True)
class DecisionVerdict:
    """The answer option the chain committed to, read as claims of its findings."""

    option: str
    text: str
    findings: tuple[Finding, ...]
    verdicts: tuple[FindingVerdict, ...]
    # the benchmark names another option true (option evidence): the committed answer is a false claim even
    # when its words name no finding the verifier knows ("No, it is coiled in the oesophagus")
    distractor: bool = False
    # the benchmark names this option true (option evidence): the committed answer is a true claim even when
    # an unsided or broader statement of the report seems to deny one of its words ("ribs are normal" on the
    # left beside "Right haemothorax with rib fractures"); the mirror of ``distractor``
    gold: bool = False

    @property
    def consistent(self) -> bool | None:
        if self.distractor:
            return False
        if self.gold:
            return True
        counted = [v.consistent for v in self.verdicts if v.consistent is not None]
        return all(counted) if counted else None

    def to_json(self) -> dict[str, Any]:
        return {"option": self.option, "text": self.text, "consistent": self.consistent,
                "findings": [f.to_json() for f in self.findings], "verdicts": [v.to_json() for v in self.verdicts]}


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


# What a detected error leaves of a chain's RadRScore and clinical score. The RadRScore ratios charge a
# contradicted claim one unit of ~7 (factuality), one step of ~3 (effectiveness) and one reference unit of ~6
# (completeness), and the clinical score one false finding among the truth's weight: on chains written by people
# who never saw the verifier, a faithful chain in lay or terse words whose paraphrases were not recognised lost
# more than a clinical chain with one wrong side, size or option (benchmarks/corpus/README.md, "vone"). A wrong
# statement the verifier *detected* is certain; a missed paraphrase is the verifier's own gap. Halving keeps the
# order among chains with errors and keeps an erring chain that observes above one that observes nothing.
CONTRADICTION_FACTOR = 0.5
# The factor compounds per error (review7: a chain with three invented findings the verifier could not see as
# contradictions outscored a chain with one detected wrong side; issue #8: three detected errors scored as one),
# down to this floor: a chain with errors keeps some of its score, and still ranks above one that observes nothing.
ERROR_FLOOR = 0.125
# A positive finding claimed outright that a full report never names (the clinical score's false finding) is an
# error the verifier cannot prove, and is often a finding the report words in a way the concept table misses: it
# costs less than a proven contradiction, but three of them cost more than one (review7: three invented findings
# scored twice as well as one detected wrong side).
SILENT_FACTOR = 0.8
# Device words that name no particular device ("a catheter", "drains", "support devices"): "drains" is also a verb
# ("where the kidney drains") and "drainage tube" a lay ureter, so they are no invented device (``count_errors``).
GENERIC_DEVICES = frozenset({"support_devices", "catheter"})
# Devices a writer may call by one another's names ("the breathing tube" for a tracheostomy, "the line" for a port,
# "wires" for clips): a chain's device of a group the evidence names no device of is invented even where the evidence
# names devices of other groups ("a nasogastric tube lies in the conduit" beside a report of surgical clips only;
# ``device_group``). A device of no group is its own. A stent is none of the metal group: it lies in a lumen it holds
# open, and a writer calls no clip, screw, coil or valve a stent ("a biliary stent" beside a report of cholecystectomy
# clips only is invented; vloc22).
DEVICE_GROUPS = {
    **dict.fromkeys(("endotracheal_tube", "tracheostomy_tube"), "airway"),
    **dict.fromkeys(("central_venous_catheter", "picc", "port", "swan_ganz", "catheter", "ecmo", "iabp", "lvad"),
                    "vascular"),
    **dict.fromkeys(("pacemaker", "icd", "loop_recorder"), "cardiac electronic"),
    **dict.fromkeys(("surgical_clips", "sternotomy_wires", "surgical_instruments", "orthopedic_hardware",
                     "embolization_coil", "fiducial_marker", "brachytherapy_seeds", "ivc_filter",
                     "prosthetic_valve"), "metal"),
}


# ... and lay names of a device by what it does ("the feeding tube that was put into a vein" for a PICC, "the breathing
# tubes" for bronchi): beside a report naming other devices they are no invented device of their own group
_BY_PURPOSE = lazy_compile(r"\b(?:feeding|breathing|drainage|draining|suction|air)\b", re.IGNORECASE)


def device_group(concept: str) -> str:
    """The group of a device concept (``DEVICE_GROUPS``), or the concept itself."""
    return DEVICE_GROUPS.get(concept, concept)


def _unnamed_device(f: Finding, no_devices: bool | Callable[[str], bool]) -> bool:
    """Whether a chain's device ``f`` is one the evidence never names: none at all (``no_devices`` True), or none of its
    group (``no_devices`` a test of the concept) when ``f`` is named as a device, not by what it does."""
    if callable(no_devices):
        return no_devices(f.concept) and _BY_PURPOSE.search(f.text) is None
    return no_devices


def error_factor(contradictions: int, silent: int = 0) -> float:
    """What a chain's errors leave of a score: ``CONTRADICTION_FACTOR`` for the first detected error (a
    contradicted claim, a false committed answer), ``SILENT_FACTOR`` for each further one and for each finding
    a full report never names, at least ``ERROR_FLOOR``; 1 without errors.

    Why each further detected error costs: with one flat halving a chain with three wrong statements scored as
    well as one with a single slip (issue #8, "more or worse errors always score lower"). The further errors
    cost less than the first, because a faithful chain's misread sentence is also a "detected error": on the
    retired blind sets 30-33 and the red-team set, 0.8 per further error ordered 38 more of 1,011 tier-3/tier-2
    pairs (RadRScore) and 59 more (clinical); a steeper 0.5 per error ordered 5 more again but lost 3 and 7 more
    tier-2/tier-1 pairs (gaming chains then outscored erring ones; lane chains34)."""
    if not contradictions and not silent:
        return 1.0
    first = CONTRADICTION_FACTOR if contradictions else 1.0
    return max(first * SILENT_FACTOR ** (max(contradictions - 1, 0) + silent), ERROR_FLOOR)


def count_errors(steps: Sequence[StepVerdict], decision: DecisionVerdict | None,
                 silent_report: bool, weighty: Callable[[str], bool] = lambda c: True,
                 no_devices: bool | Callable[[str], bool] = False) -> tuple[int, int]:
    """(detected errors, unnamed findings) of a chain, for ``error_factor``. Detected: each claim unit of a step
    that the evidence contradicts, and a committed answer that is false. Unnamed (only with ``silent_report``: a
    full report was given): each positive urgent or actionable finding claimed outright that no evidence mentions,
    whatever else its step says, and (with ``no_devices``: the evidence names no device at all) each device named
    outright ("fixed with two K-wires", "fiducial markers are present" beside a report of a fracture or a lesion
    only: a report lists the hardware a study shows). Where the evidence names some device, a chain's other device
    words may be that one in lay words ("the breathing tube in the neck" for a tracheostomy), so they are not
    counted, nor are ``GENERIC_DEVICES``. A hedged claim, an absence, a not actionable or benign finding, or words
    no concept covers are never counted.

    A full report names what the film shows, so a finding it never names ("a small left effusion" beside a report
    silent on the pleura) is as false as one it denies: when nothing else is detected, the first unnamed finding
    counts as a detected error (judge 45; at ``SILENT_FACTOR`` alone an invented finding
    left a one-error chain above faithful chains in lay words). The rest cost ``SILENT_FACTOR`` each."""
    con = Verdict.CONTRADICTED
    present = Polarity.PRESENT
    contra: set[tuple[int, int]] = set()
    silent: set[tuple[int, int]] = set()
    for s in steps:
        for f, v in zip(s.findings, s.verdicts):
            if v.consistent is not False:
                continue
            if v.verdict is con and s.verdict is con:
                contra.add((s.index, f.unit))
            elif silent_report and v.rule == "silent-present" and f.polarity is present and (
                    f.category == "finding" and weighty(f.concept) or f.category == "device"
                    and _unnamed_device(f, no_devices) and f.concept not in GENERIC_DEVICES):
                silent.add((s.index, f.unit))
    detected = len(contra) + (decision is not None and decision.consistent is False)
    unnamed = len(silent - contra)
    if not detected and unnamed:
        return 1, unnamed - 1
    return detected, unnamed


def contradicts(steps: Sequence[StepVerdict], decision: DecisionVerdict | None) -> bool:
    """Whether a chain states something the evidence contradicts: a counted claim of a step judged
    contradicted (a wrong side, size, grade or site, a present finding the evidence denies, an absent one
    it reports) or a committed answer that is false. Unsupported claims (the evidence silent) are not
    contradictions: they cost their unit, not ``CONTRADICTION_FACTOR``."""
    con = Verdict.CONTRADICTED
    for s in steps:
        if s.verdict is con:
            for v in s.verdicts:
                if v.verdict is con and v.consistent is False:
                    return True
    return decision is not None and decision.consistent is False


def _units(items: Sequence[tuple[Any, Finding, FindingVerdict]]) -> dict[tuple, list[FindingVerdict]]:
    out: dict[tuple, list[FindingVerdict]] = {}
    for key, f, v in items:
        out.setdefault((key, f.unit), []).append(v)
    return out


@dataclass(frozen=True)
class Verification:
    """The full result of ``verify``."""

    steps: tuple[StepVerdict, ...]
    reference_units: tuple[ReferenceUnit, ...]
    has_evidence: bool
    decision: DecisionVerdict | None = None
    committed: bool = True  # False: options were given, none chosen, and the chain names them all
    observes: bool = True  # False: no step commits to a finding (refusal, restated task, only hedges)
    errors: tuple[int, int] = (0, 0)  # (detected errors, unnamed findings): ``count_errors``, ``error_factor``
    _clinical: Callable[[], ClinicalErrors] | None = field(default=None, repr=False, compare=False)

    @cached_property
    def clinical(self) -> ClinicalErrors | None:
        """The clinical error score of the chain's claims (None without evidence). Computed on first
        use: the RadRScore reward path does not need it."""
        return self._clinical() if self._clinical is not None else None

    @property
    def findings(self) -> list[Finding]:
        """The chain's claimed findings, step by step."""
        return [f for s in self.steps for f in s.findings]

    def factuality_counts(self) -> tuple[int, int]:
        """(consistent claim units, counted claim units); the decision is one unit. (0, 0) when the
        chain observes nothing: the decision alone is not reasoning."""
        if not self.observes:
            return 0, 0
        units = _units([(s.index, f, v) for s in self.steps for f, v in zip(s.findings, s.verdicts)])
        num = den = 0
        for verdicts in units.values():
            counted = [v.consistent for v in verdicts if v.consistent is not None]
            if counted:
                den += 1
                num += all(counted)
        if self.decision is not None and self.decision.consistent is not None:
            den += 1
            num += self.decision.consistent
        return (num if self.committed else 0), den

    def effectiveness_counts(self) -> tuple[int, int]:
        """(effective steps, steps that make a counted claim); (0, 0) when the chain observes nothing."""
        if not self.observes:
            return 0, 0
        claiming = [s for s in self.steps if s.makes_claim]
        if not self.committed:
            return 0, len(claiming)
        con = Verdict.CONTRADICTED  # (``StepVerdict.effective`` of a step known to make a claim)
        return sum(s.supported and s.verdict is not con for s in claiming), len(claiming)

    def reference_support_counts(self) -> tuple[int, int]:
        """(steps a source supports without contradiction, steps that name a finding, device or
        modality): the share of chain steps the references back, for judges that match chains
        against reference items (M3CoTBench's step precision), where naming the modality is a step."""
        num = den = 0
        for s in self.steps:
            named = [v for v in s.verdicts if v.consistent is not None or v.rule == "same-modality"]
            if named:
                den += 1
                num += s.verdict is not Verdict.CONTRADICTED and any(v.verdict is Verdict.SUPPORTED for v in named)
        return num, den

    def completeness_counts(self) -> tuple[int, int]:
        """(recalled reference units, reference units)."""
        return sum(u.recalled for u in self.reference_units), len(self.reference_units)

    @property
    def has_contradiction(self) -> bool:
        """Whether the chain states something the evidence contradicts (``contradicts``)."""
        return contradicts(self.steps, self.decision)

    def contradicted(self) -> list[FindingVerdict]:
        out = [v for s in self.steps for v in s.verdicts if v.verdict is Verdict.CONTRADICTED]
        if self.decision is not None:
            out += [v for v in self.decision.verdicts if v.verdict is Verdict.CONTRADICTED]
        return out

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"steps": [s.to_json() for s in self.steps],
                             "reference": [u.to_json() for u in self.reference_units]}
        if self.decision is not None:
            d["decision"] = self.decision.to_json()
        if not self.committed:
            d["committed"] = False
        if not self.observes:
            d["observes"] = False
        if self.clinical is not None:
            d["clinical"] = self.clinical.to_json()
        return d
