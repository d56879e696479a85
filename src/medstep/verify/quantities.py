"""Numbers a report states that are no size: an angle ("a Cobb angle of 42 degrees"), a percentage ("a 70% stenosis",
"slipped by about 20%"), a ratio ("an RV/LV ratio of 1.4", "cardiothoracic ratio 0.55") and a named score ("the
ASPECTS is 8", "GCS 13/15") (issue #8, verr19).

Sizes are read with their finding (``scope_words.size_attr``); these numbers were read as nothing, so a chain that
turned a 42-degree curve into a 14-degree one or an ASPECTS of 8 into 4 scored as the faithful chain (lead probes,
session 19). They are compared by ``aligned.py`` between a chain clause and the report sentence about the same thing,
each kind with a tolerance for the rounding writers do: two readings of one film differ by a few degrees, a few
percent, a point of a score.
"""

from __future__ import annotations

from collections.abc import Callable

from medstep.lazyre import lazy_compile

ANGLE, PERCENT, RATIO, SCORE, CLASS = "angle", "percent", "ratio", "score", "class"
KINDS = (ANGLE, PERCENT, RATIO, SCORE, CLASS)
_NUM = r"(\d+(?:\.\d+)?)"
_DIGIT = lazy_compile(r"\d")
# (Each starts where a run of digits starts: a start inside one reads the same number's end, so the start of the run
# already read it, and a 30,000-digit run was read from each of its digits, quadratic.)
_ANGLE = lazy_compile(r"(?<!\d)" + _NUM + r"\s*(?:\u00b0|degrees?\b|deg\b)")
_PERCENT = lazy_compile(r"(?<!\d)" + _NUM + r"\s*(?:%|per\s*cent\b)")
# a ratio or a score: its noun, a few words without a number ("ratio of", "is", "was calculated at"), then the number
# (not one followed by a unit, a plus sign or a point: "Gleason 3 + 4", "ratio of 1.4 cm" is no ratio)
# (past 24 characters only through a verb of measuring and the words that lead to its value: "the cardiothoracic ratio
# now measures approximately 0.68" has 27, and with 24 its value was read as nothing, retired blind 33; any 40
# characters read another number of the sentence as the ratio's: "the cardiothoracic ratio is normal for a patient aged
# 72", "the CTR cannot be assessed on this film of 12 May"; nor a number of a time: "not measured at 3 months")
_NAMED_HEAD = (r"(?:\b([a-z]+)[\s/-]+)?\b(ratio|index|score|aspects|gcs|glasgow coma scale|ctr)\b(?:\s*(?:\(\w+\))?"
               r"(?:[^\d.;:,()]{0,24}?|[^\d.;:,()]{0,24}?\b(?:measur|calculat|estimat|comput)\w*(?:(?:\s+(?:at|as|to|be|of|now|today|"
               r"currently|about|approximately|around|roughly))*|[^\d.;:,()]{0,24}?\b(?:is|was|about|approximately|around|"
               r"roughly))\s+))")
_NAMED = lazy_compile(_NAMED_HEAD
                      + _NUM + r"(?!\d|\.\d|\s*(?:\+|mm\b|cm\b|%|\u00b0|degrees?\b|x\b|\u00d7|(?:years?|yrs?|months?|weeks?|days?|"
                      r"hours?|hrs?|views?)\b|per\s*cent\b))")
# a ratio written as a percentage ("a CTR of 58%", "cardiothoracic ratio 62 per cent"): the same value as its fraction
# (0.58), so "CTR 58%" meets the report's "cardiothoracic ratio 0.58" as one value and "CTR 48%" against 0.62 as
# another (session 48: read as a percentage only, it was compared with no ratio). Only a ratio's noun; a score in
# percent is no score.
# (the percentage right after the name or a linking word only: "the ankle brachial index reflects a 75% stenosis" is a
# stenosis's percentage, no index of 0.75)
_NAMED_PERCENT = lazy_compile(r"(?:\b([a-z]+)[\s/-]+)?\b(ratio|index|ctr)\b\s*(?:\(\w+\)\s*)?(?:[:=]\s*)?"
                              r"(?:(?:is|was|of|at|now|today|currently|measur\w*|calculat\w*|estimat\w*|about|"
                              r"approximately|around|roughly|approx\.?)\s+)*" + _NUM + r"\s*(?:%|per\s*cent\b)")
