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
from functools import lru_cache

from medstep.answers.technique import mr_sentence, sequence_word_after, stage_word_after
from medstep.lazyre import lazy_compile
from medstep.verify.aligned_places import unnamed_conflict
from medstep.verify.aligned_words import MIN_SHARED
from medstep.verify.lexicon import SPINE_TOLERANCE, spine_position
from medstep.verify.prior_state import earlier_sentence, past_spans
from medstep.verify.results import StepVerdict
from medstep.verify.scan import lower_text, sentence_spans
from medstep.verify.verdicts import FindingVerdict

# a level, or a range of levels ("T2-T3", "T6 to T8", "L4/5", "T11-L1")
_LEVEL = lazy_compile(
    r"\b([ctls])(\d{1,2})\b(?:\s*(?:-|\u2013|/|to|through)\s*([ctls])?(\d{1,2})\b)?", re.IGNORECASE)
# a word that places what follows it ("at T6", "of the T10 vertebral body", "across the S4 segment"), a bracket ("the
# arch (T4)") or a level before it in a list ("compared with T6 and T8")
_LISTED_LEVEL = r"\b[ctls]\d{1,2}\s*(?:,|and|or)\s*"
_PLACING = lazy_compile(
    r"(?:\b(?:at|of|across|from|to|over|above|below|between|through|opposite|with|level|levels)\s+(?:the\s+)?|\(\s*"
    r"|" + _LISTED_LEVEL + r")$")
_LIST_BEFORE = lazy_compile(_LISTED_LEVEL + r"$")
# a noun of the spine after the level ("T10 vertebral body", "S2 segment", "L1 level")
_SPINE_NOUN = lazy_compile(r"\s*(?:vertebra|vertebrae|vertebral|segment|body|level|levels|pedicle|endplate|disc|"
                           r"spinous|transverse)\b")
# a mark of a sequence after it ("T2/FLAIR", "T1-weighted", "T2*"); its imaging and signal words ("T2 hyperintensity",
# "T1 images") and a sentence of magnetic resonance are ``answers.technique``'s, the one home of a sequence's "T1"/"T2"
_MARK_AFTER = lazy_compile(r"\s*[-*/]")
# levels and sequences listed before it ("T1 and T2 images", "T2 and STIR"): the list's last member says what it is
_LISTED = lazy_compile(r"(?:\s*(?:,|and|or)\s*(?:[ctls]\d{1,2}|stir|flair|dwi|swi|adc)\b)+")
# a stage of a tumour or a heart sound after it ("T3 disease", "T2N0", "S3 gallop"): ``technique.stage_word_after``;
# a sentence of staging ("upstaged from T2 to T3b"):
_STAGE_SENTENCE = lazy_compile(r"\b(?:stag(?:e|ed|es|ing)|upstag\w*|downstag\w*|tnm)\b")
# a level in apposition closing its clause ("the seventh thoracic body, T7."): the place the clause names
_APPOSED = lazy_compile(r"[,:]\s*$")
_CLOSING = lazy_compile(r"\s*(?:[.;)]|$)")
# words that name the spine itself: shared by any two sentences about levels, no proof of one thing
_SPINE_WORDS = frozenset({"vertebra", "vertebrae", "vertebral", "segment", "body", "level", "levels", "spine",
                          "spinal", "thoracic", "lumbar", "cervical", "sacral"})


def levels(low: str, skip: Sequence[tuple[int, int]] = ()) -> frozenset[int]:
    """The positions down the spine (``lexicon.spine_position``) of the levels the lower-case ``low`` places a thing
    at (see the module docstring), a range as each level it spans; a level inside a ``skip`` span is left out."""
    out: set[int] = set()
    mr = mr_sentence(low)
    staged = _STAGE_SENTENCE.search(low) is not None
    read = -1  # (the end of the last level read: a level placed by the one before it in a list needs that one read)
    for m in _LEVEL.finditer(low):
        if any(a <= m.start() < b for a, b in skip):
            continue
        first = spine_position(m.group(1) + m.group(2))
        if first is None:
            continue
        spine = _SPINE_NOUN.match(low, m.end()) is not None
        listed = _LISTED.match(low, m.end(2))
        after = listed.end() if listed else m.end(2)
        sequence = m.group(1) == "t" and m.group(2) in ("1", "2")  # (only "T1"/"T2" can name a sequence)
        if m.group(4) is None and (_MARK_AFTER.match(low, after) is not None
                                   or sequence and sequence_word_after(low, after)):
            continue
        if not spine and (stage_word_after(low, m.end()) or m.group(1) == "t" and (
                staged and m.group(2) in ("1", "2", "3", "4") or mr and m.group(2) in ("1", "2"))):
            continue  # (a sequence or a stage: "compared to T1 ... brighter on T2", "consistent with T3 disease")
        before = low[max(0, m.start() - 24):m.start()]
        placed = _PLACING.search(before) is not None
        listing = _LIST_BEFORE.search(before)
        if placed and listing is not None and read <= m.start() - len(before) + listing.start():
            placed = False  # (a list's earlier member was no level: "on T1 and T2")
        apposed = _APPOSED.search(before) is not None and _CLOSING.match(low, m.end()) is not None
        if not (placed or spine or apposed):
            continue
        read = m.end()
        last = spine_position((m.group(3) or m.group(1)) + m.group(4)) if m.group(4) else first
        if last is None or abs(last - first) > 12:
            out.add(first)
            continue
        out.update(range(min(first, last), max(first, last) + 1))
    return frozenset(out)


