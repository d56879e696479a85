"""A cut-off written in the question: "Is the kidney stone larger than 5 mm?", "Is the ejection fraction below 40%?".

The reference table (``extract/thresholds.py``) holds the cut-offs textbooks set; a question may set its own, and then
the value the answer gives settles it the same way ("The stone measures 8 x 6 mm." is a yes). :func:`asked_row`
builds a table row from the question, for ``extract/measured.py`` to read with all its gates (one value of the
quantity, no stray value of its dimension, no hedge, no earlier study, nothing after it but advice):

* the quantity is the question's subject: its words or its head word (no made-up initials: "PE" is no pleural
  effusion), named right before the value as the table's quantities are;
* the dimension is the cut-off's unit's (mm/cm a length, ms a duration, % a percentage, a bare number a ratio where
  the subject is one, else an index); a value of another dimension is no measurement of it;
* three bands, below, at and above the cut-off: "larger than" is answered yes above it only (a stone of 5 mm is not
  larger than 5 mm), "at least" at or above it, "smaller than" / "below" below it, "at most" at or below it.

Only a plain question ("Is/Are/Does the <subject> (measure) <comparison> <number> <unit>?"); a negated one, or one
asking of anything else, reads nothing here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from medstep.answers import hedges, negation
from medstep.extract.thresholds import INF, Band, Dimension, Predicate, Threshold
from medstep.lazyre import lazy_compile

_ABOVE = r"larger|greater|bigger|more|longer|wider|thicker|higher|heavier|over|above|exceeding|in\s+excess\s+of"
_BELOW = r"smaller|less|shorter|narrower|thinner|lower|lighter|under|below"
_QUESTION = lazy_compile(
    r"(?i)^\s*(?:is|are|does|do)\s+(?:the\s+|this\s+|these\s+|a\s+|an\s+)?(?P<subject>[a-z][a-z -]{1,40}?)\s+"
    r"(?:measures?\s+|measuring\s+)?(?:(?P<above>" + _ABOVE + r")(?:\s+than)?|(?P<below>" + _BELOW + r")(?:\s+than)?|"
    r"(?P<atleast>at\s+least|>=|≥)|(?P<atmost>at\s+most|<=|≤)|(?P<gt>>)|(?P<lt><))\s*"
    r"(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>mm|cm|ms|msec|%|bpm|HU|mmHg|mL|cc)?\s*\?\s*$")
_UNIT_DIMENSION = {"mm": (Dimension.LENGTH, 1.0), "cm": (Dimension.LENGTH, 10.0), "ms": (Dimension.DURATION, 1.0),
                   "msec": (Dimension.DURATION, 1.0), "bpm": (Dimension.RATE, 1.0),
                   "hu": (Dimension.ATTENUATION, 1.0), "mmhg": (Dimension.PRESSURE, 1.0),
                   "ml": (Dimension.VOLUME, 1.0), "cc": (Dimension.VOLUME, 1.0)}
_EPSILON = 1e-9
_DETERMINER = frozenset({"the", "a", "an", "this", "these"})


def _dimension(unit: str, subject: str) -> tuple[Dimension, float] | None:
    ratio = re.search(r"(?i)\bratio\b", subject) is not None
    if unit == "%":
        return (Dimension.RATIO, 0.01) if ratio else (Dimension.PERCENT, 1.0)
    if not unit:
        return (Dimension.RATIO, 1.0) if ratio else (Dimension.INDEX, 1.0)
    return _UNIT_DIMENSION.get(unit.lower())


def _quantity(subject: str) -> str:
    """The subject's names, as a regex: its words and its head word. No initials are made up: "PE" for a pleural
    effusion is more often a pulmonary embolism, so a value named by letters the question never wrote measures
    something else."""
    words = [w for w in subject.lower().split() if w not in _DETERMINER]
    names = {r"\s+".join(re.escape(w) for w in words), re.escape(words[-1])}
    return r"(?<![\w-])(?:" + "|".join(sorted(names, key=len, reverse=True)) + r")(?![\w-])"


# A question that denies ("Is the stone not larger than 5 mm?") asks the cut-off the other way round: left alone.
_DENIED = lazy_compile("(?i)" + hedges.words(negation.PLAIN, negation.NEVER) + "|" + negation.CONTRACTION)


@lru_cache(maxsize=512)
def asked_row(question: str) -> tuple[Threshold, Predicate] | None:
    """The table row and predicate the question's own cut-off makes (module docstring), else ``None``."""
    m = _QUESTION.match(question)
    if m is None or _DENIED.search(question):
        return None
    subject = m.group("subject").strip()
    found = _dimension(m.group("unit") or "", subject)
    if found is None or not subject.split():
        return None
    dimension, factor = found
    cut = float(m.group("n")) * factor
    bands = (Band("below", -INF, cut - _EPSILON), Band("at", cut, cut), Band("above", cut + _EPSILON, INF))
    if m.group("above") or m.group("gt"):
        yes = frozenset({"above"})
    elif m.group("atleast"):
        yes = frozenset({"above", "at"})
    elif m.group("below") or m.group("lt"):
        yes = frozenset({"below"})
    else:
        yes = frozenset({"below", "at"})
    predicate = Predicate(words=".", yes=yes, no=frozenset({"below", "at", "above"}) - yes)
    row = Threshold(name=f"asked: {subject} {m.group(0).strip()}", source="the question's own cut-off",
                    subject=".", quantity=_quantity(subject), dimension=dimension, bands=bands,
                    predicates=(predicate,), adult=False)
    return row, predicate


__all__ = ["asked_row"]
