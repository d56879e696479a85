"""Clinical fact extraction: concept mentions with polarity, attributes and sentence roles.

The approach is NegEx-style scoping over a single Aho-Corasick pass (see
``lexicon.py``), chosen for speed and determinism:

1. The automaton yields every known phrase (leftmost-longest, word-bounded):
   concepts, triggers, role cues, attributes, list separators and punctuation
   (``scan.py``).
2. Text is cut into *clauses* at ``. ; ? !``, new lines, and the colon that
   ends an option heading ("C) Pleural effusion: ..."). A trigger's scope never
   crosses a clause edge.
3. Each clause is scoped (polarity, attributes, normal statements) and given a
   sentence role by ``scope.py``; mentions in sentences whose role does not
   count (option listings, definitions, conditionals, instructions, questions)
   are dropped, so only observations and conclusions yield findings.
4. "Normal" statements ("lungs are clear", "no acute cardiopulmonary
   process", "no acute osseous abnormality") become absent findings for the
   concepts in the lexicon's ``expands`` column (``source="normal"``), except
   concepts the text mentions explicitly: "RLL pneumonia; lungs otherwise
   clear" must not yield "no pneumonia".

Polarity "uncertain" is kept distinct here; the verdict rules treat it like
present (CheXpert's "U-Ones" policy), see ``verdicts.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from operator import attrgetter, itemgetter

from medstep.answers import option_key
from medstep.verify.findings import Finding, Polarity
from medstep.verify.lexicon import (
    K_BREAK,
    K_COMMA,
    K_CONCEPT,
    K_KEEP,
    K_SKIP,
    Concept,
    Lexicon,
)
from medstep.verify.roles import Sentence, SentenceRole
from medstep.verify.scan import Scanner, lower_text
from medstep.verify.scope import ClauseScoper, Mention
from medstep.verify.scope_words import DANGLING_NEG

__all__ = ["TARGET", "Extractor", "Finding", "Polarity", "Sentence", "SpanStatus", "make_sentences", "quoted_in"]

_start = itemgetter(0)
_order = attrgetter("start", "unit")
TARGET = "__target__"  # concept id of a caller-given span (``Extractor.span_status``)
# An answer-option label opening a clause: "C) ", "(C) ", "C: ", "**C.** ", "Option C: ", "- B) ".
_OPTION_HEAD = re.compile(r"[\s*#>_\u2022-]*(?:\(?[A-H][):]|\*\*[A-H][).:]?\*\*|[Oo]ption\s+[A-H]\b[).:]?)[\s*]")
_LABEL_LEAD = " \t\n(*>#-\u2022"
_CUTS = frozenset({K_BREAK, K_SKIP, K_KEEP})
_PAST_HEADERS = ("past medical", "past surgical", "past", "medical", "surgical")  # "... history:" of the past
_HEAD_FIRST = frozenset("ABCDEFGHOo(*#>_-\u2022 \t\n")  # what an option heading may start with


@dataclass(slots=True)
class SpanStatus:
    """What the extractor says about one caller-given span (NegEx-style assertion of a phrase)."""

    polarity: Polarity
    asserted: bool  # False: hypothetical, asked about, or in a sentence whose role does not count
    role: SentenceRole
    trigger: str | None
    historical: bool = False  # in the scope of a history cue ("history of", "prior", "status post")


class Extractor:
    """Turns text into ``Finding`` lists using a compiled ``Lexicon``."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.scanner = Scanner(lexicon)
        concepts = dict(lexicon.concepts)
        concepts[TARGET] = Concept(index=len(concepts), id=TARGET, name="(span)", category="finding")
        self._concepts = concepts
        self.scoper = ClauseScoper(lexicon)
        self.scoper.concepts = concepts
        self.scoper.attachable = self.scoper.attachable | {TARGET}
        self.scoper.clinical_ids = self.scoper.clinical_ids | {TARGET}

    def extract(self, text: str) -> list[Finding]:
        """All findings in ``text`` (anatomy and modality mentions included), in text order."""
        return self.analyse(text, (0,))[0][0]

    def extract_segments(self, text: str, starts: Sequence[int], claims_only: bool = False) -> list[list[Finding]]:
        """Findings per segment of ``text``; segment k runs from ``starts[k]`` to ``starts[k+1]``."""
        return self.analyse(text, starts, claims_only)[0]

    def analyse(self, text: str, starts: Sequence[int], claims_only: bool = False,
                quoted: Sequence[str] = (), asked: frozenset[str] = frozenset()
                ) -> tuple[list[list[Finding]], list[list[tuple]]]:
        """Findings and clauses per segment of ``text``.

        One automaton pass over the whole text, with a clause break forced at
        every segment start, scopes exactly like one pass per segment but
        avoids the per-call overhead (a chain has ~10 steps). Spans are
        relative to the segment start; text before ``starts[0]`` is ignored.
        ``claims_only`` skips anatomy mentions (the verifier does not judge them).
        Clauses are ``(start, end, role, claims, mentions)`` tuples (untrimmed spans): a
        ``Sentence`` per clause is built only when asked for (``sentences``, ``to_json``),
        because the reward path never looks at them. ``quoted`` are answer options (their
        :func:`medstep.answers.option_key`): a clause that only repeats them is an option listing,
        and one that only frames them as the answer, in words of its own or of the question
        (``asked``, the stem's option-key words), is the decision restated (a conclusion claiming
        nothing).
        """
        if quoted:
            quoted = quoted_in(text, quoted)
        low = lower_text(text)
        events = self.scanner.events_lower(low)
        return self._segments(text, starts, *self._scan(text, low, events, starts, quoted, asked), claims_only)

    def sentences(self, text: str) -> list[Sentence]:
        """The clauses of ``text`` with their roles (see ``roles.py``)."""
        return make_sentences(text, self.analyse(text, (0,))[1][0])

    def span_status(self, text: str, spans: Sequence[tuple[int, int]]) -> list[SpanStatus]:
        """Polarity and assertion of caller-given phrases (``text[a:b]``) under the same rules.

        This is how a NegEx-style kit is scored: the phrase need not be in the
        lexicon; lexicon phrases overlapping it are ignored, triggers around it apply.
        """
        low = lower_text(text)
        events = []
        for ev in self.scanner.events_lower(low):
            cut = next((a for a, b in spans if ev[0] < b and a < ev[1]), None) if ev[2] < K_BREAK else None
            if cut is None:
                events.append(ev)
            elif ev[0] < cut:  # a phrase running into the span ("without any [evidence of ischemia]",
                # "mild [cardiomegaly]"): the words before the span are scanned on their own
                events += [(ev[0] + s, ev[0] + e, k, p, at) for s, e, k, p, at in self.scanner.events_lower(low[ev[0]:cut])]
        events += [(a, b, K_CONCEPT, TARGET, ()) for a, b in spans]
        events.sort(key=_start)
        # A span in a section the verifier ignores ("History: no prior surgery") is still scoped: its
        # polarity is a fact about the phrase; it is reported as not asserted (not an image finding).
        # Mentions under a past-history header ("Past medical history: asthma") are historical.
        skipped: list[tuple[int, int, bool]] = []
        for k, ev in enumerate(events):
            if ev[2] == K_SKIP:
                events[k] = (ev[0], ev[1], K_KEEP, ev[3], ev[4])
                skipped.append((ev[1], len(text), low[max(0, ev[0] - 16):ev[0]].rstrip().endswith(_PAST_HEADERS)))
            elif ev[2] == K_KEEP and skipped and skipped[-1][1] == len(text):
                skipped[-1] = (skipped[-1][0], ev[0], skipped[-1][2])
        seg_m, _exp, _clauses = self._scan(text, low, events, (0,))
        found = {m.start: m for m in seg_m[0] if m.cid == TARGET}
        out = []
        for a, _b in spans:
            m = found[a]
            section = next((past for x, y, past in skipped if x <= a < y), None)
            out.append(SpanStatus(m.pol, not m.dropped and section is None, m.role, m.trigger,
                                  (m.attrs or {}).get("temporality") == "historical" or bool(section)))
        return out

    def _scan(self, text: str, low: str, events: list, starts: Sequence[int], quoted: Sequence[str] = (),
              asked: frozenset[str] = frozenset()) -> tuple[list, list, list]:
        """Cut events into clauses and scope each. Returns, per segment, its mentions, its normal
        expansions and its ``(start, end, role, claims, mentions)`` clauses (spans relative to the
        segment start); text before ``starts[0]`` is scoped (it may hold a section header) but
        dropped."""
        nseg = len(starts)
        seg_m: list[list[Mention]] = [[] for _ in range(nseg)]
        seg_e: list[list] = [[] for _ in range(nseg)]
        seg_c: list[list] = [[] for _ in range(nseg)]
        if nseg > 1 or starts[0] > 0:
            for b in reversed(starts):  # a break sorts before a hit at b; both lists are in text order
                events.insert(bisect_left(events, b, key=_start), (b - 0.5, b, K_BREAK, None, ()))
            seg = -1
            mentions: list[Mention] = []  # before the first segment: scoped, then dropped
            expansions: list = []
            clauses: list = []
            off = 0
        else:
            seg = 0
            mentions, expansions, clauses, off = seg_m[0], seg_e[0], seg_c[0], starts[0]
        clause: list = []
        scoper = self.scoper
        skipping = False  # inside a report section that states no findings (indication, comparison)
        cstart = starts[0] if seg == 0 else 0
        head = -1  # where the answer-option label opening the current clause ends (-1: none)
        label_next = False  # the previous break was the "." of a label ("A. Pleural effusion")
        content = False  # the current clause has more than punctuation ("Step 2:" has not)
        n = len(events)
        n_text = len(text)
        # each option's key tokens, for a cheap test before a clause is normalised (see quoted_in)
        tokens = [q.split() for q in quoted] if quoted and text.isascii() else None
        for i in range(n):
            ev = events[i]
            kind = ev[2]
            if kind == K_COMMA and head >= 0 and ev[3] == ":" and ev[0] >= head and clause \
                    and not _dangling(events, i, n):
                kind = K_BREAK  # "C) Pleural effusion: the angles are sharp" -> heading, then its discussion
            if kind in _CUTS:
                if content:
                    decided = False
                    if quoted and (tokens is None or _may_quote(low, cstart, int(ev[0] + 0.5), tokens)):
                        said = _restates(text[cstart:int(ev[0] + 0.5)], quoted, asked)
                        decided = said is _DECIDED
                        if said is _LISTED and head < 0:
                            head = cstart  # "Left pleural effusion." when that is option A: a listing, as "A) ..."
                    role, claims, named = scoper.clause(clause, mentions, expansions, ev[3] == "?", low, head,
                                                        decided)
                    end = int(ev[0] + 0.5) if kind == K_BREAK else ev[0]
                    clauses.append((cstart - off, end - off, role, claims, named))
                    content = False
                if clause:
                    clause = []
                if ev[3] is None and kind == K_BREAK:  # a segment starts here
                    seg += 1
                    mentions, expansions, clauses, off = seg_m[seg], seg_e[seg], seg_c[seg], starts[seg]
                label_next = kind == K_BREAK and ev[3] == "." and _label_before(text, int(ev[0]))
                cstart = int(ev[1]) if kind == K_BREAK else ev[1]
                head = -1
                if kind != K_BREAK:
                    skipping = kind == K_SKIP
            elif not skipping:
                if not clause:
                    if label_next:
                        head = cstart
                    else:
                        c = text[cstart] if cstart < n_text else ""
                        if c == " " and cstart + 1 < n_text:
                            c = text[cstart + 1]
                        hm = _OPTION_HEAD.match(text, cstart, int(ev[0]) + 2) if c in _HEAD_FIRST else None
                        head = hm.end() if hm is not None else -1
                clause.append(ev)
                if kind != K_COMMA:
                    content = True
        if content:
            decided = False
            if quoted and (tokens is None or _may_quote(low, cstart, n_text, tokens)):
                said = _restates(text[cstart:], quoted, asked)
                decided = said is _DECIDED
                if said is _LISTED and head < 0:
                    head = cstart
            role, claims, named = scoper.clause(clause, mentions, expansions, False, low, head, decided)
            clauses.append((cstart - off, len(text) - off, role, claims, named))
        return seg_m, seg_e, seg_c

    def _segments(self, text: str, starts: Sequence[int], seg_m: list, seg_e: list, seg_c: list,
                  claims_only: bool) -> tuple[list[list[Finding]], list[list[tuple]]]:
        out: list[list[Finding]] = [[] for _ in starts]
        mentioned = None
        if any(seg_e):
            mentioned = self._mentioned([m for ms in seg_m for m in ms])
        for k, off in enumerate(starts):
            if seg_m[k] or seg_e[k]:
                self._build(text, seg_m[k], seg_e[k], off, out[k], claims_only, mentioned)
        return out, seg_c

    def _mentioned(self, mentions: list[Mention]) -> dict[str | None, set[str]]:
        """Concepts the text calls present or possible (with their relatives), by the side named (None:
        no side or both): a normal statement anywhere in the text does not rule them out ("RLL
        pneumonia. ... The lungs are otherwise clear."), unless it is about the other side ("small
        right effusion; the left costophrenic angle is sharp"). A concept it calls absent stays among
        a normal statement's absences."""
        concepts = self._concepts
        out: dict[str | None, set[str]] = {None: set()}
        absent = Polarity.ABSENT
        for m in mentions:
            if not m.dropped and m.pol is not absent:
                c = concepts[m.cid]
                if c.category in ("finding", "device"):
                    side = m.attrs.get("laterality") if m.attrs else None
                    found = out.setdefault(side if side == "left" or side == "right" else None, set())
                    found.add(m.cid)
                    found |= c.ancestors
                    found |= c.descendants
        return out

    def _build(self, text: str, mentions: list[Mention], expansions: list, off: int,
               out: list[Finding], claims_only: bool, mentioned: dict[str | None, set[str]] | None = None) -> None:
        concepts = self._concepts
        if expansions and mentioned is None:
            mentioned = self._mentioned(mentions)
        unit = 0
        for m in mentions:
            if m.dropped:
                continue
            c = concepts[m.cid]
            cat = c.category
            if cat == "normal" or cat == "group" or (claims_only and cat == "anatomy"):
                continue
            a = m.attrs
            if a:
                size = a.get("size")
                out.append(Finding(c.id, c.name, cat, m.pol, text[m.start:m.end], m.start - off, m.end - off,
                                   a.get("laterality"), a.get("location"), a.get("severity"), a.get("change"),
                                   m.trigger, "mention", unit, m.role, float(size) if size else None,
                                   a.get("temporality")))
            else:
                out.append(Finding(c.id, c.name, cat, m.pol, text[m.start:m.end], m.start - off, m.end - off,
                                   trigger=m.trigger, unit=unit, role=m.role))
            unit += 1
        if expansions:
            seen: set[tuple[int, int, str]] = set()
            covering: dict[str | None, set[str]] = {}  # per side: the concepts ``_covers`` would find
            absent = Polarity.ABSENT
            for exp, s, e, side, role in expansions:
                made = False
                covered = covering.get(side)
                if covered is None:
                    covered = covering[side] = _covered(mentioned, side) if mentioned else set()
                words = text[s:e]
                for cid in exp:
                    if cid in covered or (s, e, cid) in seen:
                        continue
                    seen.add((s, e, cid))
                    c = concepts[cid]
                    out.append(Finding(cid, c.name, c.category, absent, words, s - off, e - off, side, None, None,
                                       None, None, "normal", unit, role))
                    made = True
                unit += made
        if len(out) > 1:
            out.sort(key=_order)


