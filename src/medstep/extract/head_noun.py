"""A finding asked with its qualifier and answered by its head noun alone: "Is there a pericardial effusion?" - "A
moderate circumferential effusion of 1.4 cm is present."

An answer about the image the question names does not repeat the qualifier the question already gave: the effusion
of an echocardiogram is the pericardial one, the fracture of a scaphoid view is the scaphoid's. :func:`reduced` gives
the question asked of the head noun alone ("Is there an effusion?"), for the statement readers to read the answer
with, only where nothing in the answer could make it another one:

* the question is "Is there (a/an/any) <qualifier> <head>?" with one qualifier word that says where or of what
  the finding is (not its kind or time: "an acute fracture" is not answered by "a fracture");
* every mention of the head in the answer stands with nothing before it but articles, numbers, sizes and degrees
  ("a small", "a moderate circumferential", "no"), and nothing after it but a measurement ("of 1.4 cm") or the end
  of its clause: no other qualifier ("pleural effusion"), no place ("effusion in the knee");
* the answer names no side ("bilateral effusions" are pleural ones) and no other word of the question's family
  (the qualifier itself is left to the full question's readers).
"""

from __future__ import annotations

import re

from medstep.answers import hedges, negation
from medstep.lazyre import lazy_compile

_QUESTION = lazy_compile(r"(?i)^\s*(?:is|are)\s+there\s+(?:an?\s+|any\s+)?([a-z]+)\s+([a-z]+)\s*\?\s*$")
# What may stand right before the bare head: a size, a degree, a shape of spread, a denial.
_BEFORE = (r"(?:a|an|the|no|any|small|moderate|large|trace|tiny|mild|minimal|massive|huge|big|sizeable|sizable|active|ongoing|"
           r"circumferential|simple|complex|loculated|new|moderate-sized|small-volume|large-volume|slight|"
           r"\d+(?:[.,]\d+)?|mm|cm|ml)")
_AFTER = lazy_compile(r"(?i)\s*(?:$|[.,;:!)]|\s+(?:of\s+(?:about\s+|approximately\s+|up\s+to\s+)?\d|is\b|are\b|was\b|"
                      r"were\b|measur\w*|not\b|" + hedges.alternation(negation.SEEN) + r"\b))")
# Qualifiers that say what kind or time of the finding is asked, not where: "an acute fracture" is not answered by
# "a fracture", "free air" not by "air".
_NOT_PLACE = frozenset({"acute", "chronic", "old", "healed", "healing", "recent", "new", "active", "free", "displaced",
                        "nondisplaced", "complete", "incomplete", "partial", "significant", "tension", "simple",
                        "complex", "large", "small", "major", "minor", "any", "other", "malignant", "benign",
                        "pathological", "pathologic", "traumatic", "residual", "recurrent"})
_ARTICLES = frozenset({"a", "an", "any", "the"})
_DENIED = lazy_compile(r"(?i)\b(?:" + hedges.alternation(negation.DENY) + r")\b")  # "Is there no cardiomegaly?"
_SIDES = lazy_compile(r"(?i)\b(?:left|right|bilateral|bilaterally|both|either)\b")


def reduced(question: str, text: str) -> str | None:
    """"Is there an <head>?" when ``text`` may be read by its head noun alone (module docstring), else ``None``."""
    m = _QUESTION.match(question)
    if m is None or _SIDES.search(text) or _DENIED.search(question):
        return None
    qualifier, head = m.group(1).lower(), m.group(2).lower()
    if qualifier in _ARTICLES:
        return None  # "Is there a diffusion?" is already the head noun's question (read again, it would loop)
    if qualifier in _NOT_PLACE or qualifier in text.lower():
        return None
    mentions = list(re.finditer(r"(?i)\b" + re.escape(head) + r"s?\b", text))
    if not mentions:
        return None
    for mention in mentions:
        before = text[:mention.start()].split(".")[-1].split(";")[-1]
        # "— that's active extravasation": the pointing word's copula written out
        words = re.findall(r"[A-Za-z0-9.,-]+", re.sub(r"(?i)\b(it|that|this|there)['’]s\b", r"\1 is", before))
        k = len(words)
        while k and re.fullmatch(_BEFORE, words[k - 1].strip(".,"), re.I):
            k -= 1
        if k and not re.fullmatch(r"(?i)there|is|are|was|were|with|and|but", words[k - 1]):
            return None  # "a pleural effusion", "the knee effusion": another qualifier before it
        if _AFTER.match(text, mention.end()) is None:
            return None  # "an effusion in the knee"
    return f"Is there {'an' if head[:1] in 'aeiou' else 'a'} {head}?"


__all__ = ["reduced"]
