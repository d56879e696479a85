"""Which ``<answer>`` tags of an output belong to a format instruction, not to the model's answer.

An echoed prompt or a model restating it writes "Put your final answer in <answer></answer> tags, e.g.
<answer>A</answer>.": those tags are no answer (``extract/split.py`` blanks them before it takes the last tag).

Why a module of its own, read in one pass: each tag's sentence (from its line's start or the last sentence end before
it) used to be found by reading its line again from the start at every tag, so a line of thousands of tags
("<answer>C</answer>" repeated to 40,000 characters, one line) took 4 s to read: quadratic (session 40, lane slow40).
The line starts, sentence ends, quotation marks and frame words of the body are now found once, and each tag looks
up its own sentence among them by bisection; the verdicts are the per-tag reading's own.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from medstep.lazyre import lazy_compile

# An answer-like tag that is no answer: a placeholder ("<final>X</final>", "<choice></choice>", "<final>LETTER</final>")
# or one its line quotes or sets as the format ("Use the tag <choice>…", "'… <final>B</final>'"). The blanks after the
# word belong to it, never split between two runs of blanks (quadratic: a tag of 20,000 blanks and a "!" took 0.9 s).
PLACEHOLDER = lazy_compile(
    r"(?i)\s*(?:(?:x|letter|your\s+answer|answer|option|choice|\.{2,}|…|[A-E](?:\s*/\s*[A-E])+)\s*)?"
)
# An ``<answer>`` tag that a format instruction quotes: "Put your final answer in <answer></answer> tags, e.g.
# <answer>A</answer>." (an echoed prompt). Narrower than ``split._TAG_FRAME``: a model's own line may well say
# "question" or "asks" before its real answer tag. No match of it can start inside another (each word is whole), so
# one scan of the body finds every match a tag's sentence holds.
_ANSWER_TAG_FRAME = lazy_compile(r"(?i)\b(?:format|template|tags?|for\s+example|such\s+as|like\s+this)\b|\be\.g\.")
_NAMED_AS_TAG = lazy_compile(r"(?i)\s*tags?\b")
_TAG_SENTENCE_END = lazy_compile(r"(?<!\be\.g)(?<!\bi\.e)[.!?](?=\s)")
_NEWLINE = lazy_compile(r"\n")


# Other tags a prompt or model uses for the answer ("<final>B</final>", "<choice>C</choice>"); read as an answer
# tag only when closed (an unclosed "<letter>" is an unfilled template, not an answer).
_ANSWER_LIKE_TAG = lazy_compile(r"<(final|final_answer|choice|selected|selection|prediction)>(.*?)</\1>", re.I | re.S)
# Its openings and closings alone, each name a group of its own (``lastindex`` names the tag whatever its case).
_LIKE_OPEN = lazy_compile(r"<(?:(final)|(final_answer)|(choice)|(selected)|(selection)|(prediction))>", re.I)
_LIKE_CLOSE = lazy_compile(r"</(?:(final)|(final_answer)|(choice)|(selected)|(selection)|(prediction))>", re.I)
# An answer-like tag that is no answer: a placeholder (``PLACEHOLDER``) or one its line quotes or sets as the format
# ("Use the tag <choice>…", "'… <final>B</final>'"). No match of it can start inside another either.
_TAG_FRAME = lazy_compile(
    r"(?i)\b(?:format|template|form|tags?|e\.g\.|for\s+example|such\s+as|asks?|question)\b|[\"“]|(?<!\w)['‘]"
)


def _positions(char: str, body: str) -> list[int]:
    found, at = [], body.find(char)
    while at >= 0:
        found.append(at)
        at = body.find(char, at + 1)
    return found


def _last_in(marks: list[int], start: int, end: int) -> int:
    """The last of the sorted ``marks`` in ``[start, end)``, else -1."""
    i = bisect_left(marks, end) - 1
    return marks[i] if i >= 0 and marks[i] >= start else -1


def format_tags(body: str, tags: list[re.Match[str]]) -> list[bool]:
    """For each ``<answer>`` tag of ``body`` (its matches, in order), whether it is part of a format instruction:
    a placeholder named as the tag ("in <answer></answer> tags"), or a tag whose sentence before it (from its line's
    start or its last sentence end) is inside a quotation or holds a frame word (``_ANSWER_TAG_FRAME``). Each tag
    starts at its "<", which no frame word, sentence end or line holds, so a mark found in the whole body lies in a
    tag's sentence exactly when the tag's own slice would hold it."""
    if not tags:
        return []
    lines = [m.start() for m in _NEWLINE.finditer(body)]
    ends = [m.end() for m in _TAG_SENTENCE_END.finditer(body)]
    quotes, opens, closes = _positions('"', body), _positions("“", body), _positions("”", body)
    frames = [(m.start(), m.end()) for m in _ANSWER_TAG_FRAME.finditer(body)]
    frame_starts = [s for s, _ in frames]
    out = []
    for tag in tags:
        if PLACEHOLDER.fullmatch(tag.group(1)) is not None and _NAMED_AS_TAG.match(body, tag.end()) is not None:
            out.append(True)  # "in <answer></answer> tags"
            continue
        at = tag.start()
        start = _last_in(lines, 0, at) + 1
        end = _last_in(ends, start + 1, at)
        start = end if end >= 0 else start  # "... e.g. <answer>A</answer>. The heart is enlarged. <answer>C</answer>"
        if (bisect_left(quotes, at) - bisect_left(quotes, start)) % 2 or _last_in(opens, start, at) > _last_in(
            closes, start, at
        ):
            out.append(True)  # inside a quotation: 'Reply as "<answer>A</answer>"'
            continue
        j = bisect_left(frame_starts, start)
        out.append(j < len(frames) and frames[j][1] <= at)
    return out


def _like_tags(body: str) -> list[re.Match[str]]:
    """``_ANSWER_LIKE_TAG.finditer(body)``, linear: an opening tried only where its own closing follows it (each
    opening read on to the end was quadratic: "<final>" repeated to 40,000 characters took 1 s, to 140,000 11 s)."""
    last_close: dict[int | None, int] = {}
    for close in _LIKE_CLOSE.finditer(body):
        last_close[close.lastindex] = close.start()
    found, at = [], 0
    while (opening := _LIKE_OPEN.search(body, at)) is not None:
        closed = last_close.get(opening.lastindex, -1) >= opening.end()
        whole = _ANSWER_LIKE_TAG.match(body, opening.start()) if closed else None
        if whole is not None:
            found.append(whole)
        at = whole.end() if whole is not None else opening.end()
    return found


def answer_like_tags(body: str) -> list[re.Match[str]]:
    """The closed answer-like tags of ``body`` (``_ANSWER_LIKE_TAG``) that are no placeholder and whose line before
    them holds no frame word nor quotation mark (``_TAG_FRAME``), in order. The frame words of the body are found
    once; a tag looks up its line's by bisection (each tag's line searched from its start was quadratic too)."""
    tags = _like_tags(body) if "<" in body else []
    if not tags:
        return []
    lines = [m.start() for m in _NEWLINE.finditer(body)]
    frames = [(m.start(), m.end()) for m in _TAG_FRAME.finditer(body)]
    frame_starts = [s for s, _ in frames]
    out = []
    for tag in tags:
        if PLACEHOLDER.fullmatch(tag.group(2)) is not None:
            continue
        j = bisect_left(frame_starts, _last_in(lines, 0, tag.start()) + 1)
        if not (j < len(frames) and frames[j][1] <= tag.start()):
            out.append(tag)
    return out


__all__ = ["PLACEHOLDER", "answer_like_tags", "format_tags"]
