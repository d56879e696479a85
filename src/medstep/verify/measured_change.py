"""A change since an earlier study told by two measurements, one of them the earlier study's ("measuring 9.5 cm,
compared with 6.5 cm on a radiograph from two years ago", "2.8 cm, up from 1.6 cm", "41 mm (previously 33 mm)"), or by two values of one
named ratio ("cardiothoracic ratio 0.52, previously 0.48", "the CTR has gone from 0.50 to 0.63": ``ratio_change``): a
concern of its own, read by ``changes`` for a sentence that names its finding but no change word."""

from __future__ import annotations

from medstep.lazyre import lazy_compile
from medstep.verify.quantities import LARGER_WORSE, RATIO, quantity_name, read_quantities, rounding
from medstep.verify.scope_words import earlier_measurement
from medstep.verify.sizes import is_limit

# a measurement of one to three dimensions ("41 mm", "4.8 x 4.2 cm", "2.8 x 2.4 x 2.3 cm"), from a digit run's start
# (see quantities._ANGLE): before, only the last dimension of a pair was read, so "6.0 x 4.2 cm, previously 4.0 x 3.8
# cm" compared 4.2 with 3.8 and a growth by half read as no change (errs42); a measurement is its largest dimension
_SIZE = lazy_compile(r"(?<!\d)(\d+(?:\.\d+)?(?:\s*(?:x|\u00d7|by)\s*\d+(?:\.\d+)?){0,2})\s*(cm|mm)\b")
_DIMENSION = lazy_compile(r"\d+(?:\.\d+)?")
_SAME = 1.1  # sizes within this factor of each other are the same measurement


def measured_change(low: str, ratios: bool = True) -> tuple[str, int, int] | None:
    """A change told by two measurements, one of an earlier study ("measuring 9.5 cm, compared with 6.5 cm on a
    radiograph from two years ago", "2.8 cm, up from 1.6 cm"): worse when the later one is larger, better when
    smaller, unchanged when within ``_SAME``; as (value, start, end) of the later measurement. With no two sizes, the
    change two values of a named ratio tell (``ratio_change``), unless ``ratios`` is False: a ratio's change is its
    own thing's, not that of the first finding its sentence names ("small effusions; CTR 0.58, previously 0.52" is no
    growth of the effusions), so ``changes`` asks for sizes only. A text with no digit tells none (both readings
    need numbers: ``_SIZE``'s and a ratio's, ``read_quantities`` reading no ratio without a digit), answered at C
    speed: ~1% of the verifier on the corpus chains read the sizes and the quantities of digit-free sentences (issue
    #12)."""
    if _DIMENSION.search(low) is None:
        return None
    sizes = [
        (max(float(d) for d in _DIMENSION.findall(m.group(1))) * (10.0 if m.group(2) == "cm" else 1.0), m)
        for m in _SIZE.finditer(low)
        if not is_limit(low, m.start(), m.end())  # "past the 1 cm cut-off": a rule's number, no measurement
    ]
    if len(sizes) < 2:
        return ratio_change(low) if ratios else None
    then = [(v, m) for v, m in sizes if earlier_measurement(low, m.start(), m.end())]
    if len(then) > 1:  # "41 mm (previously 33 mm)": the earlier word after the first names the second one's time
        then = [(v, m) for v, m in then if earlier_measurement(low, m.start(), m.end(), strict=True)]
    now = [(v, m) for v, m in sizes if all(m is not t[1] for t in then)]
    if len(then) != 1 or not now:
        return None
    before = then[0][0]
    after, m = now[0]
    value = "worsened" if after > before * _SAME else "improved" if after * _SAME < before else "stable"
    return value, m.start(), m.end()


# a ratio's other value: a bare number with a decimal point (a ratio is written "0.48", "1.4"), no unit, no part of a
# measurement of several dimensions or of a date, not a bound ("greater than 0.5") nor a limit ("the 0.5 cut-off")
_BARE = lazy_compile(r"(?<![\d./:-])\d+\.\d+(?!\d|\.\d|[/:-]\d|\s*(?:mm|cm|%|\u00b0|degrees?\b|x\b|\u00d7|by\b|hu\b))")
_NOT_A_VALUE = lazy_compile(r"(?:\b(?:greater|more|less|lower|higher|over|above|under|below|exceed\w*|beyond|least|most|"
                            r"up\s+to|normal|threshold|cut[\s-]?off|limit)\b[^\d]{0,12}|[<>\u2264\u2265]\s*)$")
_TO_BEFORE = lazy_compile(r"\b(?:to|now|today|currently)\s+(?:about\s+|approximately\s+|around\s+)?$")
# two values of a ratio closer than this (beyond their rounding) tell no direction: read neither way
_RATIO_STEP = 0.02


def ratio_change(low: str) -> tuple[str, int, int] | None:
    """A change told by two values of one named ratio (``quantities.read_quantities``), one of them an earlier study's
    ("cardiothoracic ratio 0.52, previously 0.48", "the CTR has risen from 0.50 to 0.63", "ratio 0.56 today, 0.56 on
    the prior film"): "stable" when they are the same value; for a ratio whose larger value is the worse state
    (``quantities.LARGER_WORSE``), "worsened" or "improved" when they differ by more than the rounding their last
    digits stand for and ``_RATIO_STEP``; else None. As (value, start, end) of the value of now. The sentence must name one
    ratio and give it one other value, else None (which number is whose is not read from a list). None without a digit
    (no ratio is read then: ``measured_change``)."""
    if _DIMENSION.search(low) is None:
        return None
    named = read_quantities(low).get(RATIO)
    if not named or len({quantity_name(v) for v, _s, _e in named}) != 1 or len(named) != 1:
        return None
    value, start, end = next(iter(named))
    others = [m for m in _BARE.finditer(low) if not (m.start() <= start < m.end())
              and _NOT_A_VALUE.search(low, max(0, m.start() - 30), m.start()) is None
              and not is_limit(low, m.start(), m.end())]
    if len(others) != 1:
        return None
    other = others[0]
    a, b = float(low[start:end]), float(other.group())
    if not 0.5 * a <= b <= 2.0 * a:  # (another number of the sentence, not a value of this ratio)
        return None
    first_then = earlier_measurement(low, start, end, strict=True)
    other_then = earlier_measurement(low, other.start(), other.end(), strict=True)
    if first_then and other_then:  # "from 0.50 to 0.63 since last year": the value after "to" is of now
        first_then = _TO_BEFORE.search(low, max(0, other.start() - 24), other.start()) is not None
        other_then = _TO_BEFORE.search(low, max(0, start - 24), start) is not None
    if first_then == other_then:
        return None
    (then, now), (s, e) = ((a, b), other.span()) if first_then else ((b, a), (start, end))
    if abs(now - then) < 1e-9:  # (the same value as written: two values a digit apart may be a slight change)
        return "stable", s, e
    slack = rounding(low[start:end]) + rounding(other.group()) + 1e-9
    if quantity_name(value) not in LARGER_WORSE or abs(now - then) <= slack + _RATIO_STEP:
        return None
    return ("worsened" if now > then else "improved"), s, e
