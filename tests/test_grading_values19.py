"""The signs that make a value survive extraction (issue #7): a sum with its total, a range, a product of sizes, a
decimal comma.

The extracted open answer is normalised text; plain normalisation drops "+", "=", "×", a range's dash and a decimal
comma, so "Gleason 3 + 4 = 7" reached the grader as three numbers and "0.6–0.9 cm" as two.
:func:`medstep.answers.text.normalize_answer` keeps them between numbers, and the grader reads a product's factors
in the unit written once ("2.3 x 1.7 cm" is 23 by 17 mm), as it reads a range's ends.
"""

from __future__ import annotations

import pytest

from medstep.answers.text import normalize_answer, normalize_text
from medstep.extract import extract
from medstep.extract.open_measure import measured
from medstep.score import grade
from medstep.score.open_grade import match_step
from medstep.types import AnswerType, Generation, Sample


def _correct(text: str, gold: str, question: str) -> bool:
    sample = Sample(id="v", question=question, answer=gold, answer_type=AnswerType.OPEN)
    return grade(sample, extract(text, sample), Generation(text=text)).correct


@pytest.mark.parametrize(("text", "kept"), [
    ("Gleason score 3 + 4 = 7", "gleason score 3+4=7"),
    ("Gleason pattern 4+5", "gleason pattern 4+5"),
    ("The cyst measures 2.3 × 1.7 cm.", "cyst measures 2.3 x 1.7 cm"),
    ("A polyp of 0.6–0.9 cm", "polyp of 0.6-0.9 cm"),
    ("EF 40 - 45 %", "ef 40-45"),
    ("Wall thickness 3,5 mm", "wall thickness 3.5 mm"),
    ("CTR 0,58", "ctr 0.58"),
    ("Drained 1,500 mL", "drained 1500 ml"),
])
def test_the_signs_of_a_value_are_kept(text: str, kept: str) -> None:
    assert normalize_answer(text) == kept


@pytest.mark.parametrize("text", [
    "Ribs 7,8,9 on the left",  # a list of numbers, not a decimal
    "Lesions at 2, 4 and 6 o'clock",
    "T1-weighted sagittal image of C4-C5",  # a hyphen beside a letter is punctuation
    "Volume = (3 × 2 × 4)/2 = 12 mL",  # a number divided, then "=": no sum
    "Answer: A",
])
def test_what_is_no_value_is_normalised_as_before(text: str) -> None:
    kept = normalize_answer(text)
    assert kept.replace("x", "").split() == normalize_text(text).replace("x", "").split()


@pytest.mark.parametrize(("text", "gold", "question"), [
    ("Gleason score 3 + 4 = 7.", "7", "What is the Gleason score?"),
    ("The Gleason score is 4 + 4 = 8.", "8", "What is the Gleason score of the biopsy?"),
    ("Gleason 3+4=7", "3+4=7", "What is the Gleason score?"),
    ("The cyst measures 2.3 × 1.7 cm.", "23 x 17 mm", "What is the size of the cyst?"),
    ("Size: 23 by 17 mm, well circumscribed.", "2.3 × 1.7 cm", "What is the size of the cyst?"),
    ("The adrenal lesion is 2.1 x 1.6 x 1.2 cm with smooth margins.", "2.1 x 1.6 x 1.2 cm",
     "What are the dimensions of the adrenal lesion?"),
    ("0.6–0.9 cm", "6-9 mm", "What is the size of the polyp?"),
    ("Wall thickness 3,5 mm", "3.5 mm", "What is the gallbladder wall thickness?"),
    ("3,5 mm", "0.35 cm", "What is the gallbladder wall thickness?"),
])
def test_a_value_with_its_signs_matches_its_gold(text: str, gold: str, question: str) -> None:
    assert _correct(text, gold, question)


