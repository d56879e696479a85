"""A chain step's verdicts: each claim of a step judged against the evidence, and the step's level.

``Verifier`` reads a chain's steps (their claims, clauses and roles, read in the case's region) and hands
them here; what comes back is one ``StepVerdict`` per step and the chain's claims as sourced findings
(``step[i]``), which completeness and the clinical score count. Kept apart from the verifier, which builds
the evidence and reads the texts, because this part reads nothing: it only judges what was read.
"""

from __future__ import annotations

from collections.abc import Sequence

from medstep.verify.commitment import restates_premise
from medstep.verify.findings import Finding, Polarity
from medstep.verify.lexicon import Concept
from medstep.verify.prior_state import past_spans, since_then
from medstep.verify.results import StepVerdict
from medstep.verify.rival_claims import RULE as RIVAL, Rivals
from medstep.verify.roles import step_role
from medstep.verify.steps import Step
from medstep.verify.subject_nouns import SUBJECT
from medstep.verify.verdicts import EvidenceSet, FindingVerdict, SourcedFinding, Verdict, judge, test_at_hand


def judge_steps(steps: Sequence[Step], per_step: Sequence[list[Finding]], per_sent: Sequence[list],
                ev: EvidenceSet, concepts: dict[str, Concept], has_ref: bool,
                premise: dict[str, Finding] | None = None, history: dict[str, Finding] | None = None,
                rivals: Rivals | None = None) -> tuple[list[StepVerdict], list[SourcedFinding]]:
    """Each step's verdicts and level (contradicted over supported over unverifiable over neutral), whether a
    reference step supports it, and the chain's claims. ``premise``: what the question presupposes, by concept;
    a claim that only restates it is unverifiable ("question-premise"). A claim about an earlier study
    ("Four weeks ago the heart size was normal") is no claim about this one ("earlier-study"). ``history``: what the
    report's history section states present (``history.py``); a present claim of it (or of a broader finding) the
    image evidence leaves undecided is shown supported as context and never counted ("report-history"). ``rivals``:
    the options the chain did not choose; a mention of one that only a verdict on the answer contradicts is shown
    unverifiable and not counted (``rival_claims.py``)."""
    ref_prefix = "reference[" if has_ref else "report"
    out: list[StepVerdict] = []
    pred_items: list[SourcedFinding] = []
    sup, con, neu, unv = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NEUTRAL, Verdict.UNVERIFIABLE
    make = SourcedFinding._make
    for step, found, sents in zip(steps, per_step, per_sent):
        n = len(step.text)
        if found and found[-1].start >= n:  # a hit inside the next step's marker text
            found = [f for f in found if f.start < n]
        if sents and sents[-1][0] >= n:
            sents = [c for c in sents if c[0] < n]
        claims = tuple(found)
        if any(f.source == SUBJECT for f in claims):  # a restatement the evidence does not decide claims nothing
            claims = tuple(f for f in claims if f.source != SUBJECT or judge(f, concepts[f.concept], ev).verdict in (sup, con))
        past = past_spans(step.text) if found else ()  # "Four weeks ago the heart size was normal"
        now: set[int] = set()  # claims of the past turned into the change since then
        if past:
            claims, now = since_then(claims, past, step.text.lower())
        level = neu
        by_ref = supported = False
        verdicts = []
        for f in claims:
            if premise and f.concept in premise and restates_premise(f, premise[f.concept]):
                verdicts.append(FindingVerdict(f, unv, None, "question-premise"))
                continue
            v = test_at_hand(judge(f, concepts[f.concept], ev), step.text, ev)
            if past and v.verdict is not sup and id(f) not in now and any(a <= f.start < b for a, b in past):
                v = FindingVerdict(f, unv, None, "earlier-study")  # what an earlier study showed: not this one
            if history and v.verdict is unv and f.polarity is Polarity.PRESENT and any(
                    h == f.concept or h in concepts[f.concept].descendants for h in history):
                v = FindingVerdict(f, sup, None, "report-history")  # the patient's stated background, no image claim
            if rivals is not None and v.verdict is con and rivals.weighed(v, step.text, claims):
                v = FindingVerdict(f, unv, None, RIVAL)  # "Sarcoidosis (B) can calcify nodes, but ..."
            verdicts.append(v)
            kind = v.verdict
            if v.consistent is None:  # a confirmed modality is shown (supported), never counted
                if kind is sup and level is neu:
                    level = kind
                continue
            if kind is con:
                level = kind
            elif kind is sup:
                if level is not con:
                    level = kind
                supported = True
                if not by_ref:
                    for e in v.sources:
                        if e.source.startswith(ref_prefix):
                            by_ref = True
                            break
            elif level is neu or (level is sup and not supported):
                level = unv
        if claims:
            src = f"step[{step.index}]"
            text = step.text
            pred_items += [make((f, src, text, 0)) for f, v in zip(claims, verdicts)  # (``_make``: no __new__)
                           if v.rule != "earlier-study"]
        out.append(StepVerdict(step.index, step.text, claims, tuple(verdicts), level, by_ref,
                               step_role(sents), tuple(sents), supported, sum(c[4] for c in sents)))
    return out, pred_items
