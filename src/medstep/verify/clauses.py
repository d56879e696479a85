"""Cutting one segment (a reasoning step) of a text into clauses, and what a segment's analysis reads.

``Extractor.analyse`` forces a clause break at every segment start, so nothing flows from one step
into the next but the section-skip state ("Indication: ..." is skipped until a kept section). This
module states that contract explicitly, because inside a batch (``Verifier.batch``: the rollouts of a
GRPO step repeat most of their sentences) the extractor memoises segments on it (``SegmentMemo``).
The analysis of the segment ``text[a:b]`` reads:

* its automaton events (from the one pass over the whole text, so a phrase matched across the
  segment start, or a longer match hiding a shorter one, is what the scan really saw);
* the text from ``BACK`` characters before ``a`` to ``AHEAD`` characters after ``b``. The widest
  look-back is the number before a unit (24 characters, ``scope_words.size_attr``; also the side
  before an organ, 14, ``side_before``, and an option label's letter, 2, ``_label_before``). The
  look-aheads start at an event inside the segment: the negated-qualifier prefix (12 characters,
  ``grades_present``), the option heading (2), and ``bare_after``, which runs over spaces and tabs
  from an event end to the next character: at most ``text[b]``, because the next segment starts
  with a character that is neither (checked: a next step opening with a hyphen, read as a space,
  is analysed without the memo);
* the section-skip state entering it (and, for a sentence piece, whether it continues an option's
  gloss, ``pieces.py``), the answer options it may quote (``quoted_in`` of its own
  text, which gives every clause of it the same answer as the whole text's filter), the question's
  words, whether the whole text is ASCII (the quote prefilter) and ``claims_only``.

The extractor computes a memoised segment from exactly these inputs (a window of the text, the events
shifted into it), so the key is the computation's whole input. A segment with an event running past
its end is analysed on the whole text, without the memo. A segment that starts a line, or follows a
list marker, and ends where the next one does (``Scanner.line_cut``) has the events of its own text:
its key holds no events and a hit scans nothing (``Extractor._line_segments``).
``benchmarks/verify_golden.py`` checks the result against the code without the memo.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from medstep.lazyre import lazy_compile
from medstep.verify.findings import Finding
from medstep.verify.memo import bounded_put
from medstep.verify.lexicon import K_BREAK, K_COMMA, K_KEEP, K_SKIP, K_TERM
from medstep.verify.quotes import DECIDED, LISTED, may_quote, restates
from medstep.verify.scope import ClauseScoper
from medstep.verify.post_verdicts import DANGLING_NEG

BACK = 24  # characters before a segment its analysis may read (see the module docstring)
AHEAD = 12  # characters after it
MEMO_LIMIT = 1 << 15  # segments kept (oldest dropped first)

# An answer option's letter: the one range every option-label reader shares (``option_heads``).
OPTION_LETTER = "[A-H]"
# An answer-option label opening a clause: "C) ", "(C) ", "C: ", "**C.** ", "Option C: ", "- B) ".
_OPTION_HEAD = lazy_compile(
    r"[\s*#>_\u2022-]*(?:\(?" + OPTION_LETTER + r"[):]|\*\*" + OPTION_LETTER + r"[).:]?\*\*|[Oo]ption\s+" + OPTION_LETTER
    + r"\b[).:]?)[\s*]"
)
# A letter and a dash ("B - Ruptured Baker's cyst"): an option label only before that option's whole text (``listed``);
# "A - emphysema." closing a chain is its answer said in a word of its own
_DASH_HEAD = lazy_compile(r"[\s*#>_\u2022]*" + OPTION_LETTER + r"[ \t]+[\u2013\u2014-][ \t]")
_LABEL_LEAD = " \t\n(*>#-\u2022"
_CUTS = frozenset({K_BREAK, K_SKIP, K_KEEP})
_HEAD_FIRST = frozenset("ABCDEFGHOo(*#>_-\u2022 \t\n")  # what an option heading may start with


@dataclass(frozen=True, slots=True)
class Segment:
    """One segment's analysis, positions relative to the segment start.

    ``findings``: the mentions' findings, sorted; ``units`` of them (normal-statement findings
    follow, built per text: which concepts a normal statement rules out depends on the mentions of
    the whole text, ``mentioned``). ``expansions``: ``(concept ids, start, end, side, role, words, place)``
    of the normal statements. ``clauses``: ``(start, end, role, claims, mentions)``. ``mentioned``:
    by side, the concepts this segment calls present or possible, with their relatives.
    ``skipping``: the section-skip state after it. ``gloss``: whether its last clause sits in an option's
    gloss (``cut``): the one clause state a sentence break does not reset, carried into the next piece
    of its line (``pieces.py``).
    """

    findings: Sequence[Finding]
    units: int
    expansions: tuple
    clauses: Sequence[tuple]
    mentioned: tuple  # ((side, concept ids), ...): tuples of strings, which the collector need not scan
    skipping: bool | None  # None: the text has no sections (``Extractor.analyse``)
    gloss: bool = False


_NUMBER_CHARS = frozenset(".xby\u00d7")  # besides digits and spaces, what ``NUMBER_BEFORE`` may consume
# ``scope_words.SIDES``, the letter sides, OTHER_SIDE
_SIDE_WORD = lazy_compile(r"left|right|both|bilateral|contralateral|opposite|other|\b[rl]t?\b")
_DIGIT = lazy_compile(r"\d")  # what may open ``NUMBER_BEFORE``
_NUMBERED_LEAD = lazy_compile(r"[0-9]{1,3}[.)] +")


def context_before(low: str, a: int) -> tuple[str, str]:
    """What the analysis of a line-cut segment (``Scanner.line_cut``: whitespace before ``a``, no phrase
    crossing it) can read of the text before ``a``, as a memo key part: of the ``BACK`` characters, only
    ``size_attr``'s number before a unit ("measures 2\ncm") and ``side_before``'s side word before an
    organ look back. The first is the run of number characters that ends at ``a``, from its first digit
    after any "." that no digit follows (a number cannot run on over it); the second the 14 characters
    before ``a`` when they hold a side word. Anything else before ``a`` does not change the analysis, so
    a line repeated after other lines is a memo hit. A function of the ``BACK`` characters alone, so it is
    memoised on them (every segment of a batch asks, and the lines before a segment repeat as it does)."""
    t = low[a - BACK:a] if a > BACK else low[:a]
    hit = _CONTEXTS.get(t)
    if hit is None:
        if len(_CONTEXTS) >= CONTEXT_LIMIT:
            _CONTEXTS.clear()
        hit = _CONTEXTS[t] = _context_of(t)
    return hit


CONTEXT_LIMIT = 1 << 14  # distinct ``BACK``-character contexts kept by ``context_before``
_CONTEXTS: dict[str, tuple[str, str]] = {}


def _context_of(t: str) -> tuple[str, str]:
    """``context_before`` of the text ``t`` (the ``BACK`` characters before a segment, fewer at the text's start)."""
    side = t[-14:]
    side = side if _SIDE_WORD.search(side) else ""
    if _DIGIT.search(t) is None:  # (most lines: no number before them for a unit to take)
        return "", side
    i = len(t)
    while i and (t[i - 1].isdigit() or t[i - 1].isspace() or t[i - 1] in _NUMBER_CHARS):
        i -= 1
    t = t[i:]
    for k in range(len(t) - 1, -1, -1):
        if t[k] == "." and (k + 1 == len(t) or not t[k + 1].isdigit()):
            t = t[k + 1:]
            break
    j = 0
    while j < len(t) and not t[j].isdigit():
        j += 1
    return t[j:], side


def numbered_end(low: str, a: int, b: int) -> int:
    """Where the content of the line-cut segment ``low[a:b]`` ends when it closes with the next item's
    number ("...\n3. "): just after the line break; else ``b``. Such a number adds no event but a
    sentence "." (``Scanner.numbers_are_bare``), so it cannot change the analysis and the memo keys the
    segment without it (a step repeated at another position of a list is a hit)."""
    j = low.rfind("\n", a, b)
    if j >= 0 and _NUMBERED_LEAD.fullmatch(low, j + 1, b):
        return j + 1
    return b


class SegmentMemo:
    """Segments by the whole input of their analysis (module docstring); bounded, oldest dropped.

    Kept for a batch only (``Verifier.batch``): on chains that do not repeat sentences, building
    the keys and holding the entries (which the garbage collector scans again and again) cost more
    than the hits saved (bench_verify's varied chains: 1,061 -> 657 chains/s with a process-long
    memo); the rollouts of one GRPO batch repeat most of their sentences.
    """

    def __init__(self, limit: int = MEMO_LIMIT) -> None:
        self.limit = limit
        self.values: dict[tuple, Segment] = {}

    def put(self, key: tuple, seg: Segment) -> None:
        bounded_put(self.values, key, seg, self.limit)


def cut(scoper: ClauseScoper, text: str, low: str, events: list, segments: list, skipping: bool | None, quoted: tuple,
        asked: frozenset[str], tokens: list | None, step_titles: bool = False, gloss_in: bool = False
        ) -> tuple[bool | None, bool]:
    """Cut each segment's events into clauses and scope each clause; returns the section-skip state
    and the gloss state after the last segment.

    ``segments``: ``(i0, i1, a, b, mentions, expansions, clauses)`` per segment ``text[a:b]``, whose
    events are ``events[i0:i1]``; the three lists are filled (clause spans relative to ``a``). A clause
    ends at ``. ; ? !``, a new line, a section header or the colon that ends an option heading, and at
    the segment end (a segment start forces a break: nothing but the skip state crosses it).
    ``tokens``: each option's key tokens, for a cheap test before a clause is normalised (None: test
    every clause). ``step_titles`` (a chain's steps): a section skip ends at the first segment opening a line (``Extractor.analyse``).
    ``gloss_in``: the first segment continues an option's gloss (a sentence piece after "A. Appendicitis: a
    complicated form.", ``pieces.py``); every other segment starts outside one.
    One call for all the segments of a text: the loop is the verifier's hottest.
    """
    n_text = len(text)
    gloss = gloss_out = gloss_in
    for i0, i1, a, b, mentions, expansions, clauses in segments:
        if step_titles and skipping and starts_line(low, a):
            skipping = False
        clause: list = []
        cstart = a
        head = -1  # where the answer-option label opening the current clause ends (-1: none)
        label_next = False  # the previous break was the "." of a label ("A. Pleural effusion")
        content = False  # the current clause has more than punctuation ("Step 2:" has not)
        # after an option label and that option's words ended by a colon ("A. Appendicitis with abscess: a complicated
        # form"), the gloss is the option's description: an option listing unless it observes (a word of seeing, a
        # denial: "C) Pneumothorax: no pleural line is seen"); it lasts to the segment's end, over sentence breaks
        for i in range(i0, i1):
            ev = events[i]
            kind = ev[2]
            if kind == K_COMMA and head >= 0 and ev[3] == ":" and ev[0] >= head and clause \
                    and not _dangling(events, i, i1):
                kind = K_BREAK  # "C) Pleural effusion: the angles are sharp" -> heading, then its discussion
            if kind in _CUTS:
                if content:
                    end = ev[0]
                    decided = False
                    listed = False
                    if quoted and (tokens is None or may_quote(low, cstart, end, tokens)):
                        said = restates(text[cstart:end], quoted, asked)
                        decided = said is DECIDED
                        listed = said is LISTED and (head >= 0 or _DASH_HEAD.match(text, cstart) is not None)
                        # ("B. Appendicitis without perforation", "B - Baker's cyst without thrombosis")
                        if said is LISTED and head < 0:
                            head = cstart  # "Left pleural effusion." when that is option A: a listing, as "A) ..."
                    role, claims, named = scoper.clause(clause, mentions, expansions, ev[3] == "?", low, head,
                                                        decided, listed, end)
                    clauses.append((cstart - a, end - a, role, claims, named))
                    gloss = gloss or (listed and ev[3] == ":")
                    content = False
                if clause:
                    clause = []
                label_next = kind == K_BREAK and ev[3] == "." and _label_before(text, ev[0])
                cstart = ev[1]
                head = -1
                if kind != K_BREAK and skipping is not None:  # (None: a text without sections, a chain)
                    skipping = kind == K_SKIP and not (step_titles and ev[3] in scoper.report_sections)
            elif not skipping:
                if not clause:
                    if label_next:
                        head = cstart
                    else:
                        c = text[cstart] if cstart < n_text else ""
                        if c == " " and cstart + 1 < n_text:
                            c = text[cstart + 1]
                        hm = _OPTION_HEAD.match(text, cstart, ev[0] + 2) if c in _HEAD_FIRST else None
                        head = hm.end() if hm is not None else (cstart if gloss else -1)
                clause.append(ev)
                if kind != K_COMMA and not (kind == K_TERM and ev[3] in scoper.concluders):
                    content = True  # (a conclusion verb alone, "So I pick B", "This points to B", claims nothing)
        if content:
            decided = False
            listed = False
            if quoted and (tokens is None or may_quote(low, cstart, b, tokens)):
                said = restates(text[cstart:b], quoted, asked)
                decided = said is DECIDED
                listed = said is LISTED and (head >= 0 or _DASH_HEAD.match(text, cstart) is not None)
                if said is LISTED and head < 0:
                    head = cstart
            role, claims, named = scoper.clause(clause, mentions, expansions, False, low, head, decided, listed, b)
            clauses.append((cstart - a, b - a, role, claims, named))
        gloss_out = gloss
        gloss = False  # (the next segment starts outside a gloss)
    return skipping, gloss_out


_LINE_LEAD = " \t*#>-\u20220123456789.):"  # what may open a line before its step: a list marker, an item number


def starts_line(low: str, a: int) -> bool:
    """Whether ``low[a:]`` opens a line (only spaces, a list marker or an item number before it since the last line
    break: "2. Findings ..."): where a chain's step title stops hiding what follows it (``cut``, ``step_titles``)."""
    nl = low.rfind("\n", 0, a)
    return not low[nl + 1:a].strip(_LINE_LEAD)


def _dangling(events: list, i: int, n: int) -> bool:
    """A colon followed only by a negation word: "Pleural effusion: none" (not a heading)."""
    return i + 1 < n and events[i + 1][3] in DANGLING_NEG and (i + 2 >= n or events[i + 2][2] >= K_BREAK)


def _label_before(text: str, dot: int) -> bool:
    """Whether the "." at ``dot`` closes an option label ("A." opening a line or item)."""
    return dot >= 1 and "A" <= text[dot - 1] <= "H" and (dot == 1 or text[dot - 2] in _LABEL_LEAD)
