"""The forms an open answer's words and numbers take, read as one: what the open-answer grader (``score/open_grade.py``)
compares once the plain tokens differ.

Why a form and not a synonym: "pleural effusions" and "pleural effusion", "haematoma" and "hematoma", "2.4 cm" and
"24 mm", "grade II" and "grade 2", "lower lobe of the left lung" and "left lower lobe" say the same thing in
different writing. None needs a medical table; each is a rule of spelling, number or word order, kept narrow so a
different answer never reads as the same one:

* a word is compared with its plural folded ("effusions", "metastases", "vertebrae", "emboli", "varices"; words of
  four letters or more, so "ms" is never "m") and in one spelling (:func:`medstep.answers.wordforms.spelling`);
* an ordinal is its number ("first-degree" and "1st degree"); a Roman numeral after a word that grades or types
  ("grade", "stage", "type", "Bosniak", "Mobitz") is its digits; "type" before a number is no word of its own
  ("Mobitz type II" and "Mobitz II"); "to" between two numbered words is the range's dash ("V1 to V4", "V1-V4");
* a quantity (:class:`Quantity`) is its value in one unit of its dimension: lengths in mm, volumes in mL, times in
  seconds, rates per minute, masses in grams ("2.4 kg", "2400 g"), gestational ages in days ("32 weeks 4 days",
  "32w4d"), percentages; a decimal comma ("2,4 cm") is a decimal point, commas grouping thousands ("1,200 mL") are dropped. A sum with its total ("Gleason
  3+4=7") stands for the total when the gold gives no sum (:func:`totals`); a bare number stands for the gold's
  number only when the answer names no unit at all ("80" to "80%");
* the words of one named thing may come in another order, with "of"/"in" and articles dropped ("fracture of the
  femoral neck", "femoral neck fracture"; "lung" is implied by "lobe"), but never when a word whose place carries
  meaning is there: a list or a contrast ("and", "or", "versus", "with", a negation) or a direction ("right to left
  shunt" is not "left to right shunt").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Sequence

from medstep.answers.text import GRADERS, NUMBER_WORDS, ORDINAL_WORDS, ROMAN_NUMERALS, TENS, normalize_text, tokens
from medstep.answers.wordforms import spelling, word_head
from medstep.lazyre import lazy_compile

# Units by dimension, each with its factor to the dimension's base unit (mm, mL, s, per minute, %, days, mmHg, g, °);
# the Chinese names of the units a report gives sizes, volumes, rates and masses in ("3.2厘米", "15毫米", "80次/分").
_UNITS: dict[str, tuple[str, float]] = {}
for _dim, _base, _table in (
    ("length", "mm", {"mm": 1.0, "millimeter": 1.0, "millimeters": 1.0, "millimetre": 1.0, "millimetres": 1.0,
                      "cm": 10.0, "centimeter": 10.0, "centimeters": 10.0, "centimetre": 10.0, "centimetres": 10.0,
                      "m": 1000.0, "meter": 1000.0, "meters": 1000.0, "metre": 1000.0, "metres": 1000.0,
                      "毫米": 1.0, "厘米": 10.0, "公分": 10.0}),
    ("volume", "ml", {"ml": 1.0, "milliliter": 1.0, "milliliters": 1.0, "millilitre": 1.0, "millilitres": 1.0,
                      "cc": 1.0, "l": 1000.0, "liter": 1000.0, "liters": 1000.0, "litre": 1000.0, "litres": 1000.0,
                      "毫升": 1.0}),
    ("time", "s", {"ms": 0.001, "msec": 0.001, "millisecond": 0.001, "milliseconds": 0.001, "s": 1.0, "sec": 1.0,
                   "second": 1.0, "seconds": 1.0, "毫秒": 0.001}),
    ("rate", "/min", {"bpm": 1.0, "beats per minute": 1.0, "beats/min": 1.0, "beats / min": 1.0, "beats/minute": 1.0,
                      "/min": 1.0, "per minute": 1.0, "b/min": 1.0, "min-1": 1.0, "breaths per minute": 1.0,
                      "breaths/min": 1.0, "breaths / min": 1.0, "breaths/minute": 1.0, "次/分": 1.0, "次/分钟": 1.0}),
    ("percent", "%", {"%": 1.0, "percent": 1.0, "per cent": 1.0}),
    ("age", "d", {"weeks": 7.0, "week": 7.0, "wks": 7.0, "wk": 7.0, "w": 7.0, "days": 1.0, "day": 1.0, "d": 1.0}),
    ("pressure", "mmhg", {"mmhg": 1.0, "mm hg": 1.0, "毫米汞柱": 1.0}),
    ("mass", "g", {"g": 1.0, "gram": 1.0, "grams": 1.0, "gramme": 1.0, "grammes": 1.0, "kg": 1000.0, "kilogram": 1000.0,
                   "kilograms": 1000.0, "mg": 0.001, "milligram": 0.001, "milligrams": 0.001, "克": 1.0, "千克": 1000.0,
                   "公斤": 1000.0, "毫克": 0.001}),
    ("angle", "°", {"°": 1.0, "degrees": 1.0, "degree": 1.0, "deg": 1.0}),
):
    for _name, _factor in _table.items():
        _UNITS[_name] = (_dim, _factor)

_UNIT_ALT = "|".join(sorted((u.replace("/", r"\s*/\s*").replace(" ", r"\s+").replace("%", "%")
                             for u in _UNITS), key=len, reverse=True))
# A number (not part of a word: "V1", "T2" and "S1" are names) with its unit: thousands grouped by commas ("1,200"),
# or a decimal point or a decimal comma of one or two digits ("2,4 cm"); a minus before it, not after a word or a number
# ("T-score -2.7"; "25-30" is a range), makes it negative.
_QUANTITY = lazy_compile(r"(?<![\w.,/])(?:(?<![\w.,/)\]])[-−](?=\d))?(\d{1,3}(?:,\d{3})+(?![.,]?\d)|\d+(?:\.\d+|,\d{1,2}(?!\d))?)(?![.,]\d)\s*("
                         + _UNIT_ALT + r")?(?![a-z])")
# A number spelled in words right before a unit ("thirty-two degrees", "five millimetres", "twenty percent"): its digits.
# Only there: "one" or "two" elsewhere is no quantity ("the left one").
_SPELLED = lazy_compile(r"\b(?:(" + "|".join(TENS) + r")(?:[\s-](" + "|".join(NUMBER_WORDS[1:10]) + r"))?|("
                        + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"))(?=\s*(?:" + _UNIT_ALT
                        + r")(?![a-z]))")
# Gestational age written compactly: "32w4d", "32w 4d", "32+4 weeks".
_WEEKS_DAYS = lazy_compile(r"\b(\d+)\s*w\s*\+?\s*(\d)\s*d\b")
_WEEKS_PLUS = lazy_compile(r"\b(\d+)\s*\+\s*(\d)\s*(?:weeks|week|wks|wk|w)\b")


_ROMAN = {r: str(i) for i, r in enumerate(ROMAN_NUMERALS, start=1)}
# Words after which a Roman numeral is a grade or a type ("grade II", "Bosniak IV", "Mobitz II", "stage III").
_GRADED_ROMAN = lazy_compile(r"\b((?:" + "|".join(GRADERS) + r")[\s-]+(?:type\s+)?)(" + "|".join(
    sorted((r for r in _ROMAN), key=len, reverse=True)) + r")\b")


# Where a clause or a list item ends: a comma, semicolon, colon, slash, bracket, a sentence's full stop or a spaced
# dash. Kept as the word :data:`BREAK`, so a reader of one noun phrase knows where it stops ("pleural effusion,
# pneumothorax" is two findings; "large pneumothorax" one).
_BREAK = lazy_compile(r"[,;:/()\[\]]|\.(?=\s|$)|\s[-–—]\s|[–—]")
BREAK = ","


@dataclass(frozen=True)
class Quantity:
    """A number with its unit, as its value in the base unit of its dimension ("2.4 cm": 24.0 length); ``written``
    is how it was written (number and unit as given), so a grader can tell a converted match from a plain one."""

    value: float
    dimension: str  # "" for a bare number
    written: str

    def same(self, other: "Quantity") -> bool:
        return self.dimension == other.dimension and abs(self.value - other.value) <= 1e-9 * max(1.0, abs(self.value))


@dataclass(frozen=True)
class Reading:
    """An answer's words (each a token, or ``"#n"`` standing for its n-th quantity) and its quantities."""

    words: tuple[str, ...]
    quantities: tuple[Quantity, ...]


