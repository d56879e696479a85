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

_FIRST_LINE = lazy_compile(r"\A[ \t]*([^\n]+?)[ \t]*\n\s*(?=\S)")
_MARKUP = lazy_compile(r"[*_#>`\"'“”]+")


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", _MARKUP.sub("", text)).strip().lower()


def drop(region: str, *questions: str) -> str:
    """``region`` without an opening line that writes out one of ``questions`` (module docstring)."""
    m = _FIRST_LINE.match(region)
    if m is None:
        return region
    line = _plain(m.group(1))
    if not line.endswith("?") or not any(line == _plain(q) for q in questions if q.strip()):
        return region
    return region[m.end():]


__all__ = ["drop"]
