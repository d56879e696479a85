"""The open answer's span when a description closes on its conclusion: a description that denies another thing or
names a place by "both" still concludes firmly, a participle with its object describes, and a bracket that only
qualifies the conclusion does not keep it from being read (``extract/open_tails.py``). One invented sentence per
case; the near misses that must stay whole beside them."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

DX = "What is the diagnosis?"


def _read(text: str, question: str = DX) -> str | None:
    return extract(text, Sample(id="o18", question=question, answer="none", answer_type=AnswerType.OPEN)).answer


@pytest.mark.parametrize(("question", "text", "label"), [
    ("What abnormality is seen in the gallbladder?",
     "A distended gallbladder with a thickened wall and no pericholecystic gas — acute cholecystitis.",
     "acute cholecystitis"),
    ("What is the abnormality of the kidneys?",
     "Innumerable cysts replacing both kidneys — autosomal dominant polycystic kidney disease.",
     "autosomal dominant polycystic kidney disease"),
    ("What is the abnormality in the neck?", "A lobulated mass encasing the carotid bifurcation — paraganglioma.",
     "paraganglioma"),
    ("What is the abnormality of the lung?",
     "The air space opacity fills the right upper lobe and spares the fissure: lobar pneumonia (complete).",
     "lobar pneumonia"),
])
def test_a_description_concludes_firmly(question: str, text: str, label: str) -> None:
    assert _read(text, question) == label


@pytest.mark.parametrize(("question", "text"), [
    # the bracket names another finding or holds the conclusion open
    ("What is the abnormality of the lung?",
     "The air space opacity fills the right upper lobe and spares the fissure: lobar pneumonia (or atelectasis)."),
    ("What is the abnormality of the lung?",
     "The air space opacity fills the right upper lobe and spares the fissure: lobar pneumonia (possibly aspiration)."),
    # the description weighs or turns before it concludes
    ("What abnormality is seen in the gallbladder?",
     "A distended gallbladder, either with a thickened wall or with sludge — acute cholecystitis."),
    ("What abnormality is seen in the gallbladder?",
     "A distended gallbladder with a thickened wall but no stones — acute cholecystitis."),
])
def test_a_conclusion_held_open_is_not_taken_alone(question: str, text: str) -> None:
    got = _read(text, question)
    assert got is None or len(got.split()) > 3


def test_a_description_denying_the_conclusion_does_not_conclude_to_it() -> None:
    # the denial in the description names the conclusion's own words: nothing firm to take
    got = _read("A distended gallbladder without acute cholecystitis — chronic cholecystitis.",
                "What abnormality is seen in the gallbladder?")
    assert got != "chronic cholecystitis"
