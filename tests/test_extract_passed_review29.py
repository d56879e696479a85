"""Review 29 of the passed-over lane (issue #7): every reviewer probe the lane read worse than the code before it.

Each reads the labelled option: on exception questions (NOT / EXCEPT / FALSE / least likely) the option called
excluded or unlikely is the answer; elsewhere a judgement word that is not the clause's own predicate about the
option ("unlikely to be anything else", "alternatives (A, C) excluded", a question, "but not here") passes nothing over.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

_CHEST = {"A": "Pleural effusion", "B": "Pneumothorax", "C": "Cardiomegaly", "D": "Lobar pneumonia"}
_AIRWAYS = {"A": "Bronchiectasis", "B": "Cystic fibrosis", "C": "Kartagener syndrome",
            "D": "Allergic bronchopulmonary aspergillosis"}
_KNEE = {"A": "Joint effusion", "B": "Narrowed joint space", "C": "Displaced fracture", "D": "Osteophytes"}
_KNEE_FALSE = {"A": "There is a joint effusion", "B": "The joint space is narrowed", "C": "There is a displaced fracture",
               "D": "Osteophytes are present"}

CASES = [
    pytest.param('What is the most likely diagnosis?', _CHEST,
                 'Pneumothorax. Some would say B is tempting only on a supine film, but here it is clear-cut.',
                 'B', id="probe27"),
    pytest.param('What is the most likely diagnosis?', _CHEST,
                 'B: Pneumothorax - unlikely to be anything else given the pleural line.',
                 'B', id="probe29"),
    pytest.param('What is the most likely diagnosis?', _CHEST,
                 'B. Pneumothorax — less likely alternatives (A, C) excluded.',
                 'B', id="probe30"),
    pytest.param('What is the most likely diagnosis?', _CHEST,
                 'B — tempting as effusion is, the pleural line makes this a pneumothorax.',
                 'B', id="probe31"),
    pytest.param('What is the most likely diagnosis?', _CHEST,
                 'Pneumothorax is the diagnosis; A, not B, would be expected to show a meniscus.',
                 'B', id="probe45",
                 marks=pytest.mark.xfail(strict=True, reason="review29: 'A, not B, would be expected to show X' "
                                         "reads like 'D, not A, is the answer' (B passed over); telling them "
                                         "apart needs the predicate's meaning")),
    pytest.param('Which statement about this knee radiograph is FALSE?', _KNEE_FALSE,
                 '**C** – incorrect statement; the cortex is intact.',
                 'C', id="probe48"),
    pytest.param('Which of the following is the least likely diagnosis?', _CHEST,
                 'C. Cardiomegaly is unlikely given the normal heart size, so it is the least likely.',
                 'C', id="probe49"),
    pytest.param('All of the following are seen in this image EXCEPT:', _CHEST,
                 'C (Cardiomegaly) can be ruled out.',
                 'C', id="probe52"),
    pytest.param('What is the most likely diagnosis?', _AIRWAYS,
                 'D. Allergic bronchopulmonary aspergillosis is tempting and it is also correct.',
                 'D', id="probe58"),
    pytest.param('What is the most likely diagnosis?', _AIRWAYS,
                 'D: Allergic bronchopulmonary aspergillosis – excluded? No, it fits perfectly.',
                 'D', id="probe59"),
    pytest.param('What is the most likely diagnosis?', _CHEST,
                 'Pneumothorax. Some may call B a tempting answer, and it is the right one.',
                 'B', id="probe75"),
    pytest.param('What is the most likely diagnosis?', _CHEST,
                 'The pleural line means pneumothorax. Radiologists sometimes say B is ruled out on supine films, but not here.',
                 'B', id="probe76"),
    pytest.param('What is the most likely diagnosis?', _CHEST,
                 'Pneumothorax (the answer). Is B excluded by the normal heart? Not at all.',
                 'B', id="probe77"),
    pytest.param('Which of the following is NOT a feature of this radiograph?', _KNEE,
                 'C. Displaced fracture – ruled out; the cortex is intact.',
                 'C', id="probe80"),
    pytest.param('Which of the following is NOT a feature of this radiograph?', _KNEE,
                 'C (Displaced fracture) is excluded: no lucent line.',
                 'C', id="probe81"),
    pytest.param('All of the following are seen in this image EXCEPT:', _CHEST,
                 'C. Cardiomegaly – excluded, the heart is normal size.',
                 'C', id="probe86"),
]


@pytest.mark.parametrize(("question", "options", "text", "label"), CASES)
def test_review29_probe_reads_label(question: str, options: dict[str, str], text: str, label: str) -> None:
    sample = Sample(id="r29", question=question, answer=label, answer_type=AnswerType.CHOICE, options=options)
    assert extract(text, sample).answer == label


# The narrowing keeps the plain passings-over: an option judged by its own clause, stated, unturned, is no answer.
GUARDS = [
    "B: Pneumothorax - unlikely given the normal lung markings.",
    "B. Pneumothorax — less likely; alternatives remain.",
    "Radiologists often say B is ruled out on supine films.",
    "B is excluded by the normal lung markings.",
    "D. Lobar pneumonia is tempting, but the lucency says otherwise.",
]


@pytest.mark.parametrize("text", GUARDS)
def test_review29_own_judgement_still_passes_over(text: str) -> None:
    sample = Sample(id="r29g", question="What is the most likely diagnosis?", answer="B", answer_type=AnswerType.CHOICE,
                    options=_CHEST)
    assert extract(text, sample).answer is None  # nothing else in the reply commits