# A Chinese character right before a digit ("约3.2厘米", "直径15毫米"): a word of its own, not part of a name as "T2" is.
_HAN_BEFORE_DIGIT = lazy_compile(r"([\u3400-\u9fff])(?=\d)")
_SUM = lazy_compile(r"\b\d+\s*\+\s*\d+\s*=\s*(\d+)\b")


def _digits_of(m: re.Match[str]) -> str:
    if m.group(3):
        return str(NUMBER_WORDS.index(m.group(3)))
    return str(20 + 10 * TENS.index(m.group(1)) + (NUMBER_WORDS.index(m.group(2)) if m.group(2) else 0))


def unit_alternation() -> str:
    """A regular expression alternation of every unit the grader reads (longest first), for a reader that finds a unit
    named in words ("in mm", ``score/open_units.py``)."""
    return _UNIT_ALT


def totals(answer: str, gold: str) -> str:
    """``answer`` with each written sum replaced by its total ("Gleason 3+4=7" as "Gleason 7") when ``gold`` writes
    no sum: a gold "7" asks the total; a gold "3+4=7" is no "4+3=7"."""
    return _SUM.sub(r"\1", answer) if _SUM.search(answer) and not _SUM.search(gold) else answer


def _unit(text: str) -> tuple[str, float] | None:
    key = " ".join(text.lower().replace("/", " / ").split()).replace(" / ", "/")
    return _UNITS.get(key) or _UNITS.get(key.replace(" ", ""))


