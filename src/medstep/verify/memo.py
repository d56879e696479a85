"""Memos of the verifier: one bounded by the characters of the texts behind its entries, oldest entries leaving
first (``CharBudgetMemo``), and one per scanner for pure readings of a sentence (``owner_memo``).

Why: a benchmark asks several questions of one report, not always next to each other, so the
verifier's evidence memos must reach back further than a few thousand entries to find a report
again; what an entry holds (findings, an evidence index, memoised verdicts) grows with its texts'
length, so the bound is in characters, not entries, and memory stays bounded whatever the length
of a benchmark's reports.
"""

from __future__ import annotations

import re
from collections import deque
from functools import lru_cache, wraps
from itertools import islice
from typing import Callable, Generic, Hashable, TypeVar
from weakref import WeakKeyDictionary, ref

from medstep.lazyre import lazy_compile

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")



def bounded_put(values: dict, key: Hashable, value: object, limit: int) -> None:
    """Store ``value`` under ``key``, first dropping the oldest eighth of the entries when ``values`` holds ``limit``:
    every memo of the verifier is process-wide, so each must stay bounded however many reports a run reads.

    Why an eighth at once (issue #12): a dict's oldest key is found by iterating it, which walks over every slot earlier
    deletions left empty until the dict is next resized, so dropping one entry per store cost time growing with the limit
    once a memo was full (~13 us a store at 32,768 entries): on chains whose every line is new
    (``bench_score_scale.py --unique``) the full memos churned and that walk was ~7-10% of the verifier's time. One walk
    per ``limit // 8`` stores costs a few slots a store. (A plain dict, not an ``OrderedDict``: the collector stops
    tracking a dict of atomic keys and values, never an ``OrderedDict``, whose memos it then traversed again and again.)
    Results are unchanged: every memo holds pure readings of its key."""
    if len(values) >= limit:
        try:
            for old in list(islice(values, max(1, limit // 8))):
                del values[old]
        except (KeyError, RuntimeError):  # another thread got there first
            values.clear()
    values[key] = value


class CharBudgetMemo(Generic[K, V]):
    """``get``/``put`` over a dict, evicting the oldest entries once their weights pass ``budget``.

    ``weight(key)`` is the characters of text an entry was computed from (at least 1)."""

    def __init__(self, budget: int, weight: Callable[[K], int]) -> None:
        self.budget = budget
        self._weight = weight
        self.values: dict[K, V] = {}
        self._order: deque[K] = deque()
        self._chars = 0

    def get(self, key: K) -> V | None:
        return self.values.get(key)

    def put(self, key: K, value: V) -> V:
        """Store ``value`` under ``key``; a key already held keeps its place and its characters are not counted
        again (counting them twice would evict entries early and queue the key twice)."""
        if key in self.values:
            self.values[key] = value
            return value
        self._chars += self._weight(key)
        while self._chars > self.budget and self._order:
            oldest = self._order.popleft()
            del self.values[oldest]
            self._chars -= self._weight(oldest)
        self.values[key] = value
        self._order.append(key)
        return value

    def clear(self) -> None:
        self.values.clear()
        self._order.clear()
        self._chars = 0

    def __len__(self) -> int:
        return len(self.values)


def evidence_weight(key: tuple) -> int:
    """The characters of an evidence entry keyed ``(report, reference steps, ...)``: its report's and reference steps'
    (at least 256: options, index)."""
    return max(256, len(key[0] or "") + sum(map(len, key[1])))


_MISS = object()


def _dead() -> None:  # (a weak reference to nothing)
    return None

F = TypeVar("F", bound=Callable)


def owner_memo(limit: int) -> Callable[[F], F]:
    """Memoise a pure reading ``fn(owner, *args)`` (a sentence read with a verifier's ``Scanner``), one bounded memo
    per owner, oldest entries dropped first.

    Why: the evidence's attribute readings (``attributes.py``) are made once per (report, reference steps), but a
    benchmark's reports are new while their sentences are not ("The trachea is midline."): reading a sentence
    again cost a scan of it each time. The owner is held weakly, so a verifier's memo goes with it (a module-level
    ``lru_cache`` would keep every scanner it saw alive). Only for functions whose result depends on nothing but
    their arguments and is never changed by a caller (tuples, or lists no caller changes)."""
    def wrap(fn: F) -> F:
        memos: WeakKeyDictionary = WeakKeyDictionary()
        last: list = [(_dead, None)]  # (the owner asked last, weakly; its memo): one pair, swapped whole (threads)

        @wraps(fn)
        def call(owner, *args):  # type: ignore[no-untyped-def]
            pair = last[0]
            if pair[0]() is owner:
                values = pair[1]
            else:
                values = memos.get(owner)
                if values is None:
                    values = memos.setdefault(owner, {})
                last[0] = (ref(owner), values)
            hit = values.get(args, _MISS)
            if hit is _MISS:
                hit = fn(owner, *args)
                bounded_put(values, args, hit, limit)
            return hit
        return call  # type: ignore[return-value]
    return wrap


_MARKS = lazy_compile(r"[.;:!?,()]")


def found_in_pieces(pattern: re.Pattern[str], text: str) -> bool:
    """``pattern.search(text) is not None``, asked of the pieces of ``text`` between the ``_MARKS``, each piece's
    answer memoised (``_found``).

    Why: a reader's first test of a text ("does it name an earlier time at all?") is one search of a long alternation
    over the whole text, and a benchmark's reports are new texts of sentences seen before. Only for a pattern none of
    whose matches can hold a mark and whose only look-around is ``\\b`` (no ``^``, ``$`` or look-behind): a mark is
    no word character, so a word boundary at a piece's edge is one in the text, and a match lies in one piece."""
    return any(_found(pattern, piece) for piece in marks_pieces(text))



def marks_pieces(text: str) -> tuple[str, ...]:
    """``_MARKS.split(text)``, memoised on the text (short texts; a degenerate long one is split each time).

    Why (issue #12, session 46): ``found_in_pieces`` and ``true_in_pieces`` are asked of one report by ~10 readers,
    each with its own pattern, and each split the whole text again: after sentence splitting the verifier's
    most-run pattern by characters. The pieces are a pure reading of the text (exact)."""
    if len(text) > _PIECES_MAX_CHARS:
        return tuple(_MARKS.split(text))
    return _marks_pieces(text)


_PIECES_MAX_CHARS = 4096


@lru_cache(maxsize=1024)
def _marks_pieces(text: str) -> tuple[str, ...]:
    return tuple(_MARKS.split(text))

@lru_cache(maxsize=32768)
def _found(pattern: re.Pattern[str], piece: str) -> bool:
    return pattern.search(piece) is not None


def true_in_pieces(test: Callable[[str], bool], text: str) -> bool:
    """``test(text)``, asked of the pieces of ``text`` between the ``_MARKS`` (each piece's answer memoised), as
    ``found_in_pieces`` does for a pattern: only for a pure ``test`` that holds of a text exactly when it holds of one of
    its pieces (a search whose matches hold no mark, with no look-around but ``\\b``)."""
    return any(_true(test, piece) for piece in marks_pieces(text))


@lru_cache(maxsize=32768)
def _true(test: Callable[[str], bool], piece: str) -> bool:
    return test(piece)
