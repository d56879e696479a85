"""A cut-off written in the question: "Is the kidney stone larger than 5 mm?", "Is the ejection fraction below 40%?".

The reference table (``extract/thresholds.py``) holds the cut-offs textbooks set; a question may set its own, and then
the value the answer gives settles it the same way ("The stone measures 8 x 6 mm." is a yes). :func:`asked_row`
builds a table row from the question, for ``extract/measured.py`` to read with all its gates (one value of the
quantity, no stray value of its dimension, no hedge, no earlier study, nothing after it but advice):

* the quantity is the question's subject: its words or its head word in any of its forms ("calculus" for a stone,
  ``answers/wordforms.tsv``; no made-up initials: "PE" is no pleural effusion), named right before the value as the
  table's quantities are; where the subject is a table row's quantity
  ("ejection fraction", "common bile duct", "PR interval"), that row's other names count too ("LVEF 55%", "CBD 9 mm",
  "PR 240 ms"), and a question without a unit takes the row's dimension ("Is the heart rate above 100?");
* the dimension is the cut-off's unit's (mm/cm a length, ms a duration, % a percentage, a bare number a ratio where
  the subject is one, else an index); a value of another dimension is no measurement of it;
* three bands, below, at and above the cut-off: "larger than" is answered yes above it only (a stone of 5 mm is not
  larger than 5 mm), "at least" at or above it, "smaller than" / "below" below it, "at most" at or below it.

Only a plain question ("Is/Are/Does the <subject> (measure) <comparison> <number> <unit>?", "Is there a <subject>
of / measuring <comparison> <number> <unit>?"); a negated one, or one asking of anything else, reads nothing here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from medstep.answers import NO, YES, hedges, negation, wordforms
from medstep.extract.thresholds import INF, THRESHOLDS, Band, Dimension, Predicate, Threshold
from medstep.extract.thresholds_more import MORE_THRESHOLDS
from medstep.lazyre import lazy_compile

# The units a cut-off may be written in (``_UNIT_DIMENSION`` gives each its dimension).
UNITS = r"mm|cm|ms|msec|%|bpm|HU|mmHg|mL|cc"
# The sides of a cut-off: comparatives, with "than" after them ("larger than"), and words saying a side alone ("over").
_MORE = r"larger|greater|bigger|more|longer|wider|thicker|higher|heavier"
_OVER = r"over|above|exceed(?:s|ing)?|in\s+excess\s+of"
_LESS = r"smaller|less|shorter|narrower|thinner|lower|lighter"
_UNDER = r"under|below"


def _comparison(than: str, alone: str) -> str:
    """A comparison with a number, by the side of it it takes ("larger than", "at least", "<"); ``than`` follows a
    comparative, ``alone`` a word of a side."""
    return (r"(?:(?P<above>(?:" + _MORE + r")" + than + r"|(?:" + _OVER + r")" + alone + r")|(?P<below>(?:" + _LESS
            + r")" + than + r"|(?:" + _UNDER + r")" + alone + r")|"
            r"(?P<atleast>at\s+least|>=|≥)|(?P<atmost>at\s+most|<=|≤)|(?P<gt>>)|(?P<lt><))")


# The question's cut-off, which may leave "than" out ("Is the heart rate above 100?")...
COMPARATOR = _comparison(r"(?:\s+than)?", r"(?:\s+than)?")
# ... and a value said only as a bound in an answer ("The CTR is less than 0.5.": ``extract/measured_bounds.py``),
# a comparative with its "than" ("the lower 5 cm" of an organ is a part, no bound).
BOUND = _comparison(r"\s+than", "")
_CUTOFF = COMPARATOR + r"\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>" + UNITS + r")?\s*\?\s*$"
_QUESTION = lazy_compile(
    r"(?i)^\s*(?:is|are|does|do)\s+(?:the\s+|this\s+|these\s+|a\s+|an\s+)?(?P<subject>[a-z][a-z -]{1,40}?)\s+"
    r"(?:measures?\s+|measuring\s+)?" + _CUTOFF)
# "Is there a carotid stenosis of more than 70%?", "Is there a stone measuring over 5 mm?": the finding's own size.
_THERE_QUESTION = lazy_compile(
    r"(?i)^\s*(?:is|are)\s+there\s+(?:a\s+|an\s+|any\s+)?(?P<subject>[a-z][a-z -]{1,40}?)\s+(?:of|measuring)\s+"
    + _CUTOFF)
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


def _table_rows(subject: str) -> list[Threshold]:
    """The table's rows whose quantity the subject names, to its last word ("left ventricular ejection fraction" is
    the LVEF row's "ejection fraction"; "kidney stone" names no row). Rows whose quantity carries its own value (the
    tube's "4 cm above the carina") are no names."""
    subject = subject.strip()
    return [row for row in THRESHOLDS + MORE_THRESHOLDS if "(?P<v>" not in row.quantity
            and any(m.end() == len(subject) for m in re.finditer(row.quantity, subject, re.I))]


