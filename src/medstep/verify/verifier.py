"""Verify a reasoning chain step by step against a report, reference steps and answer options.

Evidence is the union of the report's findings, the reference steps'
findings and, when a benchmark says its gold option is true and the
distractors absent, the options' findings; each verdict names its source
(``report``, ``reference[i]``, ``option[X]``) and the sources rank in that
order (``verdicts.py``). Only sentences that observe or conclude count, on
both sides (``roles.py``). See ``results.py`` for what is counted.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from pathlib import Path

from medstep.arguments import check_text, check_texts
from medstep.verify.anaphora import carry_grades, carry_sizes
from medstep.verify.attributes import AttributeChecks
from medstep.verify.collapse import CollapsedLung
from medstep.verify.defined import defined_children
from medstep.verify.distractor_text import distractor_errors
from medstep.verify.clinical import ClinicalScorer, PatientContext, Significance
from medstep.verify.commitment import (
    blind, declines_generally, echoes_and_denies, echoes_decision, evidenced, only_denies, restates_options,
)
from medstep.verify.commitment import observes as chain_observes
from medstep.verify.completeness import recall_units, reference_units
from medstep.verify.extract import Extractor, quoted_in
from medstep.verify.frame import FrameWords
from medstep.verify.generic_steps import drop_generic
from medstep.verify.history import history_findings
from medstep.verify.explained_echo import drop_explained_echo
from medstep.verify.option_features import described_parts, stated
from medstep.verify.option_heads import OptionHeads
from medstep.verify.findings import Finding, Polarity
from medstep.verify.labels import report_labels
from medstep.verify.lexicon import Lexicon
from medstep.verify.memo import CharBudgetMemo, evidence_weight
from medstep.verify.prior_state import drop_past
from medstep.verify.regions import NO_REGION, Region, case_region, reread
from medstep.verify.relative_sides import resolve
from medstep.verify.rival_claims import rivals_of
from medstep.verify.rival_options import lists_rival_options
from medstep.verify.said_twice import credit_once
from medstep.verify.inputs import verify_inputs
from medstep.verify.options import (
    Options,
    asserts_every_option,
    lists_every_option,
)
from medstep.verify.results import (
    DecisionVerdict,
    device_group,
    StepVerdict,
    Verification,
    count_errors,
    error_factor,
)
from medstep.verify.roles import SentenceRole
from medstep.verify.resolved_sides import resolved_side_errors
from medstep.verify.sides import side_errors
from medstep.verify.step_judge import judge_steps
from medstep.verify.steps import split_steps
from medstep.verify.subject_nouns import carry_subjects
from medstep.verify.verdicts import (
    NO_PRIOR,
    EvidenceSet,
    SourcedFinding,
    Verdict,
    judge,
    touched_by,
)
from medstep.verify.weighed_claims import drop_weighed

_CACHE_LIMIT = 4096  # evidence texts repeat across rollouts of one prompt; keep their findings
_NO_PARTNERS: frozenset[str] = frozenset()  # (a concept of no pair of ``interpretations.tsv``)
# Evidence kept, in characters of the texts behind it (``memo.py``; an evidence set holds ~32 bytes of findings,
# index and memoised verdicts per character of its report and reference steps, a text's findings ~14: ~350 MB
# at most for both): a benchmark asks several questions of one report, not always next to each other, and
# what is found again skips the report's analysis (with the whole set, most of its claims' verdicts too).
# 100,000 synthetic RadRBench samples: 2% found their report analysed under the 4,096-entry limits, 35% now.
_EVIDENCE_CHARS = 8_000_000
_TEXT_CHARS = 8_000_000


class Verifier:
    """Deterministic clinical verifier; build once (lexicon compilation ~0.1 s) and reuse.

    ``extra_lexicon`` is a TSV in the ``lexicon.tsv`` format that adds concepts
    or synonyms; ``triggers`` replaces the packaged trigger table;
    ``significance`` and ``interpretations`` replace the clinical error
    score's tables (``significance.tsv``, ``interpretations.tsv``).
    """

    def __init__(self, extra_lexicon: Path | None = None, triggers: Path | None = None,
                 significance: Path | None = None, interpretations: Path | None = None) -> None:
        self.lexicon = Lexicon.load(extra_lexicon, triggers)
        self.extractor = Extractor(self.lexicon)
        self.clinical = ClinicalScorer(self.lexicon, significance, interpretations)
        self._cache: CharBudgetMemo[str, list[Finding]] = CharBudgetMemo(_TEXT_CHARS, _text_weight)
        self._ev_cache: CharBudgetMemo[tuple, tuple[EvidenceSet, list[SourcedFinding], tuple, Region]] = \
            CharBudgetMemo(_EVIDENCE_CHARS, evidence_weight)
        self._base_cache: CharBudgetMemo[tuple, tuple[list[SourcedFinding], EvidenceSet, list[SourcedFinding],
                                                      tuple, Region]] = CharBudgetMemo(_EVIDENCE_CHARS, evidence_weight)
        self._decided_cache: dict[tuple, list[tuple[int, int]]] = {}
        self._regions: dict = {}  # what each sentence piece of a case's texts names (``regions.case_region``)
        self._truth_cache: dict[int, tuple[list[SourcedFinding], list[Finding]]] = {}
        self._attributes = AttributeChecks(self.extractor.scanner, self.lexicon.concepts, self._claims,
                                           lambda t: [f for f in self.extractor.extract(t) if f.is_claim])
        self._collapse = CollapsedLung(self.lexicon.concepts)
        self._frame = FrameWords(self.extractor.scanner, self.lexicon)  # unread words of the echo rule
        self._heads = OptionHeads(self.extractor.scanner, self.lexicon)  # "Reactivation TB: no cavitation"

    def batch(self, lines_only: bool = False) -> AbstractContextManager[None]:
        """A block of verifications that repeat sentences (the rollouts of a GRPO batch): the analysis
        of a step is memoised on its whole input for the block (``Extractor.batch``), results unchanged.
        ``lines_only``: only steps that are lines of their own (a benchmark's chains, which share lines
        such as "The trachea is midline." but seldom a paragraph's sentence in the same context)."""
        return self.extractor.batch(lines_only)

    def extract_findings(self, text: str) -> list[Finding]:
        """Findings of ``text`` (anatomy and modality mentions; only sentences whose role counts, ``roles.py``)."""
        check_text("extract_findings", "text", text)
        return self.extractor.extract(text)

    def _claims(self, text: str) -> list[Finding]:
        hit = self._cache.get(text)
        if hit is None:
            found = drop_past(text, [f for f in self.extractor.extract(text) if f.is_claim])  # an earlier study's
            found = (resolve(text, [found], [0]) or [found])[0]  # "contralateral shift"
            hit = self._cache.put(text, (carry_subjects(text, [found], [0], self._claims) or [found])[0])
        return hit

    def _read(self, text: str, region: Region) -> list[Finding]:
        """The claims of ``text`` read in the case's region (``regions.py``)."""
        return reread(self._claims(text), region, self.lexicon.concepts)

    def _evidence(self, report: str | None, ref_texts: tuple[str, ...], opts: tuple, gold: str | None,
                  quoted: tuple = (), asked: frozenset[str] = frozenset()
                  ) -> tuple[EvidenceSet, list[SourcedFinding], tuple, Region]:
        """Evidence set for a report + reference steps (+ option evidence), cached: a prompt's rollouts share it.
        On the report's and steps' part (``_base``): that set itself without option evidence, else a set judging
        the concepts the options do not touch with it (``EvidenceSet.share``: items asking other options)."""
        key = (report, ref_texts, opts, gold, asked)
        hit = self._ev_cache.get(key)
        if hit is None:
            raw, base, base_items, plain_units, region = self._base(report, ref_texts)
            extra = self._option_evidence(dict(opts), gold, region, stated(raw, self.lexicon.concepts)) if gold else []
            decided = self._decided(ref_texts, quoted, asked) if quoted else {}
            joined = raw
            if not extra:
                ev, items = base, base_items
            else:
                joined = raw + extra
                items = self._collapse.evidence(joined)
                ev = EvidenceSet(items)
                ev.no_prior = base.no_prior
                ev.chest = base.chest
                ev.parts = base.parts
                if items is joined and base_items is raw and not base.empty \
                        and all(sf.finding.category != "modality" for sf in extra):
                    ev.share(base, touched_by(extra, self.lexicon.concepts))
            # option evidence is no reference statement (``reference_units``): without a collapse re-reading or
            # a decided span the units are the base's
            same = items is base_items or (items is joined and base_items is raw)
            units = plain_units if same and not decided else reference_units(items, bool(ref_texts), decided)
            hit = self._ev_cache.put(key, (ev, items, units, region))
        return hit

    def _base(self, report: str | None, ref_texts: tuple[str, ...]
              ) -> tuple[list[SourcedFinding], EvidenceSet, list[SourcedFinding], tuple, Region]:
        """The report's and reference steps' evidence, cached per (report, steps): the findings (before and
        after ``CollapsedLung.evidence``), their set, their reference units with no decided span, and the
        case's region (``regions.py``), in which every text of the case is read."""
        key = (report, ref_texts)
        hit = self._base_cache.get(key)
        if hit is None:
            raw: list[SourcedFinding] = []
            region = case_region(self.extractor.scanner, self.lexicon.concepts, (report, *ref_texts), self._regions)
            if report:
                found = defined_children(report, self._read(report, region), self.lexicon.concepts)
                raw += [SourcedFinding(f, "report", report) for f in found]
            for i, text in enumerate(ref_texts):
                raw += [SourcedFinding(f, f"reference[{i}]", text, 1) for f in self._read(text, region)]
            items = self._collapse.evidence(raw)
            ev = EvidenceSet(items)
            ev.no_prior = report is not None and NO_PRIOR.search(report) is not None
            ev.chest = region.chest_only
            ev.parts = region.parts
            hit = self._base_cache.put(key, (raw, ev, items, reference_units(items, bool(ref_texts), {}), region))
        return hit

    def _decided(self, ref_texts: tuple[str, ...], quoted: tuple, asked: frozenset[str]
                 ) -> dict[str, list[tuple[int, int]]]:
        """Per reference step, the spans of clauses that only restate the decision ("the findings are
        consistent with <gold option>"). They stay evidence, but are no statement for the chain to
        recall: the chain's own restated decision claims nothing, and the decision is graded once,
        by accuracy (without this, a faithful chain lost completeness for not restating it as a claim)."""
        out: dict[str, list[tuple[int, int]]] = {}
        for i, text in enumerate(ref_texts):
            spans = self._decided_spans(text, quoted_in(text, quoted), asked)
            if spans:
                out[f"reference[{i}]"] = spans
        return out

    def _decided_spans(self, text: str, quoted: tuple, asked: frozenset[str]) -> list[tuple[int, int]]:
        """The restated-decision spans of one reference step (memoised: reference steps repeat
        across the samples and rollouts of a benchmark, and this is a second analysis of each).

        Without an option the step may quote, the analysis is the one ``_claims`` made, whose
        conclusions that claim nothing hold no finding completeness counts: nothing to exclude."""
        if not quoted:
            return []
        key = (text, quoted, asked)
        hit = self._decided_cache.get(key)
        if hit is None:
            if len(self._decided_cache) >= _CACHE_LIMIT:
                self._decided_cache.clear()
            conclusion = SentenceRole.CONCLUSION
            clauses = self.extractor.analyse(text, (0,), claims_only=True, quoted=quoted, asked=asked)[1][0]
            hit = self._decided_cache[key] = [(c[0], c[1]) for c in clauses
                                              if c[2] is conclusion and not c[3] and c[4]]
        return hit

    def _option_evidence(self, options: dict[str, str], gold: str, region: Region = NO_REGION,
                         said: frozenset[str] = frozenset()) -> list[SourcedFinding]:
        """The gold option's findings as stated; each distractor's positive findings as absent, unless the gold option
        names a related concept ("effusion" in both) or it describes a denied head not in ``said`` (``option_features``)."""
        concepts, gold_text = self.lexicon.concepts, options.get(gold)
        if gold_text is None:
            return []
        gold_f = [f for f in self._read(gold_text, region) if f.category != "modality"]
        out = [SourcedFinding(f, f"option[{gold}]", gold_text, 2) for f in gold_f]
        related: set[str] = set()
        for f in gold_f:
            c = concepts[f.concept]
            related |= {f.concept} | c.ancestors | c.descendants
        for letter, text in ((k, t) for k, t in options.items() if k != gold):
            found = [f for f in self._read(text, region) if f.category != "modality" and f.polarity is not Polarity.ABSENT]
            parts = described_parts(text, found, [f.concept not in related | said for f in found])  # "X with nodules"
            for i, f in enumerate(found):
                if f.concept in related or i in parts:
                    continue
                neg = Finding(f.concept, f.name, f.category, Polarity.ABSENT, f.text, f.start, f.end, f.laterality,
                              f.location, f.severity, f.change, "distractor", "option", f.unit, f.role, f.size)
                out.append(SourcedFinding(neg, f"option[{letter}]", text, 2))
        return out

    def verify(self, chain: str, report: str | None = None, reference: Sequence[str] | str | None = None, *,
               options: Options | None = None, chosen: str | None = None, gold: str | None = None,
               option_evidence: bool = False, context: PatientContext | None = None,
               question: str | None = None) -> Verification:
        """Verify ``chain`` against ``report`` and/or ``reference`` steps (a string is split into steps).

        ``options`` (letter -> text, or a list lettered A, B, ...) and ``chosen`` (the letter the
        chain committed to, from the answer extraction; None when it committed to none) make the
        chosen option's findings claims of the chain. With ``option_evidence`` and ``gold``, the
        gold option's findings are evidence and the distractors' findings are known absent (the
        RadRBench convention). ``context`` (age, indication) adjusts the clinical error score.
        ``question`` (the stem): a claim that only repeats a finding the question presupposes
        ("the airspace opacity is in one of the lobes" for "which lobe holds the opacity?") is not
        counted; one that adds a side, site, size or severity is. A sentence that only repeats answer
        options is an option listing. An argument of the wrong type is an ``InvalidArgument`` naming it.
        """
        ref_texts, opts, chosen_l, gold_l, quoted, asked = verify_inputs(
            chain, report, reference, options, chosen, gold, option_evidence, question, context)
        ev, evidence, ref_units, region = self._evidence(report or None, ref_texts, tuple(opts.items()), gold_l,
                                                         quoted, asked)
        premise = self._premise(question, region) if question else None
        history = history_findings(report, lambda t: self._read(t, region))  # "Clinical history: prior MI"
        listed = {k: t for k, t in opts.items() if k != chosen_l}  # a heading naming the chosen option is no listing
        said = (chosen_l, opts[chosen_l]) if chosen_l in opts else None  # "X does not explain {G}": the echo
        steps, pred_items, dropped = self._steps(chain, ev, bool(ref_texts), quoted, premise, asked, region, history,
                                                 opts=listed, chosen=said)
        if dropped:  # dropping instructions never makes a chain that observed nothing observe ("all have to be
            # considered on a neonatal film" removes the hedges that outnumbered its one firm finding)
            raw = self._steps(chain, ev, bool(ref_texts), quoted, premise, asked, region, history, generic=False,
                             opts=listed, chosen=said)
            if not chain_observes(raw[0]):
                steps, pred_items = raw[0], raw[1]
        concepts = self.lexicon.concepts
        steps = resolved_side_errors(side_errors(steps, pred_items, ev, concepts), ev, concepts)
        steps = carry_sizes(steps, lambda f: judge(f, concepts[f.concept], ev))
        steps = carry_grades(steps, lambda f: judge(f, concepts[f.concept], ev),
                             lambda a, b: a == b or b in concepts[a].ancestors)
        steps, pred_items = credit_once(self._attributes.apply(steps, report or None, ref_texts), pred_items)
        decision = None
        claimed = [sf.finding for sf in pred_items]
        if premise:  # what the question presupposes ("with erythema nodosum") and no evidence names is no false finding
            unsaid = {id(v.finding) for s in steps for v in s.verdicts if v.rule == "question-premise"
                      and judge(v.finding, concepts[v.finding.concept], ev).rule == "silent-present"}
            if unsaid:
                claimed = [f for f in claimed if id(f) not in unsaid]
        if history:  # the patient's stated background is no image finding: neither a hit nor a false finding
            told = {id(v.finding) for s in steps for v in s.verdicts if v.rule == "report-history"}
            if told:
                claimed = [f for f in claimed if id(f) not in told]
        chosen_f: list[Finding] = []
        if chosen_l is not None and chosen_l in opts:
            decision = self._decision(chosen_l, opts[chosen_l], ev, gold_l is not None and chosen_l != gold_l,
                                      chosen_l == gold_l, region)
            # the decision first: a later absence withdraws a positive (ClinicalScorer.positives), so a
            # chain that rules a finding out and then picks the option naming it gets no credit for it,
            # and the chain's own side or site of it outranks the option's. A chosen finding the evidence
            # contradicts stays a claim whatever the chain said before: ruling a pneumothorax out and then
            # answering "pneumothorax" commits to a false finding
            con = Verdict.CONTRADICTED
            if decision.gold:  # the benchmark's true option: none of its findings is a false claim
                chosen_f = list(decision.findings)
            else:
                chosen_f = [v.finding for v in decision.verdicts if v.verdict is not con]
                claimed += [v.finding for v in decision.verdicts if v.verdict is con]
        read_opts = {k: self._read(t, region) for k, t in opts.items()} if len(opts) >= 3 and pred_items else {}
        committed = not (opts and ((chosen_l is None and lists_every_option(chain, opts)) or (
            read_opts and (asserts_every_option([sf.finding for sf in pred_items], list(read_opts.values()))
                           or lists_rival_options(steps, opts, read_opts, chosen_l, gold_l)))))
        observes = chain_observes(steps) and not blind(chain)  # "I can't see the image, but ...": nothing seen
        if observes and chosen_l is None and declines_generally(chain, steps):
            observes = False  # "I can't determine the diagnosis. A bone lesion in a child needs a biopsy."
        if committed and observes and (echoes_decision(steps, decision) or only_denies(steps, decision) or
                                       restates_options(steps, decision,
                                                        [self._read(t, region) for k, t in opts.items() if k != chosen_l])
                                       or echoes_and_denies(steps, decision, self._frame.unread,
                                                            self._frame.only_option_words, self._frame.observes)
                                       or (chosen_l in opts
                                           and self._frame.only_option_words(chain, opts[chosen_l], chosen_l))):
            committed = False  # the options' words said again: no credit, as for stating every option
        if committed and observes and not evidenced(steps, decision):
            committed = False  # only the answer restated (``commitment.evidenced``): no credit
        if gold_l is not None and committed:  # a distractor's own words asserted ("There is a Chilaiditi sign"):
            # known absent (after the commitment checks, which read the chain's own claims: a contradiction added
            # is no claim of the chain's beyond the options' words)
            steps = distractor_errors(steps, opts, gold_l, chosen_l, (report or "", *ref_texts))
        clinical = None
        groups = {device_group(sf.finding.concept) for sf in evidence
                  if sf.finding.category == "device" and sf.finding.polarity is not Polarity.ABSENT}
        errors = count_errors(steps, decision, bool(report and report.strip()), self._weighty,
                              (lambda c: device_group(c) not in groups) if groups else True)
        if not ev.empty:  # a chain that states nothing, or commits to nothing, earns no clinical credit (0, not None)
            truth = self._truth(evidence, bool(report))
            scorer = self.clinical
            if committed and observes:
                if errors != (0, 0):  # a detected error costs beyond its weight, as in RadRScore
                    factor = error_factor(*errors)
                    clinical = lambda: scorer.compare(claimed, truth, context, chosen_f).scaled(factor)
                else:
                    clinical = lambda: scorer.compare(claimed, truth, context, chosen_f)
            elif observes:  # every option stated, or the options' words said again: a hit is luck, not an observation
                clinical = lambda: scorer.compare(claimed, truth, context, chosen_f).without_credit()
            else:  # nothing observed: every true finding missed, a false answer's findings false (without_credit)
                clinical = lambda: scorer.compare(claimed, truth, context).without_credit()
        # completeness counts what the reasoning itself states: picking an option recalls nothing,
        # and neither does a hedge when the chain commits to nothing
        recall = recall_units(self.lexicon.concepts, ref_units, pred_items if observes and committed else [])
        return Verification(tuple(steps), recall, has_evidence=not ev.empty, decision=decision,
                            committed=committed, observes=observes, errors=errors,
                            _clinical=clinical)

    def _named(self, concept: str, ev: EvidenceSet) -> bool:
        """Whether the evidence (report, reference steps, options) names ``concept``, a broader or a narrower one."""
        return bool(ev.related(self.lexicon.concepts[concept]))

    def _weighty(self, concept: str) -> bool:
        return self.clinical.significance(concept).weight >= 0.5

    def _premise(self, question: str, region: Region = NO_REGION) -> dict[str, Finding]:
        """Findings the question presupposes (present or possible), by concept; read as a statement,
        since a question's own findings are asked about, not claimed."""
        statement = question.replace("?", ".")
        return {f.concept: f for f in self._read(statement, region) if f.polarity is not Polarity.ABSENT
                and f.category != "modality"}

    def _steps(self, chain: str, ev: EvidenceSet, has_ref: bool, quoted: tuple = (),
               premise: dict[str, Finding] | None = None, asked: frozenset[str] = frozenset(),
               region: Region = NO_REGION, history: dict[str, Finding] | None = None, generic: bool = True,
               opts: dict[str, str] | None = None,
               chosen: tuple[str, str] | None = None) -> tuple[list[StepVerdict], list[SourcedFinding], bool]:
        """The chain's steps read (their claims and clauses, in the case's region) and judged (``step_judge.py``);
        with ``generic``, generic reading instructions claim nothing (``generic_steps.py``: whether any did); a heading
        naming one of ``opts`` claims nothing (``option_heads.py``), nor what an alternative "does not explain" when
        it is only the ``chosen`` option's (letter, text) words (``explained_echo.py``)."""
        concepts = self.lexicon.concepts
        steps = split_steps(chain)
        dropped = False
        if steps:
            per_step, per_sent = self.extractor.analyse(chain, [s.start for s in steps], claims_only=True,
                                                        quoted=quoted, asked=asked, step_titles=True)
            if opts:  # "- Reactivation TB: no cavitation."
                per_step, per_sent = self._heads.drop(steps, per_step, per_sent, opts, chosen[1] if chosen else "")
            per_step, per_sent = drop_explained_echo(self.extractor.scanner, self._frame.only_option_words, steps,
                                                     per_step, per_sent, chosen)
            if generic:  # "Exclude a pneumothorax."
                read = per_step
                per_step, per_sent = drop_generic(chain, steps, per_step, per_sent)
                dropped = per_step is not read
                # "Mesothelioma would give an effusion", "Against acute collapse: ..." (``weighed_claims.py``)
                per_step, per_sent = drop_weighed(steps, per_step, per_sent)
            per_step = self._collapse.chain(  # "the left lung has collapsed" beside a pneumothorax
                per_step, self._collapse.evidence_collapsed(ev.by_concept.get("pneumothorax", ())))
            per_step = resolve(chain, per_step, [s.start for s in steps]) or per_step  # "to the contralateral side"
            if region.any:  # "Small effusion." in a knee MRI case (``regions.py``)
                per_step = [reread(found, region, concepts) for found in per_step]
            if any(f.bare for found in per_step for f in found):  # "No fluid.": a claim where the case names it
                per_step = [[f for f in found if not f.bare or self._named(f.concept, ev)] for found in per_step]
            # "The changes predominate centrally.": the finding before (``subject_nouns.py``), read in the region
            per_step = carry_subjects(chain, per_step, [s.start for s in steps],
                                      lambda t: reread(self._claims(t), region, concepts)) or per_step
        else:
            per_step, per_sent = [], []
        rivals = rivals_of(opts, chosen, lambda t: self._read(t, region), concepts)  # "Sarcoidosis (B) can ..."
        return (*judge_steps(steps, per_step, per_sent, ev, concepts, has_ref, premise, history, rivals), dropped)

    def _decision(self, letter: str, text: str, ev: EvidenceSet, distractor: bool = False,
                  gold: bool = False, region: Region = NO_REGION) -> DecisionVerdict:
        """The chosen option read as claims; ``distractor``: the benchmark names another option true;
        ``gold``: it names this one true."""
        concepts = self.lexicon.concepts
        found = tuple(f for f in self._read(text, region) if f.category != "modality")
        return DecisionVerdict(letter, text, found, tuple(judge(f, concepts[f.concept], ev) for f in found),
                               distractor, gold)

    def _truth(self, evidence: list[SourcedFinding], has_report: bool) -> list[Finding]:
        """What the clinical error score compares with: the report when there is one (else the
        reference steps), plus option evidence, plus what a reference step states present about an urgent
        or actionable finding the report leaves unsaid (nothing of it, nor a broader, narrower or related
        reading).
        The reference steps are written from the same study: "the tube is misplaced" or "in keeping with
        pulmonary fibrosis" beside a report that only places the tube or describes reticular lines is
        truth too, so a chain that says so is not charged a false finding (memoised per evidence list:
        the rollouts of one prompt share it)."""
        hit = self._truth_cache.get(id(evidence))
        if hit is not None and hit[0] is evidence:
            return hit[1]
        if not has_report:
            truth = [sf.finding for sf in evidence if sf.rank == 1 or sf.rank == 2]
        else:
            concepts = self.lexicon.concepts
            said: set[str] = set()
            for sf in evidence:
                if sf.rank == 0:
                    c = concepts[sf.finding.concept]
                    said.add(c.id)
                    said.update(c.ancestors, c.descendants, c.co_parents)
            partners = self.clinical.partners
            minor = Significance.ACTIONABLE.weight  # an incidental word ("calcified plaques") changes no care
            truth = []
            for sf in evidence:
                f = sf.finding
                if sf.rank == 0 or sf.rank == 2:
                    truth.append(f)
                elif (f.polarity is not Polarity.ABSENT and f.category in ("finding", "device")
                      and f.concept not in said and self.clinical.significance(f.concept).weight >= minor
                      and partners.get(f.concept, _NO_PARTNERS).isdisjoint(said)):  # (no pair of it and one said)
                    truth.append(f)
        truth = self._collapse.truth(truth)
        if len(self._truth_cache) >= _CACHE_LIMIT:
            self._truth_cache.clear()
        self._truth_cache[id(evidence)] = (evidence, truth)
        return truth

    def report_labels(self, text: str, label_set: str = "chestxray14") -> dict[str, Polarity | None]:
        """The report's value for each label of a public label set (``labels.py``): present,
        uncertain, absent, or None when the report does not mention it."""
        check_text("report_labels", "text", text)
        return report_labels(self._claims(text), self.lexicon, label_set)

    def compare_reports(self, prediction: str, truth: str, context: PatientContext | None = None):
        """The clinical errors of a predicted report against a true one (``ClinicalErrors``)."""
        check_texts("compare_reports", prediction=prediction, truth=truth)
        return self.clinical.compare(self._claims(prediction), self._claims(truth), context)


def _text_weight(text: str) -> int:
    return len(text) + 64


_default: Verifier | None = None


def default_verifier() -> Verifier:
    """The shared verifier with the packaged tables (built on first use, then cached)."""
    global _default
    if _default is None:
        _default = Verifier()
    return _default


def verify(chain: str, report: str | None = None, reference: Sequence[str] | str | None = None, *,
           options: Options | None = None, chosen: str | None = None, gold: str | None = None,
           option_evidence: bool = False, context: PatientContext | None = None,
           question: str | None = None) -> Verification:
    """Verify a reasoning chain with the packaged tables; see ``Verifier.verify``."""
    return default_verifier().verify(chain, report=report, reference=reference, options=options, chosen=chosen,
                                     gold=gold, option_evidence=option_evidence, context=context, question=question)


def extract_findings(text: str) -> list[Finding]:
    """Findings of ``text`` with the packaged lexicon; see ``Verifier.extract_findings``."""
    return default_verifier().extract_findings(text)