@lru_cache(maxsize=8192)
def read(text: str) -> Reading:
    """``text`` as words and quantities (see module docstring); weeks and days one after the other are one age."""
    low = _PRODUCT.sub(" x ", unicodedata.normalize("NFKC", text).lower())
    low = _HAN_BEFORE_DIGIT.sub(r"\1 ", low) if not low.isascii() else low  # "约3.2厘米": no word glued to the number
    low = _SPELLED.sub(_digits_of, low) if any(c.isalpha() for c in low) else low
    low = _WEEKS_PLUS.sub(r"\1 weeks \2 days", _WEEKS_DAYS.sub(r"\1 weeks \2 days", low))
    low = _GRADED_ROMAN.sub(lambda m: m.group(1) + _ROMAN[m.group(2)], low)
    quantities: list[Quantity] = []
    parts: list[str] = []
    last = 0
    found_all = list(_QUANTITY.finditer(low))
    for k, m in enumerate(found_all):
        digits, unit = m.group(1), m.group(2) or _range_unit(low, m, found_all[k + 1] if k + 1 < len(found_all) else None)
        number = digits.replace(",", "") if len(digits.rsplit(",", 1)[-1]) == 3 else digits.replace(",", ".")
        found = _unit(unit) if unit else None
        if unit and found is None:
            continue
        dim, factor = found if found else ("", 1.0)
        parts.append(low[last:m.start()])
        sign = -1.0 if low[m.start()] in "-−" else 1.0
        quantities.append(Quantity(sign * float(number) * factor, dim,
                                   f"{'-' if sign < 0 else ''}{digits} {unit or ''}".strip()))
        parts.append(f" qty{len(quantities) - 1} ")
        last = m.end()
    parts.append(low[last:])
    words = [w if not w.startswith("qty") or not w[3:].isdigit() else "#" + w[3:]
             for w in normalize_text(_BREAK.sub(" qbreak ", "".join(parts))).split()]
    return _ages([BREAK if w == "qbreak" else w for w in words], quantities)


# What joins a range's two ends ("25-30%", "25–30%", "25 to 30%", "between 25 and 30%") or a product's factors
# ("1.8 x 1.2 cm"): the ends or factors share the unit written once.
_RANGE_JOIN = lazy_compile(r"\s*(?:-|–|—|to)\s*|\s+x\s+")
# A product of sizes however written ("1.8 × 1.2 cm", "1.8 by 1.2 cm", "1.8x1.2 cm") is written "1.8 x 1.2 cm".
_PRODUCT = lazy_compile(r"(?<=\d)\s*(?:×|x|by)\s*(?=\d)")
_BETWEEN_AND = lazy_compile(r"\s+and\s+")
_BETWEEN = lazy_compile(r"\bbetween\s+$")


def _range_unit(low: str, m: re.Match[str], nxt: re.Match[str] | None) -> str | None:
    """The unit a range's first end written without one takes from its second ("25-30%" is 25% to 30%, "0.8-1.0 cm"
    0.8 cm to 1.0 cm, "between 25 and 30%"), a product's factor from the next ("1.8 x 1.2 cm" is 18 by 12 mm), else
    ``None``."""
    if nxt is None or not nxt.group(2):
        return None
    gap = low[m.end():nxt.start()]
    if _RANGE_JOIN.fullmatch(gap) or (_BETWEEN_AND.fullmatch(gap) and _BETWEEN.search(low, 0, m.start())):
        return nxt.group(2)
    return None


