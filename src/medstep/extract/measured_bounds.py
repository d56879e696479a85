"""A measurement said as a bound, and the verdict of a band (shared with ``extract/measured.py``).

"The cardiothoracic ratio is less than 0.5." to "Is the heart enlarged?": the model gives no value, only the side of a
cut-off it lies on. The value lies in an interval, and the answer is read where every value of that interval gets the
same verdict from the row's bands (``extract/thresholds.py``): "CTR under 0.5" is no to cardiomegaly, "CTR under 0.55"
reaches the gap the row leaves open and is not read, "PR under 200 ms" to "Is the PR normal?" is not read either (a PR
below the normal band is short, not normal).
"""

from __future__ import annotations

import math
import re

from medstep.answers import NO, YES
from medstep.extract import asked_cutoff
from medstep.extract.thresholds import INF, Dimension, Predicate, Threshold
from medstep.lazyre import lazy_compile

# A value said as a bound, the comparator right before the number ("The CTR is less than 0.5.", "QTc > 500 ms", "EF
# at least 60%"): the value lies in an interval, read where every point of it gets one verdict (:func:`interval_verdict`).
# The comparisons are the question's cut-off's (``asked_cutoff.BOUND``); "at most", "at least" and the symbols
# with "=" hold the number itself. "Up to" is none of them: "nodes with SUVmax up to 11.2" gives the largest value, read
# as the value itself (``measured._GAP_WORDS``). Not inside a word or after another comparison sign.
BOUND_BEFORE = lazy_compile(r"(?i)(?<![\w<>])" + asked_cutoff.BOUND + r"\s*(?:about\s+|approximately\s+)?$")
# how far inside a bound its strict side begins, relative to the bound ("under 0.5" holds no 0.5)
_NUDGE = 1e-9


def bands_of(row: Threshold, value: float) -> set[str]:
    """The names of the row's bands holding ``value``."""
    return {b.name for b in row.bands if b.holds(value)}


def band_verdict(bands: set[str], predicate: Predicate) -> str | None:
    """yes where the bands are only the predicate's yes bands, no where only its no bands, else ``None``."""
    if bands & predicate.yes and not bands & predicate.no:
        return YES
    if bands & predicate.no and not bands & predicate.yes:
        return NO
    return None


def interval(comparator: re.Match[str], value: float) -> tuple[float, float]:
    """The values a bound admits: below or above ``value``, the number itself only with "=", "at most", "at least"."""
    nudge = _NUDGE * (1 + abs(value))
    if comparator.group("atmost") is not None:
        return -INF, value
    if comparator.group("below") is not None or comparator.group("lt") is not None:
        return -INF, value - nudge
    return (value, INF) if comparator.group("atleast") is not None else (value + nudge, INF)


def interval_verdict(row: Threshold, predicate: Predicate, low: float, high: float) -> str | None:
    """The one verdict every value of ``[low, high]`` gets, or ``None``. A value in a band gets the band's; one between
    two bands none (the row leaves it open: "CTR under 0.55" reaches the gap above 0.50); one beyond the outermost
    band on a side gets that band's verdict where it is no ("CTR less than 0.5" to "Is the heart enlarged?": below the
    normal band is not enlarged either), else none ("PR under 200 ms" to "Is the PR normal?": a short PR is not). A
    ratio or a percentage has no value beyond 1 or 100, and no quantity one below 0 unless a band reaches below it."""
    lows, highs = [b.low for b in row.bands], [b.high for b in row.bands]
    floor = min(0.0, *lows)
    ceiling = max(highs) if row.dimension in (Dimension.RATIO, Dimension.PERCENT) else INF
    low, high = max(low, floor), min(high, ceiling)
    if low > high:
        return None
    edges = sorted({low, high, *(e for e in lows + highs if low < e < high)})
    points = edges + [(a + b) / 2 for a, b in zip(edges, edges[1:]) if math.isfinite(a) and math.isfinite(b)]
    if not math.isfinite(edges[-1]):  # "QTc above 500 ms": the values far beyond every band's edge
        points.append(max(e for e in [*lows, *highs, low] if math.isfinite(e)) * 2 + 1000)
    if not math.isfinite(edges[0]):
        points.append(min(e for e in [*lows, *highs, high] if math.isfinite(e)) * 2 - 1000)
    verdicts = {_point_verdict(row, predicate, p) for p in points if math.isfinite(p)}
    return verdicts.pop() if len(verdicts) == 1 else None


def _point_verdict(row: Threshold, predicate: Predicate, value: float) -> str | None:
    """The verdict of one value (see ``interval_verdict``)."""
    bands = bands_of(row, value)
    if bands:
        return band_verdict(bands, predicate)
    below = [b for b in row.bands if b.low > value]
    above = [b for b in row.bands if b.high < value]
    if below and above:
        return None  # between two bands
    outer = min(below, key=lambda b: b.low) if below else max(above, key=lambda b: b.high)
    verdict = band_verdict({outer.name}, predicate)
    return verdict if verdict == NO else None


__all__ = ["BOUND_BEFORE", "band_verdict", "bands_of", "interval", "interval_verdict"]
