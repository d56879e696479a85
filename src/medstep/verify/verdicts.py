"""Judge one claimed finding against evidence findings: supported, contradicted or unverifiable.

Rules (each verdict records which one fired, see ``FindingVerdict.rule``):

* Concepts match when they are the same or one is an ancestor of the other in
  the lexicon (``consolidation`` is a kind of ``lung_opacity``).
* Polarity: ``uncertain`` counts as positive (CheXpert "U-Ones"): a hedge
  toward a finding the evidence reports is acceptable, a hedge toward a
  finding the evidence rules out is not.
* ``same-finding``/``both-absent``: same concept, compatible polarity and
  attributes -> supported. Evidence more specific than the claim ("opacity"
  vs "consolidation") also supports a positive claim (``narrower-evidence``);
  an absent broader evidence ("no opacity") supports an absent narrower claim.
* ``polarity-conflict``: present vs absent on compatible sides -> contradicted
  (except "no new X", which does not deny an X that is not new, and "no large X" or "not a partial X", which
  does not deny a lower grade, nor "not a partial X" (the lowest grade) a higher one:
  ``attr_conflicts.denied_grade_spares``).
  ``laterality-conflict`` (left vs right; bilateral is compatible with either here,
  the chain-level ``sides.py`` judges a bilateral finding called one-sided and the reverse),
  ``severity-conflict`` (a whole grade apart, mild vs moderate as well as mild vs severe; a grade and a range
  that holds it, "small to moderate" and "moderate", are compatible: blind set 16's chains that swapped one
  grade scored as faithful)
  ``change-conflict`` (new/stable/improved/worsened differ) and
  ``location-conflict`` (two lobes, or zones at different levels) contradict two
  positive statements about the same concept.
* ``broader-evidence``: the evidence only has a broader positive concept
  ("opacity" for a claimed "pneumonia"): unverifiable but counted consistent;
  so is ``related-evidence``, a positive concept sharing a narrower one with
  the claim ("pulmonary edema" for a claimed "airspace opacity").
* Silence (the evidence never mentions the concept): unverifiable; as in
  ChestX-Reasoner's factuality judge it is counted consistent when the claim
  is absent (``silent-absent``) and inconsistent when present or uncertain
  (``silent-present``).
* Modalities and views are not claims: a matching modality is shown as
  supported but not counted (``consistent=None``), so a refusal that only
  names the X-ray scores no factuality; a different modality stated by the
  evidence contradicts (``modality-conflict``) and is counted, except a biopsy or a scope against imaging
  evidence (``modality-other-test``: the next step or the history, never the image read; ``BEYOND_IMAGING``)
  unless the step presents it as the picture at hand (``test_at_hand``).
* Evidence precedence: the report outranks reference steps, which outrank
  answer-option evidence (``option[X]``). Within one source, supporting
  evidence wins over contradicting evidence (reports often state "no left
  effusion; small right effusion" and a claim of "effusion" is true); across
  sources the best-ranked source that says anything decides, so a report
  contradiction is never overruled by a reference step that mentions the
  finding. For a claim with a side, evidence about that side outranks evidence
  that names no side.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from medstep.answers.studies import STUDY_NOUNS
from medstep.lazyre import lazy_compile
from medstep.textenum import TextEnum
from medstep.verify.findings import Finding, Polarity
from medstep.verify.lexicon import Concept
from medstep.verify.organ_words import named_generic
from medstep.verify.regions import OFF_CHEST, body_part
from medstep.verify.attr_conflicts import is_lesion, one_finding, sizes_conflict
from medstep.verify.evidence_relation import relation
from medstep.verify.scope_words import DENIED_PREFIX
from medstep.verify.verdict_memo import SHAPE, recall, shape_number, store

_MEMO_LIMIT = 2048  # verdicts kept per evidence set
MAX_EVIDENCE = 3  # spans kept per verdict: enough to explain it, small enough for samples.jsonl


# The records below are plain (not frozen) slotted dataclasses: the verifier builds tens of them
# per chain and frozen construction is several times slower. Treat them as read-only.


class Verdict(TextEnum):
    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    UNVERIFIABLE = "unverifiable"
    NEUTRAL = "neutral"  # step level only: the step makes no clinical claim


@dataclass(slots=True)
class EvidenceRef:
    """One evidence finding a verdict relied on: where it is and what it says."""

    source: str  # "report" or "reference[i]" (i = reference step index)
    text: str  # the matched words
    start: int
    end: int
    concept: str
    polarity: Polarity
    source_text: str = field(repr=False, compare=False)  # whole evidence text, ``context`` is cut from it

    @property
    def context(self) -> str:
        """The evidence clause around the match (computed lazily: verdicts are made far more
        often than they are serialised)."""
        return _context(self.source_text, self.start, self.end)

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "text": self.text, "span": [self.start, self.end],
                "context": self.context, "concept": self.concept, "polarity": self.polarity.value}


@dataclass(slots=True)
class FindingVerdict:
    """The verdict on one claimed finding. ``consistent`` feeds factuality (None: not counted)."""

    finding: Finding
    verdict: Verdict
    consistent: bool | None
    rule: str
    sources: tuple[SourcedFinding, ...] = ()  # the evidence relied on (``evidence`` shows it)

    @property
    def evidence(self) -> tuple[EvidenceRef, ...]:
        """The evidence spans this verdict relied on (built on demand: most verdicts are never shown)."""
        return tuple(_ref(sf) for sf in self.sources)

    def contexts(self) -> list[tuple[str, str]]:
        """``(source, evidence clause)`` per evidence span, without building ``EvidenceRef`` records."""
        return [(sf.source, _context(sf.text, sf.finding.start, sf.finding.end)) for sf in self.sources]

    def to_json(self) -> dict[str, Any]:
        return {"concept": self.finding.concept, "polarity": self.finding.polarity.value,
                "verdict": self.verdict.value, "consistent": self.consistent, "rule": self.rule,
                "evidence": [e.to_json() for e in self.evidence]}


class SourcedFinding(NamedTuple):
    """An evidence finding with where it came from (a tuple: cheap, built for every claim)."""

    finding: Finding
    source: str
    text: str  # full text of the source, for the evidence context
    rank: int = 0  # precedence of the source: report/chain 0, reference step 1, answer option 2


class EvidenceSet:
    """Evidence findings indexed by concept, with their source texts."""

    def __init__(self, items: Iterable[SourcedFinding]) -> None:
        self.by_concept: dict[str, list[SourcedFinding]] = {}
        self.modalities: list[SourcedFinding] = []
        self.empty = True
        for it in items:
            if not it.finding.is_claim:
                continue
            self.empty = False
            self.by_concept.setdefault(it.finding.concept, []).append(it)
            if it.finding.category == "modality" and it.finding.polarity is not Polarity.ABSENT:
                self.modalities.append(it)
        self._related: dict[str, list[SourcedFinding]] = {}
        self._shapes: dict[str, int] = {}  # ``shapes`` per concept
        self.memo: dict[tuple, tuple] = {}  # verdict of a claim signature (judge)
        self.base: EvidenceSet | None = None
        self.touched: frozenset[str] = frozenset()
        # the report says there is no earlier study ("No previous imaging for comparison"): a change since one is
        # a claim about a study that does not exist (``NO_PRIOR``)
        self.no_prior = False
        # the case names the chest alone (``regions.Region.chest_only``): an organless denial is the chest's
        self.chest = False
        # the body parts the case's report and reference steps name (``regions.Region.parts``): a generic finding
        # named in an organ of another part is no finding they state (``foreign_organ``)
        self.parts: frozenset[str] = frozenset()

    def share(self, base: EvidenceSet, touched: frozenset[str]) -> None:
        """Judge claims of concepts outside ``touched`` with ``base`` (and its memo): this set's items are
        ``base``'s (the same records, in the same order, neither set empty, no modality added) followed by
        findings whose concepts' related evidence (the concept and its relatives) is ``touched``, so any other
        concept's related evidence, and with it its verdict, is the same in both sets. A benchmark's items ask
        different options of one report: the option evidence is each item's, the report's verdicts shared."""
        self.base = base
        self.touched = touched
        self.no_prior = base.no_prior
        self.chest = base.chest
        self.parts = base.parts

    def related(self, c: Concept) -> list[SourcedFinding]:
        """Evidence about ``c``, its ancestors or its descendants (memoised per concept)."""
        hit = self._related.get(c.id)
        if hit is None:
            by = self.by_concept
            hit = list(by.get(c.id, ()))
            for cid in c.relatives:  # in a fixed order (``Concept.relatives``), not the frozensets' hash order
                if cid in by:
                    hit.extend(by[cid])
            self._related[c.id] = hit
        return hit

    def shapes(self, c: Concept) -> int:
        """``related(c)`` as ``_judge`` reads it, numbered (``verdict_memo``; memoised per concept)."""
        hit = self._shapes.get(c.id)
        if hit is None:
            hit = self._shapes[c.id] = shape_number(tuple([(SHAPE(sf.finding), sf.rank) for sf in self.related(c)]))
        return hit


def touched_by(extra: Iterable[SourcedFinding], concepts: dict[str, Concept]) -> frozenset[str]:
    """The concepts whose related evidence (``EvidenceSet.related``: the concept and its relatives, a symmetric
    relation, ``medstep.answers.concepts.link_concepts``) holds one of ``extra``'s findings."""
    out: set[str] = set()
    for cid in {sf.finding.concept for sf in extra}:
        out.add(cid)
        out.update(concepts[cid].relatives)
    return frozenset(out)