def _covered(mentioned: dict[str | None, set[str]], side: str | None) -> set[str]:
    """The concepts whose positive mention (or a relative's) concerns a normal statement about ``side``:
    mentions naming no side, plus those of that side (of any side when the statement names none).
    One set per side and text, instead of a test per concept of every normal statement."""
    if side is None:
        return set().union(*mentioned.values())
    return mentioned[None] | mentioned.get(side, set())


def make_sentences(text: str, clauses: list | tuple) -> list[Sentence]:
    """``Sentence`` records (trimmed spans into ``text``) from the clause tuples of ``analyse``."""
    out = []
    stop = len(text)
    for a, b, role, claims, named in clauses:
        a, b = max(a, 0), min(b, stop)
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append(Sentence(a, b, role, claims, named))
    return out


_LISTING_WORDS = frozenset({"or", "and", "answer", "the", "a", "an", "option", "options", "choice", "choices", "is",
                            "b", "c", "d", "e", "f", "g", "h"})
# Words that frame an option's text as the answer without saying anything about the image ("the finding
# that best accounts for the appearance is ...", "we are asked for the most significant finding"); in
# option-key form (articles dropped, plurals folded). Observation words ("there", "seen", "shows") are
# not here: "a left apical pneumothorax is seen" observes, even in the option's words.
_FRAMING_WORDS = _LISTING_WORDS | frozenset(
    "we i am are asked for ask most more significant important relevant notable likely probable main primary key "
    "finding diagnosis abnormality impression conclusion correct best explain account accounting fit match "
    "matche appearance appearance image picture radiograph film x ray xray chest cxr here one in of on to this "
    "that these which what it so therefore thus hence final my our think believe select choose pick would be "
    "question given based above overall consistent with analysis analyze evaluation assessment review after all "
    "considering reasoning evidence information provided available options choice after".split())
