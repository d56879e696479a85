"""A checklist of what one would look for, never applied: "To determine whether there's free air, I would look for: 1. ...".

Asked "Is there air under the diaphragm?", a model may answer with a method instead of a reading: "To decide whether
there is free air, I would check for:" and a numbered or bulleted list of signs ("2. Rigler's sign (both sides of the
bowel wall visible)"). Each item names a sign of the asked finding, and the statement readers read the sign as seen
(a false yes): the list is what would be sought, not what was found. :func:`set_aside` drops the opening and its list
before they read, and leaves what follows ("These signs would indicate pneumoperitoneum." is read as it is).

Kept narrow: the opening is a purpose ("To determine / assess / tell whether / if ...,") then a writer or any reader
and a modal before a verb of looking ("I would look for", "one should check for", "you'd look for") ending with a
colon, and the list is lines opening with a number or a bullet. An item with a result ("1. Crescent of air: present",
"- Rigler's sign — yes"), a sighting ("there is", "I see") or a pointer at this image is a checklist applied, and the
text is left as it is; so is a past look ("I looked for: ...": done, its items may be reports).
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.lazyre import lazy_compile

_OPENING = lazy_compile(
    r"(?i)^[\s*_#]*(?:to|in\s+order\s+to)\s+(?:determine|assess|evaluate|decide|tell|establish|check|confirm|see)\s+"
    r"(?:whether|if)\b[^:\n]{1,160},\s*(?:i|one|you|we)(?:'d|\s+(?:would|should|can|could|will|need\s+to|must))\s+"
    r"(?:first\s+)?(?:look|check|search|assess|evaluate)(?:\s+for)?[ \t]*:[ \t]*\n"
)
# A line of the list: a number or a bullet opening it.
_ITEM = lazy_compile(r"^[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]+\S")
# A result given to an item (a checklist applied), a sighting, or a pointer at this image.
_APPLIED = lazy_compile(
    r"(?i)[:—–]\s*(?:yes|no|none|present|absent|positive|negative|not\s+seen)\b|\s-\s+(?:yes|no|present|absent)\b|"
    r"\b(?:there\s+(?:is|are)|i\s+(?:see|can\s+see|note)|here|this\s+(?:image|film|radiograph|study|scan)|"
    r"(?:is|are)\s+(?:" + hedges.alternation(negation.SEEN) + r"))\b"
)


def set_aside(text: str) -> str:
    """``text`` without an opening checklist never applied (module docstring), else unchanged."""
    opening = _OPENING.match(text)
    if opening is None:
        return text
    lines = text[opening.end() :].split("\n")
    end = 0
    while end < len(lines) and (not lines[end].strip() or _ITEM.match(lines[end]) is not None):
        end += 1
    items = [line for line in lines[:end] if line.strip()]
    if not items or any(_APPLIED.search(line) is not None for line in items):
        return text
    return "\n".join(lines[end:])


__all__ = ["set_aside"]
