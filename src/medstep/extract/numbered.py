"""An option answered by the number the output gave it in its own numbered list (rule ``option_number``).

Some models restate the options as a numbered list and then answer with the number ("1. **Phrenic nerve palsy**
— … / 2. **Subpulmonic effusion** — … / Final answer: **2**"). The number is read only through that list: each
numbered line must open with one option's text (a distinct option per number, two lines at least), and the
answer must be a number alone after a final-answer phrase placed after the list. Where options hold numbers in
their own text ("BI-RADS 4", "Grade 2") such an answer is ``CONFLICT``: the number may name the list's place or the
option's text ("1. BI-RADS 2 … 4. BI-RADS 5 … Final answer: 4").
"""

from __future__ import annotations

from medstep.extract.letters import clean, option_match
from medstep.extract.mentions import CONFLICT, OptionIndex
from medstep.extract.split import first_line, last_phrase
from medstep.lazyre import lazy_compile

RULE = "option_number"

# "1. **Pleural effusion** — …", "2) Pneumothorax: no", "**3.** Lobar pneumonia (less likely)"
_NUMBERED = lazy_compile(r"(?m)^[ \t>*_]*(\d{1,2})[.)][*_]*[ \t]+(.+)$")
# Where a numbered line's option text ends: a dash, colon, bracket or sentence stop after it.
_HEAD_END = lazy_compile(r"\s[—–-]\s|[:(;,]|\.(?:\s|$)|\*\*\s")
# The answer after the phrase: a number alone ("**2**", "(2)", "#1", "2.").
_NUMBER_ONLY = lazy_compile(r"[\s*_(\[#]*(\d{1,2})[\s*_)\].]*\Z")


def _numbering(text: str, idx: OptionIndex) -> tuple[dict[int, str], int]:
    """Number -> letter of the output's numbered option lines, and where the last of them ends ({} when a number
    or an option appears twice, or a numbered line names no option)."""
    found: dict[int, str] = {}
    end = 0
    for line in _NUMBERED.finditer(text):
        head = _HEAD_END.split(line.group(2), maxsplit=1)[0]
        letter = option_match(clean(head), idx)
        number = int(line.group(1))
        if letter is None or number in found or letter in found.values():
            return {}, 0
        found[number] = letter
        end = line.end()
    return found, end


def read_numbered(text: str, idx: OptionIndex) -> str | None:
    """The option the output's final answer names by its number in the output's own list (``CONFLICT`` where an
    option's text holds numbers too), else None."""
    if "\n" not in text:
        return None
    phrase = last_phrase(text)
    if phrase is None:
        return None
    answer = _NUMBER_ONLY.match(first_line(text[phrase[1]:]))
    if answer is None:
        return None
    numbering, end = _numbering(text[:phrase[0]], idx)
    if len(numbering) < 2 or end > phrase[0]:
        return None
    letter = numbering.get(int(answer.group(1)))
    return CONFLICT if letter is not None and any(ch.isdigit() for key in idx.keys.values() for ch in key) else letter


__all__ = ["RULE", "read_numbered"]
