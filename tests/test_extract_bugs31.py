"""Defects of session 31's bug lane that the extraction shows (issues #7, #12), each with the readings that must stay.

* Blank runs cost linear time: ``measured_gates.SET_ASIDE`` opened a match (``,?\\s*``) at every blank of a run and
  ``subject_lines._LABEL`` at every line start of a run of blank lines, each scanning the rest of the run (quadratic:
  ~21 s for 10,000 spaces, minutes for 50,000 newlines). Their matches are unchanged.

The replies are invented, in the styles of GPT-4o, Claude, Gemini, Qwen-VL, LLaVA-Med and MedGemma.
"""

from __future__ import annotations

import time

import pytest

from medstep.extract import extract
from medstep.extract.measured_gates import set_aside
from medstep.extract.subject_lines import as_statement
from medstep.types import AnswerType, Sample


def _reading(question: str, text: str) -> tuple[str | None, str]:
    got = extract(text, Sample(id="x", question=question, answer="yes", answer_type=AnswerType.CLOSED))
    return got.answer, got.rule


BLANK_RUNS = [
    ("Is the spleen enlarged?", "The spleen measures 14 cm.{}It is enlarged."),
    ("Is the QTc prolonged?", "QTc 520 ms{}, well above the 470 ms threshold. Prolonged."),
    ("Is the spleen enlarged?", "Spleen 15 cm,{}"),
    ("Is the spleen enlarged?", "{}Spleen 15 cm. Yes."),
    ("Is the spleen enlarged?", "**Spleen:**{}14 cm"),
]


@pytest.mark.parametrize("blank", [" ", "\n", " \n", "\t ", ", "])
@pytest.mark.parametrize(("question", "text"), BLANK_RUNS)
def test_long_blank_runs_read_in_linear_time(question: str, text: str, blank: str) -> None:
    _reading(question, "warm")  # (the vocabularies load once)
    start = time.perf_counter()
    _reading(question, text.format(blank * 50_000))
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize("text", [" " * 20_000 + "x", " \n" * 10_000, "1" + " " * 20_000 + "x", ", " * 10_000,
                                  "\n" * 20_000 + "Liver: normal", "\n-" * 10_000])
def test_adversarial_set_aside_and_labels(text: str) -> None:
    start = time.perf_counter()
    set_aside(text, "Is the spleen enlarged?", "length")
    as_statement(text, "Is the liver normal?")
    assert time.perf_counter() - start < 0.5


SET_ASIDE_KEPT = [
    # what the pattern set aside before, blanks and commas around it included
    ("QTc is 520 ms,    well above the 470 ms threshold.", "QTc is 520 ms ."),
    ("QTc is 520 ms, well above the 470 ms threshold.", "QTc is 520 ms ."),
    ("SUV 8.1   \n  , well above liver background (2.4)", "SUV 8.1   \n   "),
    ("Length 9 cm ,  within the recommended 3-7 cm window", "Length 9 cm  "),
    ("Spleen 14 cm (upper limit of normal 12 cm).", "Spleen 14 cm  ."),
]


@pytest.mark.parametrize(("text", "kept"), SET_ASIDE_KEPT)
def test_set_aside_unchanged(text: str, kept: str) -> None:
    assert set_aside(text) == kept


READINGS = [
    ("Is the QTc prolonged?", "QTc is 520 ms,    well above the 470 ms threshold.", ("yes", "implicit_measure")),
    ("Is the QTc prolonged?", "QTc is 440 ms\n\n\n, below the 470 ms threshold.", ("no", "implicit_measure")),
    ("Is the spleen enlarged?", "Spleen length 14 cm (upper limit of normal 12 cm).", ("yes", "implicit_measure")),
]


@pytest.mark.parametrize(("question", "text", "expected"), READINGS)
def test_measured_readings_unchanged(question: str, text: str, expected: tuple[str, str]) -> None:
    assert _reading(question, text) == expected
