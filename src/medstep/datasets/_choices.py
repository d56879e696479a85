"""Turning the many released spellings of multiple-choice options into one form.

Benchmarks store options as a letter->text dict, a list of texts, a list of
``{"letter", "content"}`` objects, prefixed strings (``"A:CT scan"``) or a
stringified Python list. Every loader normalises them to an ordered
``{"A": text, ...}`` dict and the gold to a single letter that must be one of
the keys, because the grader compares letters and a gold letter without an
option would silently make a question unanswerable. The parsing itself is
:mod:`medstep.answers` (shared with grading and RL rewards); this module
adds the file and record to its errors.
"""

from __future__ import annotations

from typing import Any

from medstep.answers import letter_of, options_from_value, split_inline_choices, strip_letter_prefix, unwrap_answer_tag
from medstep.datasets._records import Record

__all__ = ["options_from_any", "gold_letter", "split_inline_choices", "strip_letter_prefix", "unwrap_answer_tag"]


def options_from_any(value: Any, rec: Record, field: str) -> dict[str, str]:
    """Options as an ordered letter->text dict from a dict, list or list of objects."""
    try:
        return options_from_value(value)
    except ValueError as e:
        raise rec.fail(f"'{field}': {e}") from None


def gold_letter(answer: Any, options: dict[str, str], rec: Record, field: str) -> str:
    """The gold as one option letter: ``B``, ``(B)``, ``B.``, ``B) text``, or an option's exact text."""
    if isinstance(answer, (list, tuple)):
        if len(answer) != 1:
            raise rec.fail(f"'{field}' lists {len(answer)} answers {list(answer)}; only single-answer questions are supported")
        answer = answer[0]
    letter = letter_of(answer, options)
    if letter is None:
        text = unwrap_answer_tag(str(answer))
        raise rec.fail(f"gold answer {text!r} in '{field}' is not one of the option letters {list(options)}")
    return letter
