"""Which number before a unit is the size of the finding it stands beside, and which is not.

Split from ``scope_words.py`` (at its size limit) with the rules that read a number as no size, added in session 26
(issue #8): a number with a unit was read as the size of the finding next to it however the sentence used it, and a
faithful chain's correct size was then contradicted (``attr_conflicts.sizes_conflict``) by a report's number that
measured something else:

- a distance from a landmark: "an intimal flap arises 2 cm above the sinotubular junction", "calcifications 6 cm
  from the nipple". It is read with a mark (``DISTANCE``) and kept only for a finding whose size is such a distance
  (``measured_by_distance``): a device's tip ("the balloon pump tip lies 1.5 cm above the arch", where a chain's
  "6 cm above" is wrong) and a pneumothorax's rim ("the pleural line 3 cm from the chest wall");
- a movement: "the tip should be pulled back about 3 cm", "withdraw the tube by 2 cm";
- a threshold or cut-off a size is weighed against: "dilated to 12 mm, well above the 6 mm threshold", "past the
  1 cm cut-off for biopsy", "a threshold of 10 mm" (session 43: the limit was read as a second measurement and met
  the finding's own size, or an earlier one, so a faithful chain that quoted the rule was contradicted);
- a lower bound: "a lesion of 2 cm or more", "an aneurysm of more than 6 cm": no one size, but a span from the bound up
  (``size_min`` the bound, ``size`` ``BOUND_OPEN``): a larger size agrees with it and a smaller one conflicts (read
  as no size, a chain's "3 cm aneurysm" against "more than 6 cm" passed; read as its number, a "12 cm" one conflicted);
- the low end of a range: "nodules ranging from 6 mm to 2.3 cm" was read as an earlier study's 6 mm (after "from") and
  a current 2.3 cm, and a chain's "measuring 6 mm to 2.3 cm" as 6 mm: a range is read as the span it gives, as a
  measurement of several dimensions is, unless a change verb makes it a growth ("increased from 6 mm to 9 mm").

Each is left unread (or, a range, read as its span): no size is read where the sentence gives none, so no claim is
contradicted by a number that is not the finding's size.
"""

from __future__ import annotations

from medstep.answers import hedges
from medstep.answers.negation import NEVER, NOR
from medstep.lazyre import lazy_compile
from medstep.verify.scope_words import (NUMBER_BEFORE, UNIT_MM, VAGUE_COUNT, VAGUE_SPAN, WORD_BEFORE,
                                        earlier_measurement)
from medstep.answers.text import NUMBER_WORDS

_DIMENSION = lazy_compile(r"\d+(?:\.\d+)?")
# a size in a clause about another lesion or an earlier one ("the previous nodule in the other lung measured 4 mm", "a
# second nodule of 4 mm"): not the size of the finding the evidence measures, so it is left unread
_OTHER_ONE = lazy_compile(r"\b(?:other|another|second|third|separate|additional|previous|prior)\b[^.;,:]*$")
OTHER_ONE = _OTHER_ONE  # (read by ``aligned_heads._another_of``: a thing of a kind introduced as another one)

# a distance from a landmark after the unit ("2 cm above the junction", "6 cm from the nipple"); not "from" before a
# number ("19 mm from 12 mm": a growth) nor a span of the thing itself ("5 cm from anterior to posterior", "4 cm from
# the hilum to the pleura", "12 cm from the anterior abdominal wall to the sacrum": up to five words before "to")
_DISTANCE_AFTER = lazy_compile(r"\s+(?:(?:above|below|beyond|beneath|short\s+of|(?:proximal|distal|superior|inferior|"
                               r"cranial|caudal|cephalad|caudad|deep)\s+to)\b|(?:away\s+)?from\s+(?!\d|(?:the\s+|its\s+)?"
                               r"(?:[a-z-]+\s+){1,5}to\b))")
# a rate after the unit ("310 cm/s", "15 cm per second"): a velocity (``is_rate``)
_RATE = lazy_compile(r"\s*(?:/\s*(?:s|sec|min|h)\b|per\s+(?:s|sec|second|minute|hour)\b)")


def is_rate(low: str, start: int, unit: str) -> bool:
    """Whether the unit at ``start`` is a velocity's ("PSV 310 cm/s"). Its finding keeps it as its size, compared with
    the same finding's velocity in the evidence (a stenosis's 190 cm/s against 310 cm/s); an unnamed thing's is no size
    (lane location54: aligned by a head or by words, a peak systolic velocity met an earlier study's velocity or a
    plaque's length, and a faithful chain was contradicted)."""
    return _RATE.match(low, start + len(unit)) is not None
