"""A vertebral level a chain sentence places a thing at, against the levels the report's sentence about the same thing
gives (issue #8, session 55 lane misses55).

A level is read as a place only where it is one place of its sentence: a sentence naming two levels ("compared with T6
and T8", "from T6 to T8") or a range ("at the level of T2-T3") gave ``aligned`` two values of a kind, which compare
nothing, and a sacral level ("across the S2 vertebral body") was no place at all. A chain that moved a vertebral
fracture from T7 to T10, a swallowed battery from T2-T3 to T6 or a sacral fracture's bar from S2 to S4 scored as the
faithful chain (retired blinds 36, 50, 54). Here every level a sentence names is read, a range as each level it spans,
and a chain sentence is compared with the report sentence stating levels that shares the most thing words with it (at
least ``MIN_SHARED``, level words and the spine's own nouns not counted). The chain is contradicted
(``aligned-location-conflict``) when each level it names lies more than one level (``lexicon``'s tolerance: writers
round a level to the next one) from each level that sentence names and each level of every other report sentence
sharing ``MIN_SHARED`` thing words with it: a chain sentence may place another part of the thing ("crosses the midline
at T4" where the impression gives "its tip ... at T6" and the findings name T4 in a sentence of their own), while a
level of a sentence about another thing ("the UVC's tip ... at T12" for a chain's arterial catheter "at L1") is no
agreement. A report sentence naming the neighbours of its level ("T7 ... compared with T6 and T8") widens what agrees;
a chain sentence naming a level the report names agrees whatever else it names.

A level of magnetic resonance ("T2 hyperintensity", "on T1", "T1-weighted") is no place: a level is one only after a
word that places ("at", "of", "across", "from", "to", "level of", ...) or before a noun of the spine ("vertebra",
"segment", "body", "level"), and never before a word of a sequence's signal. A chain sentence about an earlier study
("yesterday it was at T4") is not compared: the report may give the earlier level in a sentence of its own; nor is a
hedged one, which places nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from medstep.lazyre import lazy_compile
from medstep.verify.aligned_places import unnamed_conflict
from medstep.verify.aligned_words import MIN_SHARED
from medstep.verify.lexicon import spine_position
from medstep.verify.prior_state import earlier_sentence, past_spans
from medstep.verify.results import StepVerdict
from medstep.verify.scan import lower_text, sentence_spans
from medstep.verify.verdicts import FindingVerdict

_TOLERANCE = 1  # (``lexicon._SPINE_TOLERANCE``: a level and its neighbour agree)
# a level, or a range of levels ("T2-T3", "T6 to T8", "L4/5", "T11-L1")
_LEVEL = lazy_compile(
    r"\b([ctls])(\d{1,2})\b(?:\s*(?:-|\u2013|/|to|through)\s*([ctls])?(\d{1,2})\b)?", re.IGNORECASE)
# a word that places what follows it ("at T6", "of the T10 vertebral body", "across the S4 segment"), a bracket ("the
# arch (T4)") or a level before it in a list ("compared with T6 and T8")
_PLACING = lazy_compile(
    r"(?:\b(?:at|of|across|from|to|over|above|below|between|through|opposite|with|level|levels)\s+(?:the\s+)?|\(\s*"
    r"|\b[ctls]\d{1,2}\s*(?:,|and|or)\s*)$")
# a noun of the spine after the level ("T10 vertebral body", "S2 segment", "L1 level")
_SPINE_NOUN = lazy_compile(r"\s*(?:vertebra|vertebrae|vertebral|segment|body|level|levels|pedicle|endplate|disc|"
                           r"spinous|transverse)\b")
# a word of a sequence's signal after it ("T2 hyperintensity", "T1-weighted", "T2/FLAIR", "T2*")
_SIGNAL = lazy_compile(r"\s*(?:[-*/]|(?:weighted|signal|hyper|hypo|bright|dark|flair|stir|sequence|image|imaging|w)\b"
                       r"|hyperintens|hypointens)")
# words that name the spine itself: shared by any two sentences about levels, no proof of one thing
_SPINE_WORDS = frozenset({"vertebra", "vertebrae", "vertebral", "segment", "body", "level", "levels", "spine",
                          "spinal", "thoracic", "lumbar", "cervical", "sacral"})


def levels(low: str, skip: Sequence[tuple[int, int]] = ()) -> frozenset[int]:
    """The positions down the spine (``lexicon.spine_position``) of the levels the lower-case ``low`` places a thing
    at (see the module docstring), a range as each level it spans; a level inside a ``skip`` span is left out."""
    out: set[int] = set()
    for m in _LEVEL.finditer(low):
        if any(a <= m.start() < b for a, b in skip):
            continue
        first = spine_position(m.group(1) + m.group(2))
        if first is None or _SIGNAL.match(low, m.end(2)) is not None and m.group(4) is None:
            continue
        placed = _PLACING.search(low, max(0, m.start() - 24), m.start()) is not None
        if not (placed or _SPINE_NOUN.match(low, m.end()) is not None):
            continue
        last = spine_position((m.group(3) or m.group(1)) + m.group(4)) if m.group(4) else first
        if last is None or abs(last - first) > 12:
            out.add(first)
            continue
        out.update(range(min(first, last), max(first, last) + 1))
    return frozenset(out)


def _far(mine: frozenset[int], theirs: frozenset[int]) -> bool:
    return all(abs(a - b) > _TOLERANCE for a in mine for b in theirs)


LevelSentences = tuple[tuple[int, str, frozenset[int], frozenset[str]], ...]


def report_levels(sentences: Sequence[tuple[int, str]], things: Callable[[str], frozenset[str]]) -> LevelSentences:
    """The report's sentences (start, text) that place a thing at a level: (start, text, levels, thing words)."""
    out = []
    for start, text in sentences:
        low = lower_text(text)
        found = levels(low)
        if found:
            out.append((start, text, found, _plain(things(low))))
    return tuple(out)


