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

from functools import lru_cache


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
