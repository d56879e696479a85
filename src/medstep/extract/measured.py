"""A closed question answered by a measurement or a reporting category (rule ``implicit_measure``).

"QTc 520 ms." to "Is the QT interval prolonged?" (yes), "The appendix measures 4 mm, is compressible ..." to "Is
the appendix normal?" (yes), "TR2" to "Is the thyroid nodule suspicious?" (no), "The ETT tip is 4.5 cm above the
carina." to "Is the tube in a good position?" (yes). Two ways a measurement commits, both read here:

* the value against the reference table of ``extract/thresholds.py`` (a band: normal, high, low ...);
* the model's own judgement of the value in words beside it ("78 bpm, which is bradycardic", "2 mm, which is within
  normal limits (<3 mm)", "2 cm above the carina, which is acceptable"): a band's ``said`` words in the clause of the
  measurement (a reference range such as "(normal < 3 mm)" is set aside first).

A value said only as a bound ("The CTR is less than 0.5.") is read where every value of its interval gets one
verdict (``extract/measured_bounds.py``). When both speak they must agree ("QTc 420 ms, which is prolonged" is no
reading); either alone is read, words alone only beside a value of the quantity ("QTc 462 ms, which is mildly
prolonged": the value sits in the table's gap). The band is then read against what the question asks
(:class:`thresholds.Predicate`; a negated question reverses it).
Nothing is read, rather than guessed, when:

* the question names no row's subject and predicate, or asks another quantity (the tube's row and a nasogastric
  tube); two rows read the answer differently;
* the answer is long (``implicit.MAX_CHARS``), asks ("?"), hedges or speaks of the past ("on the prior study",
  "from last year"), or turns ("but", "however");
* the quantity is measured twice with different values, or another value of the same dimension stands in the answer
  that is neither a reference range nor a named sibling quantity ("PR 160 ms" beside a QTc): two structures may be
  measured;
* a value lacks its unit (a bare "QTc 520": the words beside it may still judge it);
* an adult row meets a child ("in this 6-year-old", "neonate"), or a row's excluded context (an AP film for the CTR);
* a sentence other than advice ("FNA is recommended.") follows the measurement: the answer does not conclude with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from medstep.answers import YES, ZH_NO, ZH_YES, hedges, negation
from medstep.answers.concepts import MentionKind, normalize, vocabulary
from medstep.answers.text import HAN, NUMBER_WORDS
from medstep.extract import asked, asked_cutoff, concept_question, implicit, implicit_europe, implicit_terms, measured_gates
from medstep.extract.measured_bounds import BOUND_BEFORE, band_verdict, bands_of, interval, interval_verdict
from medstep.extract.thresholds import CATEGORIES, CHILD, THRESHOLDS, Dimension, Predicate, Threshold
from medstep.extract.thresholds_more import MORE_THRESHOLDS
from medstep.lazyre import lazy_compile

RULE = "implicit_measure"

_NUMBER = r"[-−]?\d+(?:[.,]\d+)?"  # "−2.9" (a minus sign) as "-2.9"
# The units of the rows' other dimensions, longest first so that "mmHg" is not read as "mm" nor "cm/s" as "cm".
_MORE_UNITS = (r"mm\s*Hg|cm\s*/\s*s(?:ec)?|m\s*/\s*s(?:ec)?|cm\s*(?:2|²|\^2)|mm\s*(?:2|²)|mL|cc|cm\s*(?:3|³)|[µμu]m|microns?|"
               r"°|degrees?")
# The value after the quantity's name: "QTc 520 ms", "measures about 0.45", "wall: 5 mm", "7.5 × 4 × 5 cm", a range
# "25-30%" or "25 to 30%" (read where both ends fall in one band); a comma
# only before the largest of many ("All nodes are subcentimetric, the largest 6 mm in short axis.").
_AFTER = lazy_compile(r"(?:\s*[:=]\s*|\s*[:=]?(?:[^\d,;:!?()\n.]|\([^()\d]{0,20}\)|,(?=\s*(?:the\s+)?largest\b)){0,40}?(?:[:=]\s*)?)"
                      r"\(?[~≈]?\s*\+?(?<![A-Za-z0-9-])"
                      r"(?P<n>" + _NUMBER + r"(?:\s*(?:×|x|by|\*)\s*" + _NUMBER + r"){0,2})(?:\s*(?:[-–]|\bto\b)\s*(?P<to>" + _NUMBER
                      + r"))?\s*(?P<u>" + _MORE_UNITS + r"|mm|cm|msec|ms|milliseconds?|s|sec|seconds?|bpm|lpm|beats?\s*"
                      r"(?:per|/)\s*min(?:ute)?|/\s*min|%|per\s*cent|HU)?(?![\w%²³])", re.I)
# The words that may stand between a quantity's name and its value: "The appendix measures about 11 mm", "Cecal
# diameter is 11 cm", "EF visually estimated at 65%", "El colédoco mide 4 mm"; any other word ("contains a",
# "with a") may introduce another thing's value. A short bracket is set aside ("QTc (Bazett) = 505 ms").
_GAP_WORDS = frozenset({
    "a", "an", "the", "its", "is", "are", "was", "were", "of", "at", "about", "approximately", "approx", "around",
    "roughly", "nearly", "up", "to", "in", "by", "constant", "fixed", "anteroposterior", "measures", "measure",
    "measuring", "measured", "estimated", "spans",
    "spanning",
    "visually", "calculated", "corrected", "diameter", "thickness", "width", "length", "size", "caliber", "calibre",
    "maximal", "maximum", "max", "transverse", "ap", "short", "axis", "craniocaudal", "cc", "span", "interval", "ratio",
    "index", "rate", "duration", "wall", "loops", "loop", "outer", "largest", "present", "seen", "noted", "detected", "today",
    "now", "currently", "mide", "de", "es", "son", "unos", "aproximadamente", "diámetro", "grosor",
    "longitud", "tamaño"})
_BRACKET = lazy_compile(r"\([^()\d]{0,20}\)")
# The value before the quantity's name, its unit written: "an 11-mm appendix", "a 50% loss of height", "a 12 mm solid
# nodule" (describing words between: ``measured_gates.DESCRIBING``).
_BEFORE = lazy_compile(r"(?<![A-Za-z0-9.,-])(?P<n>" + _NUMBER + r")\s*-?\s*(?P<u>mm|cm|%)\s*-?\s*(?:of\s+)?(?:"
                      + measured_gates.DESCRIBING + r"[\s,]+){0,3}$", re.I)
# What may follow a quantity whose value came before it: the sentence goes on, not a noun it qualifies.
_NAMED_AFTER = lazy_compile(r"(?i)\s*(?:$|[,.;:()—–]|\s-\s|(?:with|and|of|is|was|which|that|in|on|without|showing|seen|"
                            r"noted|measuring)\b)")
_ANY_VALUE = lazy_compile(r"(?<![A-Za-z0-9.,-])(?P<n>" + _NUMBER + r")\s*(?P<u>" + _MORE_UNITS + r"|mm|cm|msec|ms|"
                          r"milliseconds?|s|sec|seconds?|bpm|lpm|beats?\s*(?:per|/)\s*min(?:ute)?|/\s*min|%|per\s*cent|HU|"
                          r"Hounsfield\s+units?)?(?![\w%²³])", re.I)
_DIMENSIONS = lazy_compile(r"\s*(?:×|x|by|\*)\s*", re.I)
# A reference range beside the value: "(normal < 3 mm)", "(<3 mm)", "(normal 110-160 bpm)", "normal up to 6 mm". Its
# upper bound in words is ``hedges.UPPER_BOUND`` ("below" beside it: a bound of a range, not of a value said).
_UPPER = r"<=|<|≤|below|" + hedges.alternation(hedges.UPPER_BOUND)
_COMPARATOR = r"(?:>=|>|≥|" + _UPPER + r")"
_REFERENCE = lazy_compile(r"(?i)\(\s*(?:(?:normal|nl|ref\w*|uln|upper\s+limit(?:\s+of\s+normal)?)\s*(?:range)?\s*[:=]?\s*"
                          + _COMPARATOR + r"?|" + _COMPARATOR + r")\s*" + _NUMBER + r"(?:\s*[-–]\s*"
                          + _NUMBER + r")?\s*(?:mL|mm|cm|ms|bpm|%|HU)?\s*\)|\b(?:normal|nl|uln)\s*(?:" + _UPPER + r")\s*"
                          + _NUMBER + r"\s*(?:mL|mm|cm|ms|bpm|%|HU)?|"
                          # a cut-off named in brackets: "(prolonged > 460 ms)", "(dilated if > 6 mm)"
                          r"\(\s*[a-z]+(?:\s+if)?\s*(?:<=|>=|<|≤|>|≥)\s*" + _NUMBER + r"\s*(?:mL|mm|cm|ms|bpm|%|HU)?\s*\)")
# an abbreviation's full stop ends no sentence: "The QTc measures approx. 410 ms."
_ABBREVIATED = lazy_compile(r"(?i)\b(approx|ca|est)\.")
_UNITS = {
    Dimension.LENGTH: {"mm": 1.0, "cm": 10.0},
    Dimension.DURATION: {"ms": 1.0, "msec": 1.0, "millisecond": 1.0, "milliseconds": 1.0, "s": 1000.0, "sec": 1000.0,
                         "second": 1000.0, "seconds": 1000.0},
    Dimension.ATTENUATION: {"hu": 1.0},
    Dimension.PERCENT: {"%": 1.0},
    Dimension.PRESSURE: {"mmhg": 1.0},
    Dimension.VELOCITY: {"cm/s": 1.0, "cm/sec": 1.0, "m/s": 100.0, "m/sec": 100.0},
    Dimension.VOLUME: {"ml": 1.0, "cc": 1.0, "cm3": 1.0, "cm³": 1.0},
    Dimension.AREA: {"cm2": 1.0, "cm²": 1.0, "cm^2": 1.0, "mm2": 0.01, "mm²": 0.01},
}
_UNITS[Dimension.ANGLE] = {"°": 1.0, "degree": 1.0, "degrees": 1.0}
_UNITS[Dimension.LENGTH].update({"µm": 0.001, "μm": 0.001, "um": 0.001, "micron": 0.001, "microns": 0.001})
_TURN = lazy_compile("(?i)" + hedges.words(hedges.TURN))
_EARLIER = lazy_compile("(?i)" + hedges.words(hedges.EARLIER_TIME))
_ADVICE = lazy_compile("(?i)" + hedges.words(hedges.INTENT) + r"|\b(?:FNA|biopsy|withdraw\w*|advance|retract|review|repeat|"
                       r"monitor|avoid|discontinu\w*|"
                       r"follow[\s-]?up|correlat\w*)\b")
_NEGATION = negation.heads(negation.DENY, negation.NEVER, negation.NONE, negation.ABSENT, negation.NEITHER)
# A later clause suspecting what the value means ("11 cm, concerning for impending perforation"): no hedge of it.
_CONCERN = lazy_compile(r"(?i)[,—–]\s*(?:which\s+is\s+)?(?:concerning|worrisome|worrying|suspicious)\s+for\b[^.;]*")
_INTENT = frozenset(hedges.INTENT)
_SEARCH = frozenset(hedges.SEARCH) - frozenset(hedges.ASKING)
# A later sentence that only denies: "No other abnormality.", "- Gallbladder: no stones" (not a verdict "No," / "No.")
_DENIAL = lazy_compile(r"(?i)^\s*(?:[-*•]\s*)?(?:[a-z][a-z -]{0,30}:\s*)?no\s+(?!\W)(?!.*\b(?:but|however|except)\b)[^\d]*$")
# The purpose of advice, no doubt: "CT angiography is recommended to exclude aortic injury."
_PURPOSE = lazy_compile(r"(?i)\bto\s+(?:exclude|rule\s+out|evaluate|assess|confirm|characteri[sz]e)\b.*")


def is_advice(sentence: str) -> bool:
    """Whether ``sentence`` gives advice ("FNA is recommended.", "Needs withdrawal by ~3 cm."): after a measurement it
    does not take the measurement back."""
    return _ADVICE.search(sentence) is not None


def hedged(sentence: str, advice: bool, allowed: frozenset[str] = frozenset()) -> bool:
    """Whether ``sentence`` hedges; ``advice``: it is advice after the measurement, whose wants and purpose ("to
    exclude aortic injury") are no doubt."""
    sentence = measured_gates.ADVISED_RANGE.sub(" ", sentence)  # "which is within the recommended range" judges
    if advice:
        return implicit.hedged(_PURPOSE.sub(" ", sentence), allowed=allowed | _INTENT | _SEARCH)
    head, *rest = sentence.split(";")
    if rest and all(is_advice(c) for c in rest):
        # "Corrected QT 530 msec — markedly prolonged; review QT-prolonging drugs."
        return implicit.hedged(head, allowed=allowed) or any(hedged(c, True, allowed) for c in rest)
    return implicit.hedged(sentence, allowed=allowed)
# the words of a category's own definition: "TI-RADS 5 (highly suspicious)", "BI-RADS 6 (known malignancy)"
_SUSPICION_WORDS = frozenset({"suspicious", "suspicion", "concerning", "known"})
# a side of the body; "left ventricular" names a chamber, not a side
_SIDE = lazy_compile(r"\b(left|right)\b(?!\s+(?:ventric|atri|heart|cardiac))")
# A question of one node, vein or sided kidney ("Is the lymph node pathological?", "Is the right kidney enlarged?"): one
# measurement answers it, where a row's
# ``every`` asks a normal reading to cover them all.
_ONE_ASKED = lazy_compile(r"(?i)\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}(?:node|vein)\b|\b(?:right|left)\s+kidney\b")
# Words before a judging word that place the value beyond it: "below normal", "outside the normal range".
_BEYOND = lazy_compile(r"(?i)\b(?:below|above|under|over|beyond|outside|(?:less|more|greater|lower|higher)\s+than)\s+"
                       r"(?:the\s+)?\Z")
_SHORT_AXIS = lazy_compile(r"(?i)\bshort[\s-]*axis\b")
_OTHER_LANGUAGE = lazy_compile(r"[¿¡áéíóúñãõçàèìòùâêîôûäöüß]", re.I)


@dataclass(frozen=True)
class _Measure:
    """One measurement of a row's quantity: its value in the row's unit (``None`` when it carries no unit), its
    sentence and where the clause judging it lies."""

    value: float | None
    sentence: int
    judged: str
    bound: tuple[float, float] | None = None  # a value said only as a bound ("CTR less than 0.5"): its interval


def _category(code: str) -> float:
    """A category's value: "4" is 4, "4A" 4.1, "4B" 4.2, "4C" 4.3, "4X" 4.4."""
    return float(code[0]) + {"": 0.0, "a": 0.1, "b": 0.2, "c": 0.3, "x": 0.4}[code[1:].lower()]


def _number(text: str) -> float:
    return float(text.replace(",", ".").replace("−", "-"))


def _factor(row: Threshold, unit: str) -> float | None:
    """What turns a value in ``unit`` into the row's stored unit; ``None`` for a unit the row's dimension does not
    take, or none where one is needed."""
    unit = re.sub(r"\s+", "", unit.lower())
    unit = "%" if unit == "percent" else unit  # "55 to 60 percent"
    if row.dimension is Dimension.RATIO:
        return {"": 1.0, "%": 0.01}.get(unit)
    if row.dimension is Dimension.INDEX:
        return 1.0 if unit == "" else None
    if row.dimension is Dimension.RATE:
        return 1.0 if unit in ("bpm", "lpm", "/min") or unit.startswith("beat") else None  # lpm: latidos por minuto
    return _UNITS.get(row.dimension, {}).get(unit)


def _value(row: Threshold, numbers: list[float], unit: str, sentence: str) -> float | None:
    """The value in the row's stored unit, or ``None`` (no unit, or one the row cannot read)."""
    factor = _factor(row, unit)
    if factor is None:
        return None
    if row.dimension is Dimension.RATIO:
        if len(numbers) != 1:
            return None
        return numbers[0] / 100 if numbers[0] > 1 else numbers[0] * factor
    chosen = min(numbers) if row.smallest else max(numbers)  # "18 × 9 mm": a node's short axis, an organ's length
    value = chosen * factor
    if row.smallest and len(numbers) == 1 and _SHORT_AXIS.search(sentence) is None:
        # one number without "short axis" may be the long one: it only bounds the short axis from above
        return value if any(b.name == "normal" and b.holds(value) for b in row.bands) else None
    return value


def _judged(sentence: str, start: int, end: int) -> str:
    """The clause judging the value: from the last comma or semicolon before the quantity to the next value after it
    (reference ranges already set aside)."""
    head = max(sentence.rfind(",", 0, start), sentence.rfind(";", 0, start)) + 1
    tail = _ANY_VALUE.search(sentence, end)
    return sentence[head:tail.start() if tail else len(sentence)]


def _measures(row: Threshold, sentences: list[str]) -> list[_Measure] | None:
    """Every measurement of the row's quantity, or ``None`` when one cannot be read as one (a value of another
    dimension, a negation between the name and the value)."""
    found: list[_Measure] = []
    for i, sentence in enumerate(sentences):
        for q in re.finditer(row.quantity, sentence, re.I):
            if "v" in q.groupdict():
                if row.context and re.search(row.context, sentence, re.I) is None:
                    continue
                code = q.group("v")
                if code.lower() in NUMBER_WORDS:
                    code = str(NUMBER_WORDS.index(code.lower()))  # "Eleven posterior ribs"
                if row.dimension is Dimension.CATEGORY:
                    value: float | None = _category(code)
                else:
                    value = _number(code) * _UNITS.get(row.dimension, {}).get((q.groupdict().get("u") or "").lower()[:2], 1.0)
                    if q.groupdict().get("d") and re.match(r"(?i)below|beyond|distal|lower", q.group("d")):
                        value = -value
                found.append(_Measure(value, i, _judged(sentence, q.start(), q.end())))
                continue
            m = _AFTER.match(sentence, q.end())
            if m is None:
                m = _BEFORE.search(sentence, 0, q.start())  # "an 11-mm appendix", "50% loss of height"
                if m is None or _NAMED_AFTER.match(sentence, q.end()) is None:
                    continue  # "A 10 cm cecal mass": the value of the noun after it
                found.append(_Measure(_value(row, [_number(m.group("n"))], m.group("u"), sentence), i,
                                      _judged(sentence, m.start(), q.end())))
                continue
            gap = sentence[q.end():m.start("n")]
            comparator = BOUND_BEFORE.search(gap) if row.dimension is not Dimension.CATEGORY else None
            if comparator is not None:
                gap = gap[:comparator.start()]  # "is less than": the words of the bound are no other thing's
            if (any(t in _NEGATION for t in implicit_terms.tokens(gap))
                    or (row.siblings and re.search(row.siblings, gap, re.I))):
                return None
            said = "|".join(b.said for b in row.bands if b.said)
            # the row's own judgement may stand there too: "The appendix is dilated to 11 mm", "es normal (0,45)"
            bare = re.sub(r"(?i)\b(?:" + said + r")\b", " ", _BRACKET.sub(" ", gap)) if said else _BRACKET.sub(" ", gap)
            if not set(implicit_terms.tokens(bare)) <= _GAP_WORDS:
                continue  # "The CBD contains a 4 mm stone.": the value of something else
            if m.group("u") and _factor(row, m.group("u")) is None:
                continue  # a value of another quantity: "the rate" of "rate 5 mm"
            numbers = [_number(n) for n in _DIMENSIONS.split(m.group("n"))]
            value = _value(row, numbers, m.group("u") or "", sentence)
            if m.group("to") is not None and value is not None:
                # "LVEF 25-30%": read where both ends fall in the same bands
                top = _value(row, [_number(m.group("to"))], m.group("u") or "", sentence)
                value = (value + top) / 2 if top is not None and bands_of(row, value) == bands_of(row, top) else None
            if comparator is not None:
                if value is None or m.group("to") is not None or len(numbers) != 1:
                    return None  # "less than 3 x 4 cm", "under 0.5-0.6": no one bound
                found.append(_Measure(None, i, _judged(sentence, q.start(), m.end()), interval(comparator, value)))
                continue
            found.append(_Measure(value, i, _judged(sentence, q.start(), m.end())))
    return found


# An age: "13 years", "10 years 6 months", "8 y".
_AGE = lazy_compile(r"(?i)(?<![\d.])(?P<y>\d{1,2}(?:[.,]\d)?)\s*(?:years?|yrs?|y)\b(?:\s*(?:and\s*)?(?P<m>\d{1,2})\s*"
                    r"(?:months?|mo)\b)?")
_BONE_AGE = lazy_compile(r"(?i)\bbone\s+age\b")
_CHRONOLOGICAL = lazy_compile(r"(?i)\bchronological\s+age\b")
# The two ages said to match: "Bone age ≈ chronological age", "bone age is concordant with the chronological age".
_AGES_MATCH = lazy_compile(r"(?i)\bbone\s+age\s*(?:≈|=|~|is\s+)?\s*(?:approximately\s+)?(?:equals?|matches|"
                           r"corresponds\s+to|concordant\s+with|consistent\s+with|appropriate\s+for|similar\s+to)?\s*"
                           r"(?:the\s+|his\s+|her\s+)?chronological\s+age\b")


def _years(m: re.Match[str]) -> float:
    return _number(m.group("y")) + (int(m.group("m")) / 12 if m.group("m") else 0.0)


def _age_gap(sentences: list[str]) -> list[_Measure]:
    """Bone age minus chronological age, in years, from the one sentence stating both (each by exactly one age after
    its name, "The bone age corresponds to about 13 years ..., for a chronological age of 10 years."), or the two
    said to match ("Bone age ≈ chronological age"): 0."""
    found: list[_Measure] = []
    for i, sentence in enumerate(sentences):
        if _AGES_MATCH.search(sentence):
            found.append(_Measure(0.0, i, sentence))
            continue
        bone, chrono = _BONE_AGE.search(sentence), _CHRONOLOGICAL.search(sentence)
        ages = list(_AGE.finditer(sentence))
        if bone is None or chrono is None or len(ages) != 2:
            continue
        # each age follows its own name: "bone age ... 13 years ... chronological age of 10 years"
        first, second = (bone, chrono) if bone.start() < chrono.start() else (chrono, bone)
        if not (first.end() <= ages[0].start() < second.start() <= second.end() <= ages[1].start()):
            continue
        gap = _years(ages[0]) - _years(ages[1])
        found.append(_Measure(gap if first is bone else -gap, i, sentence))
    return found


def _one_band(row: Threshold, measures: list[_Measure]) -> str | None:
    """The one band every measurement of one sentence falls in, where there are several ("spine T-score -2.8, hip
    T-score -3.0"), or ``None`` (one measurement, a value without a unit, values in different bands or in none, or
    in different sentences)."""
    if len(measures) < 2 or any(m.value is None for m in measures) or len({m.sentence for m in measures}) != 1:
        return None  # "Liver span 15 cm. Liver span 13 cm.": the model measured once and again, differently
    bands = [bands_of(row, m.value) for m in measures if m.value is not None]
    return next(iter(bands[0])) if len(bands[0]) == 1 and all(b == bands[0] for b in bands) else None


def _stray_values(row: Threshold, sentences: list[str], band: str | None = None, ratios: frozenset[float] = frozenset()
                  ) -> int:
    """How many values of the row's dimension the answer holds, but those a named sibling quantity owns ("PR 160
    ms" beside a QTc): more than its measurements means another structure is measured ("The CTR is 0.42 and there
    is a 5 mm nodule."). With ``band``, the band the measurements fall in, values in it are not counted (the
    measurements among them): any value left is a stray."""
    if row.dimension is Dimension.CATEGORY:
        return False
    count = 0
    # a ratio has no unit to tell it from another quantity's number: every number counts, but the two lengths it is
    # computed from ("17.5 cm ... 28 cm, a cardiothoracic ratio of about 0.63")
    inputs = row.dimension is Dimension.RATIO and measured_gates.ratio_inputs(sentences, ratios)
    for sentence in sentences:
        for m in _ANY_VALUE.finditer(sentence):
            unit = m.group("u") or ""
            unit = "hu" if unit.lower().startswith("hounsfield") else unit
            before = sentence[max(0, m.start() - 20):m.start()]
            if (_factor(row, unit) is not None or (row.dimension is Dimension.RATIO and not inputs)) and not (
                    row.siblings and re.search(r"(?:" + row.siblings + r")[^;.]*$", before, re.I)):
                value = _value(row, [_number(m.group("n"))], unit, sentence) if band is not None else None
                count += value is None or bands_of(row, value) != {band}  # one in the band read changes nothing
    return count


def _bands_said(row: Threshold, judged: str) -> tuple[set[str], set[str]]:
    """The bands the judging clause states, and those it denies ("not dilated", "non-compressible")."""
    stated: set[str] = set()
    denied: set[str] = set()
    for band in row.bands:
        if not band.said:
            continue
        for m in re.finditer(r"(?i)\b(?:" + band.said + r")\b", judged):
            before = judged[:m.start()]
            if re.search(r"(?i)(?:\bnon|\bin)-?\s*$", before) or _BEYOND.search(before):
                continue  # "non-compressible" is not "compressible", "below normal" is not "normal"
            words = implicit_terms.tokens(before)[-3:]
            (denied if any(t in _NEGATION or negation.contracted(t) for t in words) else stated).add(band.name)
    return stated - denied, denied


def finding_beside(text: str) -> bool:
    """Whether a clause of ``text`` states a finding of the vocabulary without negating it."""
    voc = vocabulary()
    for sentence in implicit.sentences(text):
        for clause in implicit.clauses(sentence):
            if any(t in _NEGATION or negation.contracted(t) for t in implicit_terms.tokens(clause)):
                continue
            if any(m.kind is MentionKind.ABNORMAL or concept_question.category_of(m) == "finding"
                   for m in voc.mentions(normalize(clause))):
                return True
    return False


def _read_row(row: Threshold, predicate: Predicate, text: str, question: str, cut: float | None = None) -> str | None:
    """The row's verdict on ``text``; ``cut``: the question's own cut-off, where the row is made from it."""
    if row.adult and re.search(CHILD, question + " " + text, re.I):
        return None
    if row.excluded and measured_gates.excluded(row, text):
        return None
    if row.requires and re.search(row.requires, question + " " + text, re.I) is None:
        return None
    kept = measured_gates.set_aside(_REFERENCE.sub(" ", text), question, row.quantity)
    sentences = [s for s in implicit.sentences(_ABBREVIATED.sub(r"\1", kept)) if s.strip()]
    measures = _age_gap(sentences) if row.dimension is Dimension.AGE_GAP else _measures(row, sentences)
    if not measures:
        return None
    band = _one_band(row, measures)
    if band is None and (len({m.value for m in measures}) != 1 or len({m.sentence for m in measures}) != 1):
        return None  # measured twice: "Right nodule TR2; left nodule TR5."
    first, last = measures[0], max(m.sentence for m in measures)
    judged = [measured_gates.judgement_only(s, row) for s in sentences[last + 1:]]  # "QTc 520 ms. Prolonged."
    if any(j is None and not is_advice(s) and not _DENIAL.match(s)
           and not measured_gates.neutral(s, row, predicate, question, finding_beside)
           for s, j in zip(sentences[last + 1:], judged)):
        return None  # the answer goes on after the measurement (advice, "No other abnormality.", another thing may follow)
    ratios = frozenset(m.value for m in measures if m.value is not None)
    if row.dimension not in (Dimension.CATEGORY, Dimension.AGE_GAP) and _stray_values(row, sentences, band, ratios) > (
            0 if band else len(measures)):
        return None
    allowed = _SUSPICION_WORDS if row.dimension is Dimension.CATEGORY else frozenset()
    for i, s in enumerate(sentences):
        concern = _CONCERN.search(s)
        if concern is not None and re.search(predicate.words, concern.group(0), re.I) is None:
            s = s[:concern.start()] + s[concern.end():]  # "11 cm, concerning for impending perforation"
        # advice after the measurement ("FNA is recommended.", "Needs withdrawal by ~3 cm.") wants, not doubts
        if hedged(s, i > first.sentence, allowed):
            return None
    asked_sides = set(_SIDE.findall(question.lower()))
    # a side inside the quantity is what the value is compared with ("4 cm higher than the right"), not the one measured
    said_sides = set(_SIDE.findall(re.sub(row.quantity, " ", text, flags=re.I).lower() if "v" in re.compile(
        row.quantity).groupindex else text.lower()))
    if asked_sides and said_sides and said_sides != asked_sides:
        return None  # "Is the right main bronchus intubated?" answered about the left one
    if first.bound is not None:  # "The cardiothoracic ratio is less than 0.5."
        if cut is not None and any(abs(end - cut) <= 1e-6 * (1 + abs(cut)) for end in first.bound):
            return None  # "Ejection fraction below 40%." to "Is the ejection fraction below 40%?": the question restated
        if len(measures) != 1 or judged and any(j is not None for j in judged) or predicate.whole or row.every \
                or asked_sides:
            return None  # a bound judged in words too, or asked of a whole organ or of one of many: not read
        stated, denied = _bands_said(row, first.judged)
        bounded = interval_verdict(row, predicate, *first.bound)
        # the words beside the bound must say the same: "less than 0.5, which is normal"; a band denied is left alone
        return bounded if not denied and {band_verdict({b}, predicate) for b in stated} <= {bounded} else None
    bands = bands_of(row, first.value) if first.value is not None else set()
    stated, denied = _bands_said(row, first.judged)
    if bands & denied or (bands and stated and not bands & stated):
        return None  # the words judge the value otherwise than the table
    if not bands:
        bands = stated if len(stated) == 1 else set()
    if any(j is not None and j != bands for j in judged):
        return None  # a later judgement disagrees with the value, or judges one the table leaves open
    if bands == {"normal"} and row.every and re.search(row.every, text, re.I) is None and not _ONE_ASKED.search(question):
        return None  # "The right hilar node measures 8 mm." says nothing of the other nodes
    verdict = band_verdict(bands, predicate)
    if predicate.whole and bands == {"normal"} and finding_beside(text):
        return None  # "The appendix measures 5 mm with an appendicolith.": normal in size, not normal
    if verdict == YES and asked_sides and not said_sides:
        return None  # "2 cm below the carina" says which bronchus only where it names it
    return verdict


@lru_cache(maxsize=1024)
def _asked(question: str) -> tuple[tuple[tuple[Threshold, Predicate], ...], bool]:
    """The rows the question asks (its positive form) with the predicate asked of each, and whether to reverse."""
    shape = asked.positive_form(question)
    if shape is None:
        return (), False
    q, flip = shape
    rows = []
    for row in THRESHOLDS + MORE_THRESHOLDS + CATEGORIES:
        if re.search(row.subject, q, re.I) is None or (row.not_asked and re.search(row.not_asked, q, re.I)):
            continue
        predicate = next((p for p in row.predicates if re.search(p.words, q, re.I)), None)
        if predicate is not None:
            rows.append((row, predicate))
    return tuple(rows), flip


def without_references(text: str) -> str:
    """``text`` without the reference ranges beside its values ("(normal < 3 mm)", "normal up to 6 mm"): a range
    gives the limit, and says nothing of the patient ("normal" in it calls nothing normal)."""
    return _REFERENCE.sub(" ", text)


def read_measured(text: str, question: str) -> str | None:
    """yes/no (是/否 in Chinese) when the answer commits by a measurement or a category (module docstring)."""
    own = asked_cutoff.asked_row(question)
    # the question's own cut-off before the table's ("Is the endometrial thickness greater than 4 mm?" sets its own)
    rows, flip = ((own,), False) if own is not None else _asked(question)  # (extract/asked_cutoff.py)
    if not rows or len(text) > implicit.MAX_CHARS or "?" in text or _TURN.search(text) or _EARLIER.search(text):
        return None
    if own is not None and measured_gates.elsewhere(question, text):
        return None  # "8 mm calculus in the gallbladder" to "Is the kidney stone larger than 5 mm?"
    if _OTHER_LANGUAGE.search(question + text) is not None and implicit_europe.hedged(text):
        return None  # "El índice cardiotorácico es de 0,6, probablemente."
    cut = next((b.low for b in own[0].bands if b.name == "at"), None) if own is not None else None
    verdicts = {v for row, predicate in rows for v in (_read_row(row, predicate, text, question, cut),) if v is not None}
    if len(verdicts) != 1:
        return None
    verdict = verdicts.pop()
    if flip:
        verdict = asked.flip_verdict(verdict)
    if HAN.search(question) and HAN.search(text):
        return ZH_YES if verdict == YES else ZH_NO
    return verdict


# For readers that must recognise a reported value ("Rate 76.") without reading it against a threshold.
ANY_VALUE, GAP_WORDS = _ANY_VALUE, _GAP_WORDS

__all__ = ["ANY_VALUE", "GAP_WORDS", "RULE", "finding_beside", "hedged", "is_advice", "read_measured"]