def _ages(words: list[str], quantities: list[Quantity]) -> Reading:
    """Weeks then days ("32 weeks 4 days", "32 weeks and 4 days") as one age in days."""
    out: list[str] = []
    kept: list[Quantity] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w.startswith("#"):
            q = quantities[int(w[1:])]
            j = i + 2 if i + 2 < len(words) and words[i + 1] == "and" else i + 1
            nxt = quantities[int(words[j][1:])] if j < len(words) and words[j].startswith("#") else None
            if q.dimension == "age" and nxt is not None and nxt.dimension == "age" and q.value % 7 == 0 \
                    and nxt.value < 7:
                q = Quantity(q.value + nxt.value, "age", f"{q.written} {nxt.written}")
                i = j
            out.append(f"#{len(kept)}")
            kept.append(q)
        else:
            out.append(w)
        i += 1
    return Reading(tuple(out), tuple(kept))


_ORDINALS = {w: f"{i}st" if i == 1 else f"{i}nd" if i == 2 else f"{i}rd" if i == 3 else f"{i}th"
             for i, w in enumerate(("zeroth", *ORDINAL_WORDS))}
_NUMBERS = {w: str(i) for i, w in enumerate(NUMBER_WORDS)}
# British and American word forms that :func:`spelling` leaves apart.
_WORD_SPELLINGS = {"grey": "gray", "greyish": "grayish", "sulphur": "sulfur", "aluminium": "aluminum"}


@lru_cache(maxsize=16384)
def _spelled(word: str) -> str:
    """``word`` in one spelling (memoised: a pure reading of a word, asked once per word of every answer read; a long
    reply repeats its words, "a " x 15,000 read ~45,000 times; issue #12, session 59)."""
    word = spelling(_WORD_SPELLINGS.get(word, word))
    if len(word) > 5 and word.endswith(("ise", "ised", "ises", "ising", "isation", "isations")):
        word = word.replace("is", "iz", 1) if word.count("is") == 1 else word
    if len(word) > 4 and word.endswith(("tre", "bre", "vre")):
        word = word[:-2] + "er"
    return word


def forms(words: Sequence[str]) -> list[str]:
    """Each word in one spelling, ordinals and graded Roman numerals as digits, "type" before a number and "to"
    between numbered words dropped, and "between ... and" around two (see module docstring)."""
    out: list[str] = []
    for i, w in enumerate(words):
        prev = out[-1] if out else ""
        nxt = words[i + 1] if i + 1 < len(words) else ""
        w = _ORDINALS.get(w, _NUMBERS.get(w, w))
        if w in ("1st", "2nd", "3rd") or (w.endswith("th") and w[:-2].isdigit()):
            w = w[:-2]  # "1st degree" and "first-degree" alike; a bare "1st" is the number's place, read as it
        if w == "type" and _numbered(nxt):
            continue
        if w == "to" and prev and _numbered(prev) and _numbered(nxt):
            continue
        if w == "between" and i + 3 < len(words) and _numbered(nxt) and words[i + 2] == "and" \
                and _numbered(words[i + 3]):
            continue  # "between 25 and 30%" is the range "25 to 30%"
        if w == "and" and i >= 2 and words[i - 2] == "between" and _numbered(prev) and _numbered(nxt):
            continue
        out.append(_spelled(w) if w.isalpha() else w)
    return out


def _numbered(word: str) -> bool:
    return any(c.isdigit() for c in word) or word.startswith("#") or word in _NUMBERS


@lru_cache(maxsize=16384)
def singulars(word: str) -> frozenset[str]:
    """``word`` and the singulars it may be the plural of (regular and Latin/Greek plurals); words of four letters
    or more only."""
    out = {word}
    if len(word) < 4 or not word.isalpha():
        return frozenset(out)
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        out.add(word[:-1])
        if word.endswith("es"):
            out.update((word[:-2], word[:-2] + "is"))
        if word.endswith("ies"):
            out.add(word[:-3] + "y")
        if word.endswith("aces"):
            out.add(word[:-3] + "x")  # "pneumothoraces", "thoraces"
        if word.endswith("ices"):
            out.update((word[:-4] + "ex", word[:-4] + "ix"))
    elif word.endswith("ae"):
        out.add(word[:-1])
    elif word.endswith("i"):
        out.add(word[:-1] + "us")
    elif word.endswith("ata"):
        out.add(word[:-2])
    elif word.endswith("a"):
        out.add(word[:-1] + "um")
    return frozenset(out)


