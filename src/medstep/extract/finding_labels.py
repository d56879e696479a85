"""A finding's name used as the label of a measurement line: "Hepatomegaly: liver span 14 cm." states no hepatomegaly.

A structured reply heads each line with what it checks: "Splenomegaly: yes (16 cm).", "Hepatomegaly: liver span 14
cm in the MCL.", "Cardiomegaly: CTR 0.48". Where the value is a measured quantity (a span, a ratio, a diameter ...
with its number), the label is the question the line answers, not a statement: read as a mention, "Hepatomegaly"
would say the liver is enlarged whatever the number. :func:`drop_labels` takes such a label off its line, leaving
the measurement to the readers of measurements (``extract/measured.py``), which read it against its reference range
or not at all. A value opening with a verdict or presence word ("Hepatomegaly: no (span 14 cm)") or giving the
finding's own extent ("Pneumothorax: 1 cm apical rim") keeps its label.
"""

from __future__ import annotations

import re

from medstep.answers.concepts import MentionKind, normalize, vocabulary
from medstep.lazyre import lazy_compile

_LINE = lazy_compile(r"(?m)^([ \t>*\-•]*)([A-Za-z][A-Za-z '-]{2,40}?)[ \t*_]*(?::|[ \t]+[-–—])[ \t*_]*(.+)$")
# The value names a measured quantity, then its number: "liver span 14 cm", "CTR 0.48", "AP diameter of 9 mm".
_MEASURED = lazy_compile(r"(?i)^(?:the\s+)?(?:[a-z]+\s+){0,3}?(?:span|ratio|ctr|diameter|width|thickness|length|size|"
                         r"index|volume|measures|measuring|measurement)\b[^0-9\n]{0,20}\d")


def _is_finding(label: str) -> bool:
    """Whether ``label`` is one finding's name and nothing else."""
    voc = vocabulary()
    found = [m for m in voc.mentions(label) if m.kind is MentionKind.CONCEPT]
    low = normalize(label).strip()
    return len(found) == 1 and found[0].start == 0 and found[0].end >= len(low) \
        and voc.concepts[found[0].concept].category == "finding"


def drop_labels(text: str) -> str:
    """``text`` with each finding label over a measurement taken off (module docstring)."""
    if ":" not in text and "-" not in text and "—" not in text:
        return text

    def drop(m: re.Match[str]) -> str:
        if _MEASURED.match(m.group(3)) is None or not _is_finding(m.group(2)):
            return m.group(0)
        return m.group(1) + m.group(3)

    return _LINE.sub(drop, text)


__all__ = ["drop_labels"]
