"""What a bare gold number stands for: the unit the question implies, and a score written out of its maximum.

A gold is often the number alone ("150" to "What is the heart rate?", "35" to "What is the ejection fraction?", "8"
to "What is the nodule's size in mm?"). The grader took a bare number only from an answer naming no unit, so "150 beats
per minute" missed a gold "150", while "150" matched it. The question says the unit: one it names ("in mm", "(cm)")
or the one unit its kind of measurement is given in (a share in %, a heart rate per minute, an angle in degrees, a
pressure in mmHg, an ECG interval in ms, a gestational age in weeks; ``extract/open_measure.asked_kind``). A size, a
volume or another age names no unit by its kind (8 mm or 8 cm?), so their bare gold stays bare unless the question
names it. The gold then reads in that unit, so "0.8 cm" matches a gold "8" to "What is the size in mm?" and "8 cm"
does not.

A score is written out of its maximum ("GCS 13/15", "13 out of 15", "ASPECTS 8/10"): to a question asking a score
(``asked_kind`` "score": not a visual acuity "20/40" or a ratio), the number before the maximum is the score, so
"13/15" answers a gold "13" (and never "15"); "12 points" is the score 12.
"""

from __future__ import annotations

import re

from medstep.lazyre import lazy_compile
from medstep.score.open_forms import unit_alternation

# The one unit each kind of measurement is given in, written as the grader reads it (``score/open_forms.py``).
_KIND_UNITS = {"percent": "%", "rate": "/min", "angle": "°", "pressure": "mmHg", "interval": "ms"}
# A gestational age is given in weeks (an age in general is not: days, months, years).
_GESTATION = lazy_compile(r"(?i)gestation|gestacion|gestazion|schwangerschaftswoche")
# A gold that is a number or a range of numbers alone ("150", "25-30", "0,8").
_BARE = lazy_compile(r"\s*-?\d+(?:[.,]\d+)?(?:\s*(?:-|–|to)\s*\d+(?:[.,]\d+)?)?\s*")
# A unit the question names: "in mm", "(cm)", "in millimetres", "in degrees".
_NAMED = lazy_compile(r"(?i)(?:\bin|\()\s*(" + unit_alternation() + r")\s*(?:\)|\?|$|\s)")
# A score out of its maximum ("13/15", "13 / 15", "13 out of 15") or in points ("12 points").
_OUT_OF = lazy_compile(r"(?i)(?<![\w./-])(\d+)\s*(?:(?:/|out\s+of)\s*(\d+)(?![\w./])|(?:points?|pts)\b)")


def asked_unit(gold: str, question: str) -> str:
    """``gold`` with the unit ``question`` names or implies when ``gold`` is a bare number or range (module
    docstring); ``gold`` unchanged otherwise."""
    if not question or _BARE.fullmatch(gold) is None:
        return gold
    named = _NAMED.search(question)
    if named is not None:
        return f"{gold.strip()} {named.group(1)}"
    from medstep.extract.open_measure import asked_kind  # the question's kind is read as the extractor reads it

    kind = asked_kind(question) or ""
    unit = _KIND_UNITS.get(kind) or (" weeks" if kind == "age" and _GESTATION.search(question) else "")
    return f"{gold.strip()}{unit}" if unit else gold


def scored(answer: str, gold: str, question: str) -> str:
    """``answer`` with each score written out of its maximum ("13/15", "13 out of 15") or in points as the score alone, when
    ``question`` asks a score and ``gold`` is a bare number; ``answer`` unchanged otherwise."""
    if _BARE.fullmatch(gold) is None:
        return answer
    from medstep.extract.open_measure import asked_kind

    if asked_kind(question) != "score":
        return answer

    def alone(m: re.Match[str]) -> str:
        return m.group(1) if m.group(2) is None or int(m.group(1)) <= int(m.group(2)) else m.group()

    return _OUT_OF.sub(alone, answer)


__all__ = ["asked_unit", "scored"]
