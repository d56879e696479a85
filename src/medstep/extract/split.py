"""Separate a raw model output into reasoning and the region holding the answer.

Models state answers in many wrappers; this module only *locates* the answer
region and records which marker found it. Interpreting the region (letter,
yes/no, free text) is the job of the per-answer-type parsers, so the
verifier and RL rewards can reuse the split without any grading logic.

Precedence, most explicit first, and always the *last* occurrence of a marker
because chains of thought often say "if the answer is A ..." before settling:

1. ``<think>...</think>`` is reasoning; only the text after it can hold the
   answer. An unclosed ``<think>`` means the model ran out of tokens while
   thinking: there is no answer at all (we never mine the thoughts).
2. ``<answer>...</answer>`` (rule ``answer_tag``).
3. ``\\boxed{...}`` with nested braces (rule ``boxed``).
4. "Final answer:", "The answer is", "Answer:", "The correct option is"
   (rule ``final_answer_phrase``); the region is the rest of that line.
5. No marker: the whole post-think text is the region and the type parsers
   decide with their own, stricter rules.

All patterns are compiled at import time; this runs on the RL reward hot path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from medstep.extract.anchors import KeywordFinder, word_starts_at

_THINK_OPEN = re.compile(r"<think>", re.I)
_THINK_CLOSE = re.compile(r"</think>", re.I)
_ANSWER_TAG = re.compile(r"<answer>(.*?)(?:</answer>|\Z)", re.I | re.S)
_BOXED = re.compile(r"\\boxed\s*\{")
# "Final answer:", "The answer is", "the correct option is": the keyword is
# found by ``anchors`` and the phrase is matched from it; the qualifier before
# it is checked on a short window. "option"/"choice" need a qualifier
# ("correct option is"), otherwise "the other option is less likely" would be
# taken as the final statement; "diagnosis" needs "final".
_PHRASE_KEYWORDS = KeywordFinder(("answer", "option", "choice", "diagnosis"))
_PHRASE_AT = re.compile(
    r"(?i:(answer|option|choice|diagnosis)(?:\s+to\s+(?:this|the)\s+question)?\**\s*"
    r"(?:(?:is|would\s+be|should\s+be|will\s+be)\s*(?:\**\s*[:：])?|[:：]|\s[-–—]\s))"
)
_QUALIFIERS = frozenset({"final", "correct", "best", "right", "likely", "appropriate"})
_DETERMINERS = frozenset({"the", "my", "our"})

ANSWER_TAG = "answer_tag"
BOXED = "boxed"
FINAL_ANSWER_PHRASE = "final_answer_phrase"


@dataclass(frozen=True)
class Located:
    """Result of locating the answer.

    ``marker`` is the rule name of the marker that delimited ``answer``, or
    ``None`` when no marker was found and ``answer`` is the whole post-think
    text. ``truncated`` is set when a ``<think>`` block was never closed.
    """

    reasoning: str
    answer: str
    marker: str | None
    truncated: bool = False


def _join(parts: list[str]) -> str:
    return "\n\n".join(p.strip() for p in parts if p and p.strip())


def _boxed_content(text: str) -> tuple[int, str] | None:
    """Start index and content of the last ``\\boxed{...}``, braces balanced.

    An unbalanced last box (output cut mid-formula) yields ``None`` for that
    box rather than a partial answer.
    """
    last = None
    for m in _BOXED.finditer(text):
        last = m
    if last is None:
        return None
    depth, i = 1, last.end()
    n = len(text)
    while i < n:
        c = text[i]
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return last.start(), text[last.end() : i]
        i += 1
    return None


def _first_line(text: str) -> str:
    text = text.lstrip()
    cut = text.find("\n")
    return text if cut < 0 else text[:cut]


def _words_before(body: str, pos: int, count: int) -> list[tuple[int, str]]:
    """Up to ``count`` (start, lowercased word) pairs right before ``pos``, nearest last.

    Plain string scanning: a regex search ending at ``pos`` would retry from
    every start position of its window, which dominated extraction time.
    """
    out: list[tuple[int, str]] = []
    end = pos
    while len(out) < count:
        while end > 0 and body[end - 1].isspace():
            end -= 1
        start = end
        while start > 0 and body[start - 1].isalpha():
            start -= 1
        if start == end:
            break
        out.append((start, body[start:end].lower()))
        end = start
    out.reverse()
    return out


def _last_phrase(body: str) -> tuple[int, int] | None:
    """``(start, end)`` of the last final-answer phrase in ``body``, if any."""
    for pos in _PHRASE_KEYWORDS.last_first(body):
        if not word_starts_at(body, pos):
            continue
        m = _PHRASE_AT.match(body, pos)
        if m is None:
            continue
        before = _words_before(body, pos, 3)
        qualifier = before[-1][1] if before and before[-1][1] in _QUALIFIERS else ""
        if qualifier in ("likely", "appropriate") and not (len(before) > 1 and before[-2][1] == "most"):
            qualifier = ""
        keyword = m.group(1).lower()
        if keyword in ("option", "choice") and not qualifier:
            continue
        if keyword == "diagnosis" and qualifier != "final":
            continue
        # Start the marker at "the final answer" rather than "answer", so the
        # reasoning text does not end in a dangling "The final".
        start = pos
        taken = 1 + (qualifier in ("likely", "appropriate")) if qualifier else 0
        if taken:
            start = before[-taken][0]
        if len(before) > taken and before[-taken - 1][1] in _DETERMINERS:
            start = before[-taken - 1][0]
        return start, m.end()
    return None


def locate(text: str, server_reasoning: str | None = None) -> Located:
    """Find reasoning and answer region in ``text`` (see module docstring)."""
    parts: list[str] = [server_reasoning] if server_reasoning else []
    body = text
    if "<" in text:
        close = None
        for close in _THINK_CLOSE.finditer(text):
            pass
        if close is not None:
            opened = _THINK_OPEN.search(text, 0, close.start())
            # Some chat templates put "<think>" in the prompt, so the output
            # starts mid-thought and only the closing tag is present.
            parts.append(text[opened.end() if opened else 0 : close.start()])
            body = text[close.end() :]
        else:
            opened = _THINK_OPEN.search(text)
            if opened is not None:
                parts.append(text[opened.end() :])
                return Located(_join(parts), "", None, truncated=True)
        if "<" in body:
            tag = None
            for tag in _ANSWER_TAG.finditer(body):
                pass
            if tag is not None:
                parts.append(body[: tag.start()])
                region = tag.group(1)
                boxed = _boxed_content(region) if "boxed" in region else None
                return Located(_join(parts), (boxed[1] if boxed else region).strip(), ANSWER_TAG)
    if "boxed" in body:
        boxed = _boxed_content(body)
        if boxed is not None:
            parts.append(body[: boxed[0]])
            return Located(_join(parts), boxed[1].strip(), BOXED)
    phrase = _last_phrase(body)
    if phrase is not None:
        parts.append(body[: phrase[0]])
        return Located(_join(parts), _first_line(body[phrase[1] :]).strip(), FINAL_ANSWER_PHRASE)
    parts.append(body)
    return Located(_join(parts), body.strip(), None)


def split_reasoning(text: str, server_reasoning: str | None = None) -> tuple[str, str]:
    """``(reasoning, answer_region)`` of a raw output.

    Reasoning merges the server's ``reasoning_content``, ``<think>`` text and
    any text before the answer marker. Without a marker the whole visible
    output is both reasoning and answer region (a plain chain of thought
    ending in its conclusion). A truncated ``<think>`` gives an empty region.
    """
    loc = locate(text, server_reasoning)
    return loc.reasoning, loc.answer


def has_think_answer_format(text: str) -> bool:
    """True iff ``text`` is exactly ``<think>R</think><answer>A</answer>``.

    The strict R1-style format check used by RL format rewards: one of each
    tag, in that order, non-empty contents, nothing but whitespace outside.
    Counting tags instead of one big regex keeps this linear and obvious.
    """
    t = text.strip()
    if not (t.startswith("<think>") and t.endswith("</answer>")):
        return False
    if any(t.count(tag) != 1 for tag in ("<think>", "</think>", "<answer>", "</answer>")):
        return False
    think_end = t.index("</think>")
    answer_start = t.index("<answer>")
    if answer_start < think_end or t[think_end + len("</think>") : answer_start].strip():
        return False
    thought = t[len("<think>") : think_end]
    answer = t[answer_start + len("<answer>") : -len("</answer>")]
    return bool(thought.strip()) and bool(answer.strip())
