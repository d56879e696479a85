"""A count answering a "How many ...?" choice question whose options are counts, given in words or digits that are not
the option's own: "There are two kidneys." for option "2", "Four ribs are broken." for option "4" (rule
``option_count``).

Why a reader of its own: an option "2" is found by its text only where the reply writes "2"; a reply that says "two",
or writes the count beside other numbers (rib numbers, image numbers), names no option. The count is read by the one
home of count reading (:func:`medstep.extract.open_count.counted`: a number counting the asked noun, opening the
reply or closing a tally; none when the reply holds it open, adds to it or gives disagreeing counts), after the numbers
of numbering labels are dropped (:func:`medstep.extract.open_count.without_labels`: "ribs 5-8", "image 7" count
nothing). The option is read only when exactly one option's text is that count; the reader runs only where every other
reader found no answer (an unparsed reply), so a reply naming an option by letter or text is never read here.
"""

from __future__ import annotations

from medstep.answers.text import NUMBER_WORDS
from medstep.extract import open_count
from medstep.lazyre import lazy_compile

RULE = "option_count"

# An option that is a bare count: digits or a number word, optionally followed by a plural noun ("2", "Two", "3 ribs").
_BARE_COUNT = lazy_compile(r"(?i)^\s*(?:(?P<digits>\d{1,3})|(?P<word>" + "|".join(NUMBER_WORDS)
                           + r"))(?:\s+[a-z]+)?\s*\.?\s*$")


def _value(text: str) -> int | None:
    """The count a bare count option or a count read from a reply stands for, else ``None``."""
    m = _BARE_COUNT.match(text)
    if m is None:
        return None
    return int(m.group("digits")) if m.group("digits") else NUMBER_WORDS.index(m.group("word").lower())


def read_option_count(answer: str, options: dict[str, str], question: str) -> str | None:
    """The letter of the one option whose count the reply gives to the "How many ...?" ``question``, or ``None``
    (no count asked, fewer than two options that are counts, no count read, or none or several options equal to it)."""
    if not open_count.asks_count(question):
        return None
    values = {letter: _value(text) for letter, text in options.items()}
    if sum(v is not None for v in values.values()) < 2:
        return None
    count = open_count.counted(open_count.without_labels(answer, question), question)
    value = _value(count) if count is not None else None
    if value is None:
        return None
    letters = [letter for letter, v in values.items() if v == value]
    return letters[0] if len(letters) == 1 else None


__all__ = ["RULE", "read_option_count"]