@lru_cache(maxsize=65536)
def same_word(a: str, b: str, heads: bool = False) -> bool:
    """Whether two words are one in plural and, with ``heads``, in the word-form table's group ("renal" and
    "kidney", :func:`medstep.answers.wordforms.word_head`)."""
    if a == b:
        return True
    if a.startswith("#") or b.startswith("#"):
        return False
    sa, sb = singulars(a), singulars(b)
    if sa & sb:
        return True
    study = _study(a)
    if study is not None and study == _study(b):
        return True
    return heads and bool({word_head(x) for x in sa} & {word_head(x) for x in sb})


# A study and its technique, one word in two forms: "mammogram" and "mammography", "angiogram" and "angiographic",
# "radiograph" and "radiography" (a stem of four letters at least, closing on "o": "program" is no study).
_STUDY = lazy_compile(r"([a-z]{3,}?o)(?:graphy|graphic|graphs?|grams?)")


def _study(word: str) -> str | None:
    """The stem of a word naming an imaging study or its technique ("mammo" of "mammogram"), else ``None``."""
    m = _STUDY.fullmatch(word)
    return m.group(1) if m is not None else None


# Words whose place carries meaning: a list, a contrast, a negation or a direction. The words of one named thing
# are compared in any order only when neither answer holds one.
_ORDERED = frozenset({"and", "or", "nor", "versus", "vs", "with", "without", "not", "no", "non", "to", "from", "into",
                      "than", "toward", "towards", "plus", "but", "except"})
# Words that only link the parts of one name in its longer order ("lower lobe of the left lung", "pneumothorax on the
# right side", "left-sided pneumothorax").
_LINKS = frozenset({"of", "in", "on", "at", "the", "a", "an", "side", "sided"})


def bag(words: Sequence[str]) -> list[str] | None:
    """The words of one named thing, links dropped and "lung" implied by "lobe"; ``None`` when order matters."""
    if any(w in _ORDERED for w in words):
        return None
    bag = [w for w in words if w not in _LINKS]
    if any(w in ("lobe", "lobes") for w in bag):
        bag = [w for w in bag if w not in ("lung", "lungs")]
    return bag


Compare = Callable[[str, str], bool]


def in_order(a: Sequence[str], b: Sequence[str], eq: Compare) -> bool:
    return len(a) == len(b) and all(eq(x, y) for x, y in zip(a, b))


def any_order(a: Sequence[str], b: Sequence[str], eq: Compare) -> bool:
    """Whether ``a`` and ``b`` are the words of one named thing in two orders (see :func:`bag`)."""
    ba, bb = bag(a), bag(b)
    if ba is None or bb is None or len(ba) != len(bb) or len(ba) < 2:
        return False
    left = list(bb)
    for x in ba:
        hit = next((k for k, y in enumerate(left) if eq(x, y)), None)
        if hit is None:
            return False
        left.pop(hit)
    return True


def joined(a: Sequence[str], b: Sequence[str]) -> bool:
    """The same letters split otherwise ("xray" and "x ray", "groundglass" and "ground glass")."""
    return len(a) != len(b) and "".join(a) == "".join(b) and all(not w.startswith("#") for w in (*a, *b))


def numbers_agree(a: Reading, b: Reading) -> bool:
    """Whether the quantities of ``a`` (the answer) are those of ``b`` (the gold), one for one; a bare number of an
    answer that names no unit at all stands for the gold's number in the gold's unit ("80" to "80%")."""
    if len(a.quantities) != len(b.quantities):
        return False
    bare = all(not q.dimension for q in a.quantities)
    for qa, qb in zip(a.quantities, b.quantities):
        if qa.same(qb):
            continue
        if not (bare and qb.dimension and Counter(qb.written.split()[:1]) == Counter(qa.written.split()[:1])):
            return False
    return True


def written_alike(a: Reading, b: Reading) -> bool:
    """Whether the quantities were written alike (number and unit as given, spaces aside)."""
    return [q.written.replace(" ", "") for q in a.quantities] == [q.written.replace(" ", "") for q in b.quantities]


def same_tokens(answer: str, gold: str) -> bool:
    """Whether ``answer`` and ``gold`` are the same tokens, a plural "s" token aside."""
    p, g = tokens(answer), tokens(gold)
    return p == g or [t for t in p if t != "s"] == [t for t in g if t != "s"]


__all__ = ["bag", "same_tokens", "BREAK", "Quantity", "totals", "unit_alternation", "Reading", "any_order", "forms", "in_order", "joined", "numbers_agree", "read", "same_word",
           "singulars", "written_alike"]