@lru_cache(maxsize=16384)
def _context(text: str, start: int, end: int) -> str:
    """The clause around a match: from the previous to the next sentence/line break (cached: the
    same report sentence backs the claims of many chains)."""
    at = _breaks(text)
    k = bisect_left(at, start)  # the last break before ``start``, the first at or after ``end``
    a = at[k - 1] + 1 if k else 0
    k = bisect_left(at, end, k)
    b = at[k] + 1 if k < len(at) else len(text)
    return text[a:b].strip()


_BREAK = lazy_compile(r"[.;\n?!]")


@lru_cache(maxsize=256)
def _breaks(text: str) -> list[int]:
    """Where ``text``'s clause breaks are, once per text (each of its evidence spans looked ten times)."""
    return [m.start() for m in _BREAK.finditer(text)]


def _ref(sf: SourcedFinding) -> EvidenceRef:
    f = sf.finding
    return EvidenceRef(sf.source, f.text, f.start, f.end, f.concept, f.polarity, sf.text)


# A report stating that no earlier study exists; a claimed change since one (unchanged, better, worse) is then made
# up. "New" is left alone: writers call a finding new without comparing it with anything.
# The study may be named by its modality ("There is no prior MRI.", "No previous CT is available.", "No earlier
# ultrasound for comparison."): the report still says the earlier study does not exist (verr20).
NO_PRIOR = lazy_compile(r"\bno\s+(?:previous|prior|earlier|old)\s+" + STUDY_NOUNS + r"\b|"
                        r"\bno\s+comparison\s+(?:is\s+)?available\b|\bcomparison:\s*none\b", re.IGNORECASE)
