"""Closed yes/no replies that teach instead of reading the image (issue #7, session 38, lane closed38).

Shapes from retired blind 38 written afresh: a definition of the asked finding whose class spans "one or both" organs
(no side of this case), and what a thing "can cause" (the asked finding as a possible consequence, in general). Each was read as a yes
nobody gave. The near misses must keep their reading: the finding stated in both organs, the finding stated with what
it can cause after it, and the consequence sighted in the same clause (", which is visible on this film").
"""

from __future__ import annotations

import time

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> tuple[str | None, str]:
    got = extract(text, Sample(id="cl38", question=question, answer="yes", answer_type=AnswerType.CLOSED, options={}))
    return got.answer, got.rule


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "Is there a pleural effusion?",
            "A pleural effusion is a build-up of fluid between the layers of the pleura around one or both lungs. "
            "Heart failure, infection and cancer can lead to a pleural effusion.",
        ),
        ("Does this patient have a pneumothorax?", "Trauma or a ruptured bleb can cause a pneumothorax."),
        ("Is there hydronephrosis?", "An obstructing ureteric stone can result in hydronephrosis."),
        ("Is there ascites?", "Liver cirrhosis can lead to ascites, which collects in the peritoneal cavity."),
    ],
)
def test_knowledge_is_no_answer(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


@pytest.mark.parametrize(
    ("question", "text", "answer"),
    [
        ("Is there a pleural effusion?", "There are pleural effusions in both lungs' bases.", "yes"),
        ("Is there a pleural effusion?", "A pleural effusion is present on the left.", "yes"),
        (
            "Does this patient have a pneumothorax?",
            "There is a right pneumothorax, which can cause tension physiology.",
            "yes",
        ),
        ("Is there hydronephrosis?", "Moderate hydronephrosis of the right kidney.", "yes"),
        ("Is there ascites?", "Liver cirrhosis can lead to ascites, which is visible around the liver.", "yes"),
        ("Is there ascites?", "Liver cirrhosis can result in ascites, as we have in this case.", "yes"),
        ("Is there a pneumothorax?", "A central line can cause a pneumothorax, demonstrated on this film.", "yes"),
    ],
)
def test_statements_still_read(question: str, text: str, answer: str) -> None:
    assert _read(question, text)[0] == answer


@pytest.mark.parametrize(
    ("question", "text", "answer"),
    [
        ("Is the uterus enlarged?", "Uterus size within normal limits, 8 cm.", "no"),
        ("Is the uterus enlarged?", "Uterus size within normal limits.", "no"),
        ("Is the ovary enlarged?", "Ovary size within normal limits, 3 cm.", "no"),
    ],
)
def test_asked_dimension_judged_normal(question: str, text: str, answer: str) -> None:
    assert _read(question, text) == (answer, "implicit_size")


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("Is the uterus enlarged?", "Uterus shape within normal limits, 8 cm."),
        ("Is the uterus enlarged?", "Uterus size within normal limits, 8 cm, with a 2 cm fibroid."),
        ("Is the left kidney enlarged?", "Right kidney size within normal limits, 10 cm."),
        ("Is the ovary enlarged?", "Ovary thickness within normal limits, 2 cm."),
    ],
)
def test_other_dimension_or_more_after_stays_unread(question: str, text: str) -> None:
    assert _read(question, text)[1] != "implicit_size"


def test_causable_linear_on_hostile_input() -> None:
    hostile = "A stone can cause " * 1100 + "hydronephrosis, which " + "is " * 200
    started = time.perf_counter()
    _read("Is there hydronephrosis?", hostile[:20000])
    assert time.perf_counter() - started < 5.0
