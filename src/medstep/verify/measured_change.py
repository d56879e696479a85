"""A change since an earlier study told by two measurements, one of them the earlier study's ("measuring 9.5 cm,
compared with 6.5 cm on a radiograph from two years ago", "2.8 cm, up from 1.6 cm", "41 mm (previously 33 mm)"): a
concern of its own, read by ``changes`` for a sentence that names its finding but no change word."""

from __future__ import annotations

from medstep.lazyre import lazy_compile
from medstep.verify.scope_words import earlier_measurement
from medstep.verify.sizes import is_limit

# a measurement of one to three dimensions ("41 mm", "4.8 x 4.2 cm", "2.8 x 2.4 x 2.3 cm"), from a digit run's start
# (see quantities._ANGLE): before, only the last dimension of a pair was read, so "6.0 x 4.2 cm, previously 4.0 x 3.8
# cm" compared 4.2 with 3.8 and a growth by half read as no change (errs42); a measurement is its largest dimension
_SIZE = lazy_compile(r"(?<!\d)(\d+(?:\.\d+)?(?:\s*(?:x|\u00d7|by)\s*\d+(?:\.\d+)?){0,2})\s*(cm|mm)\b")
_DIMENSION = lazy_compile(r"\d+(?:\.\d+)?")
_SAME = 1.1  # sizes within this factor of each other are the same measurement


def measured_change(low: str) -> tuple[str, int, int] | None:
    """A change told by two measurements, one of an earlier study ("measuring 9.5 cm, compared with 6.5 cm on a
    radiograph from two years ago", "2.8 cm, up from 1.6 cm"): worse when the later one is larger, better when
    smaller, unchanged when within ``_SAME``; as (value, start, end) of the later measurement."""
    sizes = [
        (max(float(d) for d in _DIMENSION.findall(m.group(1))) * (10.0 if m.group(2) == "cm" else 1.0), m)
        for m in _SIZE.finditer(low)
        if not is_limit(low, m.start(), m.end())  # "past the 1 cm cut-off": a rule's number, no measurement
    ]
    if len(sizes) < 2:
        return None
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
