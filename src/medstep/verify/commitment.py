"""Whether a chain commits to what it says: it observes something (a claim stated present or absent, not only
hedged), it does more than repeat its chosen option, and a claim adds to what the question presupposed.
Split from ``verifier.py`` (which calls these once per chain) to keep that file readable."""

from __future__ import annotations

from medstep.verify.findings import Finding, Polarity
from medstep.verify.results import DecisionVerdict, StepVerdict


def observes(steps: list[StepVerdict]) -> bool:
    """Whether some step commits to a finding: a counted claim stated present or absent. Hedges alone
    ("may be", "cannot be excluded") commit to nothing, like a refusal or the options read back."""
    uncertain = Polarity.UNCERTAIN
    for s in steps:
        for v in s.verdicts:
            if v.consistent is not None and v.finding.polarity is not uncertain:
                return True
    return False


def echoes_decision(steps: list[StepVerdict], decision: DecisionVerdict | None) -> bool:
    """Whether every counted claim of the chain only repeats the chosen option in its own words ("The
    radiograph shows a right pneumothorax. Answer: A" for option A "Right pneumothorax"). The decision said
    twice is no evidence from the image, so such a chain earns no factuality or effectiveness credit and no
    clinical credit for what it hit (as a chain stating every option); its false findings still cost. A claim
    about anything else (a finding ruled out, a side, size or site the option does not state) or the finding
    in other words (a sign: "a visceral pleural line" for a pneumothorax) is an observation."""
    if decision is None or not decision.findings:
        return False
    said = {f.concept: f for f in decision.findings if f.polarity is not Polarity.ABSENT}
    words = {f.concept: f.text.lower() for f in said.values()}
    echoed = False
    for s in steps:
        for v in s.verdicts:
            if v.consistent is None:  # the modality, a question's premise: not counted
                continue
            f = v.finding
            q = said.get(f.concept)
            if q is None or f.text.lower() != words[f.concept] or not restates_premise(f, q):
                return False
            echoed = True
    return echoed


def restates_options(steps: list[StepVerdict], decision: DecisionVerdict | None,
                     others: list[list[Finding]]) -> bool:
    """Whether the chain's counted claims only deny the other options and repeat the chosen one ("There is no
    pneumothorax. There is no bulla. There is no skin fold. Answer: C"): the options read back as a verdict on each,
    which the answer key alone gives (option evidence marks the distractors absent), so no image was read. Like
    ``echoes_decision`` a claim in words of its own, or with a side, site, size or grade the option does not state,
    is an observation. Every other option's finding must be denied, two at least: "There is a right pneumothorax
    and no pleural effusion." states one finding and rules out one, as a reader would."""
    if decision is None or not others:
        return False
    said = {f.concept: f for f in decision.findings if f.polarity is not Polarity.ABSENT}
    words = {f.concept: f.text.lower() for f in said.values()}
    denied = {f.concept: f for fs in others for f in fs if f.polarity is not Polarity.ABSENT}
    denied_words = {c: f.text.lower() for c, f in denied.items()}
    seen: set[str] = set()
    for s in steps:
        for v in s.verdicts:
            if v.consistent is None:
                continue
            f = v.finding
            if f.polarity is Polarity.ABSENT:
                q = denied.get(f.concept)
                if q is None or f.text.lower() != denied_words[f.concept] or f.laterality not in (None, q.laterality) \
                        or f.location not in (None, q.location) or f.severity not in (None, q.severity):
                    return False
                seen.add(f.concept)
                continue
            q = said.get(f.concept)
            if q is None or f.text.lower() != words[f.concept] or not restates_premise(f, q):
                return False
    return len(seen) >= 2 and seen >= denied.keys() - said.keys()


def restates_premise(f: Finding, q: Finding) -> bool:
    """A present claim that says nothing the question did not: no side, site, size, severity or change
    of its own."""
    if f.polarity is Polarity.ABSENT:
        return False
    return all(getattr(f, a) is None or getattr(f, a) == getattr(q, a)
               for a in ("laterality", "location", "severity", "change", "size"))
