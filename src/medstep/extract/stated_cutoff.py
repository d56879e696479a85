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

A value bound to its own bracketed normal range ("The atrium measures 13 mm (normal < 10 mm).") is that value's
cut-off whatever else the reply measures: above it reads yes when the value's sentence names the asked subject
("Prostate volume 68 mL (normal < 30 mL). Post-void residual 140 mL." to "Is the prostate enlarged?"); a value at
or below it reads no only as the reply's one value (another may be the asked one's). "Aneurysmal" and a "-megaly"
noun ("Is there ventriculomegaly?", its subject named by the noun's first six letters: "ventricle") ask a larger
value too.
"""

from __future__ import annotations

from medstep.answers import NO, YES
from medstep.answers import negation
from medstep.extract import implicit, implicit_terms
from medstep.extract.refusal import is_hedge
from medstep.lazyre import lazy_compile

RULE = "implicit_stated_cutoff"
_MORE = frozenset({"enlarged", "dilated", "thickened", "widened", "distended", "elevated", "increased", "prolonged",
                   "hypertrophied"})
_N = r"(\d+(?:\.\d+)?)"
_UNIT = r"(mm|cm|ms|mmhg|ml|%)?"
_RANGE = _N + r"(?:\s*(?:-|–|to)\s*" + _N + r")?\s*" + _UNIT
_ABOVE = lazy_compile(r"(?i)\b(?:above|over|greater\s+than|more\s+than|larger\s+than|beyond|>)\s*" + _RANGE
                      + r"\s+(?:is|are|would\s+be|counts\s+as)\s+(?:considered\s+|regarded\s+as\s+)?([a-z]+)")
_NORMAL_UP_TO = lazy_compile(r"(?i)\b(?:normal\s+(?:is\s+|being\s+)?(?:up\s+to|under|below|less\s+than|<|≤)|upper\s+limit"
                             r"\s+of\s+normal\s*(?:is\s+|of\s+|:\s*)?)\s*" + _RANGE)
_VALUE = lazy_compile(r"(?i)(?<![\d.])(\d+(?:\.\d+)?)\s*(mm|cm|ms|mmhg|ml|%)(?![a-z])")
# A value and its own normal range in brackets, a place between them: "13 mm (normal < 10 mm)", "**68 mL** (normal
# <30 mL)", "5.2 cm at the level of the pulmonary artery (normal < 4 cm)".
_BOUND = lazy_compile(r"(?i)(?<![\d.])(\d+(?:\.\d+)?)\s*(mm|cm|ms|mmhg|ml|%)(?![a-z])[*_]*[^\d().,;:!?\n]{0,60}?\(\s*normal\s*(?:<|≤|less\s+than|under|"
                      r"below|up\s+to)\s*(\d+(?:\.\d+)?)\s*(mm|cm|ms|mmhg|ml|%)?\s*\)")
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


def _subject(term: implicit_terms.Term) -> str | None:
    """The word naming what a larger value is asked of: the subject's last word ("prostate"), or the first six
    letters of a "-megaly" noun ("ventri" of "ventriculomegaly"); ``None`` when the question asks no larger value."""
    if term.prop is not None:
        words = implicit_terms.tokens(term.phrase)
        return words[-1] if term.prop.lower() in _MORE | {"aneurysmal"} and words else None
    m = _MEGALY.match(term.phrase.strip())
    return m.group(1)[:6].lower() if m is not None else None


def _read_bound(text: str, subject: str, megaly: bool) -> str | None:
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
    if value <= float(m.group(3)):
        return NO if len(_VALUE.findall(rest)) == 0 else None
    start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, m.end()) for c in ".!?\n") if i >= 0]
    sentence = text[start:min(ends) if ends else len(text)]
    if implicit.hedged(sentence, temporal=False):
        return None
    words = implicit_terms.tokens(sentence[:m.start() - start])
    named = any(w.startswith(subject) for w in words) if megaly \
        else any(implicit_terms.matches(w, implicit_terms.stem(subject)) for w in words)
    return YES if named else None


def read_bound(text: str, question: str) -> str | None:
    """yes / no by a value's own bracketed normal range (module docstring), read from the reply before its reference
    ranges are set aside (``extract/stated.py``), else ``None``."""
    term = implicit_terms.question_term(question)
    if term is None or len(text) > implicit.MAX_CHARS or "?" in text:
        return None
    subject = _subject(term)
    return _read_bound(text, subject, term.prop is None) if subject is not None else None


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
