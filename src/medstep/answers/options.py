"""Lettered options: letters, the many released spellings of options and golds, option keys.

Benchmarks store options as a letter->text dict, a list of texts, a list of
``{"letter", "content"}`` objects, prefixed strings (``"A:CT scan"``), or
only inside the question text (``"...\\nOptions:\\nA) x\\nB) y"``). Everything
here turns them into one ordered ``{"A": text, ...}`` dict and a gold into
one letter, and defines the *option key* used to recognise an option's text
in a model's answer. Errors are ``ValueError`` with a plain message; loaders
add the file and record.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable, Mapping

from medstep.answers.text import normalize_text, without_comparators
from medstep.lazyre import lazy_compile

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

_LETTER_PREFIX = lazy_compile(r"^\s*\(?([A-Z])\s*[\):.]\s*")
_ANSWER_TAG = lazy_compile(r"<answer>(.*?)</answer>", re.S | re.I)
_OPTIONS_MARKER = lazy_compile(r"^\s*(?:options|choices|answer choices)\s*[:：]\s*$", re.I | re.M)
_OPTION_LINE = lazy_compile(r"^\s*[\(\[]?([A-Z])[\)\].:：]\s*(.+?)\s*$")
_INLINE_MARKER = lazy_compile(r"(?:options|choices|answer choices)\s*[:：]\s*(?=\(?[A-Z][\).:])", re.I)
_INLINE_OPTION = lazy_compile(r"(?:^|(?<=\s))[\(\[]?([A-Z])[\)\].:]\s+(.+?)(?=\s+[\(\[]?[A-Z][\)\].:]\s|\s*$)", re.S)


def _option_text(value: Any, i: int) -> str:
    """An option's text: a null or a list there would become the option "None" or "['x']"."""
    if value is None or isinstance(value, (list, tuple, Mapping, bool)):
        raise ValueError(f"option #{i} must be text or a number, found {'null' if value is None else type(value).__name__}")
    return str(value).strip()


def options_from_value(value: Any) -> dict[str, str]:
    """Options as an ordered letter->text dict from a dict, a list of texts or a list of objects."""
    if isinstance(value, Mapping):
        out = {}
        for i, (k, v) in enumerate(value.items()):
            out[str(k).strip().upper()] = _option_text(v, i)
        if len(out) < len(value):
            raise ValueError(f"option keys repeat a letter: {list(value)}")
    elif isinstance(value, (list, tuple)):
        out = {}
        for i, item in enumerate(value):
            if i >= len(LETTERS):
                raise ValueError(f"more than {len(LETTERS)} options")
            if isinstance(item, Mapping):
                letter = str(item.get("letter") or item.get("key") or LETTERS[i]).strip().upper()
                content = item.get("content", item.get("text", item.get("value")))
                if content is None:
                    raise ValueError(f"option #{i} has no content")
                out[letter] = _option_text(content, i)
            else:
                out[LETTERS[i]] = _option_text(item, i)
    else:
        raise ValueError(f"options must be a mapping or a list, found {type(value).__name__}")
    bad = [k for k in out if len(k) != 1 or k not in LETTERS]
    if bad:
        raise ValueError(f"option keys that are not single letters: {bad}")
    return out


