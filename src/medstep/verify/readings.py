"""Words whose reading depends on their sentence, settled where the extractor makes a mention's finding.

* "ICD" is an implantable cardioverter-defibrillator and, in British usage, an intercostal (chest) drain ("L ICD,
  tip at apex" beside a residual pneumothorax read as a defibrillator: one-error dev 2 N10, one-error dev 3 P6). It
  is read by the cues of its sentence, else of the whole text (a cue under a negation, "no pneumothorax", is none:
  a defibrillator's check film says it too), and left unread when they name both devices or neither: no device
  claimed is better than the wrong one.
* "the heart sits on the right because the left lung collapsed" is the heart pushed or pulled over, a mediastinal
  shift, not a heart born on the right (dextrocardia): the sentence names a cause and no mirror arrangement.
* "fractures of the left fourth to seventh ribs", "displaced fractures of the ribs", "the fifth and sixth ribs are
  fractured": a fracture word whose noun phrase names the ribs (or a clavicle) is a rib (clavicle) fracture, not a
  fracture of any bone or a displaced bone fragment, so it meets the evidence's "no rib fractures".
* a concept phrase ending in an arrow ("trachea → R") states a shift only with a side after it
  ("mediastinum → mediastinal origin" is an arrow of reasoning).
"""

from __future__ import annotations

import re

from medstep.answers import hedges, negation
from medstep.answers.text import ORDINAL_WORDS
from medstep.lazyre import lazy_compile

DEXTRO, SHIFT = "dextrocardia", "tracheal_deviation"
FRACTURE_WORDS = frozenset({"bone_fragment"})  # displaced fractures of no named bone
ICD, DRAIN = "icd", "chest_tube"
ARROW_END = ("\u2192", ">")  # the last character of an arrow phrase ("->" is read as "→", ``scan.lower_text``)

_HEART_ON_RIGHT = lazy_compile(r"(?:right[ -]sided )?heart", re.IGNORECASE)
_SHIFT_CAUSE = lazy_compile(r"\b(?:collaps\w*|pneumothorax|effusion|pulled|pushed|pulling|pushing|shifted|displaced|"
                            r"volume loss|tension|pneumonectomy|lobectomy)\b", re.IGNORECASE)
# a mirror arrangement named (lower case): the organs' usual sides do not hold (``organ_sides.py`` too)
MIRROR = lazy_compile(r"situs inversus|dextrocardia|mirror[- ]image|transposition")
_SENTENCE_END = lazy_compile(r"[.;!?\n]")
_DEFIB_CUES = lazy_compile(r"\b(?:leads?|wires?|generator|box|pacing|pacemaker|pacer|defibrillat\w*|cardioverter|"
                           r"ventric\w*|rv|ra|atri\w*|shocks?|coils?|battery|pocket|arrhythmi\w*|cardiac)\b", re.IGNORECASE)
_DRAIN_CUES = lazy_compile(r"\b(?:drains?|drainage|draining|intercostal|pneumothora\w*|ptx|effusions?|pleural|haemothorax|"
                           r"hemothorax|empyema|bubbling|swinging|surgical emphysema|apical)\b", re.IGNORECASE)
# "... of the (left fourth to seventh) ribs" after the fracture word (up to six words, no punctuation between), or
# "the fifth and sixth ribs (are) (each) fractured" before it: the bone named, and its fracture concept
_BONE_FRACTURES = {"rib": "rib_fracture", "ribs": "rib_fracture",
}
_BONES = "|".join(sorted(_BONE_FRACTURES, key=len, reverse=True))
# a list of ordinals may have commas: "the right 6th, 7th and 8th ribs"
_ORDINAL = r"(?:\d+(?:st|nd|rd|th)?|" + "|".join(ORDINAL_WORDS) + r"),?\s+"
_OF_BONE = lazy_compile(rf"\s+of\s+(?:{_ORDINAL}|[\w\u2013-]+\s+){{0,8}}?({_BONES})\b", re.IGNORECASE)
_NOT_IN_PHRASE = r"(?!(?:and|or|but|with|while|whereas|no|not)\b)"
_BONE_IS = lazy_compile(rf"\b({_BONES})(?:\s+{_NOT_IN_PHRASE}[\w\u2013-]+){{0,6}}?\s+"
                        r"(?:(?:is|are|was|were|have\s+been|has\s+been)\s+)?(?:not\s+)?(?:each\s+|also\s+|both\s+)?$",
                        re.IGNORECASE)
_NEGATED = lazy_compile(hedges.words(negation.DENY, negation.NEITHER) + r"[^.,;:]*$", re.IGNORECASE)


def _sentence(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> str:
    hi = len(text) if hi is None else hi
    a = max((m.end() for m in _SENTENCE_END.finditer(text, lo, start)), default=lo)
    z = _SENTENCE_END.search(text, end, hi)
    return text[a:z.start() if z else hi]


def heart_pushed(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> bool:
    """Whether the dextrocardia words at ``text[start:end]`` ("heart sits on the right") name a heart shifted
    by a cause its sentence gives; ``text[lo:hi]`` is the segment (a step), which the sentence does not leave."""
    if not _HEART_ON_RIGHT.match(text, start, len(text) if hi is None else hi):
        return False
    sentence = _sentence(text, start, end, lo, hi)
    return _SHIFT_CAUSE.search(sentence) is not None and MIRROR.search(sentence.lower()) is None


def bone_fractured(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> str | None:
    """The fracture concept of the bone that the fracture words at ``text[start:end]`` name ("fractures of the
    left ribs": ``rib_fracture``), or None when they name none. Read in ``text[lo:hi]``, the segment (a step): a
    bone named in the next step is no bone of this one (``clauses.py``: nothing flows from one step into the next)."""
    m = _OF_BONE.match(text, end, len(text) if hi is None else hi) or _BONE_IS.search(text, max(lo, start - 60), start)
    return _BONE_FRACTURES[m.group(1).lower()] if m else None


def _cued(cues: re.Pattern[str], window: str) -> bool:
    return any(_NEGATED.search(window, max(0, m.start() - 30), m.start()) is None for m in cues.finditer(window))


def icd_kind(text: str, start: int, end: int) -> str | None:
    """The device a bare "ICD" at ``text[start:end]`` names (``ICD`` or ``DRAIN``), or None when its text does
    not tell."""
    for window in (_sentence(text, start, end), text):
        defib, drain = _cued(_DEFIB_CUES, window), _cued(_DRAIN_CUES, window)
        if defib != drain:
            return ICD if defib else DRAIN
        if defib:
            return None
    return None
