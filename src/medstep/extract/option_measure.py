"""An option that is a quantity against a cut-off ("Cardiothoracic ratio above 0.5", "Stone larger than 5 mm"),
chosen by the value the output measures ("The cardiothoracic ratio measures 0.58.", "CTR ≈ 0.44.", "心胸比约0.56").

Each such option is the yes/no question its words ask ("Is the cardiothoracic ratio above 0.5?"), and that question
is read as any closed question with its own cut-off is (``extract/asked_cutoff.py``, ``extract/measured.py``): one
value of the quantity, of its dimension, no hedge, no earlier study, no turn. The option whose question reads yes is
the answer when it is the only one, and when the output names no other option (by letter or text): "The CTR is 0.58
because of a pericardial effusion." states two options' content, and is left to the readers that weigh statements.
"""

from __future__ import annotations

import re

from medstep.answers import YES, verdict_meaning
from medstep.extract import asked_cutoff, measured
from medstep.extract.mentions import OptionIndex, find_mentions
from medstep.lazyre import lazy_compile

RULE = "option_measure"


# A question asking a quantity of its subject: "What is the size of the lesion?", "How large is the mass?"; its
# subject is what a bare quantity option ("2-3 cm", ">3 cm") is a value of.
_WHAT_IS = lazy_compile(r"(?i)^\s*(?:what\s+is|how\s+(?:large|big|long|wide|thick)\s+is)\s+(?:the\s+)?"
                        r"(?P<subject>[a-z][a-z -]{1,40}?)\s*\?\s*$")
# A bare range option: "1-2 cm", "2–3 cm", "5 to 10 mm" (a value from the first number to the second).
_RANGE = lazy_compile(r"(?i)^\s*(?P<low>\d+(?:\.\d+)?)\s*(?:-|–|to)\s*(?P<high>\d+(?:\.\d+)?)\s*"
                      r"(?P<unit>" + asked_cutoff.UNITS + r")\s*$")
# A bare cut-off option: "<1 cm", ">3 cm", "less than 1 cm", "more than 3 cm".
_BARE = lazy_compile(r"(?i)^\s*(?:[<>≤≥]|(?:less|more|smaller|larger|greater)\s+than)\s*\d+(?:\.\d+)?\s*"
                     r"(?:" + asked_cutoff.UNITS + r")\s*$")


def _asked(option: str, question: str) -> tuple[str, ...]:
    """The closed questions an option's text asks, when it is a quantity against a cut-off the question reader knows
    ("Cardiothoracic ratio above 0.5" -> "Is the cardiothoracic ratio above 0.5?"; "2-3 cm" to "What is the size of
    the lesion?" -> "Is the size of the lesion at least 2 cm?" and "... at most 3 cm?"), else none."""
    option = option.strip().rstrip(".").strip()
    subject = _WHAT_IS.match(question)
    asked: tuple[str, ...]
    if subject is not None and (span := _RANGE.match(option)) is not None:
        unit = span.group("unit")
        asked = (f"Is the {subject.group('subject')} at least {span.group('low')} {unit}?",
                 f"Is the {subject.group('subject')} at most {span.group('high')} {unit}?")
    elif subject is not None and _BARE.match(option) is not None:
        asked = (f"Is the {subject.group('subject')} {option}?",)
    else:
        asked = (f"Is the {option}?",)
    return asked if all(asked_cutoff.asked_row(q) is not None for q in asked) else ()


# A value the output gives, with its unit ("1.4 cm", "8 mm").
_VALUE = lazy_compile(r"(?i)(?<![\d.])(\d+(?:\.\d+)?)\s*(" + asked_cutoff.UNITS + r")(?![a-z])")
_NUMBER = lazy_compile(r"\d+(?:\.\d+)?")
_UNIT_AT_END = lazy_compile(r"(?i)(" + asked_cutoff.UNITS + r")\s*\.?\s*$")
_TO_MM = {"mm": 1.0, "cm": 10.0}


def bare_quantities(options: dict[str, str]) -> bool:
    """Whether every option is a bare quantity ("<1 cm", "1-2 cm", "More than 3 cm"): options whose words ("1 cm")
    a reply's value ("1.4 cm") holds without meaning them, so only their values may choose one."""
    return bool(options) and all(_RANGE.match(o) is not None or _BARE.match(o) is not None
                                 for o in (v.strip().rstrip(".").strip() for v in options.values()))


