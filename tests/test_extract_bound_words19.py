"""The upper-bound words of a reference range beside a value are ``answers/hedges.UPPER_BOUND`` (session 19, one home):
extract/measured.py retyped them ("up to", "under", "below", "less than") without "at most" / "fewer than", so
"The appendix measures 5 mm (at most 6 mm)." read the 6 mm as a second value and stayed unread while "(up to 6 mm)"
read no. The same bound words hold an open measurement or count open (extract/open_measure.py, open_count.py).
Sentences of our own."""

import pytest

from medstep.answers import hedges
from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> str | None:
    return extract(text, Sample(id="b", question=question, answer="yes", answer_type=AnswerType.CLOSED)).answer


@pytest.mark.parametrize("question,text,verdict", [
    ("Is the appendix dilated?", "The appendix measures 5 mm (at most 6 mm).", "no"),
    ("Is the appendix dilated?", "The appendix measures about 5 mm (at most 6 mm).", "no"),
    ("Is the QTc prolonged?", "The QTc is 430 ms (at most 450 ms).", "no"),
    ("Is the common bile duct dilated?", "The CBD measures 4 mm (at most 6 mm).", "no"),
    ("Is the appendix dilated?", "The appendix measures 9 mm (normal at most 6 mm).", "yes"),
])
def test_an_upper_bound_in_brackets_is_the_reference_not_a_second_value(question, text, verdict):
    assert _read(question, text) == verdict


def test_a_hedge_in_the_bracket_still_holds_the_value_open():
    assert _read("Is the appendix dilated?", "The appendix measures 5 mm (at most 6 mm, though it may be larger).") is None


@pytest.mark.parametrize("bound", hedges.UPPER_BOUND)
def test_every_upper_bound_word_gives_the_reference(bound):
    """Each upper bound of the shared list reads as the reference range, as "up to" did."""
    assert bound in hedges.BOUND
    assert _read("Is the appendix dilated?", f"The appendix measures 5 mm ({bound} 6 mm).") == "no", bound
