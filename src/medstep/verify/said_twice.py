"""A finding a chain affirms and denies in the same words counts neither way.

Why (issue #8, review of paraphrase38; games39): "Thumb sign. No thumb sign. Thumb sign is present." scored 0.29 once
the thumb sign was read, and "There is a pericolic abscess. No pericolic abscess is seen." 0.23: the affirmations were
supported, effective steps, and the denial either cost one contradiction or was even "supported" by an absence the
report states of another time ("the previous CT showed no collection"). A chain that takes a finding both ways has
observed nothing of it: no affirmation of it earns credit, and the denial is the chain's contradiction of itself.

Only a denial that takes back an affirming step's own words counts: its words, the denial and the presence words
("no", "is seen", "there is", "evidence of") set aside, are all words of that step ("No pericolic abscess is seen."
after "There is a pericolic abscess."). A denial that adds a word may name another organ, side, time or kind the
reading lost ("Dilated small bowel. No dilated large bowel.", "No wall thickening on the prior.", "No abscess in the
liver."), and a faithful chain keeps the benefit of the doubt. A chain that never denies what it affirms ("Steeple
sign. Narrowed subglottis consistent with the steeple sign.") keeps every step: restating a finding is no
self-contradiction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from medstep.answers import negation, option_key
from medstep.verify.findings import Polarity
from medstep.verify.results import StepVerdict
from medstep.verify.verdicts import FindingVerdict, Verdict

__all__ = ["credit_once"]

# the words a denial or an affirmation adds to its finding without placing it: the denial, the presence verbs, the
# existential and the articles ("No pericolic abscess is seen." says of "There is a pericolic abscess." no more)
_BARE = frozenset(
    (
        *negation.DENY,
        *negation.ABSENT,
        *negation.ABSENCE,
        *negation.NIL,
        *negation.SEEN,
        *negation.SEEN_RARE,
        "there",
        "is",
        "are",
        "was",
        "were",
        "a",
        "an",
        "the",
        "of",
        "evidence",
        "any",
    )
)
_RULE = "self-contradiction"


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in option_key(text).split() if w not in _BARE)


def _clause(step: StepVerdict, at: int) -> tuple[int, int] | None:
    """The span of ``step``'s clause holding offset ``at`` (None: no clause does)."""
    return next(((c[0], c[1]) for c in step.clauses if c[0] <= at < c[1]), None)


def credit_once(steps: Sequence[StepVerdict]) -> list[StepVerdict]:
    """``steps`` with a finding the chain affirms and denies in no other words (the same side) cancelled: every
    affirmation of it is no support (a step it was all the support of is unsupported), and each such denial is
    contradicted (``self-contradiction``). A denial is compared by its step's words with another step's, or, in a
    step affirming the finding too ("No X; X is present."), by its clause's words with another clause's; one clause
    both stating and denying a finding contrasts it ("X on the right but no X on the left")."""
    key = lambda v: (v.finding.concept, v.finding.laterality)  # noqa: E731
    # per finding, each affirmation's (step index, clause span, step words, clause words)
    said: dict[tuple, list[tuple[int, tuple[int, int] | None, frozenset[str], frozenset[str]]]] = {}
    for s in steps:
        for v in s.verdicts:
            if v.finding.polarity is Polarity.PRESENT:
                span = _clause(s, v.finding.start)
                clause = _words(s.text[span[0] : span[1]]) if span else frozenset()
                said.setdefault(key(v), []).append((s.index, span, _words(s.text), clause))
    if not said:
        return list(steps)
    taken: set[tuple] = set()  # (key, step index) of each denial taking an affirmation back
    for s in steps:
        for v in s.verdicts:
            k = key(v)
            if v.finding.polarity is not Polarity.ABSENT or v.consistent is None or k not in said:
                continue
            if not any(i == s.index for i, _, _, _ in said[k]):  # another step affirms it
                words = _words(s.text)
                if words and any(words <= other for _, _, other, _ in said[k]):
                    taken.add((k, s.index))
                continue
            own = _clause(s, v.finding.start)
            if own is None or any(i == s.index and span == own for i, span, _, _ in said[k]):
                continue  # (one clause stating and denying a finding contrasts it)
            words = _words(s.text[own[0] : own[1]])
            if words and any(words <= other for i, span, _, other in said[k] if span is not None):
                taken.add((k, s.index))
    if not taken:
        return list(steps)
    cancelled = {k for k, _ in taken}
    out: list[StepVerdict] = []
    for s in steps:
        verdicts = tuple(_cancel(v, (key(v), s.index) in taken, key(v) in cancelled) for v in s.verdicts)
        if verdicts == s.verdicts:
            out.append(s)
            continue
        others = any(v.consistent for v in verdicts)
        if any(v.rule == _RULE and v.verdict is Verdict.CONTRADICTED for v in verdicts):
            verdict = Verdict.CONTRADICTED
        elif others or s.verdict is not Verdict.SUPPORTED:
            verdict = s.verdict
        else:
            verdict = Verdict.UNVERIFIABLE
        out.append(replace(s, verdicts=verdicts, verdict=verdict, supported=others and s.supported))
    return out


def _cancel(v: FindingVerdict, denial: bool, cancelled: bool) -> FindingVerdict:
    """A denial taking an affirmation back, contradicted; an affirmation of a finding taken back, not counted (it
    neither supports nor contradicts: the chain said both); else ``v``."""
    if denial and v.finding.polarity is Polarity.ABSENT:
        return (
            v
            if v.verdict is Verdict.CONTRADICTED
            else FindingVerdict(v.finding, Verdict.CONTRADICTED, False, _RULE, v.sources)
        )
    if cancelled and v.finding.polarity is Polarity.PRESENT and v.consistent is not None:
        return FindingVerdict(v.finding, Verdict.UNVERIFIABLE, None, _RULE, v.sources)
    return v
