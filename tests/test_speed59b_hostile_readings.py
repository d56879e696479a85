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


# --- the word gates before ``clauses.set_aside_for_another``'s and ``clauses.link_denied``'s patterns: a gate that
# says "cannot match" must never be wrong (random texts from the patterns' own words, in any case, ASCII or not).
_ATOMS = ["rather", "than", "instead", "of", "as", "opposed", "to", "unlike", "favoured", "over", "Prefer", "RATHER",
          "distinguishes", "it", "from", "differentiated", "this", "the", "an", "a", "patchy", "foci", "cyst", "no",
          "nothing", "septation", "to", "suggest", "indicate", "don't", "don’t", "I", "see", "would", "not", "call",
          "typical", "cannot", "think", "there's", "NO", "ſ", "K", "İ", "B", "C", "*", "_", "\"", ",", ".", "\n"]


def test_set_aside_gate_never_hides_a_match() -> None:
    import random

    from medstep.extract import clauses

    rng = random.Random(59)
    for _ in range(6000):
        window = " ".join(rng.choice(_ATOMS) for _ in range(rng.randint(1, 10)))
        instead, apart = clauses._may_set_aside(window)
        assert instead or clauses._INSTEAD_PHRASE.search(window) is None, window
        assert apart or clauses._TOLD_APART_PHRASE.search(window) is None, window


def test_denied_link_gate_never_hides_a_match() -> None:
    import random

    from medstep.extract.implicit_words import DENIED_LINK, may_deny_link

    rng = random.Random(591)
    for _ in range(6000):
        text = " ".join(rng.choice(_ATOMS) for _ in range(rng.randint(1, 10)))
        assert may_deny_link(text) or DENIED_LINK.search(text + " ") is None, text


def test_set_aside_readings_kept() -> None:
    from medstep.extract.clauses import set_aside_for_another

    assert set_aside_for_another("Rather than the patchy foci of ")
    assert set_aside_for_another("The crescent shape distinguishes it from an ")
    assert set_aside_for_another("UNLIKE a typical ")
    assert not set_aside_for_another("A B C D A B C D ")
    assert not set_aside_for_another("cannot be distinguished from ")
