"""Choice answers, session 17 (issue #7): an option named without its letter. A classing verb placing the finding in
an option's class ("I would score it as highly suspicious, TI-RADS 5."), a grade's numeral in another writing
("Grade 3" for "Grade III", "TI-RADS 5" for "TR5"). One invented sentence per case."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

CXR = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Consolidation"}
TIRADS = {"A": "TI-RADS 2", "B": "TI-RADS 3", "C": "TI-RADS 4", "D": "TI-RADS 5"}
TR = {"A": "TR2", "B": "TR3", "C": "TR4", "D": "TR5"}
GRADE = {"A": "Grade I", "B": "Grade II", "C": "Grade III", "D": "Grade IV"}
BOSNIAK = {"A": "Bosniak I", "B": "Bosniak II", "C": "Bosniak IIF", "D": "Bosniak III"}


def _read(text: str, options: dict[str, str] = CXR, question: str = "What is the most likely diagnosis?") -> str | None:
    got = extract(text, Sample(id="c17", question=question, answer="A", answer_type=AnswerType.CHOICE,
                               options=options))
    return got.answer


@pytest.mark.parametrize(("text", "options", "letter"), [
    ("I would score it as highly suspicious, TI-RADS 5.", TIRADS, "D"),
    ("This nodule would be classified as TI-RADS 4 on the ACR scale.", TIRADS, "C"),
    ("Given the colloid features I'd put it at TI-RADS 2 in the end.", TIRADS, "A"),
    ("On balance I would classify this as a large pleural effusion.", CXR, "B"),
])
def test_a_classing_verb_places_the_finding_in_the_option(text: str, options: dict[str, str], letter: str) -> None:
    assert _read(text, options) == letter


@pytest.mark.parametrize(("text", "options"), [
    ("I would not classify this as a pleural effusion.", CXR),
    ("I wouldn't call it a pleural effusion.", CXR),
    ("I would never rate it TI-RADS 5.", TIRADS),
])
def test_a_denied_classing_verb_chooses_nothing(text: str, options: dict[str, str]) -> None:
    assert _read(text, options) is None


@pytest.mark.parametrize(("text", "options", "letter"), [
    ("This is a grade 3 injury.", GRADE, "C"),
    ("Grade two.", GRADE, "B"),
    ("It is a Bosniak 2F cyst.", BOSNIAK, "C"),
    ("Bosniak category 3.", BOSNIAK, "D"),
    ("TI-RADS 5.", TR, "D"),
    ("Total 8 points, which is TI-RADS category 5.", TR, "D"),
    ("Category: TR 4", TR, "C"),
])
def test_a_grade_in_another_numeral_names_the_option(text: str, options: dict[str, str], letter: str) -> None:
    assert _read(text, options) == letter


def test_a_grade_numeral_with_a_letter_is_not_the_bare_grade() -> None:
    # "Bosniak 2F" is IIF, not II: the letter after the numeral is part of the category
    assert _read("It is a Bosniak 2F cyst.", {"A": "Bosniak I", "B": "Bosniak II", "C": "Bosniak III",
                                              "D": "Bosniak IV"}) is None
