"""Laterality errors one claim against one piece of evidence cannot show: a bilateral finding called
one-sided, and a one-sided finding called bilateral.

``attr_conflicts.lat_compatible`` treats "bilateral" as compatible with either side, and must: "a right
effusion" is true of bilateral effusions as far as it goes, and a chain may well name the left one in
its next sentence. Judged claim by claim, "masses in the right lung" against "masses in both lungs", or
"bilateral effusions" against "a small left effusion", were therefore supported, and a chain that moved
a bilateral finding to one side scored as its faithful original (retired blind sets 4 and 5: "both
lungs" made "the right lung", "both sides" made "the right side"; review7 finding 4). The distribution
of a finding is what a radiologist reads from the side words, so these are laterality errors:

* a one-sided claim of a finding the evidence states only as bilateral, when **the chain never states
  the other side** of it (or both sides) anywhere, or its own step calls the side exclusive ("on the left
  side only"): the chain's reading puts it on one side (``laterality-partial``);
* a bilateral claim of a finding the evidence states on one side only (no bilateral or other-side
  mention in any source): a finding invented on the other side (``laterality-conflict``).

Evidence that names no side is no distribution, so it neither helps nor hurts. This runs over the
whole chain after its steps are judged, since the first rule needs every claim of the chain.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from medstep.answers import hedges, negation
from medstep.lazyre import lazy_compile
from medstep.verify.findings import Finding, Polarity
from medstep.verify.lexicon import Concept
from medstep.verify.results import StepVerdict
from medstep.verify.verdicts import MAX_EVIDENCE, EvidenceSet, FindingVerdict, SourcedFinding, Verdict

_OTHER = {"left": "right", "right": "left"}
# the other side named in the claim's own step, as words the extractor need not pin to the finding ("free air
# beneath the right hemidiaphragm and a smaller one on the left"): the step states both sides, unless it names
# the other side only to call it clear ("...; the left side is clear")
_NAMES_OTHER = {"left": lazy_compile(r"\b(?:left|both|bilateral(?:ly)?|either side)\b"),
                "right": lazy_compile(r"\b(?:right|both|bilateral(?:ly)?|either side)\b")}
_CALLED_CLEAR = lazy_compile(r"(?:[\s-]+(?:sided?|lung|hemithorax|chest|hemidiaphragm|half))?\s+(?:is|are|looks?|appears?|"
                             r"seems?|remains?)\s+(?:clear|normal|fine|unremarkable|free|spared|not|uninvolved|clean)\b")


# a side declared exclusive ("on the left side only", "only the right lung", "unilateral"): the step denies the
# other side, whatever else the chain says of it
_ONLY = {side: lazy_compile(rf"\bonly\s+(?:on\s+|in\s+|at\s+)?(?:the\s+)?{side}\b|\b{side}(?:[\s-]+(?:side|sided|lung|"
                         rf"hemithorax|chest|hemidiaphragm|ribs?))?\s+only\b|\bunilateral\b") for side in ("left", "right")}


# a side named as where the finding is worse ("effusions, larger on the right", "most prominent on the right side",
# "right-predominant", "the right one larger") or a side the step denies is exclusive ("not only on the left", "not
# confined to the left"): the step says the finding is on both sides, only unequally, so it is no one-sided claim
_UNEQUAL = lazy_compile(r"\b(?:larger|bigger|greater|worse|more|most|predominant(?:ly)?|mainly|mostly|chiefly|primarily|"
                        r"prominent|marked|pronounced|severe|extensive|conspicuous)\s+(?:on|in|at)\s+(?:the\s+)?"
                        r"(?:left|right)\b|\b(?:left|right)[\s-]+(?:predominant|dominant|predominance)\b|\bthe\s+"
                        r"(?:left|right)(?:\s+(?:one|side))?\s+(?:being\s+)?(?:larger|bigger|greater|worse|more\s+\w+)\b|"
                        r"\bnot\s+(?:only|just|merely|solely|exclusively|confined\s+to|limited\s+to|restricted\s+to)\b")


def _names_other_side(step: str, other: str) -> bool:
    low = step.lower()
    return any(_CALLED_CLEAR.match(low, m.end()) is None and not low.endswith(("no ", "not "), 0, m.start())
               for m in _NAMES_OTHER[other].finditer(low))


def _states_side(low: str, side: str) -> bool:
    """Whether the (lower-case) step names ``side`` itself, not negated just before and not called clear."""
    return any(_CALLED_CLEAR.match(low, m.end()) is None and _NEGATED_BEFORE.search(low[max(0, m.start() - 14):m.start()])
               is None for m in re.finditer(rf"\b{side}\b", low))


_NEGATED_BEFORE = lazy_compile(hedges.words(negation.DENY, negation.NEITHER))


def _family(f: Finding, cc: Concept, items: Sequence[SourcedFinding]) -> list[SourcedFinding]:
    """Positive statements of the claim's concept, or a narrower or broader one, that name a side."""
    anc, desc = cc.ancestors, cc.descendants
    return [sf for sf in items if sf.finding.polarity is not Polarity.ABSENT and sf.finding.laterality is not None
            and (sf.finding.concept == f.concept or sf.finding.concept in anc or sf.finding.concept in desc)]


