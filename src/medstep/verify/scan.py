"""Phrase scanning: every lexicon/trigger phrase in a text, word-bounded, in one automaton pass.

Kept apart from the scoping logic (``extract.py``) because it is the hot loop
of the verifier and has its own subtleties: pyahocorasick's ``iter_long``
reports leftmost-longest matches, which can run into a longer word ("acute
infarct" inside "acute infarction"); those are rejected by the word-boundary
test and the phrases they hide are recovered before the scan resumes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache
from operator import itemgetter, methodcaller
from typing import Any

from medstep.lazyre import lazy_compile
from medstep.verify.lexicon import K_ABN, K_ATTR, K_BREAK, K_CONCEPT, K_UNC_PRE, Lexicon
from medstep.verify.memo import owner_memo
from medstep.verify.spaced_dashes import clause_dashes
from medstep.verify.edge_verdicts import at_edge, names_finding

_SPACE_RUN = lazy_compile(r"[ \t]{2,}|\t")
# A sentence of the attribute readers (``devices``, ``descriptors``, ``changes``, ...): a run of characters up to
# ". ; ! ?" or a line break, a decimal point ("3.5 cm") kept inside. Written as runs between decimal points, it
# matches as the one-character alternation "(?:[^.;!?\n]|(?<=\d)\.(?=\d))+" does (a run never opens with a point:
# the digit before one belongs to the run) and is several times faster; each reader split every evidence text with
# it, ~20 us a report each (tests/test_verify_sentence_memos.py).
SENTENCE = lazy_compile(r"[^.;!?\n]+(?:(?<=\d)\.(?=\d)[^.;!?\n]*)*")
_NUMBER_BEFORE = lazy_compile(r"\d\s*$")  # "2 L", "1.5 l": a volume, not a side
_NEXT_WORD = lazy_compile(r"\s+([a-z]+)")
# words a single letter stands before when it is no side: an ECG wave, the lumbar spine ("L-spine"), a shape,
# a volume ("L of fluid", "L per minute"), a product ("5 x 3"), RT-PCR
_NOT_AFTER_LETTER = frozenset({"wave", "waves", "spine", "shaped", "shape", "sign", "of", "per", "min", "x", "pcr"})
_WORD = lazy_compile(r"[^\W\d_]{2,}")  # a word of two letters or more (``unread``)
_DIGIT = lazy_compile(r"\d")
_TAG = lazy_compile(r"</?[a-z_]+>", re.IGNORECASE)
# Substances an abnormal word may end in ("a little fluid", "some air"): where a finding's own phrase begins at the
# substance and runs on past the word ("a little fluid around the left lung", "some fluid at the base of the right
# lung"), the phrase that says where the substance lies is read, not the amount (``Scanner._placed``); read
# leftmost-longest, the amount hid the place and the clause held no finding (vlay21).
_SUBSTANCES = frozenset({"fluid", "air", "gas", "blood", "water", "pus"})
_WINDOW = 8192  # characters of a huge text scanned per automaton call after a resume (``Scanner._iter_from``)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


_event_start = itemgetter(0)
_match_start = methodcaller("start")
_DIGITS = frozenset("0123456789")
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
# what may stand before a query mark glued to the word it queries ("no consolidation ?infection", "(?PE)", "? PTX"
# is a question): a space, a bracket, a line start or a comma; after a word "?" ends a question ("Effusion?")
_QUERY_BEFORE = frozenset(" (\n\t,;:/")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_LETTER_END = r")(?![\w'/&])"  # a letter side is a word of its own: not "L1", "L/min", "r'", "R&D"
_LETTER_LEADS = " \n(>"  # what may stand right before a letter side ("R lung", "\nR lung", "(R)", "R>L")


def _short_patterns(short: dict[str, tuple]) -> tuple[re.Pattern[str], ...]:
    """The patterns ``Scanner._with_short`` searches, the letters in group 1: one per first letter, opening
    with that letter as a literal (sre's fast prefix search: these run over every text), the lead checked
    behind it."""
    by_first: dict[str, list[str]] = {}
    for k in sorted(short, key=len, reverse=True):
        by_first.setdefault(k[0], []).append(k)
    leads = "[" + re.escape(_LETTER_LEADS) + "]"
    return tuple(re.compile("(" + re.escape(c) + "(?<=" + leads + re.escape(c) + ")(?:" + "|".join(
        re.escape(k[1:]) for k in ks) + ")" + _LETTER_END) for c, ks in by_first.items())


_NEGATIVE_SIGN = lazy_compile(r"(?<![a-z0-9])-ve(?![a-z0-9])")
_HEADING_HASHES = lazy_compile(r"(?m)^([ \t>*-]*)(#{1,6})(?=[ \t]|$)")


@lru_cache(maxsize=16384)
def lower_text(text: str) -> str:
    """Lower-case without changing the length (offsets must index the original text). Memoised: the verifier's readers
    ask it of one sentence, step or clause again and again (~40 calls a text on bench_score_scale).

    A typographic apostrophe becomes ASCII so "don\u2019t see" matches "don't see", and
    hyphens become spaces so "ground-glass" and "ground glass" are one phrase (lexicon keys
    get the same treatment in ``Lexicon._add``). An ASCII arrow ("->", "=>") becomes " →", the arrow
    the trigger table knows: a terse chain's "no PTX -> azygos fissure" ends the negation at the arrow
    as "no PTX → azygos fissure" does.
    """
    low = text.lower()
    if len(low) != len(text):  # rare characters whose lower case is longer ("İ")
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    if ">" in low:
        low = low.replace("->", " \u2192").replace("=>", " \u2192")
    if "-ve" in low:  # "PE -ve": the shorthand for negative keeps its sign ("\u2212ve", a trigger), not a space
        low = _NEGATIVE_SIGN.sub("\u2212ve", low)
    if "#" in low:  # a Markdown heading's hashes are layout; elsewhere "#" is the shorthand for a fracture
        low = _HEADING_HASHES.sub(lambda m: m.group(1) + " " * len(m.group(2)), low)
    if " - " in low or " \u2013 " in low:  # a spaced dash sets a clause off as the em dash does (verify59)
        low = clause_dashes(low)
    return low.replace("\u2019", "'").replace("-", " ")


_SPANS_MAX_CHARS = 4096  # longer texts are split each time (a degenerate output is no text a reader asks again)


def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The ``(start, end)`` of each ``SENTENCE`` match of ``text``, in order: what every attribute reader loops over.

    Why (issue #12, session 46): a new report is split into sentences by each of ~12 readers (positions, devices,
    descriptors, changes, sides, depths, measures, ...), each with its own ``SENTENCE.finditer`` over the same text
    (~8 splits a sample of ``bench_score_scale.py``, the verifier's most-run pattern by characters). The spans are
    a pure reading of the text, so they are found once and shared (memoised on the text; exact)."""
    if len(text) > _SPANS_MAX_CHARS:
        return tuple(m.span() for m in SENTENCE.finditer(text))
    return _sentence_spans(text)


@lru_cache(maxsize=1024)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in SENTENCE.finditer(text))

