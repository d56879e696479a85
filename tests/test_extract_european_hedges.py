"""The European languages' hedges and "or" come from one table (``answers/hedges.EUROPEAN``), and an "or" is read
only after a hedge of its own language: Portuguese "o" is "the", Spanish and Italian "o" is "or"."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.refusal import offers_alternatives
from medstep.types import AnswerType, Sample

OPTIONS = {"A": "Neumonía", "B": "Atelectasia", "C": "Derrame pleural", "D": "Neumotórax"}


@pytest.mark.parametrize("text", ["Pourrait être A ou B.", "Wahrscheinlich C oder D.", "Posiblemente A u B.",
                                  "Forse A oppure B."])
def test_a_hedged_or_in_any_european_language_offers_alternatives(text: str) -> None:
    # French and German read unparsed while only Spanish hedges were listed beside the English ones.
    sample = Sample(id="e", question="¿Cuál es el diagnóstico?", answer="A", answer_type=AnswerType.CHOICE,
                    options=OPTIONS)
    assert extract(text, sample).status.value == "ambiguous"


@pytest.mark.parametrize("text", [
    "O diagnóstico mais provável é atelectasia: há desvio da traqueia para o lado da opacidade.",
    "Possible mass at the 3 o'clock position.",
    "Possible U-shaped kink of the tube.",
])
def test_an_o_that_is_no_or_of_the_hedge_s_language_offers_nothing(text: str) -> None:
    assert not offers_alternatives(text)
