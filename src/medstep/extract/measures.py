"""Closed questions answered by a measurement: "CTR ≈ 0.42." to "Is the heart enlarged?" (rule ``implicit_measure``).

Models often answer a yes/no question about a finding that is defined by a
measurement with the measurement alone: "The cardiothoracic ratio is about
0.62 on this PA film.", "The infrarenal aorta measures 5.4 cm.", 心胸比约0.45.
A reader must know the threshold to read them, so this module holds the one
finding-implication table of ``extract`` (:data:`MEASURES`). It is kept small
on purpose: a row is added only for a finding whose textbook definition is a
number, and each row has a gap between its two thresholds where nothing is
read (a CTR of 0.52 is enlarged on a PA film and normal on an AP one; an
ascending aorta of 4 cm is normal where an abdominal one is aneurysmal).

A measurement is read only where it is what the answer concludes with: the
answer's last sentence must give the quantity and exactly one number, no
sentence may hedge, and the question must ask the row's finding (its
positive form, so "Is the heart not enlarged?" reverses the verdict). It is
tried last, after every reader of the answer's words found nothing, so a
stated verdict or finding always wins over the number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from medstep.answers import NO, YES, ZH_NO, ZH_YES
from medstep.extract import asked, implicit

RULE = "implicit_measure"


@dataclass(frozen=True)
class Measure:
    """One row: a quantity in the answer, the question words of the finding it defines, and its thresholds."""

    finding: str  # what the row settles, for the docs and tests
    quantity: re.Pattern[str]  # the measured quantity named in the answer (any language)
    asks: re.Pattern[str]  # the question (its positive form) asks this finding
    unit: str  # "" (a ratio; "62%" is read as 0.62) or "cm" ("mm" converted)
    yes_above: float  # strictly above: the finding is present
    no_upto: float  # at or below: the finding is absent; between the two nothing is read


MEASURES: tuple[Measure, ...] = (
    Measure("cardiomegaly",
            re.compile(r"(?i)\bcardio-?thoracic\s+(?:ratio|index)\b|\bCTR\b|[ií]ndice\s+cardiotor[aá]cico|心胸比"),
            re.compile(r"(?i)\b(?:heart|cardiac\s+silhouette|cardiac\s+shadow|cardiomegaly)\b.*\b(?:enlarged|"
                       r"large|big)\b|\bcardiomegaly\b|\benlarged\s+(?:heart|cardiac)\b|silueta\s+card[ií]aca\s+"
                       r"(?:est[aá]\s+)?aumentada|aumentad[oa]\s+(?:el\s+tama[nñ]o\s+card[ií]aco|la\s+silueta\s+"
                       r"card[ií]aca)|cardiomegalia|心影.*增大|心脏.*增大|心影.*扩大|心脏.*扩大"),
            "", 0.55, 0.50),
    Measure("aortic aneurysm",
            re.compile(r"(?i)\baort(?:a|ic)\b[^.;]{0,40}?\b(?:measures?|measuring|diameter|calibre|caliber)\b|"
                       r"\b(?:diameter|calibre|caliber)\s+of\s+the\s+(?:\w+\s+){0,2}aorta\b"),
            re.compile(r"(?i)\baort(?:a|ic)\b.*\baneurysm(?:al)?\b|\baneurysm(?:al)?\b.*\baort(?:a|ic)\b"),
            "cm", 5.0, 2.5),
)

_NUMBER = re.compile(r"(\d+(?:[.,]\d+)?)\s*(%|cm|mm)?(?![\d.,]*\d)")
_ANY_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])|\n+")
_BETWEEN = re.compile(r"(?i)^[^\d.;。；]{0,30}$")  # quantity ... number: "is about", "≈", "of", "约", "es de"


def _value(sentence: str, row: Measure) -> float | None:
    """The one number the sentence gives for the row's quantity, in the row's unit, or ``None``."""
    q = row.quantity.search(sentence)
    if q is None or len(_ANY_NUMBER.findall(sentence)) != 1:
        return None
    m = _NUMBER.search(sentence, q.end())
    if m is None or _BETWEEN.match(sentence[q.end():m.start()]) is None:
        return None
    value = float(m.group(1).replace(",", "."))
    unit = (m.group(2) or "").lower()
    if row.unit == "":
        if unit in ("cm", "mm"):
            return None
        return value / 100 if unit == "%" or value > 1 else value
    if unit == "mm":
        return value / 10
    return value if unit == "cm" else None


def read_measure(text: str, question: str) -> str | None:
    """yes/no (是/否 in Chinese) when the answer concludes with a measurement that settles the asked finding."""
    if len(text) > implicit.MAX_CHARS:
        return None
    shape = asked.positive_form(question)
    if shape is None:
        return None
    q, flip = shape
    rows = [row for row in MEASURES if row.asks.search(q)]
    sentences = [s.strip() for s in _SENTENCE.split(text) if s and s.strip()]
    if len(rows) != 1 or not sentences or any(implicit.hedged(s, temporal=False) for s in sentences):
        return None
    value = _value(sentences[-1], rows[0])
    if value is None:
        return None
    if value > rows[0].yes_above:
        verdict = YES
    elif value <= rows[0].no_upto:
        verdict = NO
    else:
        return None
    if flip:
        verdict = asked.flip_verdict(verdict)
    if _HAN.search(question) and _HAN.search(text):
        return ZH_YES if verdict == YES else ZH_NO
    return verdict


__all__ = ["MEASURES", "RULE", "Measure", "read_measure"]
