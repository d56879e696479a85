"""A measurement judged by a cut-off the reply states itself: "Is the appendix dilated?" - "It measures 12 mm; above
6 mm is abnormal." (yes).

The reference table (``extract/thresholds.py``) holds textbook cut-offs and the question may set one
(``extract/asked_cutoff.py``); a reply may instead give the value and the bound it is judged by, leaving the
comparison to the reader. Rule ``implicit_stated_cutoff``. Read only when:

* the question asks a property that a larger value makes (enlarged, dilated, thickened, widened, distended,
  elevated, increased, prolonged, hypertrophied);
* the reply states exactly one cut-off: "above / over / greater than / more than / beyond / > N (unit) is (considered)
  abnormal | pathological | <the asked word>", or "normal is up to / under / below / less than N (unit)", "upper limit
  of normal (is) N (unit)"; a range "above 4-5 mm" is read with its two ends (a value between them gives nothing);
* besides the cut-off the reply gives exactly one value, of the cut-off's unit (mm and cm convert), and no hedge, no
  question mark, no negation;
* above the cut-off is yes, at or below it no.

A value bound to its own bracketed normal range ("The atrium of the lateral ventricle measures 13 mm (normal < 10
mm).") is that value's cut-off whatever else the reply measures, read only when the value's own subject (the words
before it, back to the clause's start) is the asked subject: its head noun is the asked one ("prostate" of "Prostate
volume"; for a "-megaly" noun, a word opening with the noun's stem, "splenic length", or an organ the concept
vocabulary gives the finding, "liver" of hepatomegaly), its other words the asked phrase's own, a position word or a
size noun ("the ascending aorta", "maximal splenic length", "the atrium of the lateral ventricle"). "Splenic vein",
"pancreatic duct" (to the common bile duct), "thyroid nodule", "bile duct wall" and "septum" are other structures.
Above the range reads yes; at or below it no, only as the reply's one value and when nothing else in the reply calls
the subject larger ("; enlarged median lobe"). A sentence dated earlier ("on the prior study") gives nothing.
"Aneurysmal" and a "-megaly" noun ask a larger value too.
"""

from __future__ import annotations

from functools import lru_cache

from medstep.answers import NO, YES
from medstep.answers import negation
from medstep.answers.concepts import CONCEPTS_FILE, merge_rows, packaged_text, read_rows
from medstep.extract import implicit, implicit_terms
from medstep.extract.implicit_words import ARTICLES, COPULA, LATERAL, POSITION
from medstep.extract.refusal import is_hedge
from medstep.lazyre import lazy_compile

RULE = "implicit_stated_cutoff"
_MORE = frozenset({"enlarged", "dilated", "thickened", "widened", "distended", "elevated", "increased", "prolonged",
                   "hypertrophied"})
_N = r"(\d+(?:\.\d+)?)"
_UNITS = r"mm|cm|ms|mmhg|ml|%"
_UNIT = r"(" + _UNITS + r")?"
_UP_TO = r"(?:up\s+to|under|below|less\s+than|<|≤)"
_RANGE = _N + r"(?:\s*(?:-|–|to)\s*" + _N + r")?\s*" + _UNIT
_ABOVE = lazy_compile(r"(?i)\b(?:above|over|greater\s+than|more\s+than|larger\s+than|beyond|>)\s*" + _RANGE
                      + r"\s+(?:is|are|would\s+be|counts\s+as)\s+(?:considered\s+|regarded\s+as\s+)?([a-z]+)")
_NORMAL_UP_TO = lazy_compile(r"(?i)\b(?:normal\s+(?:is\s+|being\s+)?" + _UP_TO + r"|upper\s+limit"
                             r"\s+of\s+normal\s*(?:is\s+|of\s+|:\s*)?)\s*" + _RANGE)
_VALUE = lazy_compile(r"(?i)(?<![\d.])(\d+(?:\.\d+)?)\s*(" + _UNITS + r")(?![a-z])")
# A value and its own normal range in brackets, a place between them: "13 mm (normal < 10 mm)", "**68 mL** (normal
# <30 mL)", "5.2 cm at the level of the pulmonary artery (normal < 4 cm)".
_BOUND = lazy_compile(r"(?i)(?<![\d.])(\d+(?:\.\d+)?)\s*(" + _UNITS + r")(?![a-z])[*_]*[^\d().,;:!?\n]{0,60}?\(\s*normal\s*"
                      + _UP_TO + r"\s*(\d+(?:\.\d+)?)\s*(" + _UNITS + r")?\s*\)")
