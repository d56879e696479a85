"""A reply written as one section per side, to a question about one side: the asked side's section is the answer.

"Right kidney: normal size, no pelvicalyceal dilatation.\\nLeft kidney: moderate hydronephrosis." answers "Is there
hydronephrosis in the right kidney?" in its first line; the statement readers, reading the whole reply, also meet the
left kidney's hydronephrosis and take the two for a contradiction. :func:`asked_section` gives the asked side's
section alone, label kept ("Right kidney: ..."), for them to read.

Only where the question names one side (left or right) and every line or sentence of the reply is such a section:
its label opens with a side word (the same words after it in every label, each a word of the question: "Right
kidney" / "Left kidney", "Right" / "Left"), each side labelled once, the asked side among them. Any other line (an
impression, a comparison) leaves the reply to the whole-reply readers.
"""

from __future__ import annotations

import re

from medstep.lazyre import lazy_compile

_QUESTION_SIDE = lazy_compile(r"(?i)\b(left|right)\b")
# One section: a side word and up to three words as its label, a colon or a spaced dash, then its content, ending at
# a line break or at the full stop before the next side label.
_SECTION = lazy_compile(r"(?i)^[\s*_>•-]*(left|right)((?:\s+[a-z]+){0,3}?)[*_]*\s*(?::|\s[-–—]\s)[*_\s]*(\S.*)$")
_SPLIT = lazy_compile(r"\n+|(?<=[.;])\s+(?=[*_]*(?i:left|right)\b[^.:\n]{0,40}:)")
_WORD = lazy_compile(r"[a-z]+")


def asked_section(text: str, question: str) -> str | None:
    """The asked side's section of a reply made only of side sections (module docstring), else ``None``."""
    sides = {s.lower() for s in _QUESTION_SIDE.findall(question)}
    if len(sides) != 1 or not re.search(r"(?i)\b(?:left|right)\b.*\b(?:left|right)\b", text, re.S):
        return None
    asked = sides.pop()
    parts = [p for p in _SPLIT.split(text.strip()) if p.strip()]
    sections = [_SECTION.match(p) for p in parts]
    if len(parts) < 2 or any(m is None for m in sections):
        return None
    labels = {(m.group(1).lower(), m.group(2).strip().lower()) for m in sections if m is not None}
    q_words = set(_WORD.findall(question.lower()))
    rests = {rest for _, rest in labels}
    if len(labels) != len(parts) or len(rests) != 1 or not set(_WORD.findall(rests.pop())) <= q_words:
        return None  # a side labelled twice, labels naming different things, or a thing the question does not ask
    own = [p for p, m in zip(parts, sections) if m is not None and m.group(1).lower() == asked]
    return own[0] if len(own) == 1 else None


__all__ = ["asked_section"]