def _same(value: str, unit: str, bound: str, bound_unit: str) -> bool:
    if unit.lower() == bound_unit.lower():
        return float(value) == float(bound)
    low = (unit.lower(), bound_unit.lower())
    return all(u in _TO_MM for u in low) and float(value) * _TO_MM[low[0]] == float(bound) * _TO_MM[low[1]]


def _on_boundary(text: str, options: dict[str, str]) -> bool:
    """Whether a value the output gives is one of the options' own cut-offs ("about 1 cm" to "<1 cm" / "1-2 cm", "3
    cm" to "2-3 cm" / ">3 cm"): whether it was rounded onto the cut-off is unknown, so no option is read."""
    bounds = [(n, unit.group(1)) for o in options.values() if (unit := _UNIT_AT_END.search(o)) is not None
              for n in _NUMBER.findall(o)]
    return any(_same(v.group(1), v.group(2), n, u) for v in _VALUE.finditer(text[:2000]) for n, u in bounds)


# The longest reply read as a bare value ("3.5 cm", "Lesion: 1.4 cm"), the measured reader having found no subject.
_BARE_REPLY_CHARS = 60
_LESS = ("<", "≤", "less", "smaller")


def _in_option(value: float, option: str) -> bool:
    """Whether ``value`` (in the option's unit) lies strictly inside bare quantity ``option``."""
    span = _RANGE.match(option)
    if span is not None:
        return float(span.group("low")) < value < float(span.group("high"))
    cut = float(_NUMBER.findall(option)[0])
    return value < cut if option.strip().lower().startswith(_LESS) else value > cut


def _scaled(value: re.Match[str], option: str) -> float | None:
    """Value ``value`` ("1.4 cm") in bare quantity ``option``'s unit, None when the two units do not convert."""
    own = _UNIT_AT_END.search(option)
    unit, to = value.group(2).lower(), own.group(1).lower() if own is not None else ""
    if unit == to:
        return float(value.group(1))
    return float(value.group(1)) * _TO_MM[unit] / _TO_MM[to] if {unit, to} <= set(_TO_MM) else None


def _lies_in(value: re.Match[str], option: str) -> bool:
    scaled = _scaled(value, option.strip().rstrip(".").strip())
    return scaled is not None and _in_option(scaled, option.strip().rstrip(".").strip())


def _bare_value(text: str, options: dict[str, str]) -> str | None:
    """The one bare quantity option a short reply's one value lies in ("3.5 cm" to ">3 cm"), else None."""
    values = list(_VALUE.finditer(text)) if len(text.strip()) <= _BARE_REPLY_CHARS else []
    if len(values) != 1:
        return None
    chosen = [letter for letter, option in options.items() if _lies_in(values[0], option)]
    return chosen[0] if len(chosen) == 1 else None


def holds_value(text: str, options: dict[str, str], letter: str) -> bool:
    """Whether a value the output gives lies inside bare quantity option ``letter`` ("1.2 cm" in "1-2 cm"), none
    standing on a cut-off: what an option read by its words must agree with ("1.4 cm" holds the words of "<1 cm")."""
    return not _on_boundary(text, options) and any(_lies_in(v, options[letter]) for v in _VALUE.finditer(text[:2000]))


def read_option_measure(text: str, idx: OptionIndex, options: dict[str, str], question: str = "") -> str | None:
    """The one cut-off option the output's measured value satisfies (see module docstring), else None; none for
    bare quantity options when the value stands on one of their cut-offs."""
    if bare_quantities(options) and _on_boundary(text, options):
        return None
    asked = {letter: qs for letter, text_ in options.items() if (qs := _asked(text_, question))}
    if not asked:
        return None
    chosen = [letter for letter, qs in asked.items()
              if all(verdict_meaning(measured.read_measured(text, q) or "") == YES for q in qs)]
    if not chosen and bare_quantities(options) and (bare := _bare_value(text, options)) is not None:
        chosen = [bare]
    if len(chosen) != 1 or any(m.letter != chosen[0] for m in find_mentions(text, idx)):
        return None
    return chosen[0]


__all__ = ["RULE", "bare_quantities", "holds_value", "read_option_measure"]