def _collect(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Letter->text from a question's option lines. A letter written twice with two texts ("A) x ... A) y") is an
    error: which text the gold letter means cannot be told, and keeping either would grade against a guess. The same
    line written twice (an option list repeated) is one option."""
    out: dict[str, str] = {}
    for letter, text in pairs:
        if letter in out and out[letter] != text:
            raise ValueError(f"option {letter} is written twice in the question with different texts: "
                             f"{out[letter]!r} and {text!r}")
        out[letter] = text
    return out


def _option_lines(lines: list[str]) -> dict[str, str]:
    return _collect((m.group(1), m.group(2)) for line in lines if (m := _OPTION_LINE.match(line)))


def _in_order(options: dict[str, str]) -> bool:
    return len(options) >= 2 and list(options) == list(LETTERS[: len(options)])


def split_options(question: str) -> tuple[str, dict[str, str]]:
    """Stem and options from a question that carries its options as text.

    Recognised: an ``Options:`` (or ``Choices:``) line followed by ``A) x`` /
    ``A. x`` / ``(A) x`` lines; trailing option lines without a marker when
    there are at least two running A, B, C... in order (so a stem sentence
    that happens to start with a capital and a bracket stays); and one line
    ``Options: (A) x (B) y``. Otherwise the whole question and no options.
    ``ValueError`` when one letter is written twice with two texts (see ``_collect``).
    """
    marker = list(_OPTIONS_MARKER.finditer(question))
    if marker:
        stem, tail = question[: marker[-1].start()], question[marker[-1].end():]
        options = _option_lines(tail.splitlines())
        if options:
            return stem.strip(), options
    lines = question.rstrip().splitlines()
    n = len(lines)
    while n > 0 and _OPTION_LINE.match(lines[n - 1]):
        n -= 1
    options = _option_lines(lines[n:])
    if _in_order(options):
        return "\n".join(lines[:n]).strip(), options
    markers = list(_INLINE_MARKER.finditer(question))
    if markers:
        inline = markers[-1]
        found = _collect((m.group(1), m.group(2).strip()) for m in _INLINE_OPTION.finditer(question, inline.end()))
        if _in_order(found):
            return question[: inline.start()].strip(), found
    return question.strip(), {}


_ANSWER_CHOICES = lazy_compile(r"Answer Choices\s*:\s*(?=\([A-Z]\))", re.I)
_PAREN_ITEM = lazy_compile(r"\(([A-Z])\)\s*(.*?)\s*(?=\([A-Z]\)\s|\Z)", re.S)


def split_inline_choices(question: str) -> tuple[str, dict[str, str]]:
    """Stem and options of ``"<stem> Answer Choices: (A) x (B) y ..."`` (MedXpertQA's spelling, which
    MedThink-Bench copies); ``(question, {})`` when the tail is absent or its letters do not run A, B, C..."""
    found = list(_ANSWER_CHOICES.finditer(question))
    if not found:
        return question.strip(), {}
    tail = question[found[-1].end():]
    opts = _collect((m.group(1), m.group(2).strip()) for m in _PAREN_ITEM.finditer(tail))
    if not _in_order(opts):
        return question.strip(), {}
    return question[: found[-1].start()].strip(), opts


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


def bare_letter(text: str) -> str | None:
    """The letter of a gold written as a lone letter: ``B``, ``(B)``, ``B.``, ``<answer>B</answer>``."""
    core = unwrap_answer_tag(str(text)).strip("().:[] \t\n").upper()
    return core if len(core) == 1 and core in LETTERS else None


def letter_of(answer: Any, options: Mapping[str, str]) -> str | None:
    """The gold as one of ``options``' letters, or ``None`` when it names none of them.

    Accepted: a lone letter in any wrapping, ``"B) No"`` (the letter decides)
    and an option's exact text (case-insensitive).
    """
    text = unwrap_answer_tag(str(answer))
    letter = bare_letter(text)
    if letter in options:
        return letter
    prefixed = _LETTER_PREFIX.match(text)
    if prefixed and prefixed.group(1) in options:
        return prefixed.group(1)
    low = text.strip().lower()
    hits = [k for k, v in options.items() if v.strip().lower() == low]
    return hits[0] if len(hits) == 1 else None


_PLURAL_KEEP = ("ss", "us", "is", "ys")


def _singular(token: str) -> str:
    if len(token) > 3 and token.endswith("s") and not token.endswith(_PLURAL_KEEP):
        return token[:-1]
    return token


@lru_cache(maxsize=16384)
def option_key(text: str) -> str:
    """The form in which an option's text is recognised in an answer.

    :func:`normalize_text` plus plural folding ("effusions" ~ "effusion"),
    so a dropped article, case, punctuation, quotes or a plural never stop
    a model's "the answer is pleural effusions" from naming "Pleural effusion".
    """
    return " ".join(_singular(t) for t in normalize_text(without_comparators(text)).split())


@lru_cache(maxsize=4096)
def _keys(items: tuple[tuple[str, str], ...]) -> dict[str, str]:
    return {k: option_key(v) for k, v in items}


def option_keys(options: Mapping[str, str]) -> dict[str, str]:
    """Letter -> option key, cached: samples repeat across runs and RL rollouts."""
    return _keys(tuple(options.items()))
