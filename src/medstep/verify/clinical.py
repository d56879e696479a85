"""A clinical error score: what a radiologist would count as wrong, weighted by what it would cost.

Why beside RadRScore: ratios cannot rank reports. One false finding and four
false findings both give factuality 0; a missed tension pneumothorax and a
missed old granuloma both cost one recall unit. This score compares the
positive findings of a prediction (report or reasoning chain) with those of
the truth and counts

* **false findings** (claimed, absent from the truth),
* **missed findings** (in the truth, not claimed: silence and "no X" are the
  same miss), and
* **attribute errors** on found findings: laterality, severity, location,
  size (measurements), change, and interpretation (a vaguer, a more specific
  or a related but different diagnosis: "opacity" for "pneumonia", "nodule"
  for "mass"; free when the indication makes the reading reasonable, see
  ``interpretations.tsv``),

each weighted by the clinical significance of the finding (``significance.tsv``:
urgent 1.0, actionable 0.5, not actionable 0.25, expected or benign 0.05,
adjusted by patient age and indication). Normal statements are handled
explicitly: an absent finding is never an error by itself, it only fails to
recall a finding the truth has. The score

    (sum of credit for found findings + 1) / (weight of true findings + weight of false findings + 1)

is 1 for a perfect prediction (also for a normal prediction of a normal
study), and every additional error, or a worse one, lowers it: a false
finding adds to the denominator, a miss removes credit, an attribute error
removes part of it (capped below a miss, so partial credit beats silence).
A contradicting attribute is the exception: a finding put on the wrong side
(left for right) earns no credit and also costs as a false finding, since it
says the other side is abnormal and would send treatment there; silence is
safer than a wrong side.
The constant 1 is the value of an empty normal template, so a normal report
of an abnormal study scores above one that adds false findings to it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from medstep.textenum import TextEnum
from medstep.types import MedstepError
from medstep.verify.findings import Finding, Polarity
from medstep.verify.lexicon import SEVERITY_RANK, Lexicon, locations_conflict
from medstep.verify.scope_words import DENIED_PREFIX
from medstep.verify.significance import (
    PatientContext, Rule, Significance, parse_level, parse_rules, read_table, table_rows,
)
from medstep.verify.attr_conflicts import axis_places_conflict, change_degrees_conflict, changes_conflict

TEMPLATE = 1.0  # weight of an empty normal report (the "+ 1" of the formula)
MAX_PENALTY = 0.9  # a found finding with every attribute wrong still earns more than a miss
CONTRADICTS = 1.0  # the share of an attribute error that contradicts the finding (the wrong side)


# a denial of a new or a larger kind of a finding ("no new consolidation", "no larger nodules") leaves the finding named
_QUALIFIED_DENIAL = frozenset({"new", "worsened"})

class ErrorKind(TextEnum):
    FALSE_FINDING = "false_finding"
    MISSED_FINDING = "missed_finding"
    LATERALITY = "laterality"
    SEVERITY = "severity"
    LOCATION = "location"
    SIZE = "size"
    CHANGE = "change"
    INTERPRETATION = "interpretation"


ATTRIBUTE_KINDS = (ErrorKind.LATERALITY, ErrorKind.SEVERITY, ErrorKind.LOCATION, ErrorKind.SIZE, ErrorKind.CHANGE,
                   ErrorKind.INTERPRETATION)


@dataclass(frozen=True)
class ClinicalError:
    kind: ErrorKind
    concept: str
    significance: Significance
    weight: float  # how much this error cost (in significance-weight units)
    text: str  # the words of the finding (prediction for false findings, truth otherwise)

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "concept": self.concept, "significance": self.significance.value,
                "weight": round(self.weight, 4), "text": self.text}


@dataclass(frozen=True)
class ClinicalErrors:
    """The comparison of a prediction with the truth; ``score`` in [0, 1], higher is better (0 only for a
    chain that has not committed or observes nothing, ``without_credit``)."""

    score: float
    matched: int
    false_findings: int
    missed_findings: int
    attribute_errors: dict[str, int]
    weighted: dict[str, float]  # false / missed / attribute totals and the truth's weight
    errors: tuple[ClinicalError, ...] = field(default=())

    @property
    def n_attribute_errors(self) -> int:
        return sum(self.attribute_errors.values())

    def without_credit(self) -> ClinicalErrors:
        """The same errors with score 0: a chain that has not committed (it stated every answer option's
        finding, only its chosen option's words, or only absences beside an abnormal answer), whose true
        findings were hit by listing, not observed, and a chain that observes nothing (a refusal, only hedges,
        the task read back). It earns nothing, as its RadRScore does; its errors stay listed (every true
        finding missed). Not None for these: an undefined score drops out of a mean and out of an RL reward's
        sum, so refusing or hedging everything would escape the cost a real attempt with an error pays; None
        stays for a chain with nothing to compare with (no report, reference or option evidence). (It once kept
        the smoothing term, (0 + 1) / (truth + false + 1), 0.3-0.67 on small reports: above a committed chain
        with one detected error once that costs decisively.)"""
        return replace(self, score=0.0)

    def scaled(self, factor: float) -> ClinicalErrors:
        """The same errors with the score multiplied by ``factor`` (a detected error: ``Verification``)."""
        return replace(self, score=self.score * factor)

    def to_json(self) -> dict[str, Any]:
        return {"score": round(self.score, 6), "matched": self.matched, "false_findings": self.false_findings,
                "missed_findings": self.missed_findings, "attribute_errors": dict(self.attribute_errors),
                "weighted": {k: round(v, 6) for k, v in self.weighted.items()},
                "errors": [e.to_json() for e in self.errors]}


@dataclass(slots=True)
class _Pos:
    """One positive finding of a text, merged over its mentions."""

    concept: str
    text: str
    laterality: str | None
    location: str | None
    severity: str | None
    change: str | None
    size: float | None
    folded: bool = False  # a vaguer mention folded into a more specific one ("opacity ... pneumonia")
    location2: str | None = None  # a second place on another axis ("posterior horn ... medial meniscus")
    # the narrower kind the text defines it as ("a fracture of the clavicle", a clavicle fracture; "a mass at the apex
    # destroying a rib", a Pancoast tumour: ``Finding.narrow``), which a prediction naming that kind names exactly
    narrow: str | None = None
    unlike: str | None = None  # the narrower kind the text rules out (``Finding.unlike``): no prediction of it matches
    change_grade: str | None = None  # the degree of its change (``Finding.change_grade``): "slightly" against "markedly"


class ClinicalScorer:
    """Compares positive findings; build once per lexicon (tables are read and checked here)."""

    def __init__(self, lexicon: Lexicon, significance: Path | None = None, interpretations: Path | None = None):
        self.concepts = lexicon.concepts
        self._levels: dict[str, tuple[Significance, tuple[Rule, ...]]] = {}
        text, origin = read_table(significance, "significance.tsv")
        for where, cols in table_rows(text, origin, (2, 3)):
            if cols[0] not in self.concepts:
                raise MedstepError(f"{where}: unknown concept {cols[0]!r}")
            self._levels[cols[0]] = (parse_level(cols[1], where), parse_rules(cols[2], where) if len(cols) > 2 else ())
        self._pairs: dict[frozenset[str], tuple[str, ...]] = {}
        text, origin = read_table(interpretations, "interpretations.tsv")
        for where, cols in table_rows(text, origin, (3, 3)):
            for c in cols[:2]:
                if c not in self.concepts:
                    raise MedstepError(f"{where}: unknown concept {c!r}")
            self._pairs[frozenset(cols[:2])] = tuple(w.strip().lower() for w in cols[2].split("|") if w.strip())
        self._base: dict[str, tuple[Significance, tuple[Rule, ...]]] = {}
        # the pairs of findings that read one appearance at two levels (``interpretations.tsv``)
        self.paired: frozenset[frozenset[str]] = frozenset(self._pairs)
        # each concept's partners in those pairs (a pair of one concept: itself), for a test against a set of concepts
        partners: dict[str, set[str]] = {}
        for pair in self._pairs:
            for c in pair:
                partners.setdefault(c, set()).update(pair - {c} or pair)
        self.partners: dict[str, frozenset[str]] = {c: frozenset(v) for c, v in partners.items()}

    def significance(self, concept: str, context: PatientContext | None = None) -> Significance:
        """The level of ``concept`` (own row, else nearest ancestor's, else the category default)."""
        base = self._base.get(concept)
        if base is None:
            base = self._lookup(concept)
            self._base[concept] = base
        level, rules = base
        if context is not None:
            for r in rules:
                if r.applies(context):
                    return r.level
        return level

    def _lookup(self, concept: str) -> tuple[Significance, tuple[Rule, ...]]:
        frontier, seen = [concept], {concept}
        while frontier:  # breadth-first over parents: the nearest ancestor with a row decides
            nxt = []
            for cid in frontier:
                if cid in self._levels:
                    return self._levels[cid]
                for p in self.concepts[cid].parents:
                    if p not in seen:
                        seen.add(p)
                        nxt.append(p)
            frontier = nxt
        dev = self.concepts[concept].category == "device"
        return (Significance.NOT_ACTIONABLE if dev else Significance.ACTIONABLE), ()

    def positives(self, findings: Sequence[Finding], chosen: Sequence[Finding] = ()) -> list[_Pos]:
        """Positive findings of one text: a later absence of the same concept (same side or
        unspecified) withdraws an earlier positive; mentions of a concept merge; a concept that is
        an ancestor of another kept one is folded into it ("RLL opacity, likely pneumonia").

        ``chosen``: the findings of the option a chain committed to, read as if before the chain's own.
        The chain's denial withdraws one, and the chain's own side, site, grade or size of the same
        finding outranks the option's, which only fills what the chain left unsaid (a chain that puts the
        collapse in the lower lobe and then picks "right upper lobe collapse" said the lower lobe;
        merging the two in reading order kept the option's lobe and hid the error)."""
        concepts = self.concepts
        kept: dict[str, _Pos] = {}
        denied: dict[str, list[str | None]] = {}
        for f in findings:
            if f.category not in ("finding", "device"):
                continue
            if f.polarity is Polarity.ABSENT:
                if f.change in _QUALIFIED_DENIAL:
                    continue  # "no new nodules", "no larger nodules": the nodules already named stand
                if chosen:
                    denied.setdefault(f.concept, []).append(f.laterality)
                old = kept.get(f.concept)
                # a wrong option's finding (option evidence, read absent) withdraws no finding a report states: an
                # option "NG tube in the airway" is wrong for where the tube lies, not because there is no tube
                if old is not None and f.source != "option" and (f.laterality is None or f.laterality == old.laterality):
                    del kept[f.concept]
                continue
            old = kept.get(f.concept)
            if old is None:
                kept[f.concept] = _Pos(f.concept, f.text, f.laterality, f.location, f.severity, f.change, f.size,
                                       location2=f.location2, narrow=f.narrow, unlike=f.unlike,
                                       change_grade=f.change_grade)
            else:
                _fill(old, f.laterality, f.location, f.severity, f.change, f.size, f.location2)
                if old.change_grade is None and old.change == f.change:
                    old.change_grade = f.change_grade  # (the degree of the change it keeps, not of another)
                old.narrow = old.narrow or f.narrow
                old.unlike = old.unlike or f.unlike
        for f in chosen:
            if f.category not in ("finding", "device") or f.polarity is Polarity.ABSENT:
                continue
            old = kept.get(f.concept)
            if old is not None:
                old.laterality = old.laterality or f.laterality
                old.location = old.location or f.location
                old.location2 = old.location2 or f.location2
                old.severity = old.severity or f.severity
                old.change = old.change or f.change
                old.size = old.size if old.size is not None else f.size
            elif not any(lat is None or lat == f.laterality for lat in denied.get(f.concept, ())):
                kept[f.concept] = _Pos(f.concept, f.text, f.laterality, f.location, f.severity, f.change, f.size,
                                       location2=f.location2)
        out = list(kept.values())
        if len(out) > 1:
            for p in out:
                parent = _FOLDS_INTO_SIBLING.get(p.concept)
                if parent is not None and any(q is not p and parent in concepts[q.concept].ancestors for q in out):
                    p.folded = True  # "displaced fragments" beside "left rib fractures": how that fracture lies
                    continue
                desc = [q for q in out if q.concept in concepts[p.concept].descendants]
                for q in desc:
                    _fill(q, p.laterality, p.location, p.severity, p.change, p.size, p.location2)
                    if p.narrow is not None and p.narrow in concepts[q.concept].descendants:
                        q.narrow = q.narrow or p.narrow  # "a mass at the apex ... Pancoast" folded into "tumour"
                    q.unlike = q.unlike or p.unlike
                    if p.laterality is None:  # one finding: "left opacity ... the opacity, middle lobe"
                        p.laterality = q.laterality
                p.folded = bool(desc)
        return out

    def compare(self, pred: Sequence[Finding], truth: Sequence[Finding],
                context: PatientContext | None = None, chosen: Sequence[Finding] = ()) -> ClinicalErrors:
        """The clinical errors of ``pred`` against ``truth`` (both finding lists of one text each);
        ``chosen``: the committed option's findings, outranked by the prediction's own (``positives``)."""
        refs = [r for r in self.positives(truth) if not r.folded]
        return self.compare_positives(self.positives(pred, chosen), refs, context)

    def compare_positives(self, preds: list[_Pos], refs: list[_Pos], context: PatientContext | None) -> ClinicalErrors:
        """Match truth findings to predicted ones (best relation first). A folded prediction (the
        "airspace opacity" of "airspace opacity ... consistent with pneumonia") is matched only to a
        truth finding nothing else describes, and never counts as a false finding: the truth may
        list the appearance and the diagnosis apart ("consolidation ... consistent with pneumonia")."""
        concepts = self.concepts
        pairs = []
        for i, r in enumerate(refs):
            rc = concepts[r.concept]
            for j, p in enumerate(preds):
                rel = self._relation(r, p, rc, context)
                if rel is not None:
                    pairs.append((p.folded, rel[0], rel[1], i, j, rel[2]))
        pairs.sort(key=lambda x: (x[0], x[2] >= CONTRADICTS, x[1], x[2]))  # a wrong side only when nothing else fits
        ref_match: dict[int, tuple[int, float, list]] = {}
        used: set[int] = set()
        for _folded, _order, penalty, i, j, parts in pairs:
            if i in ref_match or j in used:
                continue
            ref_match[i] = (j, penalty, parts)
            used.add(j)
        errors: list[ClinicalError] = []
        credit = truth_w = missed_w = attr_w = false_w = 0.0
        attr_counts: dict[str, int] = {}
        for i, r in enumerate(refs):
            sig = self.significance(r.concept, context)
            w = sig.weight
            truth_w += w
            hit = ref_match.get(i)
            if hit is None:
                missed_w += w
                errors.append(ClinicalError(ErrorKind.MISSED_FINDING, r.concept, sig, w, r.text))
                continue
            j, penalty, parts = hit
            credit += w * (1.0 - penalty)
            attr_w += w * penalty
            wrong_side = penalty >= CONTRADICTS  # a miss here, and a false finding on the other side
            extra = self.significance(preds[j].concept, context).weight if wrong_side else 0.0
            false_w += extra
            for kind, share in parts:
                attr_counts[kind.value] = attr_counts.get(kind.value, 0) + 1
                cost = w * share + (extra if share >= CONTRADICTS else 0.0)
                errors.append(ClinicalError(kind, r.concept, sig, cost, r.text))
        matched_ids = {refs[i].concept for i in ref_match} | {preds[m[0]].concept for m in ref_match.values()}
        ruled_out = {r.unlike for r in refs if r.unlike is not None}
        n_false = 0
        for j, p in enumerate(preds):
            if j in used or p.folded or self._absorbed(p.concept, matched_ids) and not (
                    ruled_out and self._ruled_out(p.concept, ruled_out)):
                continue
            sig = self.significance(p.concept, context)
            false_w += sig.weight
            n_false += 1
            errors.append(ClinicalError(ErrorKind.FALSE_FINDING, p.concept, sig, sig.weight, p.text))
        score = (credit + TEMPLATE) / (truth_w + false_w + TEMPLATE)
        return ClinicalErrors(
            score=score, matched=len(ref_match), false_findings=n_false, missed_findings=len(refs) - len(ref_match),
            attribute_errors=attr_counts,
            weighted={"truth": truth_w, "false": false_w, "missed": missed_w, "attribute": attr_w},
            errors=tuple(errors))

    def _absorbed(self, cid: str, matched: set[str]) -> bool:
        """A leftover claim that restates a matched finding more or less specifically is not new."""
        c = self.concepts[cid]
        # not co-parents in general: pneumothorax and pleural effusion share a narrower concept
        # (hydropneumothorax) yet are two findings; readings of one appearance are listed as pairs
        return any(m == cid or m in c.ancestors or m in c.descendants
                   or frozenset((m, cid)) in self._pairs for m in matched)

    def _ruled_out(self, cid: str, ruled_out: set[str]) -> bool:
        """Whether ``cid`` is a kind the truth rules out (``_Pos.unlike``) or a narrower one: a new finding."""
        return cid in ruled_out or not ruled_out.isdisjoint(self.concepts[cid].ancestors)

    def _relation(self, r: _Pos, p: _Pos, rc, context: PatientContext | None) -> tuple[int, float, list] | None:
        """(order, penalty, [(kind, share)]) when prediction ``p`` describes truth ``r``; None otherwise."""
        parts: list[tuple[ErrorKind, float]] = []
        if r.unlike is not None and (p.concept == r.unlike or r.unlike in self.concepts[p.concept].ancestors):
            return None  # a kind the truth rules out ("Salter-Harris" for a fracture that does not reach the physis)
        if p.concept == r.concept or p.concept == r.narrow:
            order = 0
        elif p.concept in rc.descendants:
            order = 1
            parts.append((ErrorKind.INTERPRETATION, 0.1))  # more specific than the truth says
        elif p.concept in rc.ancestors:
            order = 2
            parts.append((ErrorKind.INTERPRETATION, 0.25))  # vaguer than the truth
        else:
            words = self._pairs.get(frozenset((r.concept, p.concept)))
            if words is not None:
                order = 3
                ind = (context.indication or "").lower() if context is not None else ""
                if not any(w in ind for w in words):
                    parts.append((ErrorKind.INTERPRETATION, 0.25))
            elif (rc.ancestors | {r.concept}) & self.concepts[p.concept].ancestors and _same_side(r, p):
                order = 4
                parts.append((ErrorKind.INTERPRETATION, 0.5))  # a related but different finding
            else:
                return None
        parts += _attribute_errors(r, p)
        total = sum(s for _, s in parts)
        penalty = CONTRADICTS if any(s >= CONTRADICTS for _, s in parts) else min(MAX_PENALTY, total)
        return order, penalty, parts


# A kind of a finding told by how it looks, not where it is, that describes the same finding as a sibling told by
# where it is: displaced bone fragments beside rib or clavicle fractures are those fractures, not one more finding
# (kind -> the parent the two share).
_FOLDS_INTO_SIBLING = {"bone_fragment": "fracture"}


def _fill(p: _Pos, lat, loc, sev, chg, size, loc2=None) -> None:
    if lat is not None and p.laterality != lat:
        p.laterality = lat if p.laterality is None else "bilateral"
    p.location = p.location or loc
    p.location2 = p.location2 or loc2
    p.severity = p.severity or sev
    p.change = p.change or chg
    p.size = p.size if p.size is not None else size


def _same_side(r: _Pos, p: _Pos) -> bool:
    return r.laterality is None or p.laterality is None or r.laterality == p.laterality \
        or "bilateral" in (r.laterality, p.laterality)


ROUNDING = 1.1  # two sizes of one finding within a tenth of each other are one measurement rounded


def _attribute_errors(r: _Pos, p: _Pos) -> list[tuple[ErrorKind, float]]:
    """Attribute errors of prediction ``p`` on truth ``r``; an attribute only one side states is no error."""
    out: list[tuple[ErrorKind, float]] = []
    if r.laterality and p.laterality and r.laterality != p.laterality:
        out.append((ErrorKind.LATERALITY, 0.25 if "bilateral" in (r.laterality, p.laterality) else CONTRADICTS))
    if r.severity and p.severity and r.severity != p.severity:
        diff = abs(SEVERITY_RANK[r.severity] - SEVERITY_RANK[p.severity])
        out.append((ErrorKind.SEVERITY, 0.25 * diff))
    if r.size and p.size and math.isfinite(r.size + p.size) and max(r.size, p.size) > ROUNDING * min(r.size, p.size):
        # (within a writer's rounding no error: "about two centimetres" of a 2.1 cm nodule, "6 cm" of 6.2 cm)
        out.append((ErrorKind.SIZE, 0.5 * min(1.0, abs(math.log2(p.size / r.size)))))
    if r.location and p.location and locations_conflict(r.location, p.location):
        out.append((ErrorKind.LOCATION, 0.5))  # another lobe: follow-up or a biopsy aimed at the wrong site
    elif (r.location2 or p.location2) and axis_places_conflict(r, p, True):
        out.append((ErrorKind.LOCATION, 0.5))  # the other meniscus's horn, another clock hour of the same quadrant
    if r.change and p.change and r.change != p.change and (  # a denial ("not improved") errs against what it denies
            changes_conflict(r.change, p.change) or DENIED_PREFIX not in r.change + p.change) \
            or r.change and change_degrees_conflict(r.change, r.change_grade, p.change, p.change_grade):
        out.append((ErrorKind.CHANGE, 0.25))  # (or of one direction, degrees far apart: "slightly" / "markedly")
    return out