def _cjk(ch: str) -> bool:
    """A CJK ideograph: Chinese has no spaces between words, so an ideograph next to a phrase is a word
    bound ("右侧气胸": "右侧", then "气胸"), as each ideograph is a token in ``medstep.answers.text``."""
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


class Scanner:
    """Finds ``(start, end_exclusive, kind, payload, extra)`` events for a lexicon's phrases."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._iter = lexicon.automaton.iter_long
        self.attr_words = frozenset(lexicon.attr_words)  # (``Lexicon.attr_words``: words that name no thing)
        self._auto_iter = lexicon.automaton.iter
        self.phrases = lexicon.automaton.items  # (every phrase with its value: ``changes.may_state_change`` reads them)
        keys = list(lexicon.automaton.keys())
        self._max_len = max(len(k) for k in keys)
        self._match = lexicon.automaton.match
        # Line cuts (``line_cut``) are sound when no phrase but the line break itself holds or ends at a
        # break or space: then the scan enters every line in its initial state and nothing it reports
        # reads past the line's end.
        self._lines_cut = all(k == "\n" or ("\n" not in k and not k.endswith((" ", "\t"))) for k in keys)
        self._clean_leads: dict[str, bool] = {"": True}
        # Sentence cuts (``pieces.py``) are sound too when no phrase holds a sentence mark and a space, or
        # begins with a space; ``dot_keys``: the phrases a mark ends ("vs."), after which a line is not cut.
        self.sentences_cut = self._lines_cut and not any(
            k[:1] == " " or ". " in k or "? " in k or "! " in k for k in keys)
        self.dot_keys = tuple(k for k in keys if len(k) > 1 and k[-1] in ".?!")
        stop = lexicon.automaton.get(".", None)
        # an item number ("3. ", "3) ") yields nothing but the sentence "." (``clauses.numbered_end``)
        self.numbers_are_bare = (self._lines_cut and stop is not None and stop[0] == K_BREAK and stop[1] == "."
                                 and ")" not in lexicon.automaton and not any(k[:1].isdigit() for k in keys))
        self._short = lexicon.short_attrs
        self._short_re = _short_patterns(self._short) if self._short else None
        self._amounts = _substance_amounts(lexicon)
        self._edge_verdicts = frozenset(lexicon.edge_verdicts)
        self._findings = frozenset(c.id for c in lexicon.concepts.values() if c.category == "finding")

    def _placed(self, padded: str, first: int, last: int) -> tuple[int, Any] | None:
        """The finding phrase that begins at the substance ending an abnormal word ``padded[first:last + 1]`` and runs
        on past it ("fluid around the left lung" in "little fluid around the left lung"), as ``(padded index of its
        last character, value)``; None when there is none. (Padded indices, like the scan's.)"""
        key = padded[first:last + 1]
        if key not in self._amounts:
            return None
        at = first + key.rfind(" ") + 1  # the substance word
        best = None
        word = _WORD_CHARS
        for end, value in self._auto_iter(padded[at:at + self._max_len + 1]):
            if value[0] != K_CONCEPT or end + 1 != value[2] or at + end <= last:
                continue  # not a finding, not begun at the substance, or not reaching past the abnormal word
            if padded[at + end + 1] in word and padded[at + end + 1] != " ":
                continue
            if best is None or end > best[0]:
                best = (end, value)
        return None if best is None else (at + best[0], best[1])

    def events(self, text: str) -> list[tuple[int, int, int, Any, Any]]:
        """Events of ``text`` (any case; offsets index ``text``)."""
        return self.events_lower(lower_text(text))

    def events_lower(self, low: str) -> list[tuple[int, int, int, Any, Any]]:
        """Word-bounded phrase hits as ``(start, end_exclusive, kind, payload, attrs)``.

        The hot loop of the verifier: the text is padded with a space on each side so the
        word-boundary test needs no range checks, and ASCII word characters are a set lookup.
        ``iter_long`` reports the leftmost-longest phrase, which may run into a longer word
        ("acute infarct" in "acute infarction", "there is no" in "there is nodal ...") or start
        inside one ("lung nodule" in "midlung nodule"); then the phrases hidden there are
        recovered (``_recover``) and the scan resumes after them. A unit glued to its number
        ("2cm") is accepted.
        """
        if "  " in low or "\t" in low:
            return self._events_collapsed(low)
        padded = f" {low} "
        out: list = []
        append = out.append
        word = _WORD_CHARS
        brk = K_BREAK
        edges = self._edge_verdicts
        bare = False
        solid = [0, -1]  # (see ``_recover``)
        pos = 0
        while True:
            resume = None
            for end, value in (self._iter(padded, pos) if pos == 0 else self._iter_from(padded, pos)):
                kind = value[0]
                start = end - value[2]  # original-text offset of the first character (padding is 1)
                if kind >= brk:
                    if kind == brk and value[1] == "." and not padded[end + 1].isspace():
                        continue  # "1.5 cm", "e.g": not a sentence end
                    if kind == brk and value[1] == "?" and padded[end + 1] in _LETTERS and padded[end - 1] in _QUERY_BEFORE:
                        append((start, end, K_UNC_PRE, "?", ()))  # a query glued to its word: "?infection", "(?PE)"
                        continue
                    append((start, end, kind, value[1], ()))
                    continue
                a = padded[start]  # character before the phrase (padded index start == original start - 1)
                b = padded[end + 1]
                if a not in word and b not in word and a < "\x80" and b < "\x80":  # ASCII word bounds: the usual case
                    if value[1] in edges:  # a bare verdict ("(against lymphadenopathy)"): only at a clause edge,
                        if not at_edge(padded, start + 1):  # and naming a finding (``_edge_verdicts``)
                            continue  # "lies against the chest wall": a place, no verdict (every reader sees no denial)
                        bare = True
                    if kind == K_ABN and self._amounts:
                        placed = self._placed(padded, start + 1, end)
                        if placed is not None:
                            last, pv = placed
                            append((last - pv[2], last, pv[0], pv[1], pv[3]))
                            resume = last + 1
                            break
                    append((start, end, kind, value[1], value[3]))
                    continue
                right_bad = b in word or (b > "\x7f" and b.isalnum() and not _cjk(b))
                if right_bad or a in word or (a > "\x7f" and a.isalnum() and not _cjk(a)):
                    if kind == K_ATTR and not right_bad and a in _DIGITS and value[3][0][0] == "size":
                        append((start, end, kind, value[1], value[3]))  # "2cm"
                        continue
                    if right_bad or " " in padded[start + 1:end + 1]:
                        found, resume = self._recover(padded, start + 1, end + 1, value, solid)
                        if found:
                            out.extend(found)
                            break
                        resume = None
                    continue
                append((start, end, kind, value[1], value[3]))
            if resume is None:
                if bare:
                    out = self._named_verdicts(padded, out)
                return self._with_short(padded, out) if self._short_re is not None else out
            pos = resume

    def _named_verdicts(self, padded: str, out: list) -> list:
        """``out`` without the bare verdicts (``edge_verdicts``) that name no finding: the first concept after one,
        within a few events and no break, must be a finding the gap before it lets through
        (``edge_verdicts.names_finding``): "Against the heart shadow, ..." places, "(against C)" names an option."""
        keep = []
        for i, ev in enumerate(out):
            if ev[2] < K_BREAK and ev[3] in self._edge_verdicts:
                nxt = next((e for e in out[i + 1:i + 5] if e[2] == K_CONCEPT or e[2] >= K_BREAK), None)
                if nxt is None or nxt[2] != K_CONCEPT or nxt[3] not in self._findings or not names_finding(
                        padded[ev[1] + 1:nxt[0] + 1]):
                    continue
            keep.append(ev)
        return keep

    def _iter_from(self, padded: str, pos: int) -> Iterator[tuple[int, Any]]:
        """``iter_long(padded, pos)``'s matches, read from windows of ``padded``: the automaton copies the whole
        string it is given on each call, so resuming on the whole of a huge text after each recovered phrase
        would be quadratic.

        Exact: ``iter_long`` starts over in its initial state one past each match it reports, and while a match
        is pending it only follows the phrase tree (one level deeper a character), so it settles a match
        ending at ``e`` reading no character past ``e + max_len``. The matches of a window that end more than
        that before the window's end are the whole text's; the scan goes on one past the last of them, in a
        new window. A window settling none is doubled."""
        size, reach = len(padded), self._max_len + 1
        width = _WINDOW
        while True:
            if size - pos <= width:
                for end, value in self._iter(padded[pos:]):
                    yield end + pos, value
                return
            last = -1
            for end, value in self._iter(padded[pos:pos + width]):
                if end + reach >= width:
                    break
                last = end
                yield end + pos, value
            if last < 0:
                width *= 2
            else:
                pos += last + 1

    def unread_words(self, text: str, idle: frozenset[str] = frozenset()) -> list[str] | None:
        """The words (two letters or more) of ``text`` outside every phrase the vocabulary knows and outside ``idle``
        ("rim", "mod"); None when it holds a number ("CTR 0.62", "6th rib": a measurement or a count). Either may say
        something in words of its own (``frame.FrameWords``, off the hot path)."""
        if _DIGIT.search(text):
            return None
        low = lower_text(_TAG.sub(_blank, text))  # a markup tag ("<think>") says nothing
        read = bytearray(len(low))
        for start, end, *_ in self.events_lower(low):
            read[start:end] = b"\x01" * (end - start)
        return [m.group() for m in _WORD.finditer(low) if 0 in read[m.start():m.end()] and m.group() not in idle]

    def short_attrs(self) -> tuple[tuple, ...]:
        """The attributes of each one- or two-letter attribute (``Lexicon.short_attrs``)."""
        return tuple(v[3] for v in self._short.values()) if self._short else ()

    def _with_short(self, padded: str, out: list) -> list:
        """``out`` with the one- and two-letter attributes (``Lexicon.short_attrs``: "R IJ CVC", "Lt effusion")
        that stand as words of their own, outside every phrase found, after no number ("2 L" is a volume) and
        before no word of ``_NOT_AFTER_LETTER`` ("R wave", "L spine"). ``padded``: the text with a space on
        each side."""
        hits = [m for r in self._short_re for m in r.finditer(padded)]  # type: ignore[union-attr]
        if not hits:
            return out
        hits.sort(key=_match_start)
        added = []
        for m in hits:
            a, b = m.span(1)  # padded offsets (original + 1)
            if _NUMBER_BEFORE.search(padded, max(0, a - 12), a) is not None:
                continue
            nxt = _NEXT_WORD.match(padded, b)
            if nxt is not None and nxt.group(1) in _NOT_AFTER_LETTER:
                continue
            s, e = a - 1, b - 1
            k = bisect_right(out, s, key=_event_start)
            if (k and out[k - 1][1] > s) or (k < len(out) and out[k][0] < e):
                continue  # inside a phrase the automaton found ("l ptx")
            value = self._short[m.group(1)]
            added.append((k, (s, e, value[0], value[1], value[3])))
        for k, ev in reversed(added):  # (ascending k: inserting from the end keeps the earlier indices)
            out.insert(k, ev)
        return out

    def line_cut(self, low: str, a: int) -> bool:
        """Whether ``events_lower(low[a:b])`` is exactly the part of ``events_lower(low)`` between ``a``
        and any later line cut ``b`` (so a segment of a text can be scanned, and memoised, on its own).

        True when ``a`` starts a line, or follows a short lead after a line break (a list marker, "2. ")
        that ends in a space and no suffix of which begins a phrase: the automaton then reaches ``a`` in
        its initial state with no match open (no phrase but the break itself holds a line break, and no
        phrase ends in a space, so nothing reported on either side reads across). The caller also
        needs a text without runs of spaces or tabs (``_events_collapsed`` rewrites those)."""
        if a == 0:
            return True
        if not self._lines_cut:
            return False
        j = low.rfind("\n", max(0, a - 9), a)
        if j < 0 and a > 8:
            return False
        lead = low[j + 1:a]  # (j = -1: the text's own first line, which the scan enters in its initial state)
        ok = self._clean_leads.get(lead)
        if ok is None:
            ok = lead.endswith(" ") and not any(self._match(lead[i:]) for i in range(len(lead)))
            if len(self._clean_leads) < 4096:
                self._clean_leads[lead] = ok
        return ok

    def _events_collapsed(self, low: str) -> list[tuple[int, int, int, Any, Any]]:
        """Events of a text with runs of spaces/tabs ("negative   for"): scanned with each run
        read as one space, offsets mapped back to ``low``."""
        pieces, starts, shifts = [], [0], [0]
        pos = shift = 0
        for m in _SPACE_RUN.finditer(low):
            pieces.append(low[pos:m.start()])
            pieces.append(" ")
            shift += m.end() - m.start() - 1
            pos = m.end()
            starts.append(m.start() + 1 - (shift - (m.end() - m.start() - 1)) - 0)
            shifts.append(shift)
        pieces.append(low[pos:])
        collapsed = "".join(pieces)
        out = []
        for start, end, kind, payload, attrs in self.events_lower(collapsed):
            a = start + shifts[bisect_right(starts, start) - 1]
            b = end + shifts[bisect_right(starts, end - 1) - 1]
            out.append((a, b, kind, payload, attrs))
        return out

    def _recover(self, padded: str, first: int, last: int, failed: tuple, solid: list[int]
                 ) -> tuple[list, int | None]:
        """Valid phrases starting inside a rejected match (extended to the end of its last word),
        leftmost-longest, and the padded index where scanning should resume.

        ``solid`` is ``[a, w]``: ``padded[a:w]`` is ASCII word characters only and ``padded[w]`` ends the word, learnt
        by an earlier call of this scan. A match starting after ``a`` and ending by ``w`` extends to ``w`` and no phrase
        can start in it (each would follow a word character): nothing is found, whatever ``failed`` is. Without it
        each of the many rejected matches inside one huge word ("dorso" * 4000) walked and scanned the rest of the
        word again (quadratic)."""
        if solid[0] < first and last <= solid[1]:
            return [], None
        word = _WORD_CHARS
        hit_end = last
        while padded[last] in word or (padded[last] > "\x7f" and padded[last].isalnum()):
            last += 1
        if all(c in word for c in padded[hit_end:last]):
            solid[0] = first if all(c in word for c in padded[first:hit_end]) else hit_end
            solid[1] = last
            if solid[0] == first and padded[first - 1] in word:
                # the rejected match began inside a word and the word runs on to ``last``: every phrase starting in
                # ``padded[first:last + 1]`` follows a word character, so the scan below would find nothing (the
                # usual case: "mpa" in "compared", "ct" in "ction"; ~half the calls on the corpus chains)
                return [], None
        found = []
        # the automaton copies the whole string it is given on each call: a slice keeps this linear in the
        # window (one huge output of unknown words called it once per word, over the whole text each time)
        for end, value in self._auto_iter(padded[first:last + self._max_len]):
            end += first
            start = end - value[2] + 1
            if start > last or value is failed or value[0] >= K_BREAK:
                continue
            if padded[start - 1] in word or padded[end + 1] in word:
                continue
            found.append((start, end, value))
        found.sort(key=lambda x: (x[0], x[0] - x[1]))  # leftmost, then longest
        out, reach = [], -1
        for start, end, value in found:
            if start > reach:
                out.append((start - 1, end, value[0], value[1], value[3]))
                reach = end
        return out, (reach + 1 if out else None)


def _substance_amounts(lexicon: Lexicon) -> frozenset[str]:
    """The abnormal words of several words that end in a substance ("little fluid", "some fluid") where a finding's
    phrase begins at that substance and runs on ("fluid around the lung"): the words ``Scanner._placed`` looks past."""
    auto = lexicon.automaton
    out = set()
    for key in auto.keys():
        if " " not in key or auto.get(key)[0] != K_ABN:
            continue
        last = key.rsplit(" ", 1)[1]
        if last in _SUBSTANCES and any(auto.get(k)[0] == K_CONCEPT for k in auto.keys(last + " ")):
            out.add(key)
    return frozenset(out)


Event = tuple[int, int, int, Any, Any]
SENTENCE_EVENTS_LIMIT = 8192  # sentences whose events ``sentence_events`` keeps per scanner


@owner_memo(SENTENCE_EVENTS_LIMIT)
def sentence_events(scanner: Scanner, low: str) -> tuple[Event, ...]:
    """``scanner.events_lower(low)`` of a sentence or step (scan form, ``lower_text``), as a tuple, memoised per
    scanner and text.

    Why: after a chain is analysed, its steps and their clauses are scanned again by the sentence readers, each on
    its own (``aligned._unclaimed`` and ``read_sentence``, ``changes.first_change`` and ``_first_concept``): of
    bench_verify's ~27 such scans a chain, ~20 were of a text another reader had just scanned ("It is unchanged."
    read for its subject, then for its change, then for an unattached grade). Only for readers that iterate the
    events (the tuple cannot be changed); the analysis of a whole text (``Extractor.analyse``) scans it itself."""
    return tuple(scanner.events_lower(low))