# a movement by the number ("pulled back about 3 cm", "should be withdrawn by 2 cm", "advanced 1 cm")
_MOVED_BY = lazy_compile(r"\b(?:pull(?:s|ed|ing)?|withdr[ae]w(?:s|n|ing)?|advanc(?:e|es|ed|ing)|reposition(?:s|ed|ing)?|"
                         r"migrat(?:e|es|ed|ing)|mov(?:e|es|ed|ing))\s+(?:(?:back|out|in|forward|further|down|up)\s+)?"
                         r"(?:by\s+)?(?:about\s+|approximately\s+|around\s+|roughly\s+|some\s+|~\s*)?$")
# a lower bound before the number ("at least 2 cm", "larger than 8 mm", ">= 2 cm") or after the unit ("2 cm or more"):
# any larger size meets it. An upper bound stays read as its number ("conglomerate masses well under 1 cm" against
# masses of 5 cm is a wrong size); "over" is an extent as often ("sclerosis extending over 4 cm")
_BOUND_BEFORE = lazy_compile(r"(?:\b(?:" + hedges.alternation(hedges.LOWER_BOUND) + r")\s+|(?:>=?|\u2265)\s*)$")
_BOUND_AFTER = lazy_compile(r"\s+(?:or|and)\s+(?:more|greater|larger|bigger|above|over)\b")
# "above" right before the number: a lower bound ("a diameter above 6 mm"); after it, a distance ("2 cm above")
_ABOVE_BEFORE = lazy_compile(r"\babove\s+$")
# a range: a number, its unit if written, then "to"/"-" and the number with the unit at hand ("6 mm to 2.3 cm", "1 to
# 3 mm", "2-4 mm")
_RANGE_LOW = lazy_compile(r"(\d+(?:\.\d+)?)\s*(mm|cm|millimeters?|centimeters?)?\s*(?:to|-|\u2013)\s*$")
_RANGE_HIGH = lazy_compile(r"\s*(?:to|-|\u2013)\s*(\d+(?:\.\d+)?)\s*(mm|cm|millimeters?|centimeters?)\b")
# a change verb before the range: a growth or a shrinking from the earlier size ("has increased from 6 mm to 9 mm")
_CHANGED = lazy_compile(r"\b(?:(?:increas|decreas|grow|enlarg|reduc|shr[iau]nk|progress|regress|expand|chang|improv|"
                        r"worsen)\w*|grew|ris(?:e|es|en|ing)|rose|fall(?:s|en|ing)?|fell|went|gone|(?:up|down)(?=\s+from))"
                        r"\b[^.;,]*$")

# a threshold after the unit ("the 6 mm threshold", "a 1 cm size cut-off", "the 7 mm upper limit of normal") or before
# the number ("a threshold of 10 mm", "cut-off 1 cm"): the limit a size is weighed against, no size of the finding
_LIMIT = r"(?:threshold|cut[\s-]?off|cut\s+point|cutpoint|(?:upper|lower)\s+limit|limit\s+of\s+normal)"
_LIMIT_AFTER = lazy_compile(r"\s+(?:(?:size|diameter|thickness|width|length|diagnostic|treatment|normal|intervention|"
                            r"biopsy|fna)\s+){0,2}" + _LIMIT + r"\b")
_LIMIT_BEFORE = lazy_compile(r"\b" + _LIMIT + r"\s+(?:(?:of|is|at|was)\s+)?(?:about\s+|approximately\s+)?$")

DISTANCE = "distance"  # the mark of a size that is a distance from a landmark (a mention's attribute, never a Finding's)
# the findings whose size a writer gives as a distance from a landmark: a pneumothorax (its rim from the chest wall or
# the apex); a device's tip (its category) too
_DISTANCE_MEASURED = frozenset({"pneumothorax"})


def measured_by_distance(concept: str, category: str) -> bool:
    """Whether a distance from a landmark (``DISTANCE``) is the size of a finding of ``concept``."""
    return category == "device" or concept in _DISTANCE_MEASURED


BOUND_OPEN = "inf"  # the ``size`` of a lower bound: its span has no upper end


