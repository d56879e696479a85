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

Only an affirmation of today's image that may stand can be taken back (review of games39): an earlier study's finding
or the patient's background ("Previously there was a left pleural effusion. There is no left pleural effusion.": the
effusion resolved) is no affirmation of today's image, and an affirmation the report contradicts is the chain's error,
kept where it stands ("Small left pneumothorax. No left pneumothorax." for a right one: the second step is true). A
finding taken back is no claim of the chain's either: it recalls no reference finding, earns no clinical credit
(``credit_once`` drops it from the chain's claims), and no evidence the chain observed (``commitment.evidenced``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from medstep.answers import negation, option_key
from medstep.verify.findings import Polarity
from medstep.verify.prior_state import past_spans
from medstep.verify.results import StepVerdict
from medstep.verify.verdicts import FindingVerdict, SourcedFinding, Verdict

__all__ = ["TAKEN_BACK", "credit_once"]

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
TAKEN_BACK = "self-contradiction"  # the rule of a finding the chain took both ways, affirmation and denial
# the rules of a claim about no finding of today's image (``step_judge``): an earlier study's, the patient's background,
# the question's premise restated
_NOT_TODAY = frozenset(("earlier-study", "report-history", "question-premise"))


@lru_cache(maxsize=1024)
def _words(text: str) -> frozenset[str]:
    """The content words of ``text``; memoised, as a step's words are asked once per affirmation it holds (a 20k-character
    step of a thousand findings was quadratic)."""
    return frozenset(w for w in option_key(text).split() if w not in _BARE)


def _clause(step: StepVerdict, at: int) -> tuple[int, int] | None:
    """The span of ``step``'s clause holding offset ``at`` (None: no clause does)."""
    return next(((c[0], c[1]) for c in step.clauses if c[0] <= at < c[1]), None)


def _affirms(step: StepVerdict, v: FindingVerdict) -> bool:
    """Whether ``v`` is an affirmation the chain can take back: of today's image (not of an earlier study, even one the
    report backs, "Previously there was X", nor the background) and not contradicted, nor its clause (a false
    affirmation stays the chain's error, and the denial after it is true: "Left peritonsillar abscess." for a right
    one is contradicted by the side read apart from the abscess)."""
    if v.finding.polarity is not Polarity.PRESENT or v.consistent is False or v.rule in _NOT_TODAY:
        return False
    at = v.finding.start
    if any(a <= at < b for a, b in past_spans(step.text)):
        return False
    span = _clause(step, at)
    return not any(
        w.consistent is False
        and w.finding.polarity is not Polarity.ABSENT
        and (w.finding.start == at or (span is not None and span[0] <= w.finding.start < span[1]))
        for w in step.verdicts
    )


def credit_once(
    steps: Sequence[StepVerdict], claims: list[SourcedFinding]
) -> tuple[list[StepVerdict], list[SourcedFinding]]:
    """``steps`` with a finding the chain affirms and denies in no other words (the same side) cancelled: every
    affirmation of it is no support (a step it was all the support of is unsupported), and each such denial is
    contradicted (``self-contradiction``). A denial is compared by its step's words with another step's, or, in a
    step affirming the finding too ("No X; X is present."), by its clause's words with another clause's; one clause
    both stating and denying a finding contrasts it ("X on the right but no X on the left"). ``claims``, the chain's
    claims (``step_judge``), come back without the findings taken back."""
    key = lambda v: (v.finding.concept, v.finding.laterality)  # noqa: E731
    # per finding, each affirmation's (step index, clause span, step words, clause words)
    said: dict[tuple, list[tuple[int, tuple[int, int] | None, frozenset[str], frozenset[str]]]] = {}
    for s in steps:
        for v in s.verdicts:
            if _affirms(s, v):
                span = _clause(s, v.finding.start)
                clause = _words(s.text[span[0] : span[1]]) if span else frozenset()
                said.setdefault(key(v), []).append((s.index, span, _words(s.text), clause))
    if not said:
        return list(steps), claims
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
        return list(steps), claims
    cancelled = {k for k, _ in taken}
    out: list[StepVerdict] = []
    for s in steps:
        verdicts = tuple(
            _cancel(v, (key(v), s.index) in taken, key(v) in cancelled and _affirms(s, v)) for v in s.verdicts
        )
        if verdicts == s.verdicts:
            out.append(s)
            continue
        others = any(v.consistent for v in verdicts)
        if any(v.rule == TAKEN_BACK and v.verdict is Verdict.CONTRADICTED for v in verdicts):
            verdict = Verdict.CONTRADICTED
        elif others or s.verdict is not Verdict.SUPPORTED:
            verdict = s.verdict
        else:
            verdict = Verdict.UNVERIFIABLE
        out.append(replace(s, verdicts=verdicts, verdict=verdict, supported=others and s.supported))
    gone = {id(v.finding) for s in out for v in s.verdicts if v.rule == TAKEN_BACK}
    return out, [sf for sf in claims if id(sf.finding) not in gone]


def _cancel(v: FindingVerdict, denial: bool, cancelled: bool) -> FindingVerdict:
    """A denial taking an affirmation back, contradicted; an affirmation of a finding taken back, not counted (it
    neither supports nor contradicts: the chain said both); else ``v``."""
    if denial and v.finding.polarity is Polarity.ABSENT:
        return (
            v
            if v.verdict is Verdict.CONTRADICTED
            else FindingVerdict(v.finding, Verdict.CONTRADICTED, False, TAKEN_BACK, v.sources)
        )
    if cancelled and v.finding.polarity is Polarity.PRESENT and v.consistent is not None:
        return FindingVerdict(v.finding, Verdict.UNVERIFIABLE, None, TAKEN_BACK, v.sources)
    return v
