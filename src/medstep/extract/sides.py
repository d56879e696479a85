"""A sided or located question answered by the finding stated elsewhere: "Is there consolidation in the left lower lobe?" - "Consolidation in the right lower
lobe; the left lung is clear." (no).

``implicit_finding`` (``extract/findings.py``) says nothing of a finding stated on the other side, because the
other side alone does not settle the asked one when the answer also talks about it. Rule ``implicit_side``
reads the located questions it leaves ("in the left lower lobe") the same way, and the side statements:

* the question asks one finding of the vocabulary, on one side, optionally in a place ("in the left lower
  lobe", "of the left femoral neck": the place's words must all be in the clause for a yes);
* every statement of the finding is placed elsewhere (the other side, or the same side in another lobe or
  zone), and the asked place is called normal or the finding denied there ("the left lung is clear"): no;
  the finding placed elsewhere with nothing said of the asked place is no reading (a reader may not know);
  one statement on the asked side (or both sides) in the asked place is a yes;
* a lobe or zone lies inside its lung: the finding stated there answers a question about the lung yes, a
  denial there ("No nodule in the right upper lobe.") answers neither the lung nor another lobe;
* any hedge, unclear negation, or a side-less statement of the finding gives no reading.
"""

from __future__ import annotations

import re

from medstep.answers import NO, YES
from medstep.answers.concepts import normalize, vocabulary
from medstep.extract import findings, implicit
from medstep.extract.findings import Ask, Asked
from medstep.extract.stance import Stance

RULE = "implicit_side"
_LOCATED = re.compile(r"(?i)^\s*(?:is|are)\s+there\s+(?:an?\s+|any\s+)?([a-z -]{3,40}?)\s+(?:in|of|at|on|involving)\s+"
                      r"the\s+(left|right)\s+([a-z -]{2,30}?)\s*\?\s*$")
_PLACE_STOP = frozenset({"the", "a", "an", "of", "side", "sided"})
_OPPOSITE = {"left": "right", "right": "left"}
_PLACE_WORDS = frozenset({"upper", "middle", "lower", "apex", "apical", "base", "basal", "zone", "lobe", "lingula"})
# A lobe or zone lies inside these: a finding stated there is in the asked place, a denial there covers only part
_WHOLE_PLACES = frozenset({"lung", "lungs", "hemithorax", "chest", "thorax"})


def _asked(question: str) -> tuple[Asked, frozenset[str]] | None:
    """The asked finding with its side, and the words of its place (empty when the side is all)."""
    asked = findings.parse_asked(question)
    if asked is not None:
        return (asked, frozenset()) if asked.ask is Ask.PRESENCE and asked.side is not None else None
    m = _LOCATED.match(question)
    if m is None:
        return None
    voc = vocabulary()
    phrase = normalize(m.group(1))
    ms = voc.mentions(phrase)
    if len(ms) != 1 or ms[0].end - ms[0].start != len(phrase) or voc.concepts[ms[0].concept].category != "finding":
        return None
    place = frozenset(w for w in normalize(m.group(3)).split() if w not in _PLACE_STOP)
    return Asked(Ask.PRESENCE, ms[0].concept, m.group(2).lower()), place


def read_side(text: str, question: str) -> str | None:
    """no (or yes) when a short answer places the asked finding (see module docstring), else ``None``."""
    got = _asked(question)
    if got is None or len(text) > implicit.MAX_CHARS or re.search(r"[\u4e00-\u9fff]", text):
        return None
    asked, place = got
    other = _OPPOSITE.get(asked.side or "")
    family = {asked.key} | vocabulary().concepts[asked.key].descendants
    stances: set[Stance] = set()
    elsewhere = False
    for sentence in implicit.sentences(text):
        found: set[Stance] = set()
        for clause in findings.clause_split(sentence):
            events = findings.statements(clause)
            if events is None:
                return None
            words = set(normalize(clause).replace(",", " ").split())
            # the clause names a lobe or zone that is not the asked place ("in the right upper lobe" to a
            # question about the right lung or its lower lobe)
            part = bool(_PLACE_WORDS & words) and not (place and place <= words)
            inside = not place or place <= _WHOLE_PLACES  # that part lies inside the asked place
            for e in events:
                if e.key in family and not e.negated and not e.normal:
                    other_place = part and not inside
                    if e.side == other or (e.side == asked.side and other_place):
                        elsewhere = True
                        continue
                    if e.side in (asked.side, "all") and (place <= words or (part and inside)):
                        found.add(Stance.YES)
                        continue
                    found.add(Stance.UNCLEAR)  # side-less, or the side without the asked place
                    continue
                s = findings.stance(e, asked)
                if s is Stance.NO and part and e.side in (asked.side, "all"):
                    # "No nodule in the right upper lobe." denies one lobe, not the right lung or its lower lobe
                    found.add(Stance.UNCLEAR)
                elif s is not None:
                    found.add(s)
        if (found or elsewhere) and implicit.hedged(sentence, temporal=False):
            return None
        stances |= found
    if Stance.UNCLEAR in stances or {Stance.YES, Stance.NO} <= stances:
        return None
    if Stance.YES in stances:
        return YES
    # The finding placed elsewhere with nothing said of the asked place stays unparsed: "There is a right pleural
    # effusion." to "Is there a left pleural effusion?" is labelled so in recall_dev (rd-y047).
    return NO if Stance.NO in stances else None


__all__ = ["RULE", "read_side"]
