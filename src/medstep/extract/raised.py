"""A suspicion raised to a commitment: "These features strongly suggest malignancy." read as "... indicate malignancy."

The closed readers take "suggest", "suggestive of" and "suspicious for" as a concern, not a finding stated
(``answers/hedges.SUSPICION``), which is right for the bare words inside a reply (a bare suggestion closing a closed
reply that reads as nothing else is read as its conclusion by ``extract/inferred.drawn``, session 49). An
adverb that raises the suspicion ("strongly", "highly": ``hedges.RAISING``) makes it the writer's conclusion, the way
BI-RADS 5 "highly suggestive of malignancy" is a verdict, and the hand labels read it so (b30: "highly suggestive of
right ovarian torsion" yes; b37: "These features strongly suggest malignancy" yes). :func:`commit` rewrites each raised
suspicion into the committed word of the same part of speech (``hedges.RAISED``: "indicate", "indicative of"), so
every reader after it (the finding, antonym and closing readers) reads it as it reads "indicates", with all its checks
of side, organ and negation. Not rewritten: one under a denial or a modal just before it ("does not strongly suggest",
"could strongly suggest" keep their doubt or denial as written).

The emphatic auxiliary raises a sighting the same way ("it does look like there's a fracture", "there does appear to
be fluid": the writer insisting on it, session 55 b54-0028 and b55-0112, a yes after a disclaimer of certainty):
:func:`commit` reads it as the plain verb ("it looks like ...", "there appears to be ..."), which the finding readers
read with all their checks; never after a modal, a denial or a condition ("if it does look ...").
"""

from __future__ import annotations

import re

from medstep.answers import hedges, negation
from medstep.lazyre import lazy_compile

_COMMITTED = {raised: committed for raised, committed in hedges.RAISED}
_ZH_COMMITTED = dict(hedges.ZH_RAISED)
# A denial, a modal or a doubt word right before the adverb: the raised suspicion is not the writer's conclusion.
_HELD = r"(?:" + hedges.alternation(negation.DENY, negation.NOR, negation.NEVER, hedges.POSSIBILITY,
                                     hedges.CONDITION) + r")"
_RAISED = lazy_compile(r"(?i)\b(?:" + hedges.alternation(hedges.RAISING) + r")\s+(?P<word>"
                       + hedges.alternation(_COMMITTED) + r")\b")
_HELD_BEFORE = lazy_compile(r"(?i)(?:\b" + _HELD + r"|n['’]t)\s+(?:\w+\s+)?\Z")
_ZH_RAISED = lazy_compile("|".join(_ZH_COMMITTED))
_ZH_HELD_BEFORE = lazy_compile("(?:" + "|".join(negation.ZH_CHARS + hedges.ZH_POSSIBILITY) + r")\Z")


# The emphatic "does" between a subject and a verb of sighting: "it does look like", "there does appear to be",
# "this does show". (The subject opens its clause; "if" or "whether" before it keeps the condition.)
_EMPHATIC = lazy_compile(r"(?i)(?<![\w-])(?P<subject>it|this|that|there|the\s+[a-z]+(?:\s+[a-z]+)?)\s+does\s+"
                         r"(?P<verb>look|appear|seem|show)(?![\w-])")
_CONDITIONED = lazy_compile(r"(?i)\b(?:" + hedges.alternation(hedges.CONDITION, hedges.IF, ("whether",)) + r")\s+\Z")


def _emphatic(text: str) -> str:
    """``text`` with each emphatic "does" + verb of sighting read as the verb ("does look" as "looks")."""
    def plain(m: re.Match[str]) -> str:
        if _CONDITIONED.search(text[max(0, m.start() - 20):m.start()]) is not None:
            return m.group(0)
        return f"{m.group('subject')} {m.group('verb')}s"
    return _EMPHATIC.sub(plain, text)


def commit(text: str) -> str:
    """``text`` with each raised suspicion read as the committed word (module docstring); ``text`` itself when none."""
    if " does " in text.lower():
        text = _emphatic(text)
    low = text.lower()
    if any(adverb in low for adverb in hedges.RAISING):
        text = _RAISED.sub(lambda m: _english(text, m.start(), m.group("word"), m.group(0)), text)
    if not text.isascii() and any(word in text for word in _ZH_COMMITTED):
        text = _ZH_RAISED.sub(lambda m: m.group() if _ZH_HELD_BEFORE.search(text, 0, m.start()) is not None
                              else _ZH_COMMITTED[m.group()], text)
    return text


def _english(text: str, start: int, word: str, whole: str) -> str:
    """The committed word for a raised ``word`` at ``start``, or ``whole`` unchanged under a denial or modal."""
    if _HELD_BEFORE.search(text[max(0, start - 40):start]) is not None:
        return whole
    committed = _COMMITTED.get(" ".join(word.lower().split()))
    return committed if committed is not None else whole


__all__ = ["commit"]
