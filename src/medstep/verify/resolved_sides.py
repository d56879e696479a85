"""A finding the chain calls gone since an earlier study, on the side where the evidence says nothing was, while the
evidence says the same finding went on the other side: "The left upper lobe atelectasis from 8 months ago has
resolved" against "Previous right upper lobe atelectasis resolved", "the left lower zone consolidation from 14 months
ago has fully resolved" against "The right lower zone consolidation seen on the prior radiograph has completely
resolved" (issue #8, session 52, retired blind 36 and 41 err-laterality chains).

Why: a word of going ("resolved", "cleared", "no longer", ``negation.GONE``) makes the finding absent now, and an
absence on a side the report does not name was unverifiable, so the chain that moved the resolved finding to the
other side scored as the faithful one. Yet the words also say the finding *was there* before, on that side: a claim
about the earlier study that the evidence can deny. This reads the side that claim gives the earlier finding against
the sides the evidence's own going words give it (frame-free: the going word and the side, whatever the finding).

The claim is contradicted (``resolved-side-conflict``) only when all of these hold:

* the chain's finding is an absence whose trigger holds a going word, with one side (left or right);
* the report or reference steps give the same finding (or a narrower or broader one) gone on the other side only;
* no report or reference finding of it stands on the chain's side or both sides, present, or gone (a plain denial
  on the chain's side, "no left effusion", says nothing of the earlier study and does not stop it);
* no sentence of that evidence names the chain's side with a going word or an earlier time: the report may say the
  finding went there in words no finding carries ("Right effusion resolved, as has the left", "the left one has
  cleared as well", "the previously seen left effusion is not seen today", "History: left effusion, drained last
  week") (review of lane habits52);
* the chain's own step gives the finding on one side only: a step naming it on both sides weighs them ("I first
  thought the left effusion had resolved, but it was the right one") (review of lane habits52).
"""

from __future__ import annotations

from medstep.answers import negation
from medstep.answers.concepts import OTHER_SIDE
from medstep.answers.hedges import EARLIER_TIME, EARLIER_WORDS, words
from medstep.lazyre import lazy_compile
from medstep.verify.findings import Finding, Polarity
from medstep.verify.lexicon import Concept
from medstep.verify.results import StepVerdict
from medstep.verify.verdicts import MAX_EVIDENCE, EvidenceSet, FindingVerdict, SourcedFinding, Verdict

# a word of going in a trigger ("has resolved", "resolved", "interval resolution of", "has cleared", "no longer"):
# ``negation.GONE`` and its noun ("resolution")
_GONE = lazy_compile(r"(?i)" + words(negation.GONE, ("resolution",)))
# a sentence of the evidence (a semicolon keeps it whole: "Previously, a left effusion was present; it is now gone")
# and the words that make it speak of the earlier study: a going word or an earlier time
_SENTENCES = lazy_compile(r"[^.!?\n]+")
_SIDE_WORD = {side: lazy_compile(r"(?i)\b" + side + r"\b") for side in OTHER_SIDE}
_OF_BEFORE = lazy_compile(r"(?i)" + words(negation.GONE, ("resolution",), EARLIER_WORDS, EARLIER_TIME))
_RANK_EVIDENCE = 2  # report (0) and reference steps (1); an answer option (2) states no earlier study


def gone_since(f: Finding) -> bool:
    """Whether ``f`` is an absence set by a word of going: the finding was there before and is not now."""
    return f.polarity is Polarity.ABSENT and f.trigger is not None and _GONE.search(f.trigger) is not None


def _conflict(f: Finding, cc: Concept, ev: EvidenceSet) -> list[SourcedFinding]:
    """The evidence's going statements of ``f``'s family on the other side when they are all it says of the
    family's sides (module docstring); empty when the claim stands or is unjudged."""
    side = f.laterality or ""
    family = {f.concept, *cc.ancestors, *cc.descendants}
    gone_other: list[SourcedFinding] = []
    for sf in ev.related(cc):
        g = sf.finding
        if sf.rank >= _RANK_EVIDENCE or g.concept not in family or g.laterality is None:
            continue
        went = gone_since(g)
        if g.laterality in (side, "bilateral") and (went or g.polarity is not Polarity.ABSENT):
            return []  # the evidence has it on this side, now or before
        if g.laterality == OTHER_SIDE[side] and went:
            gone_other.append(sf)
    if gone_other and _names_side_before({sf.text for sf in ev.related(cc) if sf.rank < _RANK_EVIDENCE}, side):
        return []
    return gone_other


def _names_side_before(texts: set[str], side: str) -> bool:
    """Whether a sentence of ``texts`` names ``side`` with a going word or an earlier time (module docstring)."""
    return any(_SIDE_WORD[side].search(m.group()) and _OF_BEFORE.search(m.group())
               for t in texts for m in _SENTENCES.finditer(t))


def _both_sides(s: StepVerdict, f: Finding, cc: Concept) -> bool:
    """Whether the step ``s`` of ``f`` names ``f``'s family on the other side too (module docstring)."""
    family = {f.concept, *cc.ancestors, *cc.descendants}
    return any(g.concept in family and g.laterality in (OTHER_SIDE[f.laterality or ""], "bilateral") for g in s.findings)


def resolved_side_errors(steps: list[StepVerdict], ev: EvidenceSet, concepts: dict[str, Concept]
                         ) -> list[StepVerdict]:
    """``steps`` with each sided going claim whose earlier finding the evidence puts on the other side only
    judged contradicted, and its step with it (module docstring)."""
    con = Verdict.CONTRADICTED
    out = steps
    for k, s in enumerate(steps):
        changed = None
        for i, (f, v) in enumerate(zip(s.findings, s.verdicts)):
            if v.verdict is con or f.category != "finding" or f.laterality not in OTHER_SIDE or not gone_since(f):
                continue
            cc = concepts.get(f.concept)
            if cc is None or _both_sides(s, f, cc):
                continue
            against = _conflict(f, cc, ev)
            if not against:
                continue
            if changed is None:
                changed = list(s.verdicts)
            changed[i] = FindingVerdict(f, con, False, "resolved-side-conflict", tuple(against[:MAX_EVIDENCE]))
        if changed is not None:
            if out is steps:
                out = list(steps)
            out[k] = s.with_verdicts(changed)
    return out
