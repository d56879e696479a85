"""Relations between an asked organ and a reply's place words, for :mod:`medstep.extract.open_kind`.

A question may ask the relation itself ("Which organ is compressed by the mass?"): the site named after that relation
in the reply is then the answer, not a landmark beside it. Split from ``open_kind`` to keep it under 500 lines.
"""

from __future__ import annotations

import re

from medstep.answers import landmarks
from medstep.lazyre import lazy_compile


def _stem(word: str) -> str:
    """A relation verb's stem, so the question's passive form meets it ("compresses" / "compressed")."""
    for ending in ("ing", "es", "ed", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def relation_asked(before: str, value: str, question: str) -> bool:
    """Whether the relation placing ``value`` is the one ``question`` asks about ("Which organ is narrowed?" - "A
    stricture is narrowing the oesophagus."): the value is then the answer, unless the question names it itself
    ("Which organ is adjacent to the kidney?")."""
    asked = ASKS_RELATION.search(question) if question else None
    if asked is None or value.lower() in question.lower():
        return False
    return re.search(r"(?i)\b" + re.escape(_stem(asked.group(0).lower())), before) is not None


def _relation_stem(relation: str) -> str:
    """The part of a relation a question shares: its head word's stem, or the whole phrase when that word is short
    ("in front of", not "in")."""
    head = relation.split()[0]
    return re.escape(_stem(head)) if len(head) >= 4 or " " not in relation else r"\s+".join(map(re.escape, relation.split()))


# A question naming a relation of nearness or effect of ``answers/landmarks.py`` ("Which organ is compressed by the
# mass?", "Which organ is the mass adjacent to?", "Which organ has the tumour spread to?"): the site named after it in
# the reply is the answer asked, not a landmark beside it (not a direction or comparison word: "in the image above").
ASKS_RELATION = lazy_compile(r"(?i)\b(?:" + "|".join(sorted({_relation_stem(r) for r in landmarks.NEAR + landmarks.EFFECT},
                                                              key=len, reverse=True)) + r"|spread)(?:s|es|ed|d|ing|ion)?\b")
# The landmark taken back as the origin ("adjacent to the liver, arising from it", "appears to arise within it").
BACK_TO_IT = lazy_compile(r"(?i)\b(?:aris\w*|originat\w*|stem\w*|emanat\w*|ris\w*|grow\w*)\s+(?:(?:from|within|in|"
                          r"inside|out\s+of)\s+)?(?:it|them)\b|\bfrom\s+(?:it|them)\b")
# Bleeding, inflammation or oedema INTO or AROUND an organ: a process of that organ, not a neighbour of it.
SITE_OF = lazy_compile(r"(?i)\b(?:ha?emorrhag\w*|bleed\w*|blood|inflamm\w*|stranding|o?edema|extravasat\w*)\s+"
                        r"(?:\w+\s+){0,3}?(?:into|around|surrounding|within)\s+(?:the\s+)?(?:\w+\s+)?$")


__all__ = ["ASKS_RELATION", "BACK_TO_IT", "SITE_OF", "relation_asked"]