_RATIO_WORDS = frozenset({"ratio", "index", "ctr"})
# one ratio's names, as its name is read (the word before the noun): the cardiothoracic ratio is written "CTR",
# "C/T ratio" (read "t ratio") and "cardio-thoracic ratio" (read "thoracic ratio") as often as in full, and a chain's
# "CTR 0.75" must meet the report's "cardiothoracic ratio of 0.57" (retired blind 38)
_SAME_RATIO = {"ctr": "cardiothoracic ratio", "t ratio": "cardiothoracic ratio", "thoracic ratio": "cardiothoracic ratio",
               "cardiac ratio": "cardiothoracic ratio"}
# a bound, not a value, of a ratio ("the C/T ratio exceeds 0.5", "CTR > 0.5", "is greater than 0.50"): a value past it
# agrees with it, so it is not read as the ratio's value (review of session 45: with the ratio rule of the rounding,
# "greater than 0.5" met the report's 0.62 as a value and contradicted a faithful chain)
_BOUND = lazy_compile(r"\b(?:greater|more|less|lower|higher|over|above|under|below|exceed\w*|beyond|least|most|up\s+to)\b|"
                      r"[<>\u2264\u2265]")
# a percentage that is a bound ("<50%", "less than 50%", "70% or greater", "at least 70%"): "<" or ">" before its
# number, compared only with a value on the wrong side of it (review of session 45: read as a value, a chain's "<50%" of
# the right carotid met the "70% or greater" of the left one, which the lane first read in a sentence naming an
# earlier study)
_UPPER_BEFORE = lazy_compile(r"(?:[<\u2264]|\b(?:less|fewer|lower)\s+than|\bunder|\bbelow|\bup\s+to|\bat\s+most)\s*$")
_LOWER_BEFORE = lazy_compile(r"(?:[>\u2265]|\b(?:more|greater|higher)\s+than|\bover|\babove|\bat\s+least|\bexceeding)\s*$")
_LOWER_AFTER = lazy_compile(r"\s*(?:\+|or\s+(?:greater|more|above|higher|over)\b)")
_UPPER_AFTER = lazy_compile(r"\s*or\s+(?:less|below|lower|under)\b")


def _bound(low: str, start: int, end: int) -> str:
    """"<" or ">" when the percentage at ``low[start:end]`` is an upper or a lower bound, else ""."""
    before = max(0, start - 16)
    if _UPPER_BEFORE.search(low, before, start) is not None or _UPPER_AFTER.match(low, end) is not None:
        return "<"
    if _LOWER_BEFORE.search(low, before, start) is not None or _LOWER_AFTER.match(low, end) is not None:
        return ">"
    return ""
_NO_NAME = frozenset({"the", "a", "an", "this", "its", "their", "of", "with", "and", "or", "is", "was", "total"})


NAMED_KINDS = (RATIO, SCORE, CLASS)  # a quantity its name identifies ("the ASPECTS", "the RV/LV ratio"), in any sentence
# a class of a named classification ("Schatzker type II", "a Salter-Harris IV fracture", "BI-RADS 4", "Weber B", "grade
# 3"): its name (a classification's own name, or the word before "type"/"grade"/"stage"/...), then the class (a roman
# or arabic number, or a letter of one of the named systems), with a subclass letter
_SYSTEMS = (r"bi-?rads|pi-?rads|li-?rads|ti-?rads|o-?rads|bosniak|schatzker|salter[\s-]harris|weber|garden|gartland|"
            r"fazekas|kellgren[\s-]lawrence|pfirrmann|meyerding|neer|mason|lauge[\s-]hansen|tile|denis")
_CLASS = lazy_compile(r"\b(?:(" + _SYSTEMS + r")\s+(?:(?:type|grade|stage|class|category)\s+)?([ivx]+|\d{1,2}|[a-c])|"
                      r"(?:([a-z][a-z-]*)\s+)?(type|grade|stage|class|category)\s+([ivx]+|\d{1,2}))([a-c]|f)?\b")
_CLASS_WORD = lazy_compile(r"type|grade|stage|class|categ|" + _SYSTEMS)  # (the cheap test before ``_CLASS``)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_OWN_NAMES = frozenset({"aspects", "gcs", "glasgow coma scale"})  # (a generic "ratio" or "score" takes the word before)


