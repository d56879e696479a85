"""Chain-level checks of what a claim says beyond its concept: a device's position (``positions.py``) and an
endotracheal tube's depth (``airway_depth.py``), a
finding's descriptors (``descriptors.py``), the side of a one-sided structure (``organ_sides.py``) and the larger
side of a two-sided finding (``dominance.py``), each
against the evidence read once per report and reference steps."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from medstep.verify.absent_before import absent_before_changes
from medstep.verify.airway_depth import depth_errors, evidence_depths
from medstep.verify.aligned import aligned_errors, report_sentences
from medstep.verify.dominance import cues_dominance, dominance_errors, evidence_dominance
from medstep.verify.change_gate import may_state_change
from medstep.verify.changes import change_errors, pronoun_changes
from medstep.verify.change_heads import head_changes
from medstep.verify.change_sentences import later_clause_changes, sentence_change_errors
from medstep.verify.device_changes import DeviceChange, device_change_errors, evidence_changes, read_changes
from medstep.verify.descriptors import Stated, descriptor_errors, evidence_descriptors, read_descriptors
from medstep.verify.findings import Finding, Polarity
from medstep.verify.lexicon import Concept
from medstep.verify.memo import CharBudgetMemo, evidence_weight
from medstep.verify.measured_organs import evidence_measures, measure_errors
from medstep.verify.no_comparison import claims_a_change, compares_nothing, invented_comparisons, unnamed_without_prior
from medstep.verify.organ_sides import evidence_sides, names_a_side, organ_side_errors
from medstep.verify.scan import Scanner
from medstep.verify.seen_before import seen_before_errors, sighting_pieces
from medstep.verify.rib_sites import evidence_rib_sites, rib_site_errors
from medstep.verify.positions import evidence_positions, position_errors
from medstep.verify.results import StepVerdict
from medstep.verify.verdicts import NO_PRIOR

# The evidence readings kept, in characters of the report and reference steps behind them (``memo.CharBudgetMemo``),
# as much as the verifier's evidence memo keeps (``verifier._EVIDENCE_CHARS``): a report found there again is found
# here too. A benchmark asks several questions of one report, not always next to each other: of 100,000
# ``bench_score_scale.py`` samples, 3.2% found their (report, steps) among 4,096 entries cleared all at once, 24.8%
# within 8,000,000 characters (~18,000 entries of ~5 KB each).
_EVIDENCE_CHARS = 8_000_000
_READ_LIMIT = 16384


class AttributeChecks:
    """The evidence's device positions and descriptor values per (report, reference steps), cached: the
    rollouts of one prompt share them. ``claims``: how a text's claims are read (the verifier's, fixed for the
    life of these checks: every memo below is keyed on the text alone, so the reading is fixed here, not passed
    per call where another function would meet readings memoised with the first)."""

    def __init__(self, scanner: Scanner, concepts: dict[str, Concept], claims: Callable[[str], list[Finding]],
                 raw: Callable[[str], Sequence[Finding]] | None = None) -> None:
        self._cache: CharBudgetMemo[tuple, _Readings] = CharBudgetMemo(_EVIDENCE_CHARS, evidence_weight)
        # an evidence text's descriptor reading per (text, the axes' subjects carried in): a report and its
        # reference steps come back in other (report, steps) pairs (a benchmark's several questions of a
        # report, reference steps repeating sentences); the text's claims are this verifier's, fixed per text
        self._read: dict[tuple, tuple[Sequence[Stated], dict[str, str]]] = {}
        self._changes: dict[tuple, tuple[Sequence[DeviceChange], tuple[str, str | None] | None]] = {}
        self._dominant: dict[str, list] = {}  # an evidence text's dominant sides, by text (its claims are fixed too)
        self._pronouns: dict[tuple, tuple] = {}  # an evidence text's pronoun changes, by text and the state carried in
        self._subjects: dict[str, tuple[str, int] | None] = {}  # a sentence's organ subject (``changes._organ_subject``)
        self._scanner = scanner
        self._concepts = concepts
        self._claims = claims
        self._raw = raw  # a text's claims with its clauses of the past (``absent_before``)

    def apply(self, steps: list[StepVerdict], report: str | None, ref_texts: tuple[str, ...]) -> list[StepVerdict]:
        """``steps`` with the position and descriptor conflicts judged contradicted."""
        key = (report, ref_texts)
        hit = self._cache.get(key)
        if hit is None:
            texts = [("report", report or "")] + [(f"reference[{i}]", t) for i, t in enumerate(ref_texts)]
            found = [(s, t, self._claims(t) if t else []) for s, t in texts]
            hit = self._cache.put(key, _Readings(
                (evidence_positions(texts), evidence_descriptors(found, self._descriptors),
                 evidence_changes(found, self._device_changes), evidence_rib_sites(texts), evidence_measures(texts),
                 evidence_depths(texts), report_sentences(self._scanner, report) if report else [],
                 report is not None and NO_PRIOR.search(report) is not None), report is not None, texts, found))
        positions, descriptors, devices, ribs, measures, depths, sentences, no_prior = hit.always
        steps = descriptor_errors(position_errors(steps, positions), descriptors)
        if any(names_a_side(s.text) for s in steps):  # (``organ_side_errors`` reads no step without a side word)
            steps = organ_side_errors(steps, hit.sides(self._scanner), self._scanner)
        if any(cues_dominance(s.text.lower()) for s in steps):  # (nor ``dominance_errors`` one without a cue)
            steps = dominance_errors(steps, hit.dominant(self._dominance), self._concepts)
        steps = device_change_errors(steps, devices)
        steps = depth_errors(measure_errors(rib_site_errors(steps, ribs), measures), depths)
        if claims_a_change(steps) and hit.compares_nothing():
            # the report compares with nothing: a chain's change since a named earlier study is made up
            steps = invented_comparisons(steps)
        if any(f.change for s in steps for f in s.findings) or any(may_state_change(self._scanner, s.text)
                                                                  for s in steps):
            # (nor do the change checks a chain none of whose steps may state a change: ``may_state_change``)
            changes = hit.changes(self._changes_of)
            steps = change_errors(steps, changes, self._concepts, self._scanner, self._subjects)
            steps = sentence_change_errors(steps, changes, self._concepts, self._scanner)
        if self._raw is not None and any(sighting_pieces(s.text) for s in steps):
            # a finding the chain says an earlier study showed, against a report's "new" (none without such a piece)
            steps = seen_before_errors(steps, hit.changes(self._changes_of), self._concepts, self._raw)
        if no_prior:  # the report says no earlier study exists: a change since a named one, of anything, is made up
            steps = unnamed_without_prior(steps, self._scanner)
        return aligned_errors(steps, report, sentences, self._scanner)

    def _changes_of(self, found: list[tuple[str, str, list[Finding]]]) -> list[tuple[Finding, str, str]]:
        """The changes the evidence texts ``found`` ((source, text, claims)) state: their claims' own, and those
        read from pronoun and organ subjects, headings, later clauses and clauses of the past."""
        changes = [(f, s, t) for s, t, fs in found for f in fs
                   if f.change and f.polarity is not Polarity.ABSENT and f.category == "finding"]
        changes += pronoun_changes(self._scanner, self._concepts, found, self._pronouns, self._subjects)
        changes += head_changes(self._scanner, found)
        changes += later_clause_changes(self._scanner, found)
        if self._raw is not None:
            changes += absent_before_changes(found, self._raw, self._concepts)
        return changes

    def _descriptors(self, text: str, findings: Sequence[Finding], last: dict[str, str]
                     ) -> tuple[Sequence[Stated], dict[str, str]]:
        """``read_descriptors`` of an evidence text, memoised (the dict it returns is never changed: the next
        reading copies it)."""
        key = (text, tuple(last.items()))
        hit = self._read.get(key)
        if hit is None:
            if len(self._read) >= _READ_LIMIT:
                self._read.clear()
            stated, after = read_descriptors(text, findings, last)
            hit = self._read[key] = (tuple(stated), after)
        return hit

    def _device_changes(self, text: str, last: tuple[str, str | None] | None, findings: Sequence[Finding]
                        ) -> tuple[Sequence[DeviceChange], tuple[str, str | None] | None]:
        """``read_changes`` of an evidence text, memoised per (text, the device carried in) as ``_descriptors``
        (``findings`` are ``self._claims`` of the text, fixed per text)."""
        key = (text, last)
        hit = self._changes.get(key)
        if hit is None:
            if len(self._changes) >= _READ_LIMIT:
                self._changes.clear()
            changes, after = read_changes(text, last, findings)
            hit = self._changes[key] = (tuple(changes), after)
        return hit

    def _dominance(self, found: list[tuple[str, str, list[Finding]]]) -> list:
        """``evidence_dominance`` of the evidence texts, each text's reading memoised (as ``_descriptors``)."""
        out = []
        for source, text, fs in found:
            hit = self._dominant.get(text)
            if hit is None:
                if len(self._dominant) >= _READ_LIMIT:
                    self._dominant.clear()
                hit = self._dominant[text] = [d for d, _s, _t in evidence_dominance([(source, text, fs)])]
            out += [(d, source, text) for d in hit]
        return out