_SINCE_BEFORE = frozenset({"stable", "improved", "worsened", DENIED_PREFIX + "improved", DENIED_PREFIX + "worsened"})


# an attribute the claim states, read from evidence that states it too (attribute of a Finding, rule)
# (a side too: "left" against "right tube" and a bare "the tube" is the wrong side, not supported)
_STATED = (("severity", "severity-conflict"), ("location", "location-conflict"),
           ("laterality", "laterality-conflict"), ("size", "size-conflict"), ("change", "change-conflict"))
_ATTR_RULES = frozenset(rule for _, rule in _STATED)


def _size_agrees(claim: Finding, cc: Concept, e: Finding) -> bool:
    """Whether evidence ``e`` states a size the claim's is within the tolerance of."""
    if not e.size:
        return False
    return not (claim.size and sizes_conflict(claim.size, e.size, is_lesion(cc), claim.size_min, e.size_min,
                                              one_thing=one_finding(claim, e)))


def _size_far(claim: Finding, cc: Concept, e: Finding) -> bool:
    """Whether evidence ``e``'s size disagrees with the claim's beyond the wide factors alone (``sizes_conflict``
    without its one-thing magnitude rule). A lesser-ranked source outranks a better one's support only so: a chain's
    "SBO with 3.1 cm ectopic stone" reads the stone's size as the obstruction's, and a reference step's "small bowel
    up to 4.2 cm" is a quarter larger and a centimetre apart (retired blind 37, a faithful chain)."""
    return bool(claim.size and e.size and sizes_conflict(claim.size, e.size, is_lesion(cc), claim.size_min,
                                                         e.size_min, one_thing=False))


