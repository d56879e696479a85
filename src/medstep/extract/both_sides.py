"""A one-sided question answered of both sides at once: "Is the right costophrenic angle blunted?" - "Sharp
costophrenic angles bilaterally." (no); "Is there a left pleural effusion?" - "Small bilateral pleural effusions."
(yes); "Is the right kidney enlarged?" - "Both kidneys are normal in size." (no).

What is said of both sides is said of each, so the reply answers the asked side. The readers of a sided question
look for the asked side's word and find none, so the reply is read again against the question without its side
(``extract/stated.py``). Only when:

* the question names exactly one side ("left", "right", "right-sided", "on the left");
* the reply names no one side on its own (``implicit_words.ONE_SIDE``: "left", "R", "the opposite side", "the
  affected lung", "the transplanted kidney", "one lung");
* each clause naming the asked term (a sentence cut at a comma, a semicolon, "with", "and", "but") says "both" or
  "bilateral" of the term itself: "bilateral <term>" or "both <term>s" with only the term's own words or a size word
  between, or "<term>s [are sharp] bilaterally / on both sides" with no preposition between; and one clause does.
  "Bilateral chest drains in place with a pneumothorax", "Both hila are normal and the angle is blunted" and
  "Both lungs are clear; hyperinflation in one lung" say nothing of the asked side.
"""

from __future__ import annotations

import re

from medstep.answers import SEVERITY_WORDS
from medstep.extract import implicit, implicit_terms
from medstep.extract.implicit_words import DEGREE, ONE_SIDE, STOP
from medstep.lazyre import lazy_compile

_ASKED_SIDE = lazy_compile(r"(?i)(?:\s+on\s+the\s+(?:left|right)(?:\s+side)?\b|\b(?:left|right)(?:[- ]sided)?\s+)")
_BOTH_WORDS = frozenset({"both", "bilateral"})
# Words that tie what follows to another thing: "pneumothorax after drains bilaterally".
_LINKS = frozenset({"after", "before", "from", "near", "beside", "behind", "around", "through", "via", "into", "onto",
                    "along", "across", "between", "following", "post"})
_BOTH_AFTER = lazy_compile(r"(?i)^(?:\s+[a-z-]+){0,3}?\s+(?:bilaterally|on\s+(?:both|either|each)\s+sides?)\b")
_CLAUSES = lazy_compile(r"(?i)[,;:]|\b(?:with|and|but|while|whereas)\b")


def _both_of(clause: str, term_words: set[str], key: str) -> bool:
    """Whether ``clause`` says "both"/"bilateral" of the term whose key word is ``key`` (module docstring)."""
    words = implicit_terms.tokens(clause)
    at = [i for i, w in enumerate(words) if implicit_terms.matches(w, key)]
    if len(at) != 1:
        return False
    for i in (i for i, w in enumerate(words[:at[0]]) if w in _BOTH_WORDS):
        if all(w in term_words or w in SEVERITY_WORDS or w in DEGREE for w in words[i + 1:at[0]]):
            return True
    after = re.search(r"(?i)\b" + re.escape(words[at[0]]) + r"\b", clause)
    tail = _BOTH_AFTER.match(clause[after.end():]) if after is not None else None
    return tail is not None and not any(w in STOP or w in _LINKS for w in implicit_terms.tokens(tail.group(0))[:-1])


def desided(question: str, text: str) -> str | None:
    """``question`` without its one side when ``text`` speaks of both sides only (module docstring), else ``None``."""
    if len(_ASKED_SIDE.findall(question)) != 1 or any(w in ONE_SIDE for w in re.findall(r"[a-z]+", text.lower())):
        return None
    bare = _ASKED_SIDE.sub(lambda m: " " if m.group(0).startswith((" ", "\t")) else "", question, count=1)
    bare = " ".join(bare.split()).replace(" ?", "?")
    q = implicit_terms.parse_question(bare)
    if q is None:
        return None
    key = q.words[-1] if q.prop is not None and q.words else implicit_terms.key_word(q)  # a property's subject
    term_words = {w for w in implicit_terms.tokens(bare)}
    naming = [c for s in implicit.sentences(text) for c in _CLAUSES.split(s)
              if any(implicit_terms.matches(t, key) for t in implicit_terms.tokens(c))]
    if not naming or not all(_both_of(c, term_words, key) for c in naming):
        return None
    return bare


__all__ = ["desided"]