def _plain(words: frozenset[str]) -> frozenset[str]:
    """Thing words without a level's own token ("t7", "s2") or a noun of the spine (``_SPINE_WORDS``)."""
    return frozenset(w for w in words if w not in _SPINE_WORDS and not (
        len(w) <= 3 and w[0] in "ctls" and w[1:].isdigit()) and not w.startswith("vertebr"))


def level_errors(s: StepVerdict, asserted: Sequence[tuple[int, int]], reported: LevelSentences, report: str,
                 unit: int, things: Callable[[str], frozenset[str]], hedged: Callable[[str], bool]
                 ) -> list[FindingVerdict]:
    """The contradictions of step ``s``'s sentences placing a thing at a level by the report sentence about the same
    thing (see the module docstring). ``hedged``: whether a lower-case sentence hedges what it says ("Perhaps the
    disc projects at T6" places nothing)."""
    if not reported:
        return []
    for a, b in sentence_spans(s.text):
        text = s.text[a:b]
        if not any(x <= a < y or a <= x < b for x, y in asserted) or earlier_sentence(text):
            continue
        low = lower_text(text)
        mine = levels(low, past_spans(text))
        if not mine or hedged(low):
            continue
        words = _plain(things(low))
        ranked = sorted(((len(words & r[3]), k) for k, r in enumerate(reported)), reverse=True)
        best = ranked[0][0]
        if best < MIN_SHARED:
            continue
        # (every report sentence sharing as many words as proof of one thing gives levels that agree: the aligned
        # one, and another naming a part of the thing, "crosses the midline at the level of the arch (T4)")
        if not all(_far(mine, r[2]) for r in reported if len(words & r[3]) >= MIN_SHARED):
            continue
        start, their_text, _lv, _w = reported[ranked[0][1]]
        m = _LEVEL.search(low)
        at = a + (m.start() if m is not None else 0)
        end = a + (m.end() if m is not None else len(text))
        return [unnamed_conflict(s, (s.text[at:end], at, end), (their_text.strip(), start, start + len(their_text)),
                                 report, "aligned-location-conflict", unit)]
    return []


def may_level(text: str) -> bool:
    """Whether a step's ``text`` may name a level (the cheap test before ``level_errors``)."""
    return _LEVEL.search(text) is not None


__all__ = ["LevelSentences", "level_errors", "levels", "may_level", "report_levels"]
