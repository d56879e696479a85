"""A reply that opens by writing out the question it answers: "Is there a pericardial effusion on this echo?\n\nAn
anechoic space surrounds the heart ...".

Models often restate the question as a heading before answering. The line asks, so every reader that declines a
text holding a question mark ("is it displaced?" is doubt) declines the whole reply, and the answer after it is never
read. The line says nothing of its own: it is dropped when it is the question (the asked sentence or the whole one)
word for word, markup, case and spacing aside, on a line of its own with more text after it. A line that only
resembles the question ("Is there an effusion? Yes, small.", "Is the effusion large?") stays.
"""

from __future__ import annotations

import re

from medstep.lazyre import lazy_compile

_NON_BLANK = lazy_compile(r"\S")
_MARKUP = lazy_compile(r"[*_#>`\"'“”]+")


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", _MARKUP.sub("", text)).strip().lower()


def first_line(region: str) -> tuple[str, int] | None:
    """The opening line of ``region`` without its edge blanks, and where the text after it starts; ``None`` when
    nothing follows it. (What "\\A[ \\t]*([^\\n]+?)[ \\t]*\\n\\s*(?=\\S)" matched, read in one pass: the pattern
    rescanned a long run of spaces in the line at each of its characters, quadratic, issue #12.)"""
    nl = region.find("\n")
    after = _NON_BLANK.search(region, nl + 1) if nl >= 0 else None
    if after is None:
        return None
    line = region[:nl]
    body = line.lstrip(" \t").rstrip(" \t")
    if not body:  # a line of blanks only: its last blank (the pattern's group needs one character)
        return (line[-1:], after.start()) if line else None
    return body, after.start()


def drop(region: str, *questions: str) -> str:
    """``region`` without an opening line that writes out one of ``questions`` (module docstring)."""
    first = first_line(region)
    if first is None:
        return region
    line = _plain(first[0])
    if not line.endswith("?") or not any(line == _plain(q) for q in questions if q.strip()):
        return region
    return region[first[1]:]


__all__ = ["drop"]
