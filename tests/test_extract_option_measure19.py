"""A value compared at once with a bare cut-off ("The cardiothoracic ratio is 0.56, above 0.5.") is one value, not
two (``extract/measured_gates.py``). Sentences of our own."""

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _closed(text: str, question: str) -> str | None:
    return extract(text, Sample(id="m19", question=question, answer="yes", answer_type=AnswerType.CLOSED)).answer


@pytest.mark.parametrize("text,question,verdict", [
    ("The cardiothoracic ratio is about 0.58, above 0.5.", "Is the cardiothoracic ratio above 0.5?", "yes"),
    ("CTR 0.43, below 0.5.", "Is the cardiothoracic ratio above 0.5?", "no"),
    ("LVEF 32%, which is less than 40%.", "Is the ejection fraction below 40%?", "yes"),
    ("The calculus measures 8 mm, greater than 5 mm.", "Is the kidney stone larger than 5 mm?", "yes"),
])
def test_a_cut_off_restated_after_the_value_is_no_second_value(text, question, verdict):
    assert _closed(text, question) == verdict