# tests that sample tissue or look inside through a scope: never the image a radiology report reads, so a chain on a CT
# or a radiograph that names one ("needs CT and biopsy", "urgent bronchoscopy", "after colonoscopy with polypectomy")
# names the next step or the history, not this study (retired blind 31-35: seven faithful chains contradicted). Against
# a pathology slide or an endoscopy report they are studies like any other and conflict as before.
BEYOND_IMAGING = frozenset({"histopathology", "endoscopy"})
# ... unless the sentence presents that test as the picture at hand ("This bronchoscopy image shows", "In this
# colonoscopy view", "On this histology slide", "This is a colonoscopy:", "Bronchoscopic view:"), or lists it among the
# studies a finding is seen on ("On CT, endoscopy and biopsy there is a mass", "In endoscopy and CT a mass": every test named,
# one of them sure to be right); a lone "on biopsy" or "at colonoscopy" stays the history. Bounded windows: linear on any input
_AT_HAND_BEFORE = lazy_compile(
    r"\b(?:this|these|the present|the current)\s+(?:is\s+)?(?:(?:an?|the)\s+)?(?:[a-z-]{2,20}(?:ic|al|ed|ar)\s+)?$",
    re.IGNORECASE,
)
# a list of studies after "on"/"in": the test is in it when an item comes before it or the list goes on after it
_LISTED_ON = lazy_compile(r"\b(?:on|in)\s+((?:[a-z-]{2,20}(?:,\s*|\s+(?:and|or)\s+)){0,3})$", re.IGNORECASE)
_LIST_GOES_ON = lazy_compile(r"^(?:,\s*|\s+(?:and|or)\s+)[a-z]", re.IGNORECASE)
_AT_HAND_AFTER = lazy_compile(r"^[\s\w-]{0,14}?\b(?:image|images|view|views|slide|slides|picture|photo|micrograph|frame|"
                              r"still|shows|demonstrates|reveals|depicts)\b", re.IGNORECASE)


def test_at_hand(v: FindingVerdict, text: str, ev: EvidenceSet) -> FindingVerdict:
    """A ``modality-other-test`` verdict whose step presents that test as the picture read: the conflict it was."""
    if v.rule != "modality-other-test":
        return v
    start, end = v.finding.start, v.finding.end
    before, after = text[max(0, start - 40) : start], text[end : end + 30]
    listed = _LISTED_ON.search(before)
    if (
        _AT_HAND_BEFORE.search(before)
        or _AT_HAND_AFTER.search(after)
        or (listed and (listed.group(1) or _LIST_GOES_ON.search(after)))
    ):
        return FindingVerdict(
            v.finding, Verdict.CONTRADICTED, False, "modality-conflict", tuple(ev.modalities[:MAX_EVIDENCE])
        )
    return v


def _modality(claim: Finding, cc: Concept, ev: EvidenceSet) -> FindingVerdict:
    if claim.polarity is Polarity.ABSENT:
        return FindingVerdict(claim, Verdict.UNVERIFIABLE, None, "modality-negated")
    family = {cc.id} | cc.ancestors | cc.descendants
    same = [m for m in ev.modalities if m.finding.concept in family]
    if same:  # naming the modality is not a clinical claim: shown, never counted
        return FindingVerdict(claim, Verdict.SUPPORTED, None, "same-modality", tuple(same[:MAX_EVIDENCE]))
    if ev.modalities and cc.id in BEYOND_IMAGING and not any(m.finding.concept in BEYOND_IMAGING for m in ev.modalities):
        return FindingVerdict(claim, Verdict.UNVERIFIABLE, None, "modality-other-test")
    if ev.modalities and claim.role.counted:  # a test advised ("a CT would confirm it") names no study of this one
        return FindingVerdict(claim, Verdict.CONTRADICTED, False, "modality-conflict",
                              tuple(ev.modalities[:MAX_EVIDENCE]))
    return FindingVerdict(claim, Verdict.UNVERIFIABLE, None, "modality-not-stated")


