"""A verdict word of another language with only that language's "maybe" leaves the other verdict open, as "Yes,
maybe." does (``answers/hedges.OTHER_POSSIBILITY``); a question's subject is measured under its own words only, not
made-up initials (``extract/asked_cutoff.py``)."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

_Q = "Is there a pleural effusion?"


def _read(text: str, question: str = _Q) -> str | None:
    return extract(text, Sample(id="hl", question=question, answer="yes", answer_type=AnswerType.CLOSED)).answer


@pytest.mark.parametrize("text", [
    "Yes, maybe.", "No, maybe.",
    "Sí, quizás.", "No, tal vez.",
    "Oui, peut-être.", "Non, peut-être.",
    "Ja, vielleicht.", "Nein, vielleicht.",
    "Sim, talvez.", "Não, talvez.",
    "Sì, forse.",
    "はい、たぶん。", "いいえ、たぶん。",
    "Да, возможно.", "Нет, возможно.",
    "Так, можливо.", "Ні, можливо.",
    "Tak, może.", "Nie, może.",
    "Nee, misschien.",
    "Nej, kanske.", "Nei, kanskje.",
    "Evet, belki.", "Hayır, belki.",
    "Ναι, ίσως.", "Όχι, ίσως.",
    "네, 아마도.", "아니요, 아마도.",
    "Có, có lẽ.", "Không, có lẽ.",
    "Ya, mungkin.", "Tidak, mungkin.",
    "हाँ, शायद।", "नहीं, शायद।",
    "نعم، ربما.", "لا، ربما.",
    "بله، شاید.", "خیر، شاید.",
    "כן, אולי.", "לא, אולי.",
])
def test_verdict_with_only_a_possibility_word_reads_nothing(text: str) -> None:
    assert _read(text) is None


def test_plain_other_language_verdict_still_reads() -> None:
    assert _read("Да.") == "yes"


def test_made_up_initials_name_no_subject() -> None:
    question = "Is the pleural effusion larger than 2 cm?"
    assert _read("The PE measures 3 cm.", question) is None
    assert _read("The effusion measures 3 cm.", question) == "yes"
