"""An option read only where the reply ties it to another class than the one the question asks: ``ambiguous``.

"What defines a grade 3 acromioclavicular injury?" — "In grade 3 both ligaments are torn and the clavicle rides up.
Grade 4 shows the clavicle displaced posteriorly through trapezius." names option D's text, but as what grade 4 shows:
the reply restated option C in its own words and set D against it. "Which feature suggests a BENIGN ulcer?" —
"... Malignant ulcers show an ulcer within a mass." names option C as what the other pole shows. Reading the option
named there would be the wrong letter, and which option the reply's own words restate is not known, so the reading
is ``ambiguous`` (never a guess at another option).

The question asks a class when it names exactly one numbered class ("grade 3", "type II", "stage IV", "BI-RADS 4"
is not one: no class noun before the number) or exactly one pole of the malignancy pair (``antonym_pairs.PAIRS``,
"benign" / "malignant"). An option mention is tied to another class when its clause (from the sentence start, a
semicolon, or a contrasting "whereas" / "while" / "but") opens on another class ("Grade 4 shows ...", "In grade IV
...", "Malignant ulcers show ...", "..., whereas a malignant ulcer sits within a mass") and does not name the asked
class. The reading is set aside only when every mention of the chosen option is so tied and the option's letter is
never named: "Answer: D" or one mention in a clause of its own keeps it.
"""

from __future__ import annotations

from functools import lru_cache

from medstep.answers.text import NUMBER_WORDS
from medstep.extract.antonym_pairs import PAIRS
from medstep.extract.mentions import OptionIndex, find_mentions
from medstep.lazyre import lazy_compile

_NUMERALS = {"1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6,
             **{w: k for k, w in enumerate(NUMBER_WORDS[1:7], 1)}}  # "one" to "six" (``answers/text.NUMBER_WORDS``)
_CLASS = lazy_compile(r"(?i)\b(grade|type|stage|class|degree)\s+(" + "|".join(sorted(_NUMERALS, key=len, reverse=True))
                      + r")\b(?![-.,]?\d)")
_MALIGNANCY = next(p for p in PAIRS if p.name == "malignancy")
# Where a clause starts: a sentence end, a semicolon, a line, or a contrasting conjunction.
_CLAUSE_START = lazy_compile(r"(?i)[.!?;\n]|\b(?:whereas|while|but)\b")
# The clause opens on the class: up to three leading words (an article, "in", "by contrast,") before it.
_OPENS = lazy_compile(r"(?i)\A[\s,*_\"'“(\-•]*(?:(?:in|a|an|the|by\s+contrast|in\s+contrast|conversely|"
                      r"on\s+the\s+other\s+hand)[\s,]+){0,3}\Z")


@lru_cache(maxsize=512)
def _asked(question: str) -> tuple[str, int] | None:
    """What the question asks: (class noun, number), or ("", pole index) for a malignancy pole; else None."""
    classes = {(m.group(1).lower(), _NUMERALS[m.group(2).lower()]) for m in _CLASS.finditer(question)}
    poles = {("", i) for i, pole in enumerate(_MALIGNANCY.poles) if pole.search(question) is not None}
    return (classes | poles).pop() if len(classes | poles) == 1 else None


def _other_opening(clause: str, asked: tuple[str, int]) -> bool:
    """Whether ``clause`` opens on another class than ``asked`` and names the asked one nowhere."""
    noun, value = asked
    if noun:
        found = [(m.start(), m.group(1).lower(), _NUMERALS[m.group(2).lower()]) for m in _CLASS.finditer(clause)]
        if any((n, v) == asked for _, n, v in found):
            return False
        return any(n == noun and _OPENS.match(clause[:at]) is not None for at, n, _ in found)
    if _MALIGNANCY.poles[value].search(clause) is not None:
        return False
    other = _MALIGNANCY.poles[1 - value].search(clause)
    return other is not None and _OPENS.match(clause[:other.start()]) is not None


def tied_elsewhere(text: str, idx: OptionIndex, question: str, letter: str) -> bool:
    """Whether every mention of ``letter`` in ``text`` is its option's text in a clause opening on another class than
    the one ``question`` asks (module docstring)."""
    asked = _asked(question)
    if asked is None:
        return False
    mentions = [m for m in find_mentions(text, idx) if m.letter == letter]
    if not mentions or any(not m.by_text for m in mentions):
        return False
    for m in mentions:
        starts = [c.end() for c in _CLAUSE_START.finditer(text, 0, m.start)]
        lo = starts[-1] if starts else 0
        ends = [i for i in (text.find(c, m.end) for c in ".!?;\n") if i >= 0]
        clause = text[lo:m.start] + text[m.end:min(ends) if ends else len(text)]
        if not _other_opening(clause, asked) or _OPENS.match(text[lo:m.start]) is not None:
            return False  # (the option itself opening its clause is the subject, not what another class shows)
    return True


__all__ = ["tied_elsewhere"]