def judge(claim: Finding, cc: Concept, ev: EvidenceSet, explain: bool = True) -> FindingVerdict:
    """Verdict on one claim (``cc`` is its lexicon concept) against an evidence set.

    ``explain=False`` skips collecting the evidence spans (for internal uses that only
    need the verdict, such as the completeness recall).
    """
    base = ev.base
    if base is not None and cc.id not in ev.touched:
        ev = base
    # every field of the claim ``_judge`` and ``relation`` read (a kind or an organ told apart: "a tear of the PCL"
    # and "a tear of the ACL" against "The ACL is intact.", "a cyst in the kidney" and "... in the liver")
    if cc.category == "modality" and not claim.role.counted:
        return _modality(claim, cc, ev)  # (the memo's key holds no role: a test advised is judged apart, cheaply)
    key = (claim.concept, claim.polarity, claim.laterality, claim.severity, claim.change, claim.location, claim.size,
           explain, claim.hedged_absence, claim.size_min, claim.location2, claim.other, claim.narrow, claim.organ,
           claim.kind, claim.listed, claim.qualified, claim.change_grade, claim.set_aside, claim.said)
    hit = ev.memo.get(key)
    if hit is not None:  # rollouts of one prompt share the evidence and repeat their claims
        return FindingVerdict(claim, hit[0], hit[1], hit[2], hit[3])
    if cc.category != "modality" and ev.related(cc):  # (judged as against evidence of the same shapes: ``verdict_memo``)
        v = _shared(claim, cc, ev, explain, key)
    else:
        v = _judge(claim, cc, ev, explain)
    if len(ev.memo) < _MEMO_LIMIT:
        ev.memo[key] = (v.verdict, v.consistent, v.rule, v.sources)
    return v


def _shared(claim: Finding, cc: Concept, ev: EvidenceSet, explain: bool, key: tuple) -> FindingVerdict:
    """``_judge(claim, cc, ev, explain)`` through ``verdict_memo`` (``key``: ``judge``'s; the concept is checked by
    identity, as each verifier's lexicon has its own)."""
    skey = (key, ev.no_prior, ev.chest, ev.shapes(cc), foreign_organ(claim, ev))
    hit = recall(skey)
    related = ev.related(cc)
    if hit is not None and hit[0] is cc:
        return FindingVerdict(claim, hit[1], hit[2], hit[3], tuple([related[i] for i in hit[4]]))
    v = _judge(claim, cc, ev, explain)
    store(skey, (cc, v.verdict, v.consistent, v.rule,
                 tuple([next(i for i, sf in enumerate(related) if sf is x) for x in v.sources])))
    return v


def other_organ(claim: Finding, e: Finding) -> bool:
    """Whether ``e``, an organless denial of a case that names the chest alone, says nothing of ``claim``: a generic finding
    named in an organ apart from the chest (``organ_words.named_generic``). "No cavitation or abscess" on a chest CT
    denies no "pocket of pus beside the left tonsil" (review_sense38 #166); on a head CT it denies one in the brain."""
    return (e.polarity is Polarity.ABSENT and e.organ is None and claim.polarity is not Polarity.ABSENT
            and claim.organ in OFF_CHEST and named_generic(claim))


def foreign_organ(claim: Finding, ev: EvidenceSet) -> bool:
    """Whether ``claim`` is a generic finding named in an organ (``organ_words.named_generic``: "In the brain there is a
    pocket of pus") of a body part the case's texts, naming parts, never name (``regions.body_part``): the evidence's
    finding of that kind lies in a part they do name (issue #8, games39: a pericolic abscess backed a brain's), so only
    evidence named in the claim's own organ speaks of it, for or against. A case naming no part cannot tell."""
    parts = ev.parts
    return (claim.polarity is not Polarity.ABSENT and bool(parts) and named_generic(claim)
            and body_part(claim.organ or "") not in parts)


# findings whose parts, all denied, deny them: the CheXpert class of the heart's and the mediastinum's enlargement
_PARTED = {"enlarged_cardiomediastinum": ("cardiomegaly", "mediastinal_widening")}


