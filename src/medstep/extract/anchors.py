"""Find the matches of a phrase cheaply by anchoring on its keywords.

Scanning a 2 kB chain of thought with a case-insensitive regex that may
start at any character costs hundreds of microseconds; the phrases we look
for all contain a fixed keyword ("answer", "correct", ...). Locating those
keywords with ``str.find`` on the lowercased text and trying the regex only
there is ~20x faster; the caller keeps what it found in the text's
:class:`~medstep.extract.context.TextContext`, so each text is searched once.
"""

from __future__ import annotations

import re

from medstep.extract.context import context
from medstep.lazyre import lazy_compile


def lowered(text: str) -> str:
    """``text.lower()``, remembered for the few texts in flight (:mod:`medstep.extract.context`): one output is
    read by several readers in a row (echo, final phrase, decision), and each would lower-case it again."""
    return context(text).low


class KeywordFinder:
    """Positions of any of ``words`` (case-insensitive) in a text, last first."""

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = tuple(w.lower() for w in words)
        self._pattern = lazy_compile("|".join(re.escape(w) for w in self.words), re.I)

    def all_last_first(self, text: str) -> list[int]:
        """Start indices of all keyword occurrences in ``text``, descending: for a caller that needs them all
        (found with ``str.find`` per word; none of the words can overlap itself)."""
        if not text.isascii():
            return sorted((m.start() for m in self._pattern.finditer(text)), reverse=True)
        low = lowered(text)
        out = []
        for word in self.words:
            i = low.find(word)
            while i >= 0:
                out.append(i)
                i = low.find(word, i + len(word))
        out.sort(reverse=True)
        return out


def anchored_finditer(pattern: re.Pattern[str], text: str, heads: tuple[str, ...], lo: int = 0,
                      hi: int | None = None) -> list[re.Match[str]]:
    """``list(pattern.finditer(text, lo, hi))`` for a pattern each match of which begins with one of ``heads``
    (lower-case ASCII words the pattern matches case-insensitively, never an empty match).

    Why: a case-insensitive alternation that may start anywhere is tried at every character of a long output; in
    ASCII text every match starts where ``str.find`` finds a head in the lower-cased text, so the pattern is matched
    only there (``match`` at a position sees the characters before it, as ``finditer`` does, so ``\\b`` and
    look-behinds read alike). Matches are taken left to right without overlap, as ``finditer`` takes them. Other
    text (where Unicode case folding could match a head's letters otherwise: "ſ" for "s") is searched by the pattern.
    """
    hi = len(text) if hi is None else hi
    if not text.isascii():
        return list(pattern.finditer(text, lo, hi))
    return matched_at_heads(pattern, text, text.lower(), heads, lo, hi)


def anchored_search(pattern: re.Pattern[str], text: str, heads: tuple[str, ...]) -> re.Match[str] | None:
    """``pattern.search(text)`` for a pattern each match of which begins with one of ``heads`` (as
    :func:`anchored_finditer`): the leftmost head where the pattern matches is where ``search`` finds its match, and
    ``match`` there takes the same alternative ``search`` takes. Other than ASCII text is searched by the pattern."""
    if not text.isascii():
        return pattern.search(text)
    low = text.lower()
    starts = sorted({i for head in heads for i in _found(low, head)})
    for i in starts:
        if (m := pattern.match(text, i)) is not None:
            return m
    return None


def _found(low: str, head: str) -> list[int]:
    """Every start of ``head`` in ``low``, overlapping ones included."""
    out = []
    i = low.find(head)
    while i >= 0:
        out.append(i)
        i = low.find(head, i + 1)
    return out


def matched_at_heads(pattern: re.Pattern[str], text: str, low: str, heads: tuple[str, ...], lo: int,
                     hi: int) -> list[re.Match[str]]:
    """``pattern`` matched in ``text`` only where one of ``heads`` starts in ``low`` (``text`` lower-cased, or
    ``text`` itself when already lower-case), left to right without overlap: the one home of that scan, for
    :func:`anchored_finditer` and ``extract/mentions.py``'s lower-cased option texts."""
    starts: list[int] = []
    for head in heads:
        i = low.find(head, lo, hi)
        while i >= 0:
            starts.append(i)
            i = low.find(head, i + 1, hi)
    if len(heads) > 1:
        starts.sort()
    out: list[re.Match[str]] = []
    after = lo
    for i in starts:
        if i >= after and (m := pattern.match(text, i, hi)) is not None:
            out.append(m)
            after = m.end()
    return out


def grouped_by_first_word(gates: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``gates`` (literal words, any of which a text must hold before a check runs) as ``(piece, gates)`` groups for
    :func:`holds_any`: gates of several words sharing their first word under that word and its blank ("was going",
    "was about" under "was "), every other gate under "" (found in any text).

    Why (issue #12): each gate is looked for in the whole text of every output, and nearly all are absent; a first
    word shared by a group is looked for once instead of once per gate. Every gate of a group holds its piece, so a
    text without the piece holds none of them."""
    firsts = [g.split(" ", 1)[0] + " " if " " in g.strip() else "" for g in gates]
    groups: dict[str, list[str]] = {}
    for gate, first in zip(gates, firsts):
        groups.setdefault(first if first and firsts.count(first) > 1 and gate.startswith(first) else "", []).append(gate)
    return tuple((piece, tuple(group)) for piece, group in groups.items())


def holds_any(low: str, groups: tuple[tuple[str, tuple[str, ...]], ...]) -> bool:
    """Whether ``low`` holds any gate of ``groups`` (:func:`grouped_by_first_word`): ``any(g in low for g in gates)``."""
    return any(piece in low and any(map(low.__contains__, group)) for piece, group in groups)


def word_starts_at(text: str, pos: int) -> bool:
    """True when no letter or digit precedes ``pos`` ("correct" but not "incorrect")."""
    return pos == 0 or not text[pos - 1].isalnum()
