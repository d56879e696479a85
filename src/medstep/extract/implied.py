"""A closed question settled by what a clinician infers from the answer rather than by its words: a measurement
against the reference table (``extract/measured.py``), the model's judgement or comparison of a value
(``extract/measured_words.py``), or a textbook sign, grade or description (``extract/implications.py``), tried in
that order.

The answer is read whole first. Where that reads nothing (a chain of reasoning is too long, or weighs, hedges or
measures other things on the way) its concluding statement is read alone, but only where a final word marks it
("Therefore, this is a Forrest III ulcer.", "Final answer: QTc = 520 ms."; ``extract/conclusion.py``) or an answer
label opens it ("Answer: Forrest III."): the marked
conclusion is what the model commits to. An unmarked last sentence reads nothing.
"""

from __future__ import annotations

from medstep.extract import conclusion, implications, measured, measured_words
from medstep.lazyre import lazy_compile

# A last line labelled as the answer marks the conclusion too: "Answer: Forrest III.", "Impression - BI-RADS 5."
_LABEL = lazy_compile(r"(?i)^\W*(?:final\s+)?(?:answer|conclusion|impression|verdict|summary)\W*\s*[:：–—-]\s*")


def _read(text: str, question: str) -> tuple[str | None, str]:
    implied = measured.read_measured(text, question)
    if implied is not None:
        return implied, measured.RULE
    implied = measured_words.read_judged(text, question)
    if implied is not None:
        return implied, measured_words.RULE
    implied = measured_words.read_compared(text, question)
    if implied is not None:
        return implied, measured_words.COMPARED_RULE
    return implications.read_sign(text, question), implications.SIGN_RULE


def read_implied(text: str, question: str) -> tuple[str | None, str]:
    """The verdict a measurement or a sign of ``text`` gives to ``question`` (or ``None``) and the rule that read it
    (module docstring)."""
    implied, rule = _read(text, question)
    if implied is None:
        found = conclusion.concluding(text)
        if found is not None and (found[1] or _LABEL.match(found[0])):
            return _read(_LABEL.sub("", found[0], count=1), question)
    return implied, rule


__all__ = ["read_implied"]
