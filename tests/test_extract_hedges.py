"""The hedge words are one list (``answers/hedges.py``): every reader of a sub-list sees every word in it."""

from __future__ import annotations

import pytest

from medstep.answers import hedges
from medstep.extract import extract
from medstep.extract.implicit_words import HEDGES
from medstep.extract.refusal import is_hedge
from medstep.types import AnswerType, Sample

_CLOSED = Sample(id="h", question="Is there a pleural effusion?", answer="yes", answer_type=AnswerType.CLOSED)


@pytest.mark.parametrize("word", hedges.POSSIBILITY + hedges.WEIGHING + hedges.DOUBT)
def test_every_possibility_weighing_or_doubt_word_is_a_hedge(word: str) -> None:
    assert is_hedge(f"The answer is B, {word} C.")


@pytest.mark.parametrize("word", hedges.POSSIBILITY)
def test_a_committed_lean_taken_back_by_any_possibility_word_is_ambiguous(word: str) -> None:
    got = extract(f"Probably yes, but {word} it is a skin fold.", _CLOSED)
    assert (got.answer, got.rule) == (None, "ambiguous")


@pytest.mark.parametrize("turn", [t for t in hedges.TURN if t != "but"])
def test_a_turn_after_the_last_mention_vetoes_it(turn: str) -> None:
    sample = Sample(id="h2", question="Which finding?", answer="C", answer_type=AnswerType.CHOICE,
                    options={"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Normal study"})
    assert extract("The heart is wide. Only C remains.", sample).answer == "C"
    assert extract(f"The heart is wide. Only C remains. {turn.capitalize()}, the film is rotated.", sample).answer is None


@pytest.mark.parametrize("word", sorted(HEDGES))
def test_every_statement_hedge_keeps_a_stated_finding_from_being_read(word: str) -> None:
    # implicit_words.HEDGES is built from answers/hedges.py's sub-lists (it was a second list of its own).
    assert extract("There is a small pleural effusion.", _CLOSED).answer == "yes"
    assert extract(f"There is a small pleural effusion, {word}.", _CLOSED).answer is None


def test_words_builds_whole_word_alternations() -> None:
    import re

    pattern = re.compile("(?i)" + hedges.words(hedges.DOUBT))
    assert pattern.search("I am NOT   sure") is not None
    assert pattern.search("unsurely") is None