_MEGALY = lazy_compile(r"(?i)^([a-z]{5,}?)o?megaly$")
_ABNORMAL_WORDS = frozenset({"abnormal", "pathological", "pathologic"})
_NEGATED = lazy_compile(r"(?i)\b(?:" + negation.alternation(negation.DENY) + r"|not|isn't|aren't)\b")
_TO_MM = {"mm": 1.0, "cm": 10.0}


def _scale(value: float, unit: str, to: str) -> float | None:
    if unit == to:
        return value
    if unit in _TO_MM and to in _TO_MM:
        return value * _TO_MM[unit] / _TO_MM[to]
    return None


# What a larger value is asked by: the size properties, and "aneurysmal" ("Is the thoracic aorta aneurysmal?").
_LARGER = _MORE | {"aneurysmal"}
# Words that call a subject larger elsewhere in the reply, so a value in range answers nothing ("Prostate volume 25 mL
# (normal < 30 mL); enlarged median lobe").
_CALLED_LARGER = _LARGER | {"enlargement", "aneurysm", "dilatation", "dilation", "ectatic", "ectasia", "prominent",
                            "large", "big", "bulky", "hypertrophy", "thickening"}
# Nouns naming a measure of the subject ("prostate volume", "splenic length", "the atrium of the lateral ventricle",
# where the ventricle's size is measured) and the verbs and fillers between a subject and its value.
_SIZE_NOUNS = frozenset({"size", "length", "span", "volume", "diameter", "width", "calibre", "caliber", "dimension",
                         "measurement", "craniocaudal", "transverse", "anteroposterior", "ap", "maximal", "maximum",
                         "bipolar", "axis", "long", "atrium"})
_FILLERS = ARTICLES | COPULA | frozenset({"measures", "measure", "measured", "measuring", "approximately", "about",
                                          "around", "roughly", "now", "currently"})
# Words that may stand before the asked subject's head: a position ("the ascending aorta"), a measure.
_MODIFIERS = (POSITION - {"from"}) | _SIZE_NOUNS | frozenset({"ascending", "descending", "main"})
# Where the value's clause opens: a sentence end (not a decimal point), a comma, a bracket, a linking word.
_CLAUSE_MARK = lazy_compile(r"(?i)[.!?](?=\s)|[\n,;:(]|\b(?:and|while|whereas|with|but)\b")
_SENTENCE_END = lazy_compile(r"[.!?](?=\s|\Z)|\n")


@lru_cache(maxsize=1)
def _megaly_organs() -> dict[str, frozenset[str]]:
    """Each "-megaly" finding's organ by the concept vocabulary's one-word anatomy names (hepatomegaly: liver)."""
    rows = merge_rows(read_rows(packaged_text("concepts.tsv"), CONCEPTS_FILE))
    organs: dict[str, set[str]] = {}
    for row in rows.values():
        if row.category == "anatomy":
            for finding in row.expands:
                if finding.endswith("megaly"):
                    if " " not in row.name.strip():  # "Cardiomediastinal Silhouette" names no organ's noun
                        organs.setdefault(finding, set()).add(row.name.strip().lower())
    return {k: frozenset(v) for k, v in organs.items()}


