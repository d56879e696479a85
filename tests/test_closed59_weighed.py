"""Candidates weighed under a condition are left standing (issue #7, session 59, lane closed59;
``extract/open_commitment.left_standing``): "The differential here is really between sarcoidosis and lymphoma. Sarcoid
would be favored if there are perilymphatic nodules, lymphoma if ..." picks neither, so the open reply is ambiguous
(b58-0110 was read whole as its answer). The list after "differential is (really) between" is read as the candidates.
The replies are invented (other diseases, organs and wordings); a pick stated outright, beside or after the
conditions, still answers.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample


def _read(text: str, question: str = "What is the diagnosis?") -> tuple[str | None, str]:
    ext = extract(text, Sample(id="t", question=question, answer="none", answer_type=AnswerType.OPEN))
    return ext.answer, ext.status.value


HELD = [
    "The differential here is really between sarcoidosis and lymphoma. Sarcoid would be favored if there are "
    "perilymphatic nodules, lymphoma if there is anterior mediastinal involvement. Tissue sampling would be needed to "
    "distinguish them.",
    "The differential is between meningioma and schwannoma. Meningioma would be favored if there is a dural tail, "
    "schwannoma if the mass extends into the internal auditory canal.",
    "Differential: tuberculosis versus histoplasmosis. TB would be favored if the patient is from an endemic area, "
    "histoplasmosis if there are calcified splenic granulomas.",
    "The differential is between simple cyst and cystic neoplasm. A simple cyst would be favoured if the wall is "
    "imperceptible, a neoplasm if there are mural nodules.",
    "The differential is between hydatid cyst and abscess. Hydatid would be favored if daughter cysts are seen, "
    "abscess if there is a thick enhancing wall.",
]


@pytest.mark.parametrize("text", HELD)
def test_conditions_pick_no_candidate(text: str) -> None:
    assert _read(text) == (None, "ambiguous")


PICKED = [
    ("Meningioma is the most likely diagnosis. A schwannoma would be favored if the mass extended into the internal "
     "auditory canal.", "meningioma"),
    ("The differential includes abscess and glioblastoma. Abscess is favoured because of the central restricted "
     "diffusion.", "abscess"),
    ("The differential is between sarcoidosis and lymphoma. Lymphoma would be favoured if there were B symptoms, but "
     "the perilymphatic nodules make sarcoidosis most likely.", "sarcoidosis"),
]


@pytest.mark.parametrize(("text", "picked"), PICKED)
def test_a_pick_beside_conditions_answers(text: str, picked: str) -> None:
    answer, _ = _read(text)
    assert answer is not None and picked in answer