def is_limit(low: str, first: int, end: int) -> bool:
    """Whether the measurement ``low[first:end]`` ("6 mm") is a threshold or a cut-off, no size (module docstring)."""
    return _LIMIT_AFTER.match(low, end) is not None or _LIMIT_BEFORE.search(low, max(0, first - 40), first) is not None


# ... but a limit the finding is said to pass is a lower bound of its size ("the aneurysm exceeds the 5.5 cm threshold",
# "above the 15 mm threshold for biopsy"; review of change43: read as no size, a chain's aneurysm "beyond the 5.5 cm
# threshold" against the report's 4.8 cm passed): a larger size of its own agrees with it, a smaller one conflicts
_EXCEEDS = lazy_compile(r"\b(?:above|exceed(?:s|ing|ed)?|beyond|over|past|cross(?:es|ed|ing)?|(?:greater|larger|bigger|"
                        r"wider|more)\s+than)\s+(?:the\s+|a\s+|an\s+|its\s+)?$")

# "has not crossed the ...", "does not exceed the ..."
_NOT_PASSED = lazy_compile(r"\b(?:" + "|".join(("not", "n't", *NEVER, *NOR, r"yet\s+to", r"no\s+longer"))
                           + r")\s+(?:\w+\s+)?(?:\w+\s+)?$")


def passed_limit(low: str, first: int, end: int) -> bool:
    """Whether the measurement ``low[first:end]`` is a limit the finding is said to pass (above)."""
    if _LIMIT_AFTER.match(low, end) is not None:
        anchor = first
    elif (before := _LIMIT_BEFORE.search(low, max(0, first - 40), first)) is not None:
        anchor = before.start()
    else:
        return False
    passed = _EXCEEDS.search(low, max(0, anchor - 40), anchor)
    return passed is not None and _NOT_PASSED.search(low, max(0, passed.start() - 24), passed.start()) is None


def _not_a_size(low: str, first: int, end: int) -> bool:
    """Whether the number at ``first`` with its unit ending at ``end`` is a movement or a threshold (no size at all)."""
    return _MOVED_BY.search(low, max(0, first - 40), first) is not None or is_limit(low, first, end)


def _bound(low: str, first: int, end: int, mm: float) -> tuple | None:
    """The span of a lower bound ("more than 6 cm", "9 mm or more", "a diameter above 6 mm": "above" right before the
    number, lane location54: read as a size, a chain's rule "A diameter above 6 mm ... is abnormal" met the report's 9 mm
    appendix; not "over", which spans an extent, "lost over a 4 cm segment") at the number ``first``..``end``, else
    None."""
    if _BOUND_BEFORE.search(low, max(0, first - 24), first) is None and _BOUND_AFTER.match(low, end) is None and (
            _ABOVE_BEFORE.search(low, max(0, first - 24), first) is None):
        return None
    return (("size", BOUND_OPEN), ("size_min", f"{mm:g}"))


def _growth(low: str, at: int) -> bool:
    """Whether a change verb stands in the clause before ``at`` (a range after it is an earlier and a current size)."""
    return _CHANGED.search(low, max(0, at - 50), at) is not None


