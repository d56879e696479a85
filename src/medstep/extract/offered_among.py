"""A finding offered as one candidate among others, none stated: "The left costophrenic angle is mildly blunted. This
could represent a small pleural effusion, or it could simply be pleural thickening." to "Is there a pleural effusion?".
The sign read before it (a blunted angle) is then explained two ways and committed to neither, so the statement reader
(``extract/findings.py``) must not answer yes from the sign alone (session 55, b54-0152: a false decision). Frame-free:
any hedged sentence (``implicit.hedged``) naming the asked concept beside an alternative ("or", ``hedges.ALTERNATIVE``)
counts, whatever the sign or the other candidate; a sentence that states the asked finding is read by its own events
and never reaches this test."""

from __future__ import annotations

from medstep.answers import hedges
from medstep.answers.concepts import normalize, vocabulary
from medstep.extract import implicit
from medstep.lazyre import lazy_compile

# Two candidates offered side by side: "a small effusion, or it could simply be pleural thickening", "effusion versus
# thickening".
_ALTERNATIVES = lazy_compile(r"(?i)\bor\b|" + hedges.words(hedges.ALTERNATIVE))


def offered_among(sentence: str, key: str) -> bool:
    """Whether a hedged ``sentence`` offers the concept ``key`` as one candidate among others."""
    if _ALTERNATIVES.search(sentence) is None or not implicit.hedged(sentence):
        return False
    return any(m.concept == key for m in vocabulary().mentions(normalize(sentence)))


__all__ = ["offered_among"]
