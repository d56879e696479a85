"""Review of lane optext51: near misses the affirmed-option reader read as a wrong letter (a foreign denial posted
after the name or before it; a finding described beside another option's evidence), and the readings it must keep."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample, Status

CHEST = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Pulmonary edema"}
Q = "What is the most likely diagnosis?"


def _read(text: str, options: dict[str, str] = CHEST):
    return extract(text, Sample(id="t", question=Q, answer="A", answer_type=AnswerType.CHOICE, options=options))


@pytest.mark.parametrize("text", [
    "Versamento pleurico escluso. Pneumotorace assente.",
    "Pas de pneumothorax.",
    "Derrame pleural descartado. Neumotórax ausente.",
    "The heart is enlarged and there are bilateral perihilar opacities with Kerley lines.",
    "The heart is enlarged. There are bilateral perihilar opacities with Kerley lines.",
])
def test_near_misses_read_no_letter(text):
    assert _read(text).status is not Status.SCORED


@pytest.mark.parametrize("text,letter", [
    ("Fluid around the heart? Not seen. The heart itself is enlarged.", "C"),
    ("Pas de pneumothorax. Pas d'épanchement pleural. Cardiomégalie nette.", "C"),
    ("Pneumothorax.", "A"),
    ("Se observa una línea pleural visceral sin trama pulmonar periférica. Conclusión: neumotórax.", "A"),
])
def test_readings_kept(text, letter):
    e = _read(text)
    assert e.status is Status.SCORED and e.answer == letter
