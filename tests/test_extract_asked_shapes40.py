"""Closed question shapes the concept reader now parses (lane asked40): an organ asked abnormal ("Is there any
abnormality in the pancreas?", "Is the spleen abnormal?"), the copula said as a look ("Does the spleen appear
enlarged?"), and a finding asked in one organ ("Is there a nodule in the thyroid?").

Each reading is tested both ways in words of its own, with the near misses that must stay unread: another organ,
another structure the vocabulary files under the same concept (humerus and radius are both "joints"), a hedge, a
question restated, an earlier study.
"""

from __future__ import annotations

import time

import pytest

from medstep.extract import extract
from medstep.extract.concept_question import Ask, parse_asked
from medstep.extract.implicit_terms import question_term
from medstep.types import AnswerType, Sample


def _read(question: str, reply: str) -> str | None:
    sample = Sample(id="t", question=question, answer="yes", answer_type=AnswerType.CLOSED, options={})
    return extract(reply, sample).answer


@pytest.mark.parametrize(
    ("question", "ask", "key"),
    [
        ("Is there any abnormality in the pancreas?", Ask.ABNORMAL, "pancreas"),
        ("Is there an abnormality of the spleen?", Ask.ABNORMAL, "spleen"),
        ("Is the spleen abnormal?", Ask.ABNORMAL, "spleen"),
        ("Does the liver look abnormal?", Ask.ABNORMAL, "liver"),
        ("Does the heart seem enlarged?", Ask.PRESENCE, "cardiomegaly"),
        ("Is there a mass in the thyroid?", Ask.PRESENCE, "mass"),
        ("Is there a fracture of the humerus?", Ask.PRESENCE, "fracture"),
    ],
)
def test_parsed(question: str, ask: Ask, key: str) -> None:
    asked = parse_asked(question)
    assert asked is not None and (asked.ask, asked.key) == (ask, key)


@pytest.mark.parametrize(
    "question",
    [
        "Is there an abnormality in the left kidney?",  # a sided organ: the finding's side is not read
        "Is there a mass in the right kidney?",  # a sided place is extract/sides.py's
        "Does this lesion look like a melanoma?",  # a class, no property
        "Is there a fracture of the humerus or the radius?",
    ],
)
def test_not_parsed(question: str) -> None:
    asked = parse_asked(question)
    assert asked is None or asked.ask is not Ask.ABNORMAL and not asked.placed


def test_look_is_the_copula() -> None:
    term = question_term("Do the kidneys appear enlarged?")
    assert term is not None and (term.phrase, term.prop) == ("kidneys", "enlarged")


READS = [
    ("Is the spleen abnormal?", "Splenomegaly is noted, measuring 16 cm.", "yes"),
    ("Are the kidneys abnormal?", "Bilateral hydronephrosis is seen.", "yes"),
    ("Is there any pathology in the liver?", "Hepatomegaly with a smooth contour.", "yes"),
    ("Is there any abnormality in the pancreas?", "The pancreas is unremarkable.", "no"),
    ("Does the spleen appear enlarged?", "Splenomegaly, 17 cm craniocaudal.", "yes"),
    ("Does the spleen appear enlarged?", "The spleen is of normal size.", "no"),
    ("Does the aorta appear dilated?", "The aorta is normal in calibre.", "no"),
    ("Is there a fracture of the femur?", "No fracture of the tibial plateau; the femur is intact.", "no"),
    ("Is there a nodule in the thyroid?", "A 9 mm nodule is present in the thyroid.", "yes"),
]
UNREAD = [
    ("Is there any abnormality in the pancreas?", "The spleen is enlarged."),
    ("Is the spleen abnormal?", "Splenomegaly cannot be excluded."),
    ("Is the liver abnormal?", "The liver was enlarged on the prior study."),
    ("Are the kidneys abnormal?", "The left kidney is normal."),
    ("Does the heart look enlarged?", "The liver is enlarged."),
    ("Does the heart look enlarged?", "Cardiomegaly cannot be excluded on this AP film."),
    ("Is there a nodule in the thyroid?", "There is a nodule in the parotid gland."),
    ("Is there a fracture of the humerus?", "There is a fracture of the radius; the humerus is intact."),
    ("Is there a fracture of the femur?", "Fracture of the tibial plateau; the femur is intact."),
    ("Is there a mass in the liver?", "There is a mass arising from the right kidney, displacing the liver."),
    ("Is there a mass in the pancreas?", "The mass is in the liver, not the pancreas."),
    # the lexicon reads "nodule" as the lung's: only a nodule said in the thyroid answers
    ("Is there a nodule in the thyroid?", "A pulmonary nodule is seen in the right lung."),
]


@pytest.mark.parametrize(("question", "reply", "want"), READS)
def test_reads(question: str, reply: str, want: str) -> None:
    assert _read(question, reply) == want


@pytest.mark.parametrize(("question", "reply"), UNREAD)
def test_unread(question: str, reply: str) -> None:
    assert _read(question, reply) is None


def test_parsers_linear_on_long_input() -> None:
    """The new question patterns (Q_LOOK, the abnormality phrase) on 20k-character hostile questions."""
    parse_asked("Is the heart enlarged?")
    for question in (
        "Does the " + "x " * 10000 + "look bad?",
        "Does the liver" + " " * 20000 + "look bad?",
        "Is there any abnormality in the " + "liver " * 3500 + "?",
        "Does the liver look " + "a" * 20000 + "?",
    ):
        start = time.perf_counter()
        question_term(question)
        parse_asked(question)
        assert time.perf_counter() - start < 1.0
