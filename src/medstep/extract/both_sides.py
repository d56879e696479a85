"""A one-sided question answered of both sides at once: "Is the right costophrenic angle blunted?" - "Sharp
costophrenic angles bilaterally." (no); "Is there a left pleural effusion?" - "Small bilateral pleural effusions."
(yes); "Is the right kidney enlarged?" - "Both kidneys are normal in size." (no).

What is said of both sides is said of each, so the reply answers the asked side. The readers of a sided question
look for the asked side's word and find none, so the reply is read again against the question without its side
(``extract/stated.py``). Only when:

* the question names exactly one side ("left", "right", "right-sided", "on the left");
* the reply names no side on its own ("left", "right", "unilateral", "one side", "ipsilateral", "contralateral");
* each of its sentences naming the asked term holds a word of both sides ("both", "bilateral", "bilaterally",
  "each side", "either side"), and one does: "Both hila are normal. The angle is blunted." says which angle is
  blunted no more than it says the side.
"""

from __future__ import annotations

from medstep.extract import implicit, implicit_terms
from medstep.lazyre import lazy_compile

_ASKED_SIDE = lazy_compile(r"(?i)(?:\s+on\s+the\s+(?:left|right)(?:\s+side)?\b|\b(?:left|right)(?:[- ]sided)?\s+)")
_SIDE = lazy_compile(r"(?i)\b(?:left|right|unilateral(?:ly)?|one\s+side|ipsilateral|contralateral)\b")
_BOTH = lazy_compile(r"(?i)\b(?:both|bilateral(?:ly)?|each\s+side|either\s+side)\b")


def desided(question: str, text: str) -> str | None:
    """``question`` without its one side when ``text`` speaks of both sides only (module docstring), else ``None``."""
    if len(_ASKED_SIDE.findall(question)) != 1 or _SIDE.search(text) is not None:
        return None
    bare = _ASKED_SIDE.sub(lambda m: " " if m.group(0).startswith((" ", "\t")) else "", question, count=1)
    bare = " ".join(bare.split()).replace(" ?", "?")
    q = implicit_terms.parse_question(bare)
    if q is None:
        return None
    key = q.words[-1] if q.prop is not None and q.words else implicit_terms.key_word(q)  # a property's subject
    naming = [s for s in implicit.sentences(text) if any(implicit_terms.matches(t, key) for t in implicit_terms.tokens(s))]
    if not naming or any(_BOTH.search(s) is None for s in naming):
        return None
    return bare


__all__ = ["desided"]
