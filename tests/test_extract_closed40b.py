"""Closed yes/no answers a near-miss veto or a question form left unread (issue #7, session 40, lane closed40b).

* "with surrounding X" / "with adjacent X" after the stated finding gives that finding's own surroundings, not a
  second thing of the asked kind (``extract/subjects.py``): "Yes, a mass in the pons with surrounding oedema." is a
  yes, while "The adjacent node is calcified." still answers nothing about the nodule asked.
* "Does the kidney contain stones?" asks what "Is there stones in the kidney?" asks
  (``implicit_words.Q_CONTAIN``): only "contain", since "have" and "show" also give properties.
* "I would say it is not enlarged.": the committing clause before the pronoun takes up the asked subject as "So it
  is not enlarged." does (``extract/anaphor.py``).

Each reading is checked both ways, beside near misses that must stay unread: another organ or side, a neighbour, a
hedge, a question restated, a class statement, another antecedent. The replies are invented.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.anaphor import _PRONOUN
from medstep.extract.implicit_terms import question_term
from medstep.extract.implicit_words import Q_CONTAIN
from medstep.types import AnswerType, Sample
from support.timing import reads_linearly, rep


def _read(question: str, text: str) -> str | None:
    return extract(text, Sample(id="t", question=question, answer="yes", answer_type=AnswerType.CLOSED)).answer


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        # the stated finding's own surroundings: the opening verdict stands
        (
            "Is there a tumour in the pancreas?",
            "yes, a hypodense mass in the head with surrounding fat stranding",
            "yes",
        ),
        (
            "Is there an abscess in the kidney?",
            "Yes, a rim-enhancing collection in the upper pole with surrounding inflammatory change.",
            "yes",
        ),
        (
            "Is there a nodule in the thyroid?",
            "Yes, a solid nodule in the left lobe with adjacent calcification.",
            "yes",
        ),
        (
            "Is there a haemorrhage in the brain?",
            "No, a small infarct in the right parietal lobe with surrounding oedema.",
            "no",
        ),
        # a neighbour of the asked thing: still unread
        ("Is there calcification in the lesion?", "The adjacent node contains no calcification.", None),
        ("Is the nodule solid?", "The adjacent nodule is solid.", None),
        ("Is there calcification in the lesion?", "Yes, with calcification in the adjacent node.", None),
        ("Is the lesion enhancing?", "The lesion shows enhancement of the adjacent dura.", None),
        ("Is there a mass in the brain?", "No, there is a mass in the adjacent scalp.", None),
        # "with adjacent" before a second thing of the asked kind: still a neighbour (review closed40b)
        ("Is the nodule solid?", "With adjacent solid nodule.", None),
        ("Is the nodule calcified?", "A mass with adjacent calcified nodule.", None),
        ("Is the lesion enhancing?", "Non-enhancing cyst with adjacent enhancing lesion.", None),
    ],
)
def test_surroundings_of_the_stated_finding(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        ("Does the bladder contain a calculus?", "A 12 mm calculus is seen in the bladder.", "yes"),
        ("Does the bladder contain a calculus?", "No calculus.", "no"),
        ("Does the cyst contain septations?", "Thin internal septations are present within the cyst.", "yes"),
        ("Does the cyst contain septations?", "No septations are seen.", "no"),
        ("Does the mass contain fat?", "There is macroscopic fat within the mass.", "yes"),
        ("Does the mass contain fat?", "No fat is identified.", "no"),
        ("Does the spleen contain a cyst?", "The spleen contains a cyst.", "yes"),
        # another place, a neighbour, a hedge, the past, a class statement, the question restated: unread
        ("Does the kidney contain a stone?", "No stone in the left ureter.", None),
        ("Does the kidney contain a stone?", "The gallbladder contains a stone.", None),
        ("Does the left kidney contain a stone?", "The right kidney contains a stone.", None),
        ("Does the lesion contain fat?", "The adjacent lesion contains fat.", None),
        ("Does the lesion contain calcification?", "Calcification may be present.", None),
        ("Does the lesion contain calcification?", "Calcification cannot be excluded.", None),
        ("Does the mass contain calcification?", "Calcification was present on the prior study.", None),
        ("Does the ovary contain a cyst?", "Cysts are common in the ovary.", None),
        ("Does the pleural space contain fluid?", "Does the pleural space contain fluid? That is hard to say.", None),
        ("Does the liver contain a mass or a cyst?", "No mass.", None),
    ],
)
def test_a_place_asked_to_contain(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


def test_contain_question_form() -> None:
    kidney, image = question_term("Does the kidney contain stones?"), question_term("Does this image contain a fracture?")
    assert kidney is not None and kidney.phrase == "stones in the kidney"
    assert image is not None and image.phrase == "fracture"  # a study: Q_SHOW's
    assert question_term("Does the liver have a smooth contour?") is None  # "have" may give a property


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        ("Is the spleen enlarged?", "It measures 11 cm; I would say it is not enlarged.", "no"),
        ("Is the spleen enlarged?", "I would say it is enlarged.", "yes"),
        ("Is the liver enlarged?", "I'd say it's mildly enlarged.", "yes"),
        ("Are the ventricles dilated?", "I would say they are not dilated.", "no"),
        ("Is the aorta dilated?", "I would say that it is not dilated.", "no"),
        ("Is the duct dilated?", "The duct measures 4 mm — I'd say it is not dilated.", "no"),
        # another antecedent, a hedge, a refusal, a denial of the frame, number disagreeing, an antonym pole: unread
        ("Is the spleen enlarged?", "There is a cyst in the kidney; I would say it is not enlarged.", None),
        ("Is the duct dilated?", "The pancreas is atrophic — I'd say it is not dilated.", None),
        ("Is the spleen enlarged?", "I would say it is possibly enlarged.", None),
        ("Is the spleen enlarged?", "I would say it is difficult to say.", None),
        ("Is the spleen enlarged?", "I wouldn't say it is enlarged.", None),
        ("Is the aorta dilated?", "I would say it is dilated, but I am not sure.", None),
        ("Are the kidneys small?", "I would say it is small.", None),
        # the other side named just before (review closed40b)
        ("Is the left kidney enlarged?", "The right kidney is 14 cm. I would say it is enlarged.", None),
        ("Is the left kidney enlarged?", "The right kidney is 14 cm. So it is enlarged.", None),
        ("Is the left hemidiaphragm elevated?", "The right hemidiaphragm is high; I would say it is elevated.", None),
        ("Is the left kidney enlarged?", "The left kidney is 14 cm. I would say it is enlarged.", "yes"),
        # the asked side stated last: the pronoun goes on with it
        ("Is the left kidney enlarged?", "The right kidney is 10 cm. The left kidney is 14 cm. So it is enlarged.", "yes"),
        ("Is the left kidney enlarged?", "The left kidney is 10 cm. The right kidney is 14 cm. So it is enlarged.", None),
        ("Is the lesion malignant?", "I would say it is malignant.", None),
    ],
)
def test_a_pronoun_after_a_committing_clause(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


def test_new_patterns_read_linearly() -> None:
    reads_linearly(lambda grown: Q_CONTAIN.match(grown), rep("the kidney ", 2000, "Does ", " contain"))
    reads_linearly(lambda grown: list(_PRONOUN.finditer(grown)), rep("I would say, that ", 1100, "", "it"))
    reads_linearly(lambda grown: list(_PRONOUN.finditer(grown)), rep(" ", 20000, ", I would say", ""))
    reads_linearly(lambda grown: list(_PRONOUN.finditer(grown)), rep(" ", 20000, ", so", ""))
    reads_linearly(
        lambda grown: _read("Does the kidney contain stones?", grown),
        rep("with surrounding edema ", 900, "Yes, a stone "),
    )
