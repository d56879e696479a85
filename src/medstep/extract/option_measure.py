"""An option that is a quantity against a cut-off ("Cardiothoracic ratio above 0.5", "Stone larger than 5 mm"),
chosen by the value the output measures ("The cardiothoracic ratio measures 0.58.", "CTR ≈ 0.44.", "心胸比约0.56").

Each such option is the yes/no question its words ask ("Is the cardiothoracic ratio above 0.5?"), and that question
is read as any closed question with its own cut-off is (``extract/asked_cutoff.py``, ``extract/measured.py``): one
value of the quantity, of its dimension, no hedge, no earlier study, no turn. The option whose question reads yes is
the answer when it is the only one, and when the output names no other option (by letter or text): "The CTR is 0.58
because of a pericardial effusion." states two options' content, and is left to the readers that weigh statements.
"""

from __future__ import annotations

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


def read_option_measure(text: str, idx: OptionIndex, options: dict[str, str], question: str = "") -> str | None:
    """The one cut-off option the output's measured value satisfies (see module docstring), else None."""
    asked = {letter: qs for letter, text_ in options.items() if (qs := _asked(text_, question))}
    if not asked:
        return None
    chosen = [letter for letter, qs in asked.items()
              if all(verdict_meaning(measured.read_measured(text, q) or "") == YES for q in qs)]
    if len(chosen) != 1 or any(m.letter != chosen[0] for m in find_mentions(text, idx)):
        return None
    return chosen[0]


__all__ = ["RULE", "read_option_measure"]
