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


_RATIO = {"A": "Cardiothoracic ratio above 0.5", "B": "Cardiothoracic ratio below 0.5", "C": "Pericardial effusion",
          "D": "Cannot be assessed"}
_EF = {"A": "Ejection fraction below 40%", "B": "Ejection fraction between 40% and 50%",
       "C": "Ejection fraction above 50%"}
_STONE = {"A": "Stone larger than 5 mm", "B": "Stone smaller than 5 mm", "C": "No stone"}
_RANGES = {"A": "40 to 60", "B": "0 to 20", "C": "-100 to -50", "D": "Above 200"}


def _choice(text: str, options: dict[str, str], question: str = "What does the image show?") -> str | None:
    return extract(text, Sample(id="m19", question=question, answer="A", answer_type=AnswerType.CHOICE,
                                options=options)).answer


@pytest.mark.parametrize("text,options,letter", [
    ("心胸比约0.57，大于0.5。", _RATIO, "A"),
    ("On this PA film the cardiothoracic ratio is 0.61.", _RATIO, "A"),
    ("CTR ≈ 0.42.", _RATIO, "B"),
    ("LVEF 30% by biplane Simpson.", _EF, "A"),
    ("The ejection fraction is estimated at 64%.", _EF, "C"),
    ("An 8 mm calculus is impacted at the right vesicoureteric junction.", _STONE, "A"),
    ("The stone measures 3 x 2 mm.", _STONE, "B"),
])
def test_a_cut_off_option_is_chosen_by_the_value_measured(text, options, letter):
    assert _choice(text, options) == letter


@pytest.mark.parametrize("text,options", [
    ("If the CTR were 0.6 the heart would be enlarged, but it is normal.", _RATIO),  # supposed
    ("The CTR might be 0.6.", _RATIO),  # hedged
    ("The CTR is 0.6 on the AP film and 0.47 on the PA film.", _RATIO),  # two values
    ("Previously the CTR was 0.6; now 0.45.", _RATIO),  # an earlier study
    ("EF 45%.", _EF),  # the option between two cut-offs is no cut-off option: no reading, never A or C
    ("There are two stones, of 3 mm and 8 mm.", _STONE),
    ("The density is about 45 HU.", _RANGES),  # options without a subject ("Above 200") ask nothing
])
def test_no_cut_off_option_without_one_plain_value(text, options):
    assert _choice(text, options) is None


def test_a_cut_off_question_without_a_subject_reads_nothing():
    # "Is the above 5 mm?" crashed the question's own cut-off row (no subject word after the determiner)
    assert _closed("The stone measures 7 mm.", "Is the above 5 mm?") is None
