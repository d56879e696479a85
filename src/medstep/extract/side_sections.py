"""A reply written as one section per side, to a question about one side: the asked side's section is the answer.

"Right kidney: normal size, no pelvicalyceal dilatation.\\nLeft kidney: moderate hydronephrosis." answers "Is there
hydronephrosis in the right kidney?" in its first line; the statement readers, reading the whole reply, also meet the
left kidney's hydronephrosis and take the two for a contradiction. :func:`asked_section` gives the asked side's
section alone, label kept ("Right kidney: ..."), for them to read.

Only where the question names one side (left or right) and every line or sentence of the reply is such a section:
its label opens with a side word (the same words after it in every label, each a word of the question: "Right
kidney" / "Left kidney", "Right" / "Left"), each side labelled once, the asked side among them. Any other line (an
impression, a comparison) leaves the reply to the whole-reply readers.

A reply written as one sentence per side without labels is read the same way (:func:`_sided_parts`): "Moderate left
hydronephrosis. The right kidney is normal." to "Is the right kidney hydronephrotic?" is read in its second sentence.
Only where every sentence (or clause after a semicolon) names one side and no other, both sides are named, no side
word gives a direction ("shift to the right", "left-to-right", "the left of the image") and the question asks a side
of a finding or an organ, never which side a thing is on ("Is the lesion in the right breast?" is
``extract/antonyms.py``'s side pair: there the other side's sentence is the answer).
"""

from __future__ import annotations

import re

from medstep.extract import side_ellipsis
from medstep.extract.antonym_pairs import SIDE
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
        return _sided_parts(text, question, asked)
    labels = {(m.group(1).lower(), m.group(2).strip().lower()) for m in sections if m is not None}
    q_words = set(_WORD.findall(question.lower()))
    rests = {rest for _, rest in labels}
    if len(labels) != len(parts) or len(rests) != 1 or not set(_WORD.findall(rests.pop())) <= q_words:
        return None  # a side labelled twice, labels naming different things, or a thing the question does not ask
    own = [p for p, m in zip(parts, sections) if m is not None and m.group(1).lower() == asked]
    return own[0] if len(own) == 1 else None


# A sentence, or a clause after a semicolon: the unit that names one side.
_PART = lazy_compile(r"(?<=[.!?;])\s+|\n+")
_SIDES = lazy_compile(r"(?i)\b(left|right)(?:-sided)?\b")
# A side word that gives a direction or a place on the screen, not the side of a structure: "shift to the right",
# "deviated towards the left", "left-to-right shunt", "on the left of the image", "the patient's right".
_DIRECTION = lazy_compile(r"(?im)\b(?:to|towards?|toward|from)\s+(?:the\s+)?(?:patient'?s\s+)?(?:left|right)\b|"
                          r"\b(?:left|right)[\s-]+to[\s-]+(?:left|right)\b|\b(?:image|screen|viewer|marker|patient'?s|"
                          r"contralateral|other\s+side|both|bilateral(?:ly)?|either)\b|"
                          # "right" that is no side ("That's right.", "right next to", "right away") and "left" that is a
                          # verb ("left in place", "was left untreated")
                          r"\b(?:that'?s|that\s+is|you'?re|you\s+are|all)\s+right\b|^\W*right\s*[,.!]|"
                          r"\bright\s+(?:away|now|next|here|there|after|before|at|through|up|into|on\s+top)\b|"
                          r"\b(?:was|were|be|been|being|is|are)\s+left\b|\bleft\s+(?:in\s+situ|in\s+place|untreated|behind|alone|"
                          r"over|out)\b")


def _sided_parts(text: str, question: str, asked: str) -> str | None:
    """The asked side's sentences of a reply whose every sentence names one side (module docstring), else ``None``."""
    from medstep.extract.antonym_question import parse_question  # (antonym_question reads the vocabulary: lazily)
    place = parse_question(question.strip())
    if place is not None and getattr(place, "pair", None) is SIDE or _DIRECTION.search(question):
        return None  # "Is the lesion in the right breast?", "Is the trachea deviated to the right?": which side
    # "...; the right is in normal position." names its structure ("the right hemidiaphragm") before it stands alone
    parts = [p.strip() for p in _PART.split(side_ellipsis.expand(text).strip()) if p.strip()]
    named = [{m.lower() for m in _SIDES.findall(p)} for p in parts]
    if len(parts) < 2 or any(len(n) != 1 for n in named) or _DIRECTION.search(text) or "?" in text:
        return None  # (a question mark asks what a clause seems to state: "No effusion on the left; the right one?")
    own = [p for p, n in zip(parts, named) if n == {asked}]
    if not own or len(own) == len(parts):
        return None
    return " ".join(own)


__all__ = ["asked_section"]
