"""What the readers of one output would each compute again, computed once: a small per-text memo.

One output is read by a chain of readers (the splitter, the final-answer
phrase, the decision reader, the revision check, the last-resort readers),
each of which used to lower-case the text, find its answer phrases or its
paragraphs again. :func:`context` returns the one :class:`TextContext` of a
text (remembered for the few texts in flight); each field is filled by the
module that owns its meaning, the first time a reader asks, so every concept
keeps its single definition and the context holds only results.
"""

from __future__ import annotations

from functools import lru_cache, wraps
from typing import Any, Callable, TypeVar, cast


class TextContext:
    """Per-text results shared by the readers; ``None`` until the owning module fills it."""

    __slots__ = ("text", "low", "phrase_hits", "spanish", "paragraphs")

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = text.lower()  # ``text.lower()`` (its length may differ from ``text`` for some non-ASCII text)
        # (keyword position, phrase start, answer start) of every English final-answer phrase, the last first
        # (:func:`medstep.extract.split.phrases`)
        self.phrase_hits: tuple[tuple[int, int, int], ...] | None = None
        # whether the text may hold a Spanish answer phrase (the literal test before its regex; ``split.phrases``)
        self.spanish: bool | None = None
        # start of every paragraph, the first at 0 (:func:`medstep.extract.decision.read_decision`)
        self.paragraphs: list[int] | None = None


@lru_cache(maxsize=16)
def context(text: str) -> TextContext:
    """The context of ``text``: one per text among the last few read (an output passes every reader in a row)."""
    return TextContext(text)


_Fn = TypeVar("_Fn", bound=Callable[..., list[Any]])


def remembered(fn: _Fn, kept: int = 256) -> _Fn:
    """``fn``, a pure reader of ``(text, index, *rest)`` returning a list, with its latest results kept.

    Why: the readers of one output ask the same question of the same text several times (the decision reader, the
    revision, closing and conflict checks each find the options a region mentions). The text and the rest are
    compared by value; the index (the options' ``OptionIndex``, which holds dicts) by identity, and it is held with
    the result so its id cannot be reused. At most ``kept`` results are held (all dropped when full), few enough
    that only the outputs in flight hit. Each call gets its own copy of the list.
    """
    memo: dict[tuple[Any, ...], tuple[Any, list[Any]]] = {}

    @wraps(fn)
    def read(text: str, index: Any, *rest: Any) -> list[Any]:
        key = (text, id(index), *rest)
        hit = memo.get(key)
        if hit is not None and hit[0] is index:
            return list(hit[1])
        found = fn(text, index, *rest)
        if len(memo) >= kept:
            memo.clear()
        memo[key] = (index, found)
        return list(found)

    return cast(_Fn, read)
