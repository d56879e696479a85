"""A reference range beside a value calls nothing normal (extract/stated.py, measured.without_references; session 19):
"The common bile duct measures 9 mm, normal up to 6 mm." read no to "Is the common bile duct dilated?" because
the findings reader took the range's "normal" as a statement about the duct. The range is set aside before the
statement readers, as the measure reader already set it aside; a statement of normality in words still reads.
Sentences of our own."""

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> str | None:
    return extract(text, Sample(id="r", question=question, answer="yes", answer_type=AnswerType.CLOSED)).answer


@pytest.mark.parametrize("question,text", [
    ("Is the common bile duct dilated?", "The common bile duct measures 9 mm, normal up to 6 mm."),
    ("Is the common bile duct dilated?", "The common bile duct measures 9 mm (normal up to 6 mm)."),
    ("Is the aorta aneurysmal?", "The abdominal aorta measures 4.5 cm, normal less than 3 cm."),
])
def test_the_normal_of_a_range_is_no_answer(question, text):
    assert _read(question, text) != "no"


@pytest.mark.parametrize("question,text,verdict", [
    ("Is the common bile duct dilated?", "The CBD measures 9 mm, normal up to 6 mm, so it is dilated.", "yes"),
    ("Is the spleen enlarged?", "The spleen is normal in size (up to 13 cm).", "no"),
    ("Is the heart enlarged?", "The heart size is normal (CTR < 0.5).", "no"),
    ("Is the common bile duct dilated?", "The common bile duct is not dilated (normal up to 6 mm).", "no"),
    ("Is the spleen enlarged?", "The spleen measures 11 cm (normal < 13 cm) and is normal.", "no"),
])
def test_a_statement_beside_the_range_still_reads(question, text, verdict):
    assert _read(question, text) == verdict