# the nouns of a measured quantity ("the RV/LV ratio", "the aortic diameter", "the alpha angle"): a vocabulary synonym
# that is such a name alone (``Lexicon.measure_names``) names what was measured, not the finding a value beyond a
# limit would show, so with its value said it claims nothing ("The RV/LV ratio is 0.8" is no right heart strain;
# kinds42). The project's limits (``extract/thresholds.py``) are keyed by questions, not by the vocabulary's
# findings, so the value is not read against one here.
MEASURE_NOUNS = frozenset({"ratio", "index", "diameter", "angle", "thickness", "width"})
# its value after it: a few words without a number ("is", "was measured at", "of"), then the number
_VALUE_AFTER = lazy_compile(r"\s*(?:\(\w+\))?[^\d.;:,()]{0,24}?\d")


# a word that says a state or a judgement of the quantity, not what was measured: a participle, an adverb, a
# comparison or an arrow ("blunting of the costophrenic angle", "increased alpha angle", "↑ cardiothoracic ratio")
_JUDGING = lazy_compile(r"\w+(?:ed|ing|ly)|of|is|are|than|more|less|\W+")


def measure_name(key: str, judging: Callable[[str], bool]) -> bool:
    """Whether a synonym (lower case, single-spaced) is a measured quantity's name alone: a measure noun after words
    naming only what was measured ("rv/lv ratio"), none of them a grade or a state (``judging``, the vocabulary's
    qualifiers, attribute and abnormal words, or ``_JUDGING``)."""
    *before, noun = key.split()
    return noun in MEASURE_NOUNS and bool(before) and not any(
        judging(w) or _JUDGING.fullmatch(w) for w in before)


def value_after(low: str, end: int) -> bool:
    """Whether a number follows a measured quantity's name ending at ``end`` in ``low``, a few words on."""
    return _VALUE_AFTER.match(low, end) is not None


def read_quantities(low: str) -> dict[str, set[tuple[str, int, int]]]:
    """The angles, percentages, ratios and scores stated in ``low`` (lower-case), each as (value, start, end); the
    value of a ratio or a score is "name=number" ("aspects=8", "lv ratio=1.4"), of the others the number."""
    out: dict[str, set[tuple[str, int, int]]] = {}
    for m in _CLASS.finditer(low) if _CLASS_WORD.search(low) else ():
        if m.group(1):
            name, at = " ".join(m.group(1).replace("-", " ").split()), 2
        else:
            before = m.group(3)
            name, at = m.group(4) if not before or before in _NO_NAME else f"{before} {m.group(4)}", 5
        value = m.group(at)
        value = str(_ROMAN.get(value, value)) + (m.group(6) or "")
        out.setdefault(CLASS, set()).add((f"{name}={value}", m.start(at), m.end(6) if m.group(6) else m.end(at)))
    if _DIGIT.search(low) is None:  # (every pattern needs one: a text without is read as nothing, at C speed)
        return out
    for kind, pattern in ((ANGLE, _ANGLE), (PERCENT, _PERCENT)):
        for m in pattern.finditer(low):
            bound = _bound(low, m.start(), m.end()) if kind == PERCENT else ""
            out.setdefault(kind, set()).add((f"{bound}{float(m.group(1)):g}", m.start(), m.end()))
    for m in _NAMED.finditer(low):
        noun = m.group(2)
        name = noun if noun in _OWN_NAMES or not m.group(1) or m.group(1) in _NO_NAME else f"{m.group(1)} {noun}"
        name = _SAME_RATIO.get(name, _SAME_RATIO.get(noun, name))
        kind = RATIO if noun in _RATIO_WORDS else SCORE
        if kind == RATIO and _BOUND.search(low, m.end(2), m.start(3)) is not None:
            continue
        out.setdefault(kind, set()).add((f"{name}={float(m.group(3)):g}", m.start(3), m.end(3)))
    if "%" in low or "cent" in low:
        for m in _NAMED_PERCENT.finditer(low):
            noun = m.group(2)
            if noun not in _RATIO_WORDS or _BOUND.search(low, m.end(2), m.start(3)) is not None:
                continue
            name = noun if not m.group(1) or m.group(1) in _NO_NAME else f"{m.group(1)} {noun}"
            name = _SAME_RATIO.get(name, _SAME_RATIO.get(noun, name))
            out.setdefault(RATIO, set()).add((f"{name}={round(float(m.group(3)) / 100.0, 4):g}", m.start(3), m.end(3)))
            # (the ratio's value, not also a bare percentage of some other thing)
            out[PERCENT] = {v for v in out.get(PERCENT, set()) if v[1] != m.start(3)}
            if not out[PERCENT]:
                del out[PERCENT]
    return out