class _Readings:
    """The evidence's readings of one (report, reference steps) pair, kept in ``AttributeChecks``' memo: those every
    chain needs (``always``), read at once, and four read only when a chain first needs them (issue #12): the sides of
    one-sided structures (``organ_sides``), the dominant sides of two-sided findings (``dominance``), whether the
    evidence compares with an earlier study (``no_comparison``) and the changes it states (``changes``,
    ``change_sentences``). Each of their checks finds nothing in a chain none of whose steps holds a side word
    (``names_a_side``), a cue of a dominant side (``cues_dominance``), a change claimed (``claims_a_change``) or a
    change it may state (``changes.may_state_change``), whatever the evidence, so a chain without one skips the check
    and its evidence reading; a
    reading once made is kept for the later chains on the report. Every reading is a pure function of the texts and
    their claims (the verifier's, fixed per text), so when it is read changes no result."""

    __slots__ = ("always", "_report", "_texts", "_found", "_sides", "_dominant", "_compares", "_changes")

    def __init__(self, always: tuple, report: bool, texts: list[tuple[str, str]],
                 found: list[tuple[str, str, list[Finding]]]) -> None:
        self.always = always
        self._report = report  # (whether there is a report: reference steps alone never compare with nothing)
        self._texts = texts
        self._found = found
        self._sides: tuple | None = None
        self._dominant: list | None = None
        self._compares: bool | None = None
        self._changes: list | None = None

    def sides(self, scanner: Scanner) -> tuple:
        """``evidence_sides`` of the texts, read on first use."""
        if self._sides is None:
            self._sides = evidence_sides(self._texts, scanner)
        return self._sides

    def dominant(self, read: Callable[[list[tuple[str, str, list[Finding]]]], list]) -> list:
        """The texts' dominant sides (``read``: ``AttributeChecks._dominance``), read on first use."""
        if self._dominant is None:
            self._dominant = read(self._found)
        return self._dominant

    def changes(self, read: Callable[[list[tuple[str, str, list[Finding]]]], list]) -> list:
        """The changes the texts state (``read``: ``AttributeChecks._changes_of``), read on first use."""
        if self._changes is None:
            self._changes = read(self._found)
        return self._changes

    def compares_nothing(self) -> bool:
        """Whether there is a report and the texts compare with no earlier study (``compares_nothing``), read on first
        use."""
        if self._compares is None:
            self._compares = self._report and compares_nothing([t for _, t in self._texts],
                                                               [f for _, _, fs in self._found for f in fs])
        return self._compares