def _judge(claim: Finding, cc: Concept, ev: EvidenceSet, explain: bool) -> FindingVerdict:
    if cc.category == "modality":
        return _modality(claim, cc, ev)
    if ev.empty:
        return FindingVerdict(claim, Verdict.UNVERIFIABLE, None, "no-evidence")
    if ev.no_prior and claim.change in _SINCE_BEFORE and claim.polarity is not Polarity.ABSENT:
        return FindingVerdict(claim, Verdict.CONTRADICTED, False, "change-without-prior")
    related = ev.related(cc)
    if related:  # most claims of a chain are about concepts the evidence never mentions
        best_rank = 99
        support: list = []
        contra: list = []
        weak: list = []
        attr_any: list | None = None  # a side, site, grade or size conflict from any source, whatever its rank
        away = foreign_organ(claim, ev)
        for sf in related:
            rank = sf.rank
            rel = relation(claim, cc, sf.finding)
            if rel is None or rel[0] == "contradict" and ev.chest and other_organ(claim, sf.finding):
                continue
            if away and sf.finding.organ != claim.organ:
                continue  # (another organ's finding of the kind, or its denial: nothing of the one named here)
            if rel[1] in _ATTR_RULES:
                if attr_any is None:
                    attr_any = []
                attr_any.append((rel[1], sf))
            if rank > best_rank:
                continue
            if rel[0] == "weak":
                weak.append((rel[1], sf))
                continue
            if rank < best_rank:  # a better-ranked source speaks: what lesser ones said is outranked
                best_rank = rank
                support, contra = [], []
            (support if rel[0] == "support" else contra).append((rel[1], sf))
        side = claim.laterality
        if support and contra and (side == "left" or side == "right"):
            # a side-specific claim: evidence about that side outranks evidence naming no side
            # ("left lower zone opacity" vs "the left lung is clear" and an unsided "pneumonia")
            sided = (side, "bilateral")
            if not any(sf.finding.laterality in sided for _, sf in support) and any(
                    sf.finding.laterality in sided for _, sf in contra):
                support = []
        if support and contra:
            # likewise a size, grade or site: evidence that states it ("large pneumothorax", "left lower
            # lobe") outranks mentions that leave it unsaid ("the pleural line"), so "a small
            # pneumothorax" or "the left upper lobe" is contradicted, not supported by the bare mention
            for attr, rule in _STATED:
                if getattr(claim, attr) and any(r == rule for r, _ in contra) and not any(
                        getattr(sf.finding, attr) for _, sf in support):
                    support = []
                    break
        if support and attr_any is not None:
            # across sources too: a reference step that states the site, side, grade or size ("the opacity is in
            # the lingula") outranks a better-ranked source that only supports the claim without stating that
            # attribute the same way ("opacity in the left mid zone" for a claimed "left lower lobe"): the
            # sources describe one study, and the more specific statement is the one the claim got wrong
            for attr, rule in _STATED:
                stated = getattr(claim, attr)
                overriding = [x for x in attr_any if x[0] == rule and (
                    attr != "size" or x[1].rank <= best_rank or _size_far(claim, cc, x[1].finding))]
                if stated and overriding and not any(
                        getattr(sf.finding, attr) == stated or attr == "size" and _size_agrees(claim, cc, sf.finding)
                        for _, sf in support):
                    # (a supporting size within the tolerance: "a 10 mm nodule" beside "9 mm and 4 mm nodules"; a
                    # narrower finding's size is not compared when it supports, so it is here: "a 7 cm lesion" is not
                    # supported by "cysts measuring 2 to 15 mm" when the report's lesion measures 2.1 cm)
                    support, contra = [], overriding
                    break
        if not support and not contra and claim.polarity is not Polarity.ABSENT and claim.laterality is None \
                and claim.concept in _PARTED:
            # a finding made of its parts, every part denied: "the cardiomediastinal silhouette is enlarged" against
            # "heart size normal; the mediastinum is not widened" (review of medi45, which parted the two)
            denials = [next((sf for sf in related if sf.finding.concept == part and sf.finding.laterality is None
                             and sf.finding.polarity is Polarity.ABSENT and not sf.finding.hedged_absence), None)
                       for part in _PARTED[claim.concept]]
            if all(denials):
                contra = [("polarity-conflict", sf) for sf in denials]
        for bucket, verdict, consistent in ((support, Verdict.SUPPORTED, True),
                                            (contra, Verdict.CONTRADICTED, False),
                                            (weak, Verdict.UNVERIFIABLE, True)):
            if bucket:
                refs = tuple(sf for _, sf in bucket[:MAX_EVIDENCE]) if explain else ()
                return FindingVerdict(claim, verdict, consistent, bucket[0][0], refs)
    if claim.polarity is Polarity.ABSENT:
        return FindingVerdict(claim, Verdict.UNVERIFIABLE, True, "silent-absent")
    return FindingVerdict(claim, Verdict.UNVERIFIABLE, False, "silent-present")