# the ratios a larger value of which is the worse state (a larger heart, a larger right ventricle, larger ventricles):
# the one table that turns two values of such a ratio, now and at an earlier study, into a change's direction
# (``measured_change.ratio_change``). A ratio not named here (an ankle-brachial index falls as disease worsens) gives
# only "stable", from two values that agree within their rounding.
LARGER_WORSE = frozenset({"cardiothoracic ratio", "lv ratio", "evans index"})
# the finding (a concept id) whose size a ratio measures: a change two values of the ratio tell is that finding's, and
# no other finding's a pronoun stands for ("A small effusion. It comes with a CTR of 0.62, previously 0.51"), and a
# ratio not named here is no finding's (``changes``)
RATIO_FINDINGS = {"cardiothoracic ratio": "cardiomegaly", "lv ratio": "right_heart_enlargement",
                  "evans index": "hydrocephalus"}


def quantity_name(value: str) -> str:
    """The name of a ratio's or a score's value ("aspects=8" -> "aspects"); "" for an angle or a percentage."""
    return value.partition("=")[0] if "=" in value else ""


def rounding(value: str) -> float:
    """Half a unit of the last digit ``value`` (a number as written, "0.52", "1.4", "2") gives: the rounding it
    stands for."""
    digits = len(value.partition(".")[2])
    return 0.5 * 10.0 ** -digits


def quantities_conflict(kind: str, x: str, y: str) -> bool:
    """Whether two values (``read_quantities``) of one quantity of one film disagree beyond rounding: angles by more
    than 5 degrees and a tenth of the larger (two readings of one curve differ by up to about 5 degrees; a fifth let a
    Cobb angle of 55 pass for 45 and a neck-shaft angle of 112 for 134), percentages by more than 10 points and a quarter, ratios by more than a tenth of the larger beyond the
    rounding each value's last digit stands for, scores
    by 2 points, classes when neither is the other's subclass; a ratio, a score or a class of another name never."""
    if quantity_name(x) != quantity_name(y):
        return False
    if kind == CLASS:  # two classes; a class and its own subclass agree ("III" and "IIIa")
        a_, b_ = x.rpartition("=")[2], y.rpartition("=")[2]
        return not (a_.startswith(b_) or b_.startswith(a_))
    if kind == PERCENT and (x[:1] in "<>" or y[:1] in "<>"):
        return _bound_conflict(x, y)
    a, b = float(x.rpartition("=")[2]), float(y.rpartition("=")[2])
    lo, hi = min(a, b), max(a, b)
    if kind == ANGLE:
        return hi - lo > max(5.0, 0.1 * hi)
    if kind == PERCENT:
        return hi - lo > max(10.0, 0.25 * hi)
    if kind == RATIO:
        # each value stands for the span its last written digit rounds ("0.5" for 0.45 to 0.55, "0.52" for 0.515 to
        # 0.525), and two readings of one film differ by a tenth of the larger beyond that: a CTR of 0.65 against
        # 0.52, or 0.75 against 0.57, disagrees (one heart is normal, the other markedly enlarged; the old rule, 0.2
        # and a quarter apart, let both pass, retired blind 34 and 38), "about 0.5" against 0.57 or 0.6 against 0.52
        # does not
        slack = rounding(x.rpartition("=")[2]) + rounding(y.rpartition("=")[2])
        return hi - lo > slack + 0.1 * hi + 1e-9
    return hi - lo >= 2


def _bound_conflict(x: str, y: str) -> bool:
    """Two percentages one of which at least is a bound (``_bound``): a value beyond the bound by the percentages'
    tolerance; two bounds never (each may be of another thing: a bound says too little to place it)."""
    if x[:1] in "<>" and y[:1] in "<>":
        return False
    bound, value = (x, float(y)) if x[:1] in "<>" else (y, float(x))
    limit = float(bound[1:])
    if bound[0] == "<":
        return value - limit > max(10.0, 0.25 * value)
    return limit - value > max(10.0, 0.25 * limit)


__all__ = ["ANGLE", "CLASS", "KINDS", "LARGER_WORSE", "NAMED_KINDS", "PERCENT", "RATIO", "RATIO_FINDINGS", "SCORE", "quantities_conflict", "quantity_name",
           "read_quantities", "rounding"]
