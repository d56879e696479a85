"""Label items run together on one line read as ``key: value`` lines: "Effusion - yes; pneumothorax - not assessed."

A checklist is often written inline: "Pneumothorax: no. Effusion: yes.", "Effusion - yes; pneumothorax - no." Read
as one sentence, its closing verdict looks like the reply's answer whichever finding it was given to, and a verdict
set off inside it ("Effusion - yes; ...") like one about a finding named after it. :func:`as_lines` puts each item
on its own line, for the field reader (``replywords.read_fields``): each verdict stays with its own label, and an
item the reply leaves open ("pneumothorax - not assessed") answers nothing.

Only a reply made entirely of two or more such items, one value at least opening with a verdict or presence word, separated by ";" or a full stop, each a short label (a few
words, not itself a verdict word nor an answer's label: "Answer: yes. The effusion is small." is a verdict and its
reason; a reply that revises itself is read as one) and a short value after a colon or a spaced dash.
"""

from __future__ import annotations

import re

from medstep.answers import NO, PRESENCE_WORDS, WORD_VERDICTS, YES
from medstep.extract import closed
from medstep.extract.replywords import ANSWER_KEYS
from medstep.lazyre import lazy_compile

_SEPARATOR = lazy_compile(r"\s*;\s*|(?<=[A-Za-z)])\.\s+(?=[A-Z*_])")
_ITEM = lazy_compile(r"^[\s*_]*([A-Za-z][A-Za-z /()'-]{0,40}?)[\s*_]*(?::|\s+[-–—]|[-–—]\s+)\s*(\S[^:;\n]{0,48}?)[\s.*_]*$")
_MAX_LABEL_WORDS = 4
# A value opening with a verdict or presence word: the items form a checklist ("Bone age: 7 years; chronological age:
# 10 years." is two measurements, read together).
_VERDICT = lazy_compile(r"(?i)(?:" + "|".join(re.escape(w) for w in sorted(set(WORD_VERDICTS) | set(PRESENCE_WORDS) | {YES, NO},
                                                                           key=len, reverse=True)) + r")(?![\w-])")


def as_lines(text: str) -> str:
    """``text`` with its inline label items one a line (module docstring); else unchanged."""
    body = text.strip()
    if "\n" in body or len(body) > 240 or (";" not in body and ". " not in body) or closed.revision(body) is not None:
        return text  # "Answer: yes. Wait — that line is a skin fold.": a revision, read as one
    items = [p for p in _SEPARATOR.split(body.rstrip(".")) if p.strip()]
    if len(items) < 2:
        return text
    lines, said = [], False
    for item in items:
        m = _ITEM.match(item)
        if m is None:
            return text
        label = m.group(1).strip()
        if len(label.split()) > _MAX_LABEL_WORDS or label.lower() in WORD_VERDICTS or re.search(r"\d", label) \
                or label.lower() in ANSWER_KEYS:
            return text
        lines.append(f"{label}: {m.group(2).strip()}")
        said = said or _VERDICT.match(m.group(2)) is not None
    return "\n".join(lines) if said else text


__all__ = ["as_lines"]
