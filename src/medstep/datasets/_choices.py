"""Turning the many released spellings of multiple-choice options into one form.

Benchmarks store options as a letter->text dict, a list of texts, a list of
``{"letter", "content"}`` objects, prefixed strings (``"A:CT scan"``) or a
stringified Python list. Every loader normalises them to an ordered
``{"A": text, ...}`` dict and the gold to a single letter that must be one of
the keys, because the grader compares letters and a gold letter without an
option would silently make a question unanswerable.
"""

from __future__ import annotations

import re
from typing import Any

from medstep.datasets._context import LETTERS
from medstep.datasets._records import Record

_LETTER_PREFIX = re.compile(r"^\s*\(?([A-Z])\s*[\):.]\s*")
_ANSWER_TAG = re.compile(r"<answer>(.*?)</answer>", re.S | re.I)


def options_from_any(value: Any, rec: Record, field: str) -> dict[str, str]:
    """Options as an ordered letter->text dict from a dict, list or list of objects."""
    if isinstance(value, dict):
        out = {str(k).strip().upper(): _text(v) for k, v in value.items()}
    elif isinstance(value, (list, tuple)):
        out = {}
        for i, item in enumerate(value):
            if isinstance(item, dict):
                letter = str(item.get("letter") or item.get("key") or LETTERS[i]).strip().upper()
                content = item.get("content", item.get("text", item.get("value")))
                if content is None:
                    raise rec.fail(f"option #{i} in '{field}' has no content")
                out[letter] = _text(content)
            else:
                out[LETTERS[i]] = _text(item)
    else:
        raise rec.fail(f"'{field}' must be a mapping or a list, found {type(value).__name__}")
    bad = [k for k in out if len(k) != 1 or k not in LETTERS]
    if bad:
        raise rec.fail(f"'{field}' has option keys that are not single letters: {bad}")
    return out


def _text(value: Any) -> str:
    return str(value).strip()


def strip_letter_prefix(text: str, letter: str) -> str:
    """``"A:CT scan"`` / ``" A: CT"`` / ``"(A) CT"`` -> ``"CT scan"`` (only the matching letter)."""
    m = _LETTER_PREFIX.match(text)
    if m and m.group(1) == letter:
        return text[m.end():].strip()
    return text.strip()


def unwrap_answer_tag(text: str) -> str:
    """``<answer>B</answer>`` -> ``B``; text without the tag is returned stripped."""
    m = _ANSWER_TAG.search(text)
    return (m.group(1) if m else text).strip()


def gold_letter(answer: Any, options: dict[str, str], rec: Record, field: str) -> str:
    """The gold as one option letter: ``B``, ``(B)``, ``B.``, ``B) text``, or an option's exact text."""
    if isinstance(answer, (list, tuple)):
        if len(answer) != 1:
            raise rec.fail(f"'{field}' lists {len(answer)} answers {list(answer)}; only single-answer questions are supported")
        answer = answer[0]
    text = unwrap_answer_tag(str(answer))
    letter = text.strip("().: ").upper()
    if letter in options:
        return letter
    prefixed = _LETTER_PREFIX.match(text)  # "B) No" / "(B) No": the letter decides
    if prefixed and prefixed.group(1) in options:
        return prefixed.group(1)
    for key, value in options.items():
        if value.strip().lower() == text.lower():
            return key
    raise rec.fail(f"gold answer {text!r} in '{field}' is not one of the option letters {list(options)}")


_INLINE_CHOICES = re.compile(r"Answer Choices\s*:\s*(?=\([A-Z]\))", re.I)
_INLINE_ITEM = re.compile(r"\(([A-Z])\)\s*(.*?)\s*(?=\([A-Z]\)\s|\Z)", re.S)


def split_inline_choices(question: str) -> tuple[str, dict[str, str]]:
    """Stem and options of ``"<stem> Answer Choices: (A) x (B) y ..."`` (MedXpertQA's spelling, which
    MedThink-Bench copies); ``(question, {})`` when the tail is absent or its letters do not run A, B, C..."""
    found = list(_INLINE_CHOICES.finditer(question))
    if not found:
        return question.strip(), {}
    tail = question[found[-1].end():]
    opts = {m.group(1): m.group(2).strip() for m in _INLINE_ITEM.finditer(tail)}
    if len(opts) < 2 or list(opts) != list(LETTERS[: len(opts)]):
        return question.strip(), {}
    return question[: found[-1].start()].strip(), opts
