"""An open answer given as the writer's own estimate: "Based on the tilted endplates, I estimate 34 degrees.", "I'd
put it at 4+3=7.", "Counting down from C2, I make it L1.", "My estimate is grade III.", "I would estimate an ASPECTS
of 8."

The writer is the subject and a verb of estimating or reading is the frame; what follows is the value or label the
writer commits to, and the reason before the comma explains it. Read whole, such a sentence never matches its gold.
:func:`estimated` cuts it to the label. It commits only when nothing after the verb holds it open (a doubt, an
alternative, a denial, a condition) and the label is not itself a statement ("I think it could be ..." is left to the
readers of candidates); the asked noun echoed before the value ("an ASPECTS of 8", "the bone age at 12 years") is
dropped.
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.lazyre import lazy_compile

_WORD = lazy_compile(r"[^\W_]+")
# A reason before the estimate: any clause closed by a comma ("Based on ...,", "Looking at the carpal bones,",
# "Counting along the chest wall,", "On visual assessment,").
_REASON = lazy_compile(r"^[^,;:]{3,160},\s*")
# The writer and a verb of estimating or reading, with the object it is put on: "I estimate", "I'd estimate", "I would
# put it at", "I make it", "I read it as", "my estimate is", "my best guess is".
_ESTIMATE = lazy_compile(
    r"(?i)(?:(?:i|we)(?:\s+would\s+|'d\s+|’d\s+|\s+)(?:(?:estimate|put|place|make|read|grade|score|count|measure|judge)"
    r"(?:\s+(?:it|this|that|them)(?:\s+(?:at|as|to\s+be))?|\s+the\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:at|as|to\s+be))?|"
    r"think|say|call\s+(?:it|this))|"
    r"my\s+(?:best\s+)?(?:estimate|reading|guess|read|assessment|measurement|count)\s+(?:is|would\s+be))\s+"
    r"(?:(?:at|as)\s+)?")
# Words that hold the label open or deny it.
_HOLDS = lazy_compile("(?i)" + hedges.words(hedges.DOUBT, hedges.ALTERNATIVE, hedges.POSSIBILITY, hedges.SUPPOSING,
                                            negation.DENY, negation.NEITHER) + r"|\bor\b")
# A statement after the verb: "I think it is pneumonia", "I estimate that the angle is ...".
_STATEMENT = lazy_compile(r"(?i)\b(?:is|are|was|were|could|would|might|may|can|seems?|looks?|appears?|that)\b|"
                          r"\b(?:it|this|there)(?:'s|’s)")
# The asked thing's noun echoed before its value: "an ASPECTS of 8", "a bone age of 12 years".
_ECHOED = lazy_compile(r"(?i)^(?:an?|the)\s+(?P<noun>(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:of|at)\s+(?=\S)")


def _asked(noun: str, question: str) -> bool:
    asked = {w.lower()[:5] for w in _WORD.findall(question)}
    return all(w.lower()[:5] in asked for w in _WORD.findall(noun))


def estimated(sentence: str, question: str) -> str | None:
    """The label ``sentence`` gives as the writer's estimate (see module docstring), or ``None``."""
    text = sentence.strip().rstrip(".!")
    found = _ESTIMATE.match(text)
    if found is None:
        reason = _REASON.match(text)
        found = _ESTIMATE.match(text, reason.end()) if reason is not None else None
    if found is None:
        return None
    rest = text[found.end():].strip()
    if not _WORD.search(rest) or _HOLDS.search(rest) is not None or _STATEMENT.search(rest) is not None:
        return None
    echoed = _ECHOED.match(rest)
    if echoed is not None and _asked(echoed.group("noun"), question):
        rest = rest[echoed.end():]  # "an ASPECTS of 8" to "What is the ASPECTS?"
    return rest


__all__ = ["estimated"]