def _far(mine: frozenset[int], theirs: frozenset[int]) -> bool:
    return all(abs(a - b) > SPINE_TOLERANCE for a in mine for b in theirs)


LevelSentences = tuple[tuple[int, str, frozenset[int], frozenset[str]], ...]


def report_levels(sentences: Sequence[tuple[int, str]], things: Callable[[str], frozenset[str]]) -> LevelSentences:
    """The report's sentences (start, text) with the levels they place a thing at: (start, text, levels, thing words);
    none where no sentence names a level. A sentence naming none stays: a chain sentence it aligns with best ("The
    nasogastric tube ... its tip in the stomach" for "the tube ... tip ... at L1") is about a thing placed at no level,
    not about the endotracheal tube of the sentence naming the carina's T4-T5."""
    out = []
    for start, text in sentences:
        low = lower_text(text)
        out.append((start, text, _sentence_levels(low), _plain(things(low))))
    return tuple(out) if any(r[2] for r in out) else ()


@lru_cache(maxsize=16384)
def _sentence_levels(low: str) -> frozenset[int]:
    """``levels(low)`` of a report sentence, memoised on its text.

    Why (issue #12, session 58): ``report_levels`` reads every sentence of every report for each sample, and a
    benchmark's reports are new texts of sentences met before: the same sentence was scanned for levels again at each
    sample (~2% of the verifier's time on ``bench_score_scale.py`` samples). Exact: ``levels`` reads nothing but the
    sentence's own lower-case text (no skip span here) and returns a frozenset no caller changes."""
    return levels(low)


def _plain(words: frozenset[str]) -> frozenset[str]:
    """Thing words without a level's own token ("t7", "s2") or a noun of the spine (``_SPINE_WORDS``)."""
    return frozenset(w for w in words if w not in _SPINE_WORDS and not (
        len(w) <= 3 and w[0] in "ctls" and w[1:].isdigit()) and not w.startswith("vertebr"))


def level_errors(s: StepVerdict, asserted: Sequence[tuple[int, int]], reported: LevelSentences, report: str,
                 unit: int, things: Callable[[str], frozenset[str]], hedged: Callable[[str], bool],
                 denied: Callable[[str], Sequence[tuple[int, int]]] = lambda low: ()) -> list[FindingVerdict]:
    """The contradictions of step ``s``'s sentences placing a thing at a level by the report sentence about the same
    thing (see the module docstring). ``hedged``: whether a lower-case sentence hedges what it says ("Perhaps the
    disc projects at T6" places nothing); ``denied``: the spans of a lower-case sentence a denial covers ("There is no
    wedge fracture at the thoracolumbar junction (T12-L1)" places no fracture there)."""
    if not reported:
        return []
    for a, b in sentence_spans(s.text):
        text = s.text[a:b]
        if not any(x <= a < y or a <= x < b for x, y in asserted) or earlier_sentence(text):
            continue
        low = lower_text(text)
        mine = levels(low, tuple(past_spans(text)) + tuple(denied(low)))
        if not mine or hedged(low):
            continue
        words = _plain(things(low))
        ranked = sorted(((len(words & r[3]), k) for k, r in enumerate(reported) if r[2]), reverse=True)
        best = ranked[0][0]
        if best < MIN_SHARED or any(len(words & r[3]) > best for r in reported if not r[2]):
            continue  # (too few shared words, or a sentence placing its thing at no level aligns better)
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
