"""A finding the chain places at an anatomical site the report never gives it: "an endobronchial mass in the left main
bronchus" against "... mass in the bronchus intermedius", "filling defects in the common hepatic duct" against "...
in the distal common bile duct", "a target mass in the midline pelvis" against "In the right upper quadrant, just
below the liver, there is a ... mass" (issue #8, vsite23).

The sites are data (``sites.tsv``: a site, the sites it lies in, its names): two sites are one place, or one holds the
other, when one is the other's ancestor; two sites of one top region (the chest, the abdomen, a limb, ...) with no
such link are two places. Sides are no part of a site (the laterality rules judge them).

A report sentence names the sites it places something at: every site it names before its first denial, none when
the sentence calls its things normal and names nothing abnormal ("The superior sagittal sinus opacifies normally.").
A chain clause the step asserts, with a present finding or an abnormal word in it, no denial, normal word or hedge in
its sentence up to its end, names a site (``sites_in``); its words, site names left out, align with one report
sentence (``MIN_SHARED`` thing words at least, strictly more than any other sentence) that names sites. The clause's
site is contradicted (``aligned-site-conflict``) when it lies in one top region with a site of that sentence, is none
of them, holds none and lies in none, and no report sentence names it or a site within it (a chain naming a site the
report places anything at, or more coarsely, claims no other place; a site a report sentence names only as what a
thing lies near, "fluid adjacent to the appendiceal tip", is no place it gives anything).

Where the thing a site places is written before the site's clause (lane location48, issue #8: a position within one
organ), the clause is aligned by wider spans in turn (``_spans``): its part in the site's sentence, the sentence up to
it ("a 6 mm echogenic appendicolith with posterior acoustic shadowing, lodged at the appendiceal tip"), and with the
sentence before where a pronoun stands for the thing ("it projects anteriorly, placing it in the middle lobe"); a
wider span must share ``WITHOUT_FINDING`` words. Only a site after a preposition of place is read so (a site that is
the thing itself, "carina splayed", is not); a site in a step's label ("**Pleura:**"), a likeness ("like a kidney")
or a site called normal right before it ("normal appendix") places nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import NamedTuple

from medstep.answers import hedges, landmarks
from medstep.answers.sites import Site, read_sites, related, site_table, sites_in, tail_start
from medstep.lazyre import lazy_compile
from medstep.verify.aligned_places import unnamed_conflict
from medstep.verify.aligned_words import merged_spans
from medstep.verify.results import StepVerdict
from medstep.verify.scan import lower_text
from medstep.verify.scope_words import THERE_IS
from medstep.verify.verdicts import FindingVerdict

MIN_SHARED = 2  # thing words a clause shares with the report sentence it is judged against (as ``aligned``)
# thing words shared with it by a clause naming no finding of the lexicon and no abnormal word ("a lucent crescent")
WITHOUT_FINDING = 3


# a sentence that opens with its denial places nothing ("There is no free fluid in the pelvis.")
_DENIED = lazy_compile(r"\W*(?:" + THERE_IS + r"\s+)?(?:no|without|negative\s+for)\b")
# a site named as a landmark of a place, not as the place: "behind the heart", "the left heart border"; the relation
# words are those of ``answers/landmarks.py`` (one home with the open readers') but those after which the thing lies
# at the site itself (``landmarks.HELD_AT``: "free fluid surrounds the spleen", "a stone obstructing the left ureter")
_LANDMARK_BEFORE = lazy_compile(r"\b(?:" + hedges.alternation(w for w in landmarks.RELATIONS if w not in landmarks.HELD_AT)
                                + r")\s+(?:the\s+|its\s+|a\s+)?"
                                r"(?:[a-z]+\s+)?(?:level\s+of\s+(?:the\s+)?)?$")
_LANDMARK_AFTER = lazy_compile(r"(?:[\s-]+[a-z]+)?[\s-]+(?:border|outline|silhouette|contour|margin|edge|shadow|"
                               r"size|shift|level)s?\b")

# where a sentence goes on to another thing, out of a denial's reach ("the left lung does not deflate and the
# mediastinum shifts to the right")
_BREAK = lazy_compile(r"[,;:]|\b(?:and|but|while|whereas|with)\s+(?:the|a|an|its|there)\b")

# the words of a site's noun phrase before its name ("an intact medial malleolus"), a normal word among them said of it;
# a word of position is none ("the midline pelvis")
_MODIFIERS = lazy_compile(r"\b(?:a|an|the|its|their|his|her|with|and|of|in|at|on|to|into|within)\s+((?:[a-z-]+\s+){1,3})$")
_POSITION = lazy_compile(r"\b(?:midline|central|left|right)\b")

# a verb's normal manner ending its clause, no word of the lexicon's ("The superior sagittal sinus opacifies normally.";
# not "..., which normally lies ...")
_NORMALLY = lazy_compile(r"\bnormally\s*(?:[,.;:]|$)")

ReportSites = tuple[tuple[frozenset[str], frozenset[str], int, int], ...]  # (thing words, sites, sentence span) each


def report_sites(sentences: Sequence[tuple[int, str]], events: Callable[[str], Sequence[tuple[int, int, int]]],
                 things: Callable[[str], frozenset[str]], normal: int, abnormal: tuple[int, int],
                 denial: frozenset[int]) -> ReportSites:
    """Each report sentence's thing words (site names left out) and the sites it places something at (see the module
    docstring), spans in the report; ``events`` of a lower-case text as (start, end, kind); ``abnormal``: the kinds of
    an abnormal word and of a finding."""
    out = []
    for start, text in sentences:
        low = lower_text(text)
        found = sites_in(low)
        denied = placing(low, events(low), [(a, b) for _i, a, b in found], normal, abnormal, denial)
        placed = frozenset() if denied is None else frozenset(s for s, a, _b in found if not denied_at(low, denied, a))
        out.append((things(_blank(low, found)), placed, start, start + len(text)))
    return tuple(out)


def placing(low: str, got: Sequence[tuple[int, int, int]], names: Sequence[tuple[int, int]], normal: int,
            abnormal: tuple[int, int], denial: frozenset[int]) -> list[int] | None:
    """Whether a report sentence (``low``, its events ``got``) places things: None when it calls its things normal (a
    normal word, no abnormal word, no finding before a denial but the spans of ``names``, the places' own names: "The
    superior sagittal sinus opacifies normally.") or opens with its denial; else where its denials are."""
    first = min((s for s, _e, k in got if k in denial), default=len(low))
    calm = (any(k == normal for _s, _e, k in got) or _NORMALLY.search(low) is not None) and not any(
        k == abnormal[0] or k == abnormal[1] and s < first and not any(a <= s < b for a, b in names)
        for s, _e, k in got)
    return None if calm or _DENIED.match(low) else [s for s, _e, k in got if k in denial]


def denied_at(low: str, denied: Sequence[int], at: int) -> bool:
    """Whether a denial before ``at`` reaches it (no break between: ``_BREAK``)."""
    return any(d < at and not _BREAK.search(low, d, at) for d in denied)


def _blank(low: str, found: Sequence[Site]) -> str:
    """``low`` with the sites' names blanked: the runs they cover, each cut out once (a copy of the text per site
    was quadratic in a clause listing sites, issue #12); spans outside the text blanked one by one, as before."""
    if not all(0 <= a <= b <= len(low) for _s, a, b in found):
        for _s, a, b in found:
            low = low[:a] + " " * (b - a) + low[b:]
        return low
    parts: list[str] = []
    at = 0
    for a, b in zip(*merged_spans([(a, b) for _s, a, b in found])):
        parts += (low[at:a], " " * (b - a))
        at = b
    return "".join(parts) + low[at:]


def _said_of(low: str, at: int) -> str:
    m = _MODIFIERS.search(low, tail_start(low, at, 4), at)
    return "" if m is None else m.group(1)


def _end(low: str, at: int) -> int:
    m = _BREAK.search(low, at)
    return len(low) if m is None else m.start()


# a digit right before a letter: where a shared first word of a site's name may start inside a word ("l5transverse")
_DIGIT_LETTER = lazy_compile(r"\d[a-z]")


def blanking_keeps_words(low: str) -> bool:
    """Whether every thing word of ``_blank(low, sites_in(low))`` (what ``site_errors`` aligns a clause by) is one of
    ``low``'s own: a site's name is matched between word bounds, and a shared first word (``_SHARED_HEAD``) starts after
    a letter never (the search finds the leftmost start), so only one starting right after a digit can cut a word and
    leave a piece of it behind as a word of its own (``aligned_gate``)."""
    return _DIGIT_LETTER.search(low) is None


@lru_cache(maxsize=16384)
def _places(low: str) -> tuple[Site, ...]:
    """The sites a lower-case clause names as places, not as landmarks ("behind the heart", "the left heart border"),
    memoised (a benchmark's chains repeat their clauses)."""
    return tuple(x for x in sites_in(low) if not _LANDMARK_BEFORE.search(low, tail_start(low, x[1], 7), x[1])
                 and not _LANDMARK_AFTER.match(low, x[2]))


# (the report's sites asked last, every site they place things at and the sites those lie in): one pair, swapped whole
_NAMED_LAST: list[tuple[ReportSites, frozenset[str]]] = [((), frozenset())]


def _named(sites: ReportSites, report: str) -> frozenset[str]:
    """The sites the report's sentences place things at, with the sites they lie in. Kept for the ``sites`` asked last
    (held, so no other tuple takes its identity): ``site_errors`` asks it of one report for each step of a chain. A
    site a sentence names only as a landmark ("free fluid lies adjacent to the appendiceal tip") places nothing there:
    read as a place, it spared a chain moving the report's appendicolith from the base to the tip (lane location48).

    The identity of ``sites`` is key enough though the result reads ``report``: ``sites`` comes from the memo of
    ``aligned_normal_places.placed_sites``, keyed on the report's (start, sentence) pairs, and every ``report[x:y]``
    read here is a slice of one of those sentences at its start (``aligned.report_sentences``), so two reports given
    one ``sites`` object read the same text (checked in session 49, lane speed49; held, the tuple's id is not
    reused)."""
    last = _NAMED_LAST[0]
    if last[0] is sites:
        return last[1]
    table = site_table()
    named = frozenset(a for _t, placed, x, y in sites for p in _placing(lower_text(report[x:y]), placed)
                      for a in table.ancestors[p])
    _NAMED_LAST[0] = (sites, named)
    return named


def _placing(their: str, placed: frozenset[str]) -> frozenset[str]:
    """The sites of ``placed`` but those a report sentence (``their``, lower case) names only as the place a thing lies
    near (``_NEAR``)."""
    if not placed:
        return placed
    found = sites_in(their)
    only_near = {p for p, _a, _e in found} - {p for p, at, _e in found if not _NEAR.search(
        their, tail_start(their, at, 4), at)}
    return placed - only_near


# a site named as what a thing lies near, not where it lies ("free fluid lies adjacent to the appendiceal tip"): the
# nearness words of ``answers/landmarks.py``
_NEAR = lazy_compile(r"\b(?:" + hedges.alternation(landmarks.NEAR) + r")\s+(?:the\s+|its\s+|a\s+)?(?:[a-z]+\s+)?$")
# a site in a step's label ("**Pleura:** a thick rind ...", "3. Lungs and pleura:"): the topic of what follows, no place
_LABEL = lazy_compile(r"[ \t]*(?:[#*>-]+\s*|\d+[.)]\s*)*(?:[a-z'-]+[ \t]+){0,4}[a-z'-]+[ \t]*\**[ \t]*:", re.IGNORECASE)


def _labelled(text: str, at: int, holds: Callable[[int, int], bool] | None = None) -> bool:
    """Whether position ``at`` of step ``text`` lies in the label its line opens with (``_LABEL``); not a label that
    ``holds`` a finding (a span of ``text``): "- Right upper lobe consolidation: air bronchograms" names the finding
    at its site, no topic (review location48)."""
    lines = _stops(text).lines
    k = bisect_left(lines, at)  # (``text.rfind("\n", 0, at) + 1``, without a scan back from ``at``)
    line = lines[k - 1] + 1 if k else 0
    m = _LABEL.match(text, line)
    return m is not None and at < m.end() and not (holds is not None and holds(line, m.end()))


# where a chain sentence ends inside a step: a full stop, "?" or "!" before a space, or a line break (not the point of
# "10.5 cm")
_SENTENCE_END = lazy_compile(r"[.!?;](?=\s)|\n")
# where a sentence ends, not a clause of it: a semicolon goes on ("thin-walled bullae; the biggest, at the right apex, ...")
_FULL_STOP = lazy_compile(r"[.!?](?=\s)|\n")
# a site written as where a thing is, after a preposition of place ("lodged at the appendiceal tip", "in the left lower
# zone", "at the edges of both lung bases"): the thing may be named before the site's clause
_LOCATIVE = lazy_compile(r"\b(?:in|at|within|into|inside|on|over|from|through|throughout|involving|of)\s+"
                         r"(?:the\s+|its\s+|a\s+|an\s+|both\s+)?(?:[a-z-]+\s+){0,3}$")
# a thing named by a pronoun, the thing of the sentence before
_PRONOUN = lazy_compile(r"\b(?:it|its|they|their|this|these)\b", re.IGNORECASE)


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence (or semicolon clause) of step ``text`` holding position ``at`` ends: the start of the first
    ``_SENTENCE_END`` match at or after ``at`` (one character, so the first end after ``at``), found by bisection."""
    ends = _stops(text).ends
    k = bisect_right(ends, at)
    return ends[k] - 1 if k < len(ends) else len(text)


def _spans(text: str, a: int, b: int, at: int) -> list[tuple[int, int]]:
    """The spans of step ``text`` whose words a clause (``a``..``b``) naming a site at ``at`` is aligned by, tried in
    turn: the clause, its part in the site's sentence, the sentence up to there, and, where a pronoun in it stands for
    the thing ("it projects anteriorly, placing it in the middle lobe"), with the sentence before. Why (lane
    location48): a clause is cut at commas and joined to the next one while it holds fewer than two thing words, so ",
    lodged at the appendiceal tip." was read with the next sentence's words ("Colour Doppler shows ...") and the thing
    the site places, written before it in its own sentence ("a 6 mm echogenic appendicolith with posterior acoustic
    shadowing"), was never compared with the report."""
    stops = _stops(text)
    ends = stops.ends
    n = _before(ends, text, at)  # (the sentence ends before ``at``: ``ends[:n]``)
    start = ends[n - 1] if n else 0
    end = min(b, _sentence_end(text, at))
    if _LOCATIVE.search(stops.low, max(0, at - 60), at) is None:
        return [(a, b)]  # (a site that is the thing itself: "carina splayed", "the mediastinum shifts")
    k = _before(stops.full, text, at)
    wide = stops.full[k - 1] if k else 0
    out = [(a, b), (max(a, start), end), (start, end), (wide, end)]
    if n and _pronoun(stops, text, start, at):
        out.append((ends[n - 2] if n > 1 else 0, end))
    return list(dict.fromkeys(out))


class _Stops(NamedTuple):
    """Where a step's sentences and lines end, read once per step text (``_stops``)."""

    low: str  # ``text.lower()`` (``_LOCATIVE`` is searched in it at the step's own offsets)
    ends: tuple[int, ...]  # the ends of the ``_SENTENCE_END`` matches, in order
    full: tuple[int, ...]  # the ends of the ``_FULL_STOP`` matches, in order
    marks: tuple[int, ...]  # where a character of ``_OPENERS`` stands, in order
    lines: tuple[int, ...]  # where a line break stands, in order
    pronouns: tuple[int, ...]  # where the ``_PRONOUN`` matches start, in order


_OPENERS = frozenset(".;!?\n")  # (a clause's sentence opens after the last of these before it: ``site_errors``)


@lru_cache(maxsize=256)
def _stops(text: str) -> _Stops:
    """The ``_Stops`` of step ``text``. Why (issue #12, speed49): ``_spans``, ``_labelled`` and ``site_errors`` looked
    for the sentence ends, the line or the sentence opening before a position by scanning the step from its start (or
    back from the position) for every clause naming a site: quadratic in a long step's length; read once, each is a
    bisection. Exact: see ``_before``."""
    return _Stops(text.lower(), tuple(m.end() for m in _SENTENCE_END.finditer(text)),
                  tuple(m.end() for m in _FULL_STOP.finditer(text)),
                  tuple(i for i, c in enumerate(text) if c in _OPENERS),
                  tuple(i for i, c in enumerate(text) if c == "\n"), tuple(m.start() for m in _PRONOUN.finditer(text)))


def _pronoun(stops: _Stops, text: str, start: int, at: int) -> bool:
    """``_PRONOUN.search(text, start, at) is not None``: a match of the whole text starting before ``at - 7`` (its word,
    five letters at most, and the character after it lie before ``at``, so the bounded search reads it alike), else the
    bounded search of the last seven characters only (each start's word boundary reads the character before it in both)."""
    tail = max(start, at - 7)
    k = bisect_left(stops.pronouns, start)
    return k < len(stops.pronouns) and stops.pronouns[k] < tail or _PRONOUN.search(text, tail, at) is not None


def _before(ends: tuple[int, ...], text: str, at: int) -> int:
    """How many of ``ends`` (the ends of one-character matches of ``_SENTENCE_END`` or ``_FULL_STOP`` in the whole
    ``text``) ``finditer(text, 0, at)`` finds: every match ending before ``at``; one ending at ``at`` only as a line
    break (a full stop's look-ahead needs the space at ``at``, out of the search's reach; in the whole text a full stop
    ending at ``at`` has its space at ``at`` too, so it is no match of the bounded search)."""
    k = bisect_left(ends, at)
    if k < len(ends) and ends[k] == at and text[at - 1] == "\n":
        k += 1
    return k


def _aligned(text: str, span: tuple[int, int], sites: ReportSites, things: Callable[[str], frozenset[str]],
             held: bool) -> tuple[int, frozenset[str]] | None:
    """The report sentence (its index in ``sites``) the words of ``text``'s ``span`` align with, and those words; None
    when no sentence shares ``MIN_SHARED`` of them strictly more than any other (``WITHOUT_FINDING`` unless ``held``:
    the site's sentence holds a finding, abnormal word or device and the span is the clause's own)."""
    low = lower_text(text[span[0]:span[1]])
    mine = things(_blank(low, sites_in(low)))
    ranked = sorted(((len(mine & t), i) for i, (t, _p, _x, _y) in enumerate(sites)), reverse=True)
    if not ranked or ranked[0][0] < MIN_SHARED or len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return None
    if not held and ranked[0][0] < WITHOUT_FINDING:
        return None
    return ranked[0][1], mine


def site_errors(s: StepVerdict, clauses: Sequence[tuple[int, int]], asserted: Sequence[tuple[int, int]],
                sites: ReportSites, report: str, unit: int,
                found_in: tuple[Callable[[int, int], bool], Callable[[int, int], bool]],
                denies: tuple[Callable[[str], bool], Callable[[str], bool]], things: Callable[[str], frozenset[str]]
                ) -> list[FindingVerdict]:
    """The first clause of step ``s`` it asserts that places a finding at a site its aligned report sentence does
    not give it (see the module docstring); ``found_in``: whether a span holds a present finding or an abnormal word, and
    whether it holds a device; ``denies``: whether a text holds a denial or hedge, and whether it holds
    one or a normal word (said of a site after it, up to where the clause goes on: "The left ventricle is not
    enlarged, and there is ..."; a normal word before a site is none of its: "in the midline pelvis")."""
    hedged, calm = denies
    finding, device = found_in  # (a device named in a clause, which no site places as a finding)
    table = site_table()
    named = _named(sites, report)
    for a, b in clauses:
        if not any(x <= a + (b - a) // 2 < y for x, y in asserted):
            continue
        low = lower_text(s.text[a:b])
        found = [x for x in _places(low) if not calm(low[x[2]:_end(low, x[2])])
                 and not calm(_POSITION.sub(" ", _said_of(low, x[1]))) and not calm(_POSITION.sub(" ", low[tail_start(low, x[1], 1):x[1]]))
                 and x[0] not in named
                 and not _labelled(s.text, a + x[1], lambda p, q: finding(p, q) or device(p, q))]
        if not found:
            continue
        marks = _stops(s.text).marks
        j = bisect_left(marks, a)  # (where the clause's sentence opens: after the last of ``_OPENERS`` before ``a``)
        opened = marks[j - 1] + 1 if j else 0
        if hedged(lower_text(s.text[opened:b])):
            continue
        hit = None
        spans = _spans(s.text, a, b, a + found[0][1])
        # (a finding named in the site's sentence is its clause's thing too: "bullae; the biggest, in the left lower
        # zone, measures 4 cm")
        held = any(finding(*span) or device(*span) for span in spans)
        for k, span in enumerate(spans):
            # (the clause's own words, two shared; a wider span, with more words to share by chance, three)
            hit = _aligned(s.text, span, sites, things, held and span[0] >= a)
            if hit is not None and (k > 0 or sites[hit[0]][1] or b <= _sentence_end(s.text, a + found[0][1])):
                break  # (a clause run on into the next sentence and met a sentence placing nothing: its own part next)
            hit = None
        if hit is None:
            continue
        _t, placed, x, y = sites[hit[0]]
        # (the sentence's places, not its landmarks: "in the right upper quadrant, just below the liver" places it in the
        # quadrant; and its most specific ones: "the surgical neck of the humerus" places nothing in the humeral shaft)
        their = lower_text(report[x:y])
        placed = frozenset(p for p, at, end in sites_in(their) if p in placed and not _LANDMARK_BEFORE.search(
            their, 0, at) and not _LANDMARK_AFTER.match(their, end)) or placed
        placed = frozenset(p for p in placed if not any(p != q and p in table.ancestors[q] for q in placed))
        for site, at, end in found:
            if placed and not any(related(site, p) for p in placed) and any(
                    table.tops[site] & table.tops[p] for p in placed):
                return [unnamed_conflict(s, (s.text[a + at:a + end], a + at, a + end), (report[x:y].strip(), x, y),
                                         report, "aligned-site-conflict", unit)]
    return []


__all__ = ["ReportSites", "blanking_keeps_words", "denied_at", "placing", "read_sites", "related", "report_sites",
           "site_errors", "site_table", "sites_in"]