@pytest.mark.parametrize(("text", "gold", "question"), [
    ("Gleason score 4 + 3 = 7.", "3+4=7", "What is the Gleason score?"),  # the order of the patterns is the answer
    ("Gleason score 4 + 4 = 8.", "7", "What is the Gleason score?"),
    ("The cyst measures 2.3 × 1.7 cm.", "1.7 × 2.3 cm", "What is the size of the cyst?"),
    ("The cyst measures 2.3 × 1.7 cm.", "2.3 cm", "What is the size of the cyst?"),  # a product is no single size
    ("0.6–0.9 cm", "9 mm", "What is the size of the polyp?"),  # a range is no single value
    ("3, 5", "3.5", "How many nodules are there?"),
])
def test_a_different_value_stays_wrong(text: str, gold: str, question: str) -> None:
    assert not _correct(text, gold, question)


@pytest.mark.parametrize(("text", "value"), [
    ("It measures 2.3 × 1.7 cm, oval, parallel to the skin.", "2.3 × 1.7 cm"),
    ("Size: 2.1 x 1.6 x 1.2 cm.", "2.1 x 1.6 x 1.2 cm"),
    ("The node is 12 mm by 8 mm in the short axis.", "12 mm by 8 mm"),
])
def test_one_product_of_sizes_answers_a_size_question(text: str, value: str) -> None:
    assert measured(text, "What is the size of the lesion?") == value


@pytest.mark.parametrize("text", [
    "It measures 2.3 × 1.7 cm or perhaps 2.5 × 1.9 cm.",  # two products
    "Possibly 2 × 3 cm.",  # a hedge
    "Less than 2 × 2 cm.",  # a bound
    "The larger is 2 × 3 cm; the smaller measures 8 mm.",  # a length outside the product
    "8–10 × 5 mm",  # a range inside a factor
])
def test_a_product_held_open_or_beside_another_size_is_not_read(text: str) -> None:
    assert measured(text, "What is the size of the lesion?") is None


def test_a_product_reads_alike_however_written() -> None:
    for answer in ("2.3 x 1.7 cm", "2.3 × 1.7 cm", "2.3 by 1.7 cm", "2.3x1.7 cm", "23 x 17 mm"):
        assert match_step(answer, "2.3 × 1.7 cm") is not None, answer


@pytest.mark.parametrize(("text", "kept"), [
    ("T-score: -2.8", "t score -2.8"),
    ("The Z-score is −1.9.", "z score is -1.9"),
    ("GCS 14 / 15", "gcs 14/15"),
    ("Ventricular rate 140/min", "ventricular rate 140/min"),
    ("Rate 96 beats / min, regular", "rate 96 beats/min regular"),
    ("Das Hämatom misst 4,2 × 1,1 cm.", "das hämatom misst 4.2 x 1.1 cm"),
])
def test_a_minus_a_score_out_of_its_maximum_a_rate_and_a_foreign_product_are_kept(text: str, kept: str) -> None:
    assert normalize_answer(text) == kept


@pytest.mark.parametrize("text", ["- 3 cm nodule in the right lobe", "Level L4-5", "Sequence T1-3D"])
def test_a_hyphen_that_is_no_minus_is_punctuation(text: str) -> None:
    assert "-" not in normalize_answer(text)


@pytest.mark.parametrize(("answer", "gold", "matched"), [
    ("-2.8", "-2.8", True),
    ("−2.8", "-2.8", True),
    ("-2.8", "2.8", False),  # the opposite value: the tokens alone dropped the minus
    ("2.8", "-2.8", False),
    ("t score -2.8", "-2.8", True),
    ("25-30%", "25-30%", True),  # a range's dash is no minus
])
def test_a_negative_value_is_not_its_opposite(answer: str, gold: str, matched: bool) -> None:
    assert (match_step(answer, gold, "What is the T-score at the femoral neck?") is not None) is matched


@pytest.mark.parametrize("text", [
    "Die Zyste misst 3,4 × 2,2 cm.", "Le kyste mesure 3,4 × 2,2 cm.", "El quiste mide 3,4 x 2,2 cm.",
    "Cyst size: 34 x 22 mm.",
])
def test_a_product_with_decimal_commas_answers_a_size_question(text: str) -> None:
    assert _correct(text, "3.4 × 2.2 cm", "What are the dimensions of the cyst?")
    assert not _correct(text, "3.4 × 2.4 cm", "What are the dimensions of the cyst?")
