"""Whether a text may hold any word of a fixed set at all, asked of its raw characters by one Aho-Corasick pass: the
cheap test before a reader splits a window of a sentence into words only to keep those of the set (issue #12,
session 52).

Why: ``qualified.said_qualifiers`` and ``subtypes.said_kind`` are asked of every claim a chain or evidence text
makes (~18 per chain of ``bench_verify.py``): each cuts a window around the claim, tokenises it (``str.translate``,
``split``, a joining pass) and keeps the tokens in its word set, ~6% of a chain. A token is a run of the window's own
characters (translation only turns characters into blanks), so a token of the set is a substring of the window; when
no word of the set (and no piece a kept word is joined from) occurs anywhere in the window, not even inside a longer
word, the answer is the empty set, exactly. On ``bench_verify.py`` and the corpus chains ~64-84% of the windows hold
none. The gate is read from the readers' own word sets (no list of its own), so it follows them as they grow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from threading import Lock

import ahocorasick


@dataclass
class SubstringGate:
    """An automaton of ``words()``, built on first use (not at import: the word sets come from vocabulary modules,
    and the automaton costs a build a process that never verifies need not pay)."""

    words: Callable[[], Iterable[str]]
    _automaton: ahocorasick.Automaton | None = field(default=None, init=False, repr=False)
    _lock: Lock = field(default_factory=Lock, init=False, repr=False)

    def may_hold(self, text: str) -> bool:
        """False only when no word of the set occurs in ``text`` as a substring (so no token of ``text``, however
        it is cut into words, is one); True when one may (an empty set of words: never)."""
        auto = self._automaton
        if auto is None:
            auto = self._build()
        if auto.kind == ahocorasick.EMPTY:
            return False
        return next(auto.iter(text), None) is not None

    def _build(self) -> ahocorasick.Automaton:
        with self._lock:
            if self._automaton is None:
                auto = ahocorasick.Automaton()
                for w in self.words():
                    if w:
                        auto.add_word(w, w)
                if auto.kind != ahocorasick.EMPTY:
                    auto.make_automaton()
                self._automaton = auto
            return self._automaton


__all__ = ["SubstringGate"]