# a concept's sided family in the evidence and its sides, and in the chain its sides: per call of ``side_errors``
_Families = dict[tuple[str, bool], tuple[list[SourcedFinding], set[str | None]]]


def _sided(f: Finding, cc: Concept, items: Sequence[SourcedFinding], in_chain: bool, families: _Families
           ) -> tuple[list[SourcedFinding], set[str | None]]:
    """``_family`` of ``f`` in ``items`` and its sides, read once per concept: a claim's family depends on its
    concept only, and each of a chain's many sided claims of one concept ("left effusion" * 1000) read the whole
    family again (claims x findings)."""
    key = (f.concept, in_chain)
    got = families.get(key)
    if got is None:
        fam = _family(f, cc, items)
        got = families[key] = (fam, {sf.finding.laterality for sf in fam})
    return got


def _side_error(f: Finding, cc: Concept, ev: EvidenceSet, chain: Sequence[SourcedFinding], step: str,
                families: _Families) -> tuple[str, list[SourcedFinding]] | None:
    """The rule and evidence of a laterality error of supported claim ``f``, or None."""
    side = f.laterality
    sided, sides = _sided(f, cc, ev.related(cc), False, families)
    if not sided:
        return None
    if side == "bilateral":
        if "bilateral" in sides or {"left", "right"} <= sides:
            return None
        return "laterality-conflict", sided
    other = _OTHER.get(side or "")
    if other is None or side in sides or "bilateral" not in sides:
        return None  # the evidence names this side (or only the other: the judge has already spoken)
    said = _sided(f, cc, chain, True, families)[1]
    low = step.lower()
    if _UNEQUAL.search(low) is not None:
        return None
    # "Only the left effusion is large; the right is small.": "only" ranks the sides the step names, it denies none
    exclusive = _ONLY[_OTHER[other]].search(low) is not None and not _states_side(low, other)
    if not exclusive and (other in said or "bilateral" in said or _names_other_side(step, other)):
        return None
    return "laterality-partial", [sf for sf in sided if sf.finding.laterality == "bilateral"]


def side_errors(steps: list[StepVerdict], chain: Sequence[SourcedFinding], ev: EvidenceSet,
                concepts: dict[str, Concept]) -> list[StepVerdict]:
    """``steps`` with each supported positive finding whose side misstates the finding's distribution
    (see the module docstring) judged contradicted, and its step with it."""
    sup, present, con = Verdict.SUPPORTED, Polarity.PRESENT, Verdict.CONTRADICTED
    out = steps
    families: _Families = {}
    for k, s in enumerate(steps):
        changed = None
        for i, (f, v) in enumerate(zip(s.findings, s.verdicts)):
            if v.verdict is not sup or v.consistent is not True or f.polarity is not present \
                    or f.laterality is None or f.category != "finding":
                continue
            err = _side_error(f, concepts[f.concept], ev, chain, s.text, families)
            if err is None or (err[0] == "laterality-partial" and any(
                    g.concept == f.concept and g.polarity is Polarity.ABSENT and g.laterality == _OTHER[f.laterality]
                    and w.verdict is con for g, w in zip(s.findings, s.verdicts))):
                continue  # "effusion on the left only; the right side is clear": the step's denial is the error
            if changed is None:
                changed = list(s.verdicts)
            changed[i] = FindingVerdict(f, con, False, err[0], tuple(err[1][:MAX_EVIDENCE]))
        if changed is not None:
            if out is steps:
                out = list(steps)
            out[k] = s.with_verdicts(changed)
    return out
