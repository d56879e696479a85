"""Find the *last* match of a phrase cheaply by anchoring on its keywords.

Scanning a 2 kB chain of thought with a case-insensitive regex that may
start at any character costs hundreds of microseconds; the phrases we look
for all contain a fixed keyword ("answer", "correct", ...). Locating those
keywords with ``str.find`` on the lowercased text and trying the regex only
there is ~20x faster, and walking the keywords right to left gives "the last
occurrence" without scanning the whole text at all in the common case.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator


@lru_cache(maxsize=16)
def lowered(text: str) -> str:
    """``text.lower()``, remembered for the few texts in flight: one output is read by several
    readers in a row (echo, final phrase, decision), and each would lower-case it again."""
    return text.lower()


class KeywordFinder:
    """Positions of any of ``words`` (case-insensitive) in a text, last first."""

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = tuple(w.lower() for w in words)
        self._pattern = re.compile("|".join(re.escape(w) for w in self.words), re.I)

    def last_first(self, text: str) -> Iterator[int]:
        """Start indices of keyword occurrences in ``text``, descending."""
        if not text.isascii():
            # Lowercasing may change the length of non-ASCII text, so indices
            # into ``text.lower()`` would be wrong; use the regex instead.
            yield from sorted((m.start() for m in self._pattern.finditer(text)), reverse=True)
            return
        low = lowered(text)
        # The last occurrence of each word, found backwards, merged lazily: the phrase sought is
        # usually near the end, so the start of a long text is rarely searched at all.
        nxt = {w: low.rfind(w) for w in self.words}
        while True:
            word = max(nxt, key=nxt.__getitem__)
            pos = nxt[word]
            if pos < 0:
                return
            yield pos
            nxt[word] = low.rfind(word, 0, pos)


def word_starts_at(text: str, pos: int) -> bool:
    """True when no letter or digit precedes ``pos`` ("correct" but not "incorrect")."""
    return pos == 0 or not text[pos - 1].isalnum()
