"""Session 59, lane speed59b (issue #12): the readings of the three slow hostile shapes of
``benchmarks/bench_hostile_speed.py``, pinned so a faster reader can be checked against them (readings, not times).

Why: a linear reading of an exclusion chain (``extract/open_reader.read_open`` re-reads the whole rest after each
excluded candidate: quadratic in the reply's length), of the closed "mark - blank run" and of the choice "option
references" must read exactly what the present readers read, including their odd corners (a chain of "not X, not"
reads the word "not"; the same chain closed by an answer reads nothing). Sizes are small: the shapes' readings, not
their speed, are pinned here."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample, Status

OPEN = Sample(id="open", question="What abnormality is shown?", answer="pneumothorax", answer_type=AnswerType.OPEN)
CLOSED = Sample(id="closed", question="Is there a right pneumothorax?", answer="yes", answer_type=AnswerType.CLOSED)
CHOICE = Sample(id="choice", question="What is the most likely finding?", answer="B", answer_type=AnswerType.CHOICE,
                options={"A": "Left pleural effusion", "B": "Right pneumothorax", "C": "Cardiomegaly",
                         "D": "Normal study"})

_CHAINS = [  # (reply, answer, status) of an exclusion chain read by ``read_open``
    ("not pneumothorax, not " * 40, "not", Status.SCORED),
    ("not pneumothorax, not " * 40 + "It is atelectasis.", None, Status.UNPARSED),
    ("It is not pneumonia. " * 40 + "It is atelectasis.", "atelectasis", Status.SCORED),
    ("It is not pneumonia. " * 40, None, Status.UNPARSED),
    ("Neither A nor B. " * 40 + "It is atelectasis.", "atelectasis", Status.SCORED),
    ("Not pneumonia; " * 40 + "it is atelectasis.", "atelectasis", Status.SCORED),
    ("Not pneumonia. " * 40 + "Atelectasis or collapse.", None, Status.AMBIGUOUS),
    ("Not pneumonia. " * 40 + "Actually, wait — it is an effusion.", "effusion", Status.SCORED),
    ("Not pneumonia. " * 40 + "It is a well-defined", None, Status.TRUNCATED),
    ("Not pneumonia. " * 40 + "Final answer: pleural effusion.", "pleural effusion", Status.SCORED),
    ("Not pneumonia, given the clear lungs. " * 20, None, Status.UNPARSED),
    ("Pneumonia is ruled out. " * 30 + "Atelectasis.", "atelectasis", Status.SCORED),
]


@pytest.mark.parametrize(("reply", "answer", "status"), _CHAINS)
def test_exclusion_chain_readings(reply: str, answer: str | None, status: Status) -> None:
    got = extract(reply, OPEN)
    assert (got.answer, got.status) == (answer, status)


def test_final_answer_after_a_chain_keeps_its_rule() -> None:
    assert extract("Not pneumonia. " * 40 + "Final answer: pleural effusion.", OPEN).rule == "final_answer_phrase"


@pytest.mark.parametrize(("reply", "sample", "answer", "status"), [
    ("-" + " " * 3000 + "x?", CLOSED, None, Status.UNPARSED),  # "mark - blank run"
    ("-" + " " * 300 + "Yes.", CLOSED, "yes", Status.SCORED),
    ("A B C D " * 300, CHOICE, None, Status.UNPARSED),  # "option references"
    ("A B C D " * 300 + "The answer is B.", CHOICE, "B", Status.SCORED),
    ("A is wrong. C is wrong. " * 50 + "So B.", CHOICE, "B", Status.SCORED),
])
def test_blank_run_and_option_reference_readings(reply: str, sample: Sample, answer: str | None,
                                                  status: Status) -> None:
    got = extract(reply, sample)
    assert (got.answer, got.status) == (answer, status)
