"""Whether a finding is on both sides, answered by the sides it is stated on: "Are there bilateral pleural effusions?"
- "There is a small right effusion. The left costophrenic angle is sharp." (no); "Are there nodules in both lungs?"
- "Round nodules are scattered through both lungs." (yes). Rule ``implicit_bilateral``.

* The question asks one finding of the vocabulary on both sides: "Are there bilateral X?", "Is there bilateral X?",
  "Is/Are the X bilateral?", "Are there X in both <lungs|kidneys|...>?".
* The reply is read clause by clause by the vocabulary (``extract/findings.py``), which gives each statement its
  side ("left", "right", "all" for both):
  - the finding stated on both sides (once as bilateral, or once on each side), denied nowhere: yes;
  - the finding stated on one side only, and the other side called normal (an organ whose normal state rules the
    finding out, ``expands`` of the vocabulary: the costophrenic angle for an effusion), the finding denied there, or the one
    side said to be the only one ("on the right only", "unilateral"): no. One side stated with nothing said of the
    other is no reading (the reply may not have looked);
  - a statement of the finding without a side, a hedged or past sentence, a negation the vocabulary cannot place:
    no reading.
"""

from __future__ import annotations

import re

from medstep.answers import NO, YES
from medstep.answers.concepts import normalize, vocabulary
from medstep.extract import findings, implicit
from medstep.extract.implicit_terms import tokens
from medstep.answers.text import HAN
from medstep.lazyre import lazy_compile

RULE = "implicit_bilateral"

_PAIRED = r"(?:lungs|kidneys|breasts|hips|knees|ovaries|adrenals|adrenal\s+glands|hemithoraces|hemithoraxes|sides|lobes)"
_QUESTIONS: tuple[re.Pattern[str], ...] = tuple(lazy_compile(p, re.I) for p in (
    r"^\s*(?:is|are)\s+there\s+(?:any\s+)?bilateral\s+([a-z][a-z -]{2,40}?)\s*\?\s*$",
    r"^\s*(?:is|are)\s+the\s+([a-z][a-z -]{2,40}?)\s+bilateral\s*\?\s*$",
    r"^\s*(?:is|are)\s+there\s+(?:any\s+)?([a-z][a-z -]{2,40}?)\s+(?:in|of|on)\s+both\s+" + _PAIRED + r"\s*\?\s*$",
))
# The one side said to be the only one: "on the right only", "right-sided only", "unilateral", "only on the left".
_ONLY = frozenset({"only", "unilateral", "unilaterally", "solely", "isolated"})
_OTHER = {"left": "right", "right": "left"}


def _asked(question: str) -> str | None:
    """The finding's concept asked on both sides, else ``None``."""
    for pattern in _QUESTIONS:
        m = pattern.match(question.strip())
        if m is None:
            continue
        phrase = normalize(m.group(1))
        voc = vocabulary()
        ms = voc.mentions(phrase)
        if len(ms) != 1 or ms[0].end - ms[0].start != len(phrase.strip()):
            return None
        concept = voc.concepts.get(ms[0].concept)
        return ms[0].concept if concept is not None and concept.category == "finding" else None
    return None


def read_bilateral(text: str, question: str) -> str | None:
    """yes / no when a short English reply states the asked finding on both sides, or on one side with the other
    clear (see module docstring)."""
    key = _asked(question)
    if key is None or HAN.search(text) or len(text) > implicit.MAX_CHARS:
        return None
    voc = vocabulary()
    stated: set[str] = set()
    clear: set[str] = set()  # the sides called normal or with the finding denied
    only = False
    read = findings.read_sentences(text)
    if read is None:
        return None
    for sentence, clauses in read:
        found = False
        for clause, events in clauses:
            for e in events:
                organ = voc.concepts.get(e.key)
                if e.normal and not e.negated and e.side in _OTHER and organ is not None and key in organ.expands:
                    clear.add(e.side)  # "The left costophrenic angle is sharp.": no effusion there
                    found = True
                if e.key != key:
                    continue
                found = True
                if e.side is None:
                    return None  # the finding stated or denied without a side
                if e.negated:
                    clear.update(_OTHER if e.side == "all" else (e.side,))
                else:
                    stated.update(_OTHER if e.side == "all" else (e.side,))
                    only = only or (e.side in _OTHER and not _ONLY.isdisjoint(tokens(clause)))
        if found and implicit.hedged(sentence):
            return None
    if not stated or stated & clear:
        return None
    if stated == set(_OTHER):
        return None if only else YES
    side = next(iter(stated))
    return NO if only or _OTHER[side] in clear else None


__all__ = ["RULE", "read_bilateral"]