# At least one of these makes the clause a statement of the answer rather than a bare listing.
_ANSWER_FRAME = frozenset("answer option choice diagnosis finding abnormality impression conclusion correct "
                          "explain account accounting fit match matche asked select choose pick".split())


class _Quotes(Enum):
    """What a clause does with the answer options' text (``_restates``)."""

    LISTED = "listed"  # nothing but options and connectives: an option listing
    DECIDED = "decided"  # options framed as the answer, nothing observed: the decision restated


_LISTED, _DECIDED = _Quotes.LISTED, _Quotes.DECIDED


def _restates(clause: str, quoted: Sequence[str], asked: frozenset[str] = frozenset()) -> _Quotes | None:
    """Whether ``clause`` is nothing but answer options (their keys, longest first) and connectives
    (LISTED), or options framed as the answer with framing or question words (DECIDED); else None.

    Why the decision: "the most significant finding is the one in option B, a left apical pneumothorax"
    states the chain's answer, not an observation; counting its findings let a chain that only
    restated question and answer earn factuality and effectiveness. An option text must be at least
    four characters ("yes" / "no" are too common to count as quoting)."""
    key = f" {option_key(clause)} "
    found = quoting = False
    for q in quoted:
        if q and f" {q} " in key:
            key = key.replace(f" {q} ", " ")
            found = True
            quoting = quoting or len(q) >= 4
    if not found:
        return None
    words = key.split()
    if all(w in _LISTING_WORDS for w in words):
        return _DECIDED if quoting and "answer" in words else _LISTED
    if quoting and all(w in _FRAMING_WORDS or w in asked for w in words) and any(w in _ANSWER_FRAME for w in words):
        return _DECIDED
    return None


