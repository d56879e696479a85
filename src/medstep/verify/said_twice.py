"""A finding a chain affirms, denies and affirms again is credited once.

Why (issue #8, review of paraphrase38): "Thumb sign. No thumb sign. Thumb sign is present." scored 0.29 once the thumb
sign was read: the false denial cost one contradiction, and the two affirmations were two supported, effective steps.
A chain that takes a finding both ways has not observed it twice: its first affirmation keeps the credit, the denial
stays a contradiction, and each later affirmation of the same finding (same side) is no effective step. Only a
denial that takes back a step's own words counts ("No thumb sign." after "Thumb sign."): one in other words may be a
misreading of another organ or time, and a faithful chain keeps the benefit of the doubt. A chain that
never denies what it affirms ("Steeple sign. Narrowed subglottis consistent with the steeple sign.") keeps every step:
restating a finding is no self-contradiction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from medstep.answers import option_key
from medstep.verify.findings import Polarity
from medstep.verify.results import StepVerdict
from medstep.verify.verdicts import Verdict

__all__ = ["credit_once"]

_DENIAL = "no "  # the leading word of a step that denies another word for word ("No thumb sign.")


def _taken_back(text: str) -> str | None:
    """What a step denying another word for word denies (its words after a leading "no"), else None."""
    key = option_key(text)
    return key[len(_DENIAL) :] if key.startswith(_DENIAL) else None


def credit_once(steps: Sequence[StepVerdict]) -> list[StepVerdict]:
    """``steps`` with every affirmation after the first of a finding the chain also denies (in another step, the
    same side) made ineffective: the step is unsupported where that finding was all it had supported."""
    key = lambda v: (v.finding.concept, v.finding.laterality)  # noqa: E731
    # the denial must take back, word for word, what a step affirmed ("Thumb sign." / "No thumb sign."): a denial in
    # other words may name another organ or time the reading lost ("Dilated small bowel. No dilated large bowel.",
    # "No wall thickening on the prior."), and a step both stating and denying a finding contrasts it
    said = {(key(v), option_key(s.text)) for s in steps for v in s.verdicts if v.finding.polarity is Polarity.PRESENT}
    denied = {
        (key(v), s.index)
        for s in steps
        for v in s.verdicts
        if v.finding.polarity is Polarity.ABSENT
        and v.consistent is not None
        and (key(v), _taken_back(s.text)) in said
        and not any(w.finding.polarity is Polarity.PRESENT and key(w) == key(v) for w in s.verdicts)
    }
    if not denied:
        return list(steps)
    denied_keys = {k for k, _ in denied}
    seen: set[tuple] = set()
    out: list[StepVerdict] = []
    for s in steps:
        held = [
            v for v in s.verdicts if v.finding.polarity is Polarity.PRESENT and v.consistent and key(v) in denied_keys
        ]
        repeats = [v for v in held if key(v) in seen and any(k == key(v) and i != s.index for k, i in denied)]
        seen |= {key(v) for v in held}
        others = [v for v in s.verdicts if v.consistent and v not in repeats]
        if repeats and not others and s.supported:
            s = replace(
                s, supported=False, verdict=Verdict.UNVERIFIABLE if s.verdict is Verdict.SUPPORTED else s.verdict
            )
        out.append(s)
    return out
