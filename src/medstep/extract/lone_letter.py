"""A letter standing as a paragraph of its own inside the output: the answer given there, the rest explanation.

"The description ... is the lead pipe appearance of chronic ulcerative colitis.\\n\\n**A**\\n\\nNote that
thumbprinting (B) would instead indicate ..." states A: the reasoning comes before the letter, a note on a rejected
option after it. The first and last lines are read by ``extract/lines.py`` (``letter_lead`` / ``letter_final``); this
reads one in the middle, as ``letter_final`` (the option alone on a line). Only a bare letter form ("A", "**A**",
"(A)", "Option A"), never an option's text (a heading of its discussion), only when it is the one paragraph of the
output that is a lone option, and not right after a line ending in a colon (a lead-in, read by ``lines.lead_ins``,
or a label: "Options ruled out:\\n\\nB").
"""

from __future__ import annotations

from medstep.extract.commit import Commitment, Tier
from medstep.extract.letters import letter_form
from medstep.extract.lines import PARAGRAPH
from medstep.extract.mentions import CONFLICT, INVALID, OptionIndex

RULE = "letter_final"
_MAX_CHARS = 24


def lone_letter(text: str, idx: OptionIndex) -> list[Commitment]:
    """The commitment of a lone letter paragraph inside ``text`` (module docstring), else none."""
    if "\n" not in text:
        return []
    bounds, start = [], 0
    for m in PARAGRAPH.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    if len(bounds) < 3:
        return []
    lone = []
    for k, (lo, hi) in enumerate(bounds):
        body = text[lo:hi].strip()
        if not body or "\n" in body:
            continue
        if len(body) <= _MAX_CHARS:
            found = letter_form(body, idx, strict=True)
            if found is not None:
                lone.append((k, found, lo))
    if len(lone) != 1:
        return []  # none, or a list of letters: no one answer
    k, letter, pos = lone[0]
    if k in (0, len(bounds) - 1) or letter in (CONFLICT, INVALID) or letter not in idx.letters:
        return []
    if text[bounds[k - 1][0]:bounds[k - 1][1]].rstrip(" \t*_").endswith((":", "：")):
        return []
    return [Commitment(pos, letter, Tier.DECISION, RULE)]


__all__ = ["RULE", "lone_letter"]
