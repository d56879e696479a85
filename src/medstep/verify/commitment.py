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


def restates_premise(f: Finding, q: Finding) -> bool:
    """A present claim that says nothing the question did not: no side, site, size, severity or change
    of its own."""
    if f.polarity is Polarity.ABSENT:
        return False
    return all(getattr(f, a) is None or getattr(f, a) == getattr(q, a)
               for a in ("laterality", "location", "severity", "change", "size"))
