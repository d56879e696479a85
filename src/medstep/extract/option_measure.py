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

RULE = "option_measure"


def _asked(option: str) -> str | None:
    """The closed question an option's text asks, when it is a quantity against a cut-off the question reader knows
    ("Cardiothoracic ratio above 0.5" -> "Is the cardiothoracic ratio above 0.5?"), else None."""
    question = f"Is the {option.strip().rstrip('.').strip()}?"
    return question if asked_cutoff.asked_row(question) is not None else None


def read_option_measure(text: str, idx: OptionIndex, options: dict[str, str]) -> str | None:
    """The one cut-off option the output's measured value satisfies (see module docstring), else None."""
    asked = {letter: q for letter, text_ in options.items() if (q := _asked(text_)) is not None}
    if not asked:
        return None
    chosen = [letter for letter, q in asked.items() if verdict_meaning(measured.read_measured(text, q) or "") == YES]
    if len(chosen) != 1 or any(m.letter != chosen[0] for m in find_mentions(text, idx)):
        return None
    return chosen[0]


__all__ = ["RULE", "read_option_measure"]
