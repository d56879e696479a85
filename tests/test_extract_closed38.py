"""Closed yes/no replies that teach instead of reading the image (issue #7, session 38, lane closed38).

Shapes from retired blind 38 written afresh: a definition of the asked finding whose class spans "one or both" organs
(no side of this case), what a thing "can cause" (the asked finding as a possible consequence, in general), and an
opening "To decide whether ..., I would check for:" with a list of signs never applied. Each was read as a yes nobody
gave. The near misses must keep their reading: the finding stated in both organs, the finding stated with what it can
cause after it, a checklist whose items carry results, a checklist done in the past, and a statement after the list.
"""

from __future__ import annotations

import time

import pytest

from medstep.extract import checklist, extract
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> tuple[str | None, str]:
    got = extract(text, Sample(id="cl38", question=question, answer="yes", answer_type=AnswerType.CLOSED, options={}))
    return got.answer, got.rule


_CHECKLIST = (
    "To decide if there is a pleural effusion, I would check for:\n\n"
    "1. Blunting of the costophrenic angle\n"
    "2. A meniscus sign (fluid tracking up the lateral chest wall visible)\n"
    "- Fluid in the fissures\n\n"
    "Such signs would point to an effusion."
)


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
        ("Is there a pleural effusion?", _CHECKLIST),
    ],
)
def test_knowledge_and_method_are_no_answer(question: str, text: str) -> None:
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
    ],
)
def test_statements_still_read(question: str, text: str, answer: str) -> None:
    assert _read(question, text)[0] == answer


def test_checklist_set_aside_keeps_what_follows() -> None:
    assert checklist.set_aside(_CHECKLIST) == "Such signs would point to an effusion."


@pytest.mark.parametrize(
    "text",
    [
        _CHECKLIST.replace("1. Blunting of the costophrenic angle", "1. Blunting of the costophrenic angle: present"),
        _CHECKLIST.replace("- Fluid in the fissures", "- Fluid in the fissures - yes"),
        _CHECKLIST.replace("I would check for", "I checked for"),
        _CHECKLIST.replace("- Fluid in the fissures", "- There is fluid in the fissures"),
        "To decide if there is an effusion, I would check the angles. Both are blunted.",
    ],
)
def test_checklist_applied_or_done_is_kept(text: str) -> None:
    assert checklist.set_aside(text) == text


def test_checklist_linear_on_hostile_input() -> None:
    hostile = "To determine whether " + "a, " * 7000 + "x"
    started = time.perf_counter()
    assert checklist.set_aside(hostile) == hostile
    listed = "To check if x, I would look for:\n" + "1. a\n" * 4000
    assert checklist.set_aside(listed) == ""
    assert time.perf_counter() - started < 1.0


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