def quoted_in(text: str, quoted: Sequence[str]) -> tuple[str, ...]:
    """The option keys of ``quoted`` that some clause of ``text`` may restate (order kept).

    Why: ``_restates`` normalises every clause of every chain and reference step, and most option
    texts never occur in a given text. A clause's option-key tokens are lower-cased word runs of the
    clause (plurals cut), so each token of an option it quotes is a substring of ``text.lower()``;
    an option with a token that is not cannot be restated anywhere in ``text`` and is dropped
    without changing any clause's result. Non-ASCII text (NFKC may create letters) keeps them all.
    """
    if not quoted or not text.isascii():
        return tuple(quoted)
    low = text.lower()
    return tuple(q for q in quoted if all(t in low for t in q.split()))


def _may_quote(low: str, a: int, b: int, tokens: list[list[str]]) -> bool:
    """Whether the clause ``low[a:b]`` holds every key token of some option (else it quotes none)."""
    clause = low[a:b]
    for ts in tokens:
        for t in ts:
            if t not in clause:
                break
        else:
            return True
    return False


def _dangling(events: list, i: int, n: int) -> bool:
    """A colon followed only by a negation word: "Pleural effusion: none" (not a heading)."""
    return i + 1 < n and events[i + 1][3] in DANGLING_NEG and (i + 2 >= n or events[i + 2][2] >= K_BREAK)


def _label_before(text: str, dot: int) -> bool:
    """Whether the "." at ``dot`` closes an option label ("A." opening a line or item)."""
    return dot >= 1 and "A" <= text[dot - 1] <= "H" and (dot == 1 or text[dot - 2] in _LABEL_LEAD)
