"""Closed answers (session 28, issue #7) lost by how the question was read: the question framed as seeing ("Can you
see a pneumothorax?", "Could a fracture be identified?", "Does this echocardiogram display ...?"), a whole state asked
as a thing shown ("Does the image show a normal liver?" asks whether the liver is normal), and a place said after the
property ("Is the hip joint space reduced on the left?" asks it of the left hip joint space)."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.implicit_terms import question_term
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> str | None:
    sample = Sample(id="x", question=question, answer="yes", answer_type=AnswerType.CLOSED)
    return extract(text, sample).answer


@pytest.mark.parametrize("question, phrase, prop", [
    ("Can you see a pneumothorax?", "pneumothorax", None),
    ("Do you see an effusion on this film?", "effusion", None),
    ("Could we identify any free air?", "free air", None),
    ("Can a fracture be made out?", "fracture", None),
    ("Does this echocardiogram display a pericardial effusion?", "pericardial effusion", None),
    ("Is there radiographic evidence of pneumonia?", "pneumonia", None),
    ("Does the image show a normal liver?", "liver", "normal"),
    ("Does this scan show an unremarkable pancreas?", "pancreas", "unremarkable"),
    ("Is the hip joint space reduced on the left?", "left hip joint space", "reduced"),
    ("Is the lung collapsed on the left side?", "left lung", "collapsed"),
    ("Is the ankle joint space narrowed at the medial aspect?", "medial ankle joint space", "narrowed"),
])
def test_question_frames(question: str, phrase: str, prop: str | None) -> None:
    term = question_term(question)
    assert term is not None and (term.phrase, term.prop) == (phrase, prop)


@pytest.mark.parametrize("question", [
    "Can you see a pneumothorax or an effusion?",  # two things asked
    "Can't you see a fracture?",  # a negated question
    "Can you tell which side the effusion is on?",  # not a seeing frame
    "Does the image show a normal or enlarged heart?",
])
def test_question_frames_refused(question: str) -> None:
    assert question_term(question) is None


@pytest.mark.parametrize("question, text, expected", [
    # seeing frames
    ("Can you see a pneumothorax?", "No pneumothorax is seen.", "no"),
    ("Do you see an effusion on this film?", "There is a small right effusion.", "yes"),
    ("Can a fracture be identified?", "There is a fracture of the distal radius.", "yes"),
    ("Could you detect any free air?", "No free air.", "no"),
    ("Does this echocardiogram show a pericardial effusion?", "There is a small pericardial effusion.", "yes"),
    ("Do these views display a fracture?", "No fracture.", "no"),
    ("Do you see a fracture?", "A fracture cannot be excluded.", None),  # a hedge
    ("Can you see a pneumothorax?", "Possibly a small apical pneumothorax.", None),
    # a whole state asked as shown
    ("Does the image show a normal liver?", "The liver appears normal in size and echotexture.", "yes"),
    ("Does this CT show a normal spleen?", "The spleen is enlarged.", "no"),
    ("Does the scan show a normal pancreas?", "The pancreas is unremarkable.", "yes"),
    ("Does the image show a normal left kidney?", "The right kidney is normal.", None),  # the other side
    # a place after the property
    ("Is the hip joint space reduced on the left?", "The left hip joint space is reduced.", "yes"),
    ("Is the hip joint space reduced on the left?", "The right hip joint space is reduced.", None),
    ("Is the lung collapsed on the left side?", "The left lung is collapsed.", "yes"),
    ("Is the lung collapsed on the left side?", "The right lung is collapsed.", None),
    ("Is the kidney enlarged on the right?", "The right kidney is enlarged.", "yes"),
    ("Is the kidney enlarged on the right?", "The left kidney is enlarged.", None),
    ("Is the hemidiaphragm elevated on the right?", "The right hemidiaphragm is elevated.", "yes"),
    ("Is the ureter dilated on the left?", "The left ureter is not dilated.", "no"),
    ("Is the ureter dilated on the left?", "The left ureter may be dilated.", None),
])
def test_read(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected
