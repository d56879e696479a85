"""Open answers that set a candidate aside (``extract/open_negated.py``): an exclusion alone commits to nothing, an
exclusion beside a named candidate gives that candidate, and a property or absence after "not" / "no" stays the
answer. One invented sentence per case."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample, Status

DX = "What is the most likely diagnosis?"


def _read(text: str, question: str = DX) -> tuple[str | None, Status]:
    got = extract(text, Sample(id="o13", question=question, answer="none", answer_type=AnswerType.OPEN))
    return got.answer, got.status


@pytest.mark.parametrize("text", [
    "The answer is not pneumonia.",
    "Not pneumonia.",
    '{"answer": "not pneumonia"}',
    "It's not a fracture.",
    "<think>The appendix measures 5 mm and compresses.</think>Not appendicitis.",
    "I don't think this is pneumonia.",
    "It does not look like pneumonia.",
    "Pneumonia is ruled out.",
    "Neither pneumonia nor edema.",
    "Not pneumonia, given the absence of air bronchograms.",
    "No es una neumonía.",
    "不是肺炎。",
])
def test_an_exclusion_alone_commits_to_nothing(text: str) -> None:
    assert _read(text) == (None, Status.UNPARSED)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("It is not pneumonia; it is atelectasis.", DX, "atelectasis"),
    ("Rather than pneumonia, this is atelectasis.", DX, "atelectasis"),
    ("Not pneumonia but atelectasis.", DX, "atelectasis"),
    ("This isn't pneumonia. It's atelectasis.", DX, "atelectasis"),
    ("It is not an MRI; it is a CT scan.", "What imaging modality is this?", "ct scan"),
    ("Atelectasis, not pneumonia.", DX, "atelectasis"),
    ("Atelectasis (not pneumonia).", DX, "atelectasis"),
    ("This is atelectasis rather than pneumonia.", DX, "atelectasis"),
    ("The spleen, not the liver.", "Which organ is abnormal?", "spleen"),
    ("Pneumonia; not tuberculosis, given the lower lobe location.", DX, "pneumonia"),
    ('{"answer": "atelectasis, not pneumonia"}', DX, "atelectasis"),
    ("No es neumonía, es atelectasia.", DX, "atelectasia"),
    ("不是肺炎，是肺不张。", DX, "肺不张"),
])
def test_the_candidate_named_beside_an_exclusion_is_the_answer(text: str, question: str, answer: str) -> None:
    assert _read(text, question) == (answer, Status.SCORED)


def test_candidates_after_an_exclusion_are_weighed() -> None:
    assert _read("Not pneumonia, but could be atelectasis or edema.") == (None, Status.AMBIGUOUS)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Not seen.", "Where is the foreign body?", "not seen"),
    ("Not enlarged.", "What is the size of the spleen?", "not enlarged"),
    ("Not displaced.", "What is the alignment of the fracture?", "not displaced"),
    ("No fracture.", "What does the radiograph show?", "no fracture"),
    ("Non-small cell lung cancer.", DX, "non small cell lung cancer"),
    ("Pneumothorax without tension.", DX, "pneumothorax without tension"),
])
def test_a_property_or_absence_after_a_negation_stays_the_answer(text: str, question: str, answer: str) -> None:
    assert _read(text, question) == (answer, Status.SCORED)
