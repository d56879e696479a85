"""Words read from their one home (``answers/hedges.py``): a turn ends a clause wherever a reader cuts at one.

The airway-depth reader of the verifier and the European presence reader each kept a few turn words of their own
("but", "although"; "pero", "mais", "aber"); they now read ``hedges.TURN`` / ``hedges.OTHER_TURN``, so every turn
those lists hold cuts there too.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample
from medstep.verify.airway_depth import read_depths


def _depths(text: str) -> list[str]:
    return [d.depth for d in read_depths(text)[0]]


@pytest.mark.parametrize("text", [
    "No pneumothorax is seen however the endotracheal tube tip is too low.",
    "No consolidation albeit the endotracheal tube sits too low.",
    "There is no effusion; that said the endotracheal tube is too low.",
])
def test_a_turn_of_the_hedge_list_ends_the_clause_a_denial_reaches(text: str) -> None:
    # the denial before the turn is of another finding: the depth after it is stated, as after "but"
    assert _depths(text) == ["low"]


@pytest.mark.parametrize("text", [
    "The endotracheal tube is not too low.",
    "However, the endotracheal tube may be too low.",
])
def test_a_denial_or_hedge_inside_the_depths_own_clause_still_holds(text: str) -> None:
    assert _depths(text) == []


def _closed(question: str, text: str) -> str | None:
    return extract(text, Sample(id="t", question=question, answer="yes", answer_type=AnswerType.CLOSED)).answer


@pytest.mark.parametrize(("question", "text"), [
    ("Y a-t-il un épanchement pleural ?", "Épanchement pleural gauche, cependant pas de pneumothorax."),
    ("Gibt es einen Pleuraerguss?", "Pleuraerguss links, jedoch kein Infiltrat."),
    ("C'è versamento pleurico?", "Versamento pleurico bilaterale, tuttavia nessun addensamento."),
    ("Há derrame pleural?", "Derrame pleural à esquerda, porém sem consolidação."),
])
def test_a_foreign_turn_after_a_comma_opens_a_clause_of_its_own(question: str, text: str) -> None:
    # the denial after the turn is of another finding, as after "pero" / "mais" / "aber"
    assert _closed(question, text) == "yes"


@pytest.mark.parametrize(("question", "text"), [
    ("Gibt es einen Pleuraerguss?", "Pleuraerguss links, jedoch fraglich."),
    ("Y a-t-il un épanchement pleural ?", "Épanchement pleural gauche, cependant possible artefact."),
])
def test_a_hedge_after_the_turn_still_leaves_the_finding_open(question: str, text: str) -> None:
    assert _closed(question, text) is None
