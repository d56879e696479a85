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
   clear" must not yield "no pneumonia" (``implied.py``).

Polarity "uncertain" is kept distinct here; the verdict rules treat it like
present (CheXpert's "U-Ones" policy), see ``verdicts.py``.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from operator import itemgetter

from medstep.verify.clauses import AHEAD, BACK, Segment, SegmentMemo, context_before, cut, numbered_end, starts_line
from medstep.verify.findings import Finding, Polarity
from medstep.verify.implied import expansion_findings, mentioned_concepts
from medstep.verify.lexicon import (
    K_BREAK,
    K_CONCEPT,
    K_KEEP,
    K_SKIP,
    Concept,
    Lexicon,
)
from medstep.verify.roles import Sentence, SentenceRole
from medstep.verify.pieces import PiecesPay, has_cut, join_pieces, piece_starts
from medstep.verify.scan import Scanner, lower_text
from medstep.verify.mention_findings import FINDING_ORDER, mention_findings
from medstep.verify.quotes import quoted_in
from medstep.verify.scope import ClauseScoper, Mention

__all__ = ["TARGET", "Extractor", "Finding", "Polarity", "Sentence", "SpanStatus", "make_sentences", "quoted_in"]

_start = itemgetter(0)
_end = itemgetter(1)
TARGET = "__target__"  # concept id of a caller-given span (``Extractor.span_status``)
_PAST_HEADERS = ("past medical", "past surgical", "past", "medical", "surgical")  # "... history:" of the past


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
        self._memo: SegmentMemo | None = None  # segment analyses by their whole input, in a batch (``clauses.py``)
        self._batch_lock = threading.Lock()
        self._lines_only = False
        self._batches = 0
        self._pays = PiecesPay()  # whether cutting into pieces pays in this batch

    @contextmanager
    def batch(self, lines_only: bool = False) -> Iterator[None]:
        """Memoise segment analyses inside the block, dropped at its end (nested and concurrent blocks
        share one memo). For a batch of chains that repeat sentences (the rollouts of a GRPO step):
        a segment whose whole input was analysed before (``clauses.py``) is not analysed again.
        ``lines_only`` (the outermost block's): memoise only segments keyed on their own lines
        (``_line_segments``); sentences inside a paragraph, keyed on the whole text's events, repeat
        across the rollouts of one prompt but seldom across the samples of a benchmark."""
        with self._batch_lock:
            if self._batches == 0:
                self._memo = SegmentMemo()
                self._lines_only = lines_only
                self._pays = PiecesPay()
            self._batches += 1
        try:
            yield
        finally:
            with self._batch_lock:
                self._batches -= 1
                if self._batches == 0:
                    self._memo = None

    def extract(self, text: str) -> list[Finding]:
        """All findings in ``text`` (anatomy and modality mentions included), in text order."""
        return self.analyse(text, (0,))[0][0]

    def extract_segments(self, text: str, starts: Sequence[int], claims_only: bool = False) -> list[list[Finding]]:
        """Findings per segment of ``text``; segment k runs from ``starts[k]`` to ``starts[k+1]``."""
        return self.analyse(text, starts, claims_only)[0]

    def analyse(self, text: str, starts: Sequence[int], claims_only: bool = False,
                quoted: Sequence[str] = (), asked: frozenset[str] = frozenset(), sections: bool = True,
                step_titles: bool = False) -> tuple[list[list[Finding]], list[list[tuple]]]:
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
        nothing). ``sections`` False: a section header ("Comparison:", "History:") skips nothing. A report's
        sections are its structure; a chain's "**Interval comparison:**" is a step's title, and what follows
        is the writer's reasoning, judged like any other (a skip that ran to the next "Findings:" hid every
        later step of a faithful chain, blind33). The skip state is then None throughout (``clauses.cut``).
        ``step_titles`` (a chain's steps, one segment each): a section header skips to the end of its own line or
        paragraph, not beyond: after "**Comparison:** The prior film was normal." the next line's observations
        count, and a header over a paragraph of boilerplate ("Venous duplex technique: compress ...") still hides
        all of it (a paragraph's sentences are steps of their own: ``split_steps``).
        """
        low = lower_text(text)
        memo = self._memo
        whole = len(starts) == 1 and starts[0] == 0  # (a whole text of one sentence is seldom repeated as such;
        # one of several shares its sentences, ``pieces.py``)
        if memo is not None and whole and not (self.scanner.sentences_cut and has_cut(low) and self._pays.pays()):
            memo = None
        if memo is not None and "icd" in low:  # a bare "ICD" is read by the whole text (``readings.icd_kind``), which
            memo = None  # no memo key holds: a line or window memoised alone lost "R ICD" beside "the drain site"
        if memo is not None:
            segs = self._line_segments(text, low, starts, tuple(quoted), asked, claims_only, sections, step_titles)
            if segs is not None:
                return self._join(segs, None)
            if self._lines_only or whole:
                memo = None
        events = self.scanner.events_lower(low)
        bounds = [bisect_left(events, s, key=_start) for s in starts]
        bounds.append(len(events))
        skipping: bool | None = False if sections else None
        for ev in events[:bounds[0]] if sections and not step_titles else ():  # text before the first segment only sets the skip state
            if ev[2] == K_SKIP or ev[2] == K_KEEP:
                skipping = ev[2] == K_SKIP
        if memo is not None:
            return self._join(self._segments(text, low, events, starts, bounds, skipping, tuple(quoted), asked,
                                             claims_only, step_titles), None)
        if quoted:
            quoted = quoted_in(text, quoted)
        tokens = [q.split() for q in quoted] if quoted and text.isascii() else None
        n_text, nseg = len(text), len(starts)
        parts: list[tuple[int, int, int, int, list[Mention], list, list]] = [
            (bounds[k], bounds[k + 1], starts[k], starts[k + 1] if k + 1 < nseg else n_text, [], [], [])
            for k in range(nseg)]
        cut(self.scoper, text, low, events, parts, skipping, tuple(quoted), asked, tokens, step_titles)
        segs = []
        for _i0, _i1, a, b, mentions, expansions, clauses in parts:
            found, units = mention_findings(self._concepts, text, mentions, a, b, claims_only,
                                                     self.lexicon.kinds, self.lexicon.measure_names) if mentions else ([], 0)
            exps = tuple((exp, s - a, e - a, side, role, text[s:e], place)
                         for exp, s, e, side, place, role in expansions) if expansions else ()
            segs.append(Segment(found, units, exps, clauses, (), False))
        mentioned = (mentioned_concepts(self._concepts, [m for p in parts for m in p[4]])
                     if any(s.expansions for s in segs) else None)
        return self._join(segs, mentioned)

    def _join(self, segs: list[Segment], mentioned: dict[str | None, set[str]] | None
              ) -> tuple[list[list[Finding]], list[list[tuple]]]:
        """Findings and clauses per segment, normal statements' absences added: a normal statement
        yields to a finding the whole text names (``mentioned``; joined from the segments' when None)."""
        if mentioned is None and any(s.expansions for s in segs):
            mentioned = {None: set()}
            for s in segs:
                for side, ids in s.mentioned:
                    mentioned.setdefault(side, set()).update(ids)
        out: list[list[Finding]] = []
        covering: dict[str | None, set[str]] = {}  # per side: the concepts the normal statements yield to (one text)
        for s in segs:
            found = list(s.findings)
            if s.expansions:
                found += expansion_findings(self._concepts, s.expansions, s.units, mentioned, covering)
                if len(found) > 1:
                    found.sort(key=FINDING_ORDER)
            out.append(found)
        return out, [list(s.clauses) for s in segs]

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
            stop = next((a for a, b in spans if ev[0] < b and a < ev[1]), None) if ev[2] < K_BREAK else None
            if stop is None:
                events.append(ev)
            elif ev[0] < stop:  # a phrase running into the span ("without any [evidence of ischemia]",
                # "mild [cardiomegaly]"): the words before the span are scanned on their own
                events += [(ev[0] + s, ev[0] + e, k, p, at) for s, e, k, p, at in self.scanner.events_lower(low[ev[0]:stop])]
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
        mentions: list[Mention] = []
        cut(self.scoper, text, low, events, [(0, len(events), 0, len(text), mentions, [], [])], False, (), frozenset(),
            None)
        found = {m.start: m for m in mentions if m.cid == TARGET}
        out = []
        for a, _b in spans:
            m = found[a]
            section = next((past for x, y, past in skipped if x <= a < y), None)
            out.append(SpanStatus(m.pol, not m.dropped and section is None, m.role, m.trigger,
                                  (m.attrs or {}).get("temporality") == "historical" or bool(section)))
        return out

    def _segments(self, text: str, low: str, events: list, starts: Sequence[int], bounds: list[int],
                  skipping: bool | None, quoted: tuple, asked: frozenset[str], claims_only: bool,
                  step_titles: bool = False) -> list[Segment]:
        """Each segment's analysis in a batch, from the memo when its whole input was seen before (the
        contract is in ``clauses.py``)."""
        n_text = len(text)
        nseg = len(starts)
        ascii_all = text.isascii()
        tokens = None
        if quoted and ascii_all:  # (the key holds the options a segment may quote, see ``_segment``)
            whole = text.lower()
            tokens = [(q, q.split()) for q in quoted]
            tokens = [(q, ts) for q, ts in tokens if all(t in whole for t in ts)]
        memo = self._memo
        assert memo is not None
        out = []
        for k in range(nseg):
            a = starts[k]
            b = starts[k + 1] if k + 1 < nseg else n_text
            if step_titles and skipping and starts_line(low, a):
                skipping = False  # (a chain: a title's skip ends with its line)
            evs = events[bounds[k]:bounds[k + 1]]
            q = quoted
            if tokens is not None:
                seg_text = whole[a:b]
                q = tuple([x for x, ts in tokens if all(t in seg_text for t in ts)])
            if (evs and max(map(_end, evs)) > b) or (b < n_text and low[b] in " \t"):
                seg = self._segment(text, low, evs, a, b, skipping, q, asked, ascii_all, claims_only,
                                    step_titles=step_titles)
            else:
                ws = a - BACK if a > BACK else 0
                wtext = text[ws:b + AHEAD]
                key = (tuple([(s - ws, e - ws, kd, p, id(at)) for s, e, kd, p, at in evs]), wtext,
                       None if ascii_all else low[ws:b + AHEAD], a - ws, b - ws, skipping, q, asked, ascii_all,
                       claims_only, step_titles)
                hit = memo.values.get(key)
                if hit is not None:
                    seg = hit
                else:
                    rel = [(s - ws, e - ws, kd, p, at) for s, e, kd, p, at in evs]
                    seg = self._segment(wtext, low[ws:b + AHEAD], rel, a - ws, b - ws, skipping, q, asked,
                                        ascii_all, claims_only, step_titles=step_titles)
                    memo.put(key, seg)
            skipping = seg.skipping
            out.append(seg)
        return out

    def _line_segments(self, text: str, low: str, starts: Sequence[int], quoted: tuple, asked: frozenset[str],
                       claims_only: bool, sections: bool = True, step_titles: bool = False) -> list[Segment] | None:
        """Each segment's analysis in a batch, when every segment starts a line (or follows a list marker,
        ``Scanner.line_cut``): a segment's events are then those of its own text, so the memo key needs
        no events and a hit scans nothing (a GRPO batch's rollouts repeat most of their lines). None
        when a cut is not clean: ``_segments`` then keys each segment on the whole text's events."""
        scanner = self.scanner
        if "  " in low or "\t" in low:
            return None
        n_text = len(text)
        for s in starts:
            if (s < n_text and low[s] in " \t") or not scanner.line_cut(low, s):
                return None
        skipping: bool | None = False if sections else None
        if starts[0] > 0 and sections and not step_titles:  # text before the first segment only sets the skip state entering it
            for ev in scanner.events_lower(low[:starts[0]]):
                if ev[2] == K_SKIP or ev[2] == K_KEEP:
                    skipping = ev[2] == K_SKIP
        nseg = len(starts)
        ascii_all = text.isascii()
        tokens = None
        whole = ""
        if quoted and ascii_all:  # (as in ``_segments``)
            whole = text.lower()
            tokens = [(q, q.split()) for q in quoted]
            tokens = [(q, ts) for q, ts in tokens if all(t in whole for t in ts)]
        memo = self._memo
        assert memo is not None
        values = memo.values
        numbers_bare = scanner.numbers_are_bare
        pieces_ok = scanner.sentences_cut and self._pays.pays()
        out = []
        for k in range(nseg):
            a = starts[k]
            b = starts[k + 1] if k + 1 < nseg else n_text
            if step_titles and skipping and starts_line(low, a):
                skipping = False  # (a chain: a title's skip ends with its line)
            q = quoted
            if tokens is not None:
                seg_text = whole[a:b]
                q = tuple([x for x, ts in tokens if all(t in seg_text for t in ts)])
            ws = a - BACK if a > BACK else 0
            c = numbered_end(low, a, b) if numbers_bare and b < n_text else b
            key = (text[a:c], None if ascii_all else low[a:c], c < b, context_before(low, a), a - ws, skipping, q,
                   asked, ascii_all, claims_only, step_titles)
            seg = values.get(key)
            if seg is None:
                cuts = piece_starts(text, low, a, b, scanner.dot_keys) if pieces_ok else ()
                if cuts:  # (a line of several sentences: its sentences are memoised, ``pieces.py``)
                    seg = self._pieces(text, low, whole, [a, *cuts], b, skipping, tokens, quoted, asked,
                                       ascii_all, claims_only, step_titles)
                else:
                    seg = self._piece(text, low, a, b, skipping, q, asked, ascii_all, claims_only,
                                      step_titles=step_titles)
                memo.put(key, seg)
            skipping = seg.skipping
            out.append(seg)
        return out

    def _pieces(self, text: str, low: str, whole: str, starts: list[int], b: int, skipping: bool | None,
                tokens: list | None, quoted: tuple, asked: frozenset[str], ascii_all: bool, claims_only: bool,
                step_titles: bool = False) -> Segment:
        """The line ``text[starts[0]:b]`` joined from its pieces (``pieces.py``), each from the memo if seen."""
        memo = self._memo
        assert memo is not None
        values = memo.values
        parts = []
        a = starts[0]
        self._pays.looks += len(starts)
        gloss = False  # (a piece after "A. Appendicitis: a complicated form." continues the option's gloss, ``cut``)
        for k, s in enumerate(starts):
            e = starts[k + 1] if k + 1 < len(starts) else b
            q = quoted if tokens is None else tuple([x for x, ts in tokens if all(t in whole[s:e] for t in ts)])
            key = (text[s:e], None if ascii_all else low[s:e], None, context_before(low, s),
                   min(s, BACK), skipping, q, asked, ascii_all, claims_only, gloss, step_titles)
            seg = values.get(key)
            if seg is None:
                seg = self._piece(text, low, s, e, skipping, q, asked, ascii_all, claims_only, gloss, step_titles)
                memo.put(key, seg)
            else:
                self._pays.hits += 1
            skipping = seg.skipping
            gloss = seg.gloss
            parts.append((s - a, seg))
        return join_pieces(parts)

    def _piece(self, text: str, low: str, a: int, b: int, skipping: bool | None, quoted: tuple, asked: frozenset[str],
               ascii_all: bool, claims_only: bool, gloss: bool = False, step_titles: bool = False
               ) -> Segment:  # (a line-cut segment or piece, scanned on its own)
        ws = a - BACK if a > BACK else 0
        shift = a - ws
        rel = [(s + shift, e + shift, kd, p, at) for s, e, kd, p, at in self.scanner.events_lower(low[a:b])]
        return self._segment(text[ws:b + AHEAD], low[ws:b + AHEAD], rel, shift, b - ws, skipping, quoted, asked,
                             ascii_all, claims_only, gloss, step_titles)

    def _segment(self, text: str, low: str, events: list, a: int, b: int, skipping: bool | None, quoted: tuple,
                 asked: frozenset[str], ascii_all: bool, claims_only: bool, gloss: bool = False,
                 step_titles: bool = False) -> Segment:
        """Analyse ``text[a:b]`` from its events (positions relative to ``a`` in the result); ``gloss``: it
        continues an option's gloss (a sentence piece, ``pieces.py``).

        ``quoted``: the options the segment may quote (of an ASCII text, ``quoted_in`` of the segment:
        an option with a key token missing from it is quoted by none of its clauses), tried with their
        key tokens as a cheap per-clause test; a non-ASCII text tries every option on every clause."""
        tokens = [x.split() for x in quoted] if quoted and ascii_all else None
        mentions: list[Mention] = []
        expansions: list = []
        clauses: list = []
        skip_after, gloss_after = cut(self.scoper, text, low, events,
                                      [(0, len(events), a, b, mentions, expansions, clauses)], skipping, quoted,
                                      asked, tokens, step_titles, gloss_in=gloss)
        found, units = mention_findings(self._concepts, text, mentions, a, b, claims_only,
                                                     self.lexicon.kinds, self.lexicon.measure_names)
        exps = tuple((exp, s - a, e - a, side, role, text[s:e], place)
                     for exp, s, e, side, place, role in expansions)
        mentioned = tuple((side, tuple(ids)) for side, ids in mentioned_concepts(self._concepts, mentions).items()
                          if ids)
        return Segment(tuple(found), units, exps, tuple(clauses), mentioned, skip_after, gloss_after)


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
