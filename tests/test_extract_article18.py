"""A reply opening with the article "A" before a capitalised name, and a class letter the option key drops.

"A Maisonneuve injury." opens with the article, not option A: a capitalised word after a bare "A" (an eponym, a
title-cased name) is what the article introduces (``mentions.is_article``), as a lower-case one always was. And a
name's class letter ("Weber A", "Stanford B", "hepatitis C") tells two names apart that the option key, which drops
"a" as an article, would read as one ("Weber A fracture" keys as "weber fracture"): "A Weber B fracture." names no
"Weber A fracture" (``letter_names.name_letters``).
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

ANKLE = {"A": "Maisonneuve fracture", "B": "Jones fracture", "C": "Lisfranc injury", "D": "Weber A fracture"}
ANKLE2 = {"A": "Jones fracture", "B": "Maisonneuve fracture", "C": "Lisfranc injury", "D": "Boxer fracture"}
WRIST = {"A": "Smith fracture", "B": "Barton fracture", "C": "Colles fracture", "D": "Chauffeur fracture"}
AORTA = {"A": "Stanford A dissection", "B": "Stanford B dissection", "C": "Intramural hematoma", "D": "Penetrating ulcer"}
WEBER = {"A": "Weber A", "B": "Weber B", "C": "Weber C", "D": "Maisonneuve"}


def _read(text: str, options: dict[str, str]) -> str | None:
    sample = Sample(id="a", question="Which injury is shown?", answer="A", answer_type=AnswerType.CHOICE,
                    options=options)
    return extract(text, sample).answer


@pytest.mark.parametrize(("text", "options", "letter"), [
    ("A Maisonneuve injury.", ANKLE, "A"),
    ("A Maisonneuve injury.", ANKLE2, "B"),
    ("A Maisonneuve-type injury of the proximal fibula.", ANKLE2, "B"),
    ("A Barton.", WRIST, "B"),
    ("A Stanford type B dissection.", AORTA, "B"),
    ("A Weber C injury.", WEBER, "C"),
])
def test_a_capitalised_name_after_a_is_what_the_article_introduces(text: str, options: dict[str, str],
                                                                   letter: str) -> None:
    assert _read(text, options) == letter


@pytest.mark.parametrize("text", ["A Weber B fracture.", "A Weber C ankle fracture."])
def test_another_class_of_the_same_name_is_not_the_option(text: str) -> None:
    assert _read(text, ANKLE) is None  # the only Weber option is "Weber A fracture"


@pytest.mark.parametrize(("text", "letter"), [
    ("A.", "A"), ("A) Maisonneuve injury", "A"), ("A Smith fracture.", "A"), ("A Colles fracture.", "C"),
])
def test_a_letter_is_still_a_letter_and_a_name_after_the_article_still_counts(text: str, letter: str) -> None:
    assert _read(text, WRIST if "fracture" in text else ANKLE) == letter


@pytest.mark.parametrize("text", ["A or B.", "A B C D", "A Is the answer, or maybe B."])
def test_letters_offered_together_choose_none(text: str) -> None:
    assert _read(text, WRIST) is None
