"""Options a reply passes over on its way to the answer (issue #7), in our own words.

Precision first: a sentence that names an option only to set it aside ("C (Cardiomegaly) can be ruled out.",
"- **A. Pleural effusion**: incorrect", "Cardiomegaly is tempting, but ...", "**A** is less likely.") must never
be read as the answer; unparsed is acceptable where nothing else commits. And the other direction: a reply that
commits AFTER a passed-over mention ("A is tempting, but the answer is B") still reads the committed option, and a
letter called wrong is still the answer to a question asking which statement is FALSE.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

CHEST = Sample(
    id="chest",
    question="What is the most likely diagnosis?",
    answer="B",
    answer_type=AnswerType.CHOICE,
    options={"A": "Pleural effusion", "B": "Pneumothorax", "C": "Cardiomegaly", "D": "Lobar pneumonia"},
)
AIRWAYS = Sample(
    id="airways",
    question="What is the most likely diagnosis?",
    answer="D",
    answer_type=AnswerType.CHOICE,
    options={"A": "Bronchiectasis", "B": "Cystic fibrosis", "C": "Kartagener syndrome",
             "D": "Allergic bronchopulmonary aspergillosis"},
)
FALSE_ONE = Sample(
    id="false-one",
    question="Which statement about this knee radiograph is FALSE?",
    answer="C",
    answer_type=AnswerType.CHOICE,
    options={"A": "There is a joint effusion", "B": "The joint space is narrowed", "C": "There is a displaced fracture",
             "D": "Osteophytes are present"},
)
_FINDING = "A visible pleural line with absent lung markings beyond it."


@pytest.mark.parametrize("text, passed", [
    # text only, "is tempting, but": the closing sentence passes over another option (main read C)
    (f"{_FINDING[:-1]}. Cardiomegaly is tempting, but the pattern does not match.", "C"),
    # letter + its text in brackets, opening the reply (main read the lead letter, C)
    (f"C (Cardiomegaly) can be ruled out. {_FINDING}", "C"),
    # markdown bullet: bold letter and text, then a verdict against it (main read C)
    (f"- **C. Cardiomegaly**: incorrect, no supporting findings. {_FINDING}", "C"),
    (f"- **A. Pleural effusion**: incorrect, no supporting findings. {_FINDING[:-1]}: pneumothorax.", "A"),
    # inside an answer wrapper, before the bare letter (main read A)
    ("<answer> A is tempting, but the findings do not support it. B </answer>", "A"),
])
def test_passed_over_option_is_not_the_answer(text: str, passed: str) -> None:
    found = extract(text, CHEST)
    assert found.answer != passed
    assert found.answer in (None, "B")


@pytest.mark.parametrize("text", [
    "Pneumothorax. Pleural effusion is tempting, but the pattern does not match.",
    f"- **A. Pleural effusion**: incorrect, no supporting findings. {_FINDING[:-1]}: pneumothorax.",
    "A. Pleural effusion is tempting, but there is no meniscus.\nPneumothorax.",
])
def test_statement_after_a_passed_over_option_is_read(text: str) -> None:
    """The option stated after the one passed over is the answer (main: ambiguous, or the passed-over letter)."""
    assert extract(text, CHEST).answer == "B"


@pytest.mark.parametrize("closing", ["**A** is less likely.", "A can be excluded."])
def test_letter_passed_over_is_not_read_from_its_text(closing: str) -> None:
    """"Bronchiectasis is seen." states option A's text, but the reply turns from A by its letter: no answer A
    (main read A); without the closing sentence the initials of D decide."""
    body = "Bronchiectasis is seen. It is central, with finger-in-glove mucoid impaction, which suggests ABPA."
    assert extract(f"{body} {closing}", AIRWAYS).answer is None
    assert extract(body, AIRWAYS).answer == "D"


@pytest.mark.parametrize("text", [
    "A is tempting, but the sharp pleural line favours B.",
    f"{_FINDING} While C could be considered, the answer is B.",
    "The answer is B rather than D.",
    "D can be excluded. The answer is B.",
    "Option A would fit if there were a meniscus; there is none. Answer: B",
    "It is not C (cardiomegaly). Final answer: B",
    "B, not A.",
    "Answer: B (A and C are incorrect because there is no meniscus and the heart is normal.)",
    "A is tempting, but the answer is B.",
    "A is a tempting distractor; the answer is B.",
    "While **A** could be considered, the correct answer is **B**.",
    "Answer: B\nA is tempting, but the findings do not support it.",
])
def test_commitment_after_passed_over_mention_reads_it(text: str) -> None:
    assert extract(text, CHEST).answer == "B"


@pytest.mark.parametrize("text", [
    "I initially thought A, but on reflection B.",
    "A is less likely than B.",
    "Between A and B, B is more likely.",
    "Pleural effusion is tempting, but the answer is pneumothorax.",
])
def test_weighed_pairs_never_read_the_option_passed_over(text: str) -> None:
    """Pairs weighed against each other: the committed one or no answer, never the one passed over."""
    assert extract(text, CHEST).answer in (None, "B")


@pytest.mark.parametrize("text", ["C (Cardiomegaly) can be ruled out.", "- **C. Cardiomegaly**: incorrect.",
                                  "Cardiomegaly is tempting, but the heart is normal."])
def test_only_a_passed_over_option_reads_no_answer(text: str) -> None:
    found = extract(text, CHEST)
    assert found.answer is None
    assert found.status.value == "unparsed"


def test_letter_called_false_answers_a_false_question() -> None:
    """To "Which statement is FALSE?" the letter judged against is the answer, not an option passed over."""
    assert extract("C is false.", FALSE_ONE).answer == "C"
    assert extract("Statement A is correct. Statement B is correct. Statement C is incorrect. Statement D is correct.",
                   FALSE_ONE).answer == "C"