def _is_subject(words: list[str], asked: list[str], megaly: str | None) -> bool:
    """Whether a value's subject ``words`` is the asked subject (module docstring); ``megaly`` is the asked "-megaly"
    noun, else ``asked`` the subject's words."""
    words = [w for w in words if w not in _FILLERS]
    organ = words
    if "of" in words:  # "the atrium of the lateral ventricle": a measure, then the subject
        k = len(words) - 1 - words[::-1].index("of")
        if not words[:k] or any(w not in _SIZE_NOUNS for w in words[:k]):
            return False
        organ = words[k + 1:]
    while organ and organ[-1] in _SIZE_NOUNS:  # "prostate volume", "splenic length"
        organ = organ[:-1]
    if not organ:
        return False
    head = organ[-1]
    if megaly is not None:
        m = _MEGALY.match(megaly)
        stem_ok = m is not None and head.startswith(m.group(1)[:6].lower())  # "ventri" of ventriculomegaly
        head_ok = stem_ok or head in _megaly_organs().get(megaly, frozenset())
        allowed = _MODIFIERS | LATERAL | {"third", "fourth"}
    else:
        head_ok = bool(asked) and implicit_terms.matches(head, implicit_terms.stem(asked[-1]))
        allowed = _MODIFIERS | set(asked)
    return head_ok and all(w in allowed for w in organ[:-1])


def _read_bound(text: str, term: implicit_terms.Term) -> str | None:
    """The module docstring's bracketed range: yes / no, or ``None``."""
    bound = list(_BOUND.finditer(text))
    if len(bound) != 1:
        return None
    m = bound[0]
    rest = text[:m.start()] + " " + text[m.end():]
    if _NEGATED.search(rest) or is_hedge(rest):
        return None
    value = _scale(float(m.group(1)), m.group(2).lower(), (m.group(4) or m.group(2)).lower())
    if value is None:
        return None
    marks = [c.end() for c in _CLAUSE_MARK.finditer(text, 0, m.start())]
    subject = implicit_terms.tokens(text[marks[-1] if marks else 0:m.start()])
    megaly = term.phrase.strip().lower() if term.prop is None else None
    if not _is_subject(subject, implicit_terms.tokens(term.phrase), megaly):
        return None
    starts = [e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())]
    end = _SENTENCE_END.search(text, m.end())
    if implicit.hedged(text[starts[-1] if starts else 0:end.end() if end else len(text)], temporal=True):
        return None  # "Spleen 13 cm (normal < 12 cm) on the prior study"
    if value > float(m.group(3)):
        return YES
    if _VALUE.search(rest) is not None or any(w in _CALLED_LARGER or w.endswith("megaly")
                                               for w in implicit_terms.tokens(rest)):
        return None  # another value may be the asked one's; "enlarged median lobe"
    return NO


def read_bound(text: str, question: str) -> str | None:
    """yes / no by a value's own bracketed normal range (module docstring), read from the reply before its reference
    ranges are set aside (``extract/stated.py``), else ``None``."""
    term = implicit_terms.question_term(question)
    if term is None or len(text) > implicit.MAX_CHARS or "?" in text:
        return None
    if term.prop is not None and term.prop.lower() not in _LARGER:
        return None
    if term.prop is None and _MEGALY.match(term.phrase.strip()) is None:
        return None
    return _read_bound(text, term)


def read_stated_cutoff(text: str, question: str) -> str | None:
    """yes / no when the reply's one value is above / not above the cut-off it states (module docstring)."""
    term = implicit_terms.question_term(question)
    if term is None or term.prop is None or term.prop.lower() not in _MORE or len(text) > implicit.MAX_CHARS:
        return None
    if "?" in text:
        return None
    above = [m for m in _ABOVE.finditer(text) if m.group(4).lower() in _ABNORMAL_WORDS | {term.prop.lower()}]
    normal = list(_NORMAL_UP_TO.finditer(text))
    if len(above) + len(normal) != 1:
        return None
    cut = (above or normal)[0]
    rest = text[:cut.start()] + " " + text[cut.end():]
    # the cut-off's own words ("is considered abnormal") are no hedge of the value; the rest must not hedge
    if _NEGATED.search(rest) or is_hedge(rest) or any(implicit.hedged(s, temporal=False) for s in implicit.sentences(rest)):
        return None
    values = [(float(v), u.lower()) for v, u in _VALUE.findall(rest)]
    if len(values) != 1:
        return None
    low = float(cut.group(1))
    high = float(cut.group(2)) if cut.group(2) else low
    unit = (cut.group(3) or values[0][1]).lower()
    value = _scale(values[0][0], values[0][1], unit)
    if value is None or low > high:
        return None
    if value > high:
        return YES
    return NO if value <= low else None


__all__ = ["RULE", "read_bound", "read_stated_cutoff"]
