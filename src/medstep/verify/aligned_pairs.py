"""Two measurements said together, one of them the report's own: the other is the same finding's other measurement
(issue #8, session 57 lane found57).

A chain that gets a size wrong usually keeps the number written beside it: "about 25 mm now vs 8 mm 3 years ago"
against "measuring 12 mm, previously 8 mm", "head 35 mm versus 8 mm on the right" against "the head measuring 18 mm
compared with 8 mm on the right", "2.8 x 2.4 x 2.3 cm - grown from 1.2 x 1.0 x 0.9 cm" against "1.8 x 1.4 x 1.3 cm,
previously 1.2 x 1.0 x 0.9 cm", "7.2 cm with a thick-walled cavity (6 mm wall)" against "measures 3.2 cm, with a
thick-walled central cavity (wall thickness 6 mm)". ``aligned`` compares a sentence's one measurement only (a sentence
with two values of a kind compares nothing), and by the words the sentences share, which a chain rewords; session 56
counted such sizes as the largest class of err-size chains whose error was never read (62 of 1,680 err chains).

The number kept is the anchor that tells which report sentence measures the same thing, whatever words either uses:
a chain sentence with exactly two measurements (``measurements``), one of them equal to one of the exactly two
measurements of a report sentence (same dimensions, after mm and cm are brought to mm), states its other measurement
of what the report's other measures. The two disagree at the lesion rule (``attr_conflicts.sizes_conflict``: half as
large again and 3 mm apart, or a quarter larger and 10 mm apart), so a value within the report's own precision ("14 mm"
for "1.4 cm", "1.5 cm" for "1.4 cm", "about 3 cm" for "2.6 cm") agrees. What guards a faithful chain:

* the chain's other value may be no dimension of any measurement of the report: a faithful chain that pairs the
  anchor with another finding's size quotes the report's number for it ("a 3.1 cm sac ... in a 3 mm neck" where the
  report pairs the neck with another length);
* every report sentence pairing the anchor must pair it with one value (a report repeats a pair in its impression);
* a sentence giving a range ("1.0-1.5 cm", "from 6 mm to 2.3 cm" without a change verb is read as its span elsewhere)
  or mixing units inside one measurement is read as no pair;
* only a sentence the step asserts (``aligned_denials.asserted_spans``), and none its scanner reads as hedged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from medstep.answers import hedges
from medstep.lazyre import lazy_compile
from medstep.verify.aligned_places import unnamed_conflict
from medstep.verify.aligned_sizes import measured_head
from medstep.verify.aligned_words import _NOT_THING
from medstep.verify.attr_conflicts import sizes_conflict
from medstep.verify.results import StepVerdict
from medstep.verify.scan import SENTENCE
from medstep.verify.scope_words import CONTRAST, EARLIER_WORDS, SIDES, UNIT_MM, earlier_measurement
from medstep.verify.verdicts import FindingVerdict

_NUM = r"\d+(?:\.\d+)?"
_UNIT = r"(?:mm|cm|millimet(?:er|re)s?|centimet(?:er|re)s?)"
# a measurement: one to three dimensions ("4.2 x 2.5 cm", "7.0 by 3.5 by 4.0 cm", "3 cm x 2 cm"), one unit at its end
_MEASURE = lazy_compile(r"(?<![\d.])(" + _NUM + r")(?:\s*(" + _UNIT + r"))?((?:\s*(?:x|\u00d7|by)\s*" + _NUM + r"(?:\s*"
                        + _UNIT + r")?){0,2})\s*(" + _UNIT + r")\b(?![\u00b2\u00b3/])", re.IGNORECASE)
_DIMENSION = lazy_compile(r"(" + _NUM + r")(?:\s*(" + _UNIT + r"))?", re.IGNORECASE)
# the low end of a range before a measurement ("1.0-1.5 cm", "6 mm to 2.3 cm") or its high end after one
# (a low end of one dimension: "from 1.5 x 1.1 cm to 4.0 x 3.2 cm" is a growth, a measurement of several dimensions
# being no range's end)
_RANGE_BEFORE = lazy_compile(r"(?<![\d.])(?<![x\u00d7]\s)(?<![x\u00d7])" + _NUM + r"\s*(?:" + _UNIT
                             + r")?\s*(?:-|\u2013|to)\s*$", re.IGNORECASE)
_RANGE_AFTER = lazy_compile(r"\s*(?:-|\u2013)\s*\d")
# a contrast between a sentence's two values: one replaces the other ("I first thought it was 20 mm, but on review it is
# 12 mm", "not 20 cm but 16 cm"), a value given up, no pair (review found57)
_TURNED = lazy_compile(r"(?i)" + hedges.words(CONTRAST))
_THEN_LEAD = lazy_compile(EARLIER_WORDS + r"[\s(:,]*$")  # (an earlier word right before a measurement)
_SIDE_WORDS = frozenset(word for word, _side in SIDES)
_DELTA_MM = 0.5  # (a chain's rounding of a difference read as that difference)
_UNIT_QUICK = lazy_compile(r"\d\s*(?:mm|cm|millimet|centimet)", re.IGNORECASE)  # (the cheap test: a unit after a digit)

Size = tuple[float, ...]  # a measurement's dimensions in mm, largest first


def _mm(unit: str) -> float:
    low = unit.lower()
    return UNIT_MM.get(low, 10.0 if low.startswith("centimet") else 1.0)


def _range_reach(text: str, end: int) -> int:
    """A position no later than where a ``_RANGE_BEFORE`` match ending at ``end`` can start: back over its blanks, its
    separator (two characters at most), a unit (twelve letters at most, blanks around it) and the number's digits and
    points. Searching from there answers as searching from the sentence's start did, without rescanning the sentence
    before each measurement (quadratic: 19 s for 3,300 measurements in one 30,000-character sentence)."""
    at = end
    while at > 0 and text[at - 1].isspace():
        at -= 1
    at = max(0, at - 2)
    while at > 0 and text[at - 1].isspace():
        at -= 1
    letters = 0
    while at > 0 and letters < 12 and text[at - 1].isalpha():
        at, letters = at - 1, letters + 1
    while at > 0 and text[at - 1].isspace():
        at -= 1
    while at > 0 and (text[at - 1].isdigit() or text[at - 1] == "."):
        at -= 1
    return at


def measurements(sentence: str) -> list[tuple[Size, int, int]] | None:
    """The measurements of a sentence (dimensions in mm, largest first; start; end), or None when it gives a range or
    a measurement whose dimensions carry two units: a sentence read as no pair."""
    out = []
    for m in _MEASURE.finditer(sentence):
        if _RANGE_BEFORE.search(sentence, _range_reach(sentence, m.start()), m.start()) \
                or _RANGE_AFTER.match(sentence, m.end()):
            return None
        unit = _mm(m.group(4))
        dims = []
        for d in _DIMENSION.finditer(m.group(0)):
            if d.group(2) and _mm(d.group(2)) != unit:
                return None
            dims.append(round(float(d.group(1)) * unit, 2))
        out.append((tuple(sorted(dims, reverse=True)), m.start(), m.end()))
    return out


@dataclass(frozen=True)
class ReportPairs:
    """A report's sentences of exactly two measurements (each pair with where its values stand in the report), and
    every dimension of every measurement it gives."""

    pairs: tuple[tuple[tuple[Size, int, int], tuple[Size, int, int]], ...]
    dimensions: frozenset[float]
    sentences: tuple[tuple[int, int], ...] = ()  # (each pair's sentence span in the report)


@lru_cache(maxsize=256)
def report_pairs(report: str) -> ReportPairs:
    """The pairs and dimensions of ``report`` (memoised: a benchmark's chains share their report)."""
    pairs = []
    spans = []
    dims: set[float] = set()
    for m in SENTENCE.finditer(report):
        got = measurements(m.group())
        if got is None:  # (a range's dimensions are still the report's: a chain quoting one end quotes the report)
            dims.update(round(float(d.group(1)) * _mm(d.group(2)), 2) for d in _DIMENSION.finditer(m.group()) if d.group(2))
            continue
        dims.update(d for size, _a, _b in got for d in size)
        if len(got) == 2 and got[0][0] != got[1][0]:
            pairs.append(tuple((size, m.start() + a, m.start() + b) for size, a, b in got))
            spans.append((m.start(), m.end()))
    return ReportPairs(tuple(pairs), frozenset(dims), tuple(spans))  # type: ignore[arg-type]


def _conflict(a: Size, b: Size) -> bool:
    """Whether two measurements of one thing disagree at the lesion rule (several dimensions span smallest to
    largest: ``attr_conflicts.sizes_conflict``)."""
    return sizes_conflict(a[0], b[0], True, a[-1] if len(a) > 1 else None, b[-1] if len(b) > 1 else None)


def _earlier(low: str, pair: Sequence[tuple[Size, int, int]]) -> list[bool]:
    """Which measurements of a pair (at their places in ``low``) are an earlier study's
    (``scope_words.earlier_measurement``): read strictly first ("23 cm today against 130 mm before": the 23 mm is
    not the earlier one for a "before" five words on), then after an earlier word right before it ("40 x 32 mm
    (earlier 15 x 11 mm)"), then loosely ("was 20 mm and is now 12 mm"); the first reading that marks one of the two."""
    for read in (lambda a, b: earlier_measurement(low, a, b, strict=True),
                 lambda a, _b: _THEN_LEAD.search(low, max(0, a - 25), a) is not None,
                 lambda a, b: earlier_measurement(low, a, b)):
        got = [read(a, b) for _s, a, b in pair]
        if got.count(True) == 1:
            return got
    return [False] * len(pair)


def _same_relation(low: str, got: Sequence[tuple[Size, int, int]], other: int, report: str, span: tuple[int, int],
                   pair: Sequence[tuple[Size, int, int]], theirs: int) -> bool:
    """Whether a chain sentence ``low`` says its pair ``got`` as the report sentence (``span``) says ``pair``: the
    chain's other value (index ``other``) stands as the report's (index ``theirs``) does (review found57: "the 12 mm
    nodule is well below the 30 mm cutoff", "16 cm with a 2 cm cyst", "lies 2 cm from the pleura" pair the report's
    12 mm or 16 cm with a threshold or another thing, not with its earlier size). Of a report pair one of whose values
    is an earlier study's, the chain's must be too, the same one; of another pair (two sides, a mass and its wall), the
    chain's other value may not name the side of the report's anchor only, nor its own thing after its unit that the
    report's other value's words lack (``aligned_sizes.measured_head``, side words kept)."""
    rlow = report[span[0]:span[1]].lower()
    then = _earlier(rlow, [(size, a - span[0], b - span[0]) for size, a, b in pair])
    if then[0] != then[1]:
        mine = _earlier(low, got)
        return mine[0] != mine[1] and mine[other] == then[theirs]
    ours = measured_head(low, got[other][1], got[other][2], _NOT_THING)
    known, kept = (measured_head(rlow, a - span[0], b - span[0], _NOT_THING) for _s, a, b in (pair[theirs],
                                                                                            pair[1 - theirs]))
    # (the side of the anchor's thing, not the other's: "the left kidney is 11.4 cm with a 4 cm upper pole cyst" of "the
    # right kidney measures 9.1 cm and the left kidney 11.4 cm"; only sides, the words of a thing reaching back into
    # the whole sentence before it)
    theirs_side, kept_side, our_side = (_SIDE_WORDS & h for h in (known, kept, ours))
    if theirs_side - kept_side and not our_side & theirs_side and our_side & (kept_side - theirs_side):
        return False
    # (a value naming its own thing right after its unit, "a 2 cm cyst", "the 6 mm follow-up size", "1 mm sections",
    # measures that thing: none of what the report's other value measures; the words before a value reach back over
    # the sentence, too loosely to tell two things apart)
    _size, a, b = got[other]
    return not known or bool(ours & known) or ours == measured_head(low[:b], a, b, _NOT_THING)


def pair_errors(s: StepVerdict, report: str, asserted: Sequence[tuple[int, int]], unit: int,
                hedged: Callable[[str], bool]) -> list[FindingVerdict]:
    """The first measurement of step ``s`` that a report pair sharing its partner contradicts (see the module
    docstring), as an unnamed claim contradicted by the report's other measurement; ``hedged`` reads a sentence's
    hedges."""
    if len(_UNIT_QUICK.findall(s.text)) < 2:
        return []
    known = report_pairs(report)
    if not known.pairs:
        return []
    for m in SENTENCE.finditer(s.text):
        got = measurements(m.group())
        if got is None or len(got) != 2 or got[0][0] == got[1][0]:
            continue
        if not any(x <= m.start() + (m.end() - m.start()) // 2 < y for x, y in asserted) or hedged(m.group()):
            continue
        low = m.group().lower()
        if _TURNED.search(low, got[0][2], got[1][1]):
            continue
        for n, ((anchor, _x, _y), (other, a, b)) in enumerate(((got[0], got[1]), (got[1], got[0]))):
            if other[0] in known.dimensions:
                continue
            theirs = [(q if p[0] == anchor else p, k, int(p[0] == anchor)) for k, (p, q) in enumerate(known.pairs)
                      if anchor in (p[0], q[0])]
            if len({t[0][0] for t in theirs}) != 1:
                continue
            (size, ra, rb), k, index = theirs[0]
            # (the change said as its amount, "grown by 4 mm to 12 mm" of "12 mm, previously 8 mm", is no size)
            if abs(other[0] - abs(anchor[0] - size[0])) <= _DELTA_MM:
                continue
            if not _same_relation(low, got, 1 - n, report, known.sentences[k], known.pairs[k], index):
                continue
            if _conflict(other, size):
                start, end = m.start() + a, m.start() + b
                return [unnamed_conflict(s, (s.text[start:end], start, end), (report[ra:rb], ra, rb), report,
                                         "aligned-size-pair-conflict", unit)]
    return []


__all__ = ["ReportPairs", "measurements", "pair_errors", "report_pairs"]
