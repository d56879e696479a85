"""A measurement stated of the finding named just before: "There are masses in both lungs. They measure 1 to 3 mm."

A step whose subject is a pronoun ("They", "It", "These", "Its ...") names no finding, so a size it gives was
read as nothing: a chain that shrank 1-5 cm metastases to "1 to 3 mm" in a sentence of its own scored as the
faithful chain (retired blind set 5). Such a step restates the last finding a previous step called present, with
the size it gives, and that claim is judged like any other (``size-conflict`` when the evidence's size of the
finding differs by a factor of two or more, support when it agrees). Only sizes are carried: a side or a site
in such a sentence usually places something new ("It extends to the left hilum").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medstep.verify.findings import Finding, Polarity
from medstep.verify.results import StepVerdict
from medstep.verify.scope_words import UNIT_MM
from medstep.verify.verdicts import FindingVerdict, Verdict

_PRONOUN_SUBJECT = re.compile(r"\s*(?:they|it|these|those|each|all|both|its|their)\b", re.IGNORECASE)
# the last number before a unit: "1 to 3 mm" -> 3 mm, "up to 5 cm" -> 5 cm, "6 x 4 cm" -> 6 cm (as size_attr reads)
_SIZE = re.compile(r"(\d+(?:\.\d+)?)(?:\s*(?:x|by|\u00d7)\s*\d+(?:\.\d+)?)*\s*(mm|cm|millimet(?:er|re)s?|centimet(?:er|re)s?)\b",
                   re.IGNORECASE)
_UNIT_BASE = 1_000_000  # claim units of carried sizes: apart from the units the extractor numbers


def _size_mm(text: str) -> tuple[float, int, int] | None:
    found = None
    for m in _SIZE.finditer(text):
        unit = m.group(2).lower()
        unit = "mm" if unit.startswith("mm") or unit.startswith("millim") else "cm"
        found = (float(m.group(1)) * UNIT_MM[unit], m.start(), m.end())
    return found


def carry_sizes(steps: list[StepVerdict], judge: Callable[[Finding], FindingVerdict]) -> list[StepVerdict]:
    """``steps`` with each pronoun-subject step that claims nothing but gives a size judged as that size of the
    last finding an earlier step called present (see the module docstring)."""
    out = steps
    last: Finding | None = None
    present = Polarity.PRESENT
    for k, s in enumerate(steps):
        if not s.findings and last is not None and _PRONOUN_SUBJECT.match(s.text):
            size = _size_mm(s.text)
            if size is not None:
                f = Finding(last.concept, last.name, last.category, present, s.text[size[1]:size[2]], size[1], size[2],
                            last.laterality, last.location, last.severity, last.change, None, "anaphora",
                            _UNIT_BASE + s.index, s.role, size[0])
                v = judge(f)
                if v.verdict is Verdict.SUPPORTED or v.verdict is Verdict.CONTRADICTED:
                    if out is steps:
                        out = list(steps)
                    out[k] = StepVerdict(s.index, s.text, (f,), (v,), v.verdict, s.supported_by_reference, s.role,
                                         s.clauses, v.verdict is Verdict.SUPPORTED, s.mentions)
            continue
        for f in s.findings:
            if f.polarity is present and f.category == "finding" and f.source == "mention":
                last = f
    return out
