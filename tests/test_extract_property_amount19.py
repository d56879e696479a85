"""A property noun described only by how much of it there is answers the property question (extract/property_nouns.py,
session 19): "There is mild calcification." read yes to "Is the nodule calcified?" but "There is minimal
calcification." did not, because the amount words there were a second list beside ``answers/yesno.SEVERITY_WORDS``
(which has "minimal", "trace", "tiny", "slight", "massive"). A word naming another structure ("aortic"), a hedge, a
denial or an earlier time still leaves the sentence unread. Sentences of our own."""

import pytest

from medstep.answers import SEVERITY_WORDS
from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> str | None:
    return extract(text, Sample(id="p", question=question, answer="yes", answer_type=AnswerType.CLOSED)).answer


@pytest.mark.parametrize("question,text", [
    ("Is the nodule calcified?", "There is minimal calcification."),
    ("Is the nodule calcified?", "There is trace calcification."),
    ("Is the lesion enhancing?", "There is slight enhancement."),
    ("Is the mass enhancing?", "There is tiny enhancement."),
    ("Is the femoral head collapsed?", "There is minimal collapse."),
    ("Is the cyst calcified?", "There is massive calcification."),
])
def test_an_amount_word_describes_the_noun_of_the_asked_subject(question, text):
    assert _read(question, text) == "yes"


@pytest.mark.parametrize("question,text", [
    ("Is the nodule calcified?", "There is massive aortic calcification."),  # another structure's
    ("Is the nodule calcified?", "There is minimal if any calcification."),  # near none
    ("Is the nodule calcified?", "There is possibly minimal calcification."),  # a hedge
    ("Is the mass enhancing?", "There is minimal enhancement of the adjacent dura."),  # another structure's
    ("Is the nodule calcified?", "Minimal calcification was seen on the prior CT."),  # an earlier time
])
def test_the_amount_does_not_open_other_readings(question, text):
    assert _read(question, text) is None


def test_every_english_amount_word_is_read_alike():
    """Each English amount word of the shared list describes the noun as "mild" does (one list, not two)."""
    english = ("trace", "minimal", "tiny", "slight", "small", "mild", "moderate", "marked", "large", "severe",
               "extensive", "massive")
    assert set(english) <= SEVERITY_WORDS
    for word in english:
        assert _read("Is the nodule calcified?", f"There is {word} calcification.") == "yes", word