def size_attr(low: str, start: int, unit: str) -> tuple:
    """``(("size", "<mm>"),)`` from the number written before a unit ("3.2 cm", "2cm"); of several dimensions
    ("12 x 8 mm", "4 x 6 cm") or a range ("6 mm to 2.3 cm", "1 to 3 mm") the largest, with ``("size_min", "<mm>")``
    the smallest: a lesion "4 x 6 cm" is neither a 4 cm nor a 6 cm one alone. Nothing for a number that is no size
    (see the module docstring)."""
    end = start + len(unit)
    distance = ((DISTANCE, "1"),) if _DISTANCE_AFTER.match(low, end) is not None else ()
    m = NUMBER_BEFORE.search(low, max(0, start - 24), start)
    if m is None and (w := WORD_BEFORE.search(low, max(0, start - 24), start)) is not None and unit in UNIT_MM:
        # a size in words ("a two-centimetre nodule", "half a centimetre"): one dimension
        if _OTHER_ONE.search(low, max(0, start - 80), w.start()) or earlier_measurement(low, w.start(), end, strict=True) \
                or _not_a_size(low, w.start(), end):
            return ()
        number = 0.5 if w.group(1).startswith("half") else float(NUMBER_WORDS.index(w.group(1)))
        return (_bound(low, w.start(), end, number * UNIT_MM[unit]) or (("size", f"{number * UNIT_MM[unit]:g}"),)) \
            + distance
    if m is None:
        vague = VAGUE_COUNT.search(low, max(0, start - 24), start)
        if vague is None or unit not in UNIT_MM or _OTHER_ONE.search(low, max(0, start - 80), vague.start()) \
                or _not_a_size(low, vague.start(), end) or _bound(low, vague.start(), end, 0) is not None:
            return ()
        lo, hi = VAGUE_SPAN[" ".join(vague.group(1).split())]
        return (("size", f"{hi * UNIT_MM[unit]:g}"), ("size_min", f"{lo * UNIT_MM[unit]:g}")) + distance
    if passed_limit(low, m.start(), end) and not _OTHER_ONE.search(low, max(0, start - 80), m.start()):
        return (("size", BOUND_OPEN), ("size_min", f"{float(m.group(1)) * UNIT_MM[unit]:g}"))
    if _OTHER_ONE.search(low, max(0, start - 80), m.start()) or _not_a_size(low, m.start(), end):
        return ()
    low_end = _RANGE_LOW.search(low, max(0, m.start() - 24), m.start()) if unit in UNIT_MM else None
    if low_end is not None and not _growth(low, low_end.start()):
        if low_end.group(2):  # "6 mm to 2.3 cm": its low end read the span already
            return ()
        lo_mm, hi_mm = float(low_end.group(1)) * UNIT_MM[unit], float(m.group(1)) * UNIT_MM[unit]  # "1 to 3 mm"
        return (("size", f"{max(lo_mm, hi_mm):g}"), ("size_min", f"{min(lo_mm, hi_mm):g}"))
    high = _RANGE_HIGH.match(low, end) if unit in UNIT_MM and m.group().strip() == m.group(1) else None
    if high is not None and not _growth(low, m.start()):  # "ranging from 6 mm to 2.3 cm": the span, not an earlier 6 mm
        lo_mm, hi_mm = float(m.group(1)) * UNIT_MM[unit], float(high.group(1)) * UNIT_MM[_unit(high.group(2))]
        return (("size", f"{max(lo_mm, hi_mm):g}"), ("size_min", f"{min(lo_mm, hi_mm):g}"))
    if high is not None:  # "decreased in size (2.1 cm to 1.4 cm)": a change from the earlier size, with no "from" before
        return ()  # it (session 55: read as the 2.1 cm of now, it contradicted a faithful chain's 1.4 cm)
    if earlier_measurement(low, m.start(), end, strict=True):
        return ()  # "increased from 12 mm to 19 mm": the finding measures 19 mm now
    try:
        dims = [float(d) * UNIT_MM[unit] for d in _DIMENSION.findall(low, m.start(), start)]
    except (ValueError, KeyError):
        return ()
    if len(dims) < 2:
        return (_bound(low, m.start(), end, dims[0]) or (("size", f"{dims[0]:g}"),)) + distance
    return (("size", f"{max(dims):g}"), ("size_min", f"{min(dims):g}")) + distance


def states_range(low: str) -> bool:
    """Whether a lower-case text states a span of sizes ("2-10 mm", "1 to 3 cm"; not a growth, "from 6 to 9 mm"): a
    span of values, no one thing's measurement (review of lane location54: "typical necks are 2-10 mm" read as a 10 mm
    neck met the report's 4 mm neck, ``aligned_heads.same_head``)."""
    for m in _RANGE_HIGH.finditer(low):
        if _RANGE_LOW.search(low, max(0, m.start(1) - 24), m.start(1)) is not None and not _growth(low, m.start()):
            return True
    return False


def _unit(word: str) -> str:
    """The ``UNIT_MM`` key of a unit word as written ("millimeter" for "millimeters" is a key too)."""
    return word if word in UNIT_MM else word.rstrip("s")


def distance_kept(attrs: tuple, held: dict) -> tuple:
    """``attrs`` less a distance (``DISTANCE``) and its number when the mention holds a size of its own already ("a 25
    mm mass 5 mm below the carina": the distance's mark dropped the mass's 25 mm, and a chain's "5 mm mass" passed)."""
    if "size" in held and DISTANCE not in held and any(k == DISTANCE for k, _ in attrs):
        return tuple(x for x in attrs if x[0] not in ("size", "size_min", DISTANCE))
    return attrs