def _quantity(subject: str, rows: list[Threshold]) -> str:
    """The subject's names, as a regex: its words, its head word and the names of the table rows it is the quantity
    of (``rows``: "LVEF", "EF" for the ejection fraction, written in the table). No initials are made up: "PE" for a
    pleural effusion is more often a pulmonary embolism, so a value named by letters neither the question nor the
    table wrote measures something else."""
    words = [w for w in subject.lower().split() if w not in _DETERMINER]
    # the head word in its other forms too ("calculus" for a stone: ``answers/wordforms.tsv``)
    names = {r"\s+".join(re.escape(w) for w in words), *(re.escape(w) for w in wordforms.forms(words[-1]))}
    own = r"(?<![\w-])(?:" + "|".join(sorted(names, key=len, reverse=True)) + r")(?![\w-])"
    return "|".join([own, *("(?:" + row.quantity + ")" for row in rows)])


# A question that denies ("Is the stone not larger than 5 mm?") asks the cut-off the other way round: left alone.
_DENIED = lazy_compile("(?i)" + hedges.words(negation.PLAIN, negation.NEVER) + "|" + negation.CONTRACTION)


@lru_cache(maxsize=512)
def asked_row(question: str) -> tuple[Threshold, Predicate] | None:
    """The table row and predicate the question's own cut-off makes (module docstring), else ``None``."""
    m = _THERE_QUESTION.match(question) or _QUESTION.match(question)
    if m is None or _DENIED.search(question):
        return None
    subject = m.group("subject").strip()
    found = _dimension(m.group("unit") or "", subject)
    if found is None or not [w for w in subject.lower().split() if w not in _DETERMINER]:
        return None  # ("Is the above 200?": no subject, only a determiner)
    dimension, factor = found
    rows = _table_rows(subject)
    if not m.group("unit") and len({row.dimension for row in rows}) == 1 and rows[0].dimension is not Dimension.RATIO:
        dimension = rows[0].dimension  # "Is the heart rate above 100?": a rate, read in bpm
    rows = [row for row in rows if row.dimension is dimension]
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
                    subject=".", quantity=_quantity(subject, rows), dimension=dimension, bands=bands,
                    predicates=(predicate,), adult=False)
    return row, predicate


# A value standing alone after an opening verdict, its unit written: "Yes, 3 mm.", "No — about 8 x 6 mm.", "Yes (~30%)".
_BARE_VALUE = lazy_compile(
    r"(?i)^[\s(]*(?:(?:about|approximately|approx\.?|around|roughly|nearly|measuring|~|≈)\s*)?"
    r"(?P<n>\d+(?:\.\d+)?(?:\s*(?:x|×|by)\s*\d+(?:\.\d+)?){0,2})\s*(?P<unit>mm|cm|ms|msec|%|bpm)[\s).!]*$")


def bare_value(rest: str, question: str) -> str | None:
    """yes/no for a value that stands alone after an opening verdict ("Yes, 3 mm." to "Is the stone larger than 5
    mm?" says no), read against the question's own cut-off (its largest dimension, in the question's dimension),
    else ``None``. Only for the lead check (``extract/leads.py``): a value with nothing naming it answers nothing on
    its own."""
    own = asked_row(question)
    m = _BARE_VALUE.match(rest)
    if own is None or m is None:
        return None
    row, predicate = own
    unit = m.group("unit").lower()
    found = _dimension(unit, row.name)
    if found is None or found[0] is not row.dimension:
        return None
    value = max(float(n) for n in re.findall(r"\d+(?:\.\d+)?", m.group("n"))) * found[1]
    bands = {band.name for band in row.bands if band.holds(value)}
    return YES if bands <= predicate.yes else NO if bands <= predicate.no else None


__all__ = ["asked_row", "bare_value"]
