"""Precision fixes of session 39 (issue #7: no fallback that turns a failure into a wrong answer): a sentence naming
an option commits to nothing when it asks ("The key question is whether ..."), says what holds in general
("Osteosarcoma usually occurs in ...", "A Colles fracture is the commonest wrist fracture ..."), states the finding
gone ("The pneumothorax has resolved."), names two options alike ("X and Y look alike"), or calls one part normal
beside an option "Normal study" ("The heart size is normal."). Each is tested with the answers of the same surface
that stay read."""

from __future__ import annotations

import time

import pytest

from medstep.extract import asides, extract
from medstep.types import AnswerType, Sample

_CHEST = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Normal study"}
_LUNG = {"A": "Lobar pneumonia", "B": "Pulmonary edema", "C": "Sarcoidosis", "D": "Lung abscess"}
_BONE = {"A": "Osteosarcoma", "B": "Ewing sarcoma", "C": "Chondroblastoma", "D": "Aneurysmal bone cyst"}
_WRIST = {"A": "Colles fracture", "B": "Smith fracture", "C": "Scaphoid fracture", "D": "Normal"}
_SKIN = {"A": "Kaposi sarcoma", "B": "Bacillary angiomatosis", "C": "Pyogenic granuloma", "D": "Cherry angioma"}
_KIDNEY = {"A": "Angiomyolipoma", "B": "Renal cell carcinoma", "C": "Oncocytoma", "D": "Simple cyst"}


def _read(options: dict[str, str], text: str, question: str = "What is the most likely diagnosis?") -> str | None:
    sample = Sample(id="x", question=question, answer="A", answer_type=AnswerType.CHOICE, options=options)
    return extract(text, sample).answer


@pytest.mark.parametrize(
    "options, text, expected",
    [
        # a question put: nothing chosen
        (_LUNG, "The real issue is whether this represents lobar pneumonia.", None),
        (_LUNG, "It remains unclear whether sarcoidosis explains the nodes.", None),
        (_KIDNEY, "The question here is whether this is an angiomyolipoma.", None),
        # ... near misses: a "whether" that asks nothing of the option, and the plain statement
        (_LUNG, "This is lobar pneumonia.", "A"),
        (_BONE, "Whether or not the cortex is breached, this is an Ewing sarcoma.", "B"),
    ],
)
def test_whether_asks(options: dict[str, str], text: str, expected: str | None) -> None:
    assert _read(options, text) == expected


@pytest.mark.parametrize(
    "options, text, expected",
    [
        # what holds in general of the option
        pytest.param(_BONE, "Ewing sarcoma typically arises in the diaphysis of long bones.", None),  # read None since session 52 (extract/named_stance.py)
        pytest.param(_KIDNEY, "Oncocytoma often shows a central scar.", None),  # read None since session 52 (extract/named_stance.py)
        pytest.param(_KIDNEY, "Renal cell carcinoma usually enhances avidly.", None),  # read None since session 52 (extract/named_stance.py)
        (_LUNG, "Sarcoidosis tends to spare the lung bases.", None),
        (_WRIST, "A scaphoid fracture is a common injury after a fall on the outstretched hand.", None),
        (_KIDNEY, "A simple cyst is the commonest renal mass found incidentally.", None),
        # ... near misses: this case's findings in general words, a class word after "which is", the option stated
        (_LUNG, "These findings are typically seen in sarcoidosis.", "C"),
        (_LUNG, "Septal lines and haziness, which is classically pulmonary edema.", "B"),
        (_WRIST, "A Colles fracture is present.", "A"),
        (_BONE, "Findings are consistent with osteosarcoma.", "A"),
        (_SKIN, "Kaposi sarcoma, which commonly affects HIV patients, is the diagnosis here.", "A"),
    ],
)
def test_general_statement(options: dict[str, str], text: str, expected: str | None) -> None:
    assert _read(options, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The pleural effusion has resolved since the last study.", None),
        ("The previous pneumothorax has cleared.", None),
        ("The pneumothorax is no longer seen.", None),
        # ... near misses: still there in part or now, or another finding beside the one gone
        ("The pleural effusion has increased.", "B"),
        ("The pneumothorax persists.", "A"),
        ("The pneumothorax has resolved; there is now a large pleural effusion.", "B"),
    ],
)
def test_finding_gone(text: str, expected: str | None) -> None:
    assert _read(_CHEST, text, "What is the main finding on this chest film?") == expected


@pytest.mark.parametrize(
    "options, text, expected",
    [
        (_SKIN, "Pyogenic granuloma and bacillary angiomatosis look very similar.", None),
        (_KIDNEY, "Oncocytoma and renal cell carcinoma are indistinguishable on CT.", None),
        (_BONE, "Ewing sarcoma and osteosarcoma resemble each other on radiographs.", None),
        (_SKIN, "Going with Kaposi sarcoma.", "A"),
        (_SKIN, "The answer is bacillary angiomatosis.", "B"),
    ],
)
def test_two_alike(options: dict[str, str], text: str, expected: str | None) -> None:
    assert _read(options, text) == expected


@pytest.mark.parametrize(
    "options, question, text, expected",
    [
        (_CHEST, "What is the main finding?", "The heart size is normal.", None),
        (_CHEST, "What is the main finding?", "The lungs are clear.", None),
        (_CHEST, "What is the main finding?", "The mediastinum is normal.", None),
        # ... near misses: the study called normal, several parts, the normal option's own part, the question's part
        (_CHEST, "What is the main finding?", "Normal study.", "D"),
        (
            _CHEST,
            "What is the main finding?",
            "The lungs are clear, the heart is normal in size and there is no effusion.",
            "D",
        ),
        (_WRIST, "Which injury is shown?", "Normal wrist radiograph.", "D"),
        (
            {"A": "Normal abdomen", "B": "Small bowel obstruction", "C": "Pneumoperitoneum", "D": "Volvulus"},
            "What is the most likely diagnosis?",
            "The bowel gas pattern is normal.",
            "A",
        ),
        (
            {"A": "Epidural hematoma", "B": "Subdural hematoma", "C": "Subarachnoid hemorrhage", "D": "Normal brain"},
            "What does this head CT show?",
            "The brain is normal.",
            "D",
        ),
        (
            {"A": "Rib notching", "B": "Healing fractures", "C": "Lytic metastases", "D": "No abnormality"},
            "Which finding is seen in the ribs?",
            "The ribs appear normal.",
            "D",
        ),
    ],
)
def test_normal_part(options: dict[str, str], question: str, text: str, expected: str | None) -> None:
    assert _read(options, text, question) == expected


_LUNG = {"A": "Lobar pneumonia", "B": "Pulmonary edema", "C": "Sarcoidosis", "D": "Lung abscess"}


@pytest.mark.parametrize(
    "options, text, expected",
    [
        # a habit word grading the option in its own clause; a habit said of this case after a comma or semicolon
        (_BONE, "Findings are characteristic of an aneurysmal bone cyst.", "D"),
        (_BONE, "Typically an Ewing sarcoma.", "B"),
        (_BONE, "Chondroblastoma characteristically sits in the epiphysis, just as in this knee.", "C"),
        (_LUNG, "Sarcoidosis usually gives symmetric hilar nodes, like the ones here.", "C"),
        (_BONE, "Osteosarcoma usually involves the metaphysis; this distal femoral lesion in a teenager fits.", "A"),
        # a class by frequency whose sentence points at this case; a bracketed aside; a question answered at once
        (_WRIST, "A Smith fracture is an uncommon injury, and this is one.", "B"),
        (_LUNG, "Lung abscess (cavitating pneumonia can look alike, but the wall here is thick).", "D"),
        (_LUNG, "The question is whether this is sarcoidosis; I believe it is.", "C"),
        # ... near misses: the habit denied of this case, the class alone, the question alone, a contrast of two
        pytest.param(_LUNG, "Sarcoidosis usually gives symmetric hilar nodes, which are absent in this film.", None),  # read None since session 52 (extract/named_stance.py)
        (_WRIST, "A Smith fracture is an uncommon injury after a fall.", None),
        (_LUNG, "The question is whether this is sarcoidosis.", None),
        (_BONE, "Osteosarcoma usually involves the metaphysis; chondroblastoma the epiphysis.", None),
    ],
)
def test_habit_of_this_case(options: dict[str, str], text: str, expected: str | None) -> None:
    assert _read(options, text) == expected


def test_guards_linear_on_hostile_input() -> None:
    hostile = "a " * 5000 + "is the " * 2000 + "which is " * 1000 + "usually " * 500
    start = time.perf_counter()
    asides.general_clause(hostile)
    asides.habit_said(hostile)
    asides.without_general(hostile + ". " + hostile)
    asides.habit_said(hostile, "as " * 3000 + "this " * 2000)
    asides.habit_before(hostile + ", " * 2000 + hostile, 40000)
    asides.WHETHER_ANSWERED.match(", " * 5000 + "it " * 3000 + "is " * 2000)
    assert time.perf_counter() - start < 1.0


def test_long_normal_reply_fast() -> None:
    """A 20k-character reply of one normal part repeated: no reading of each statement in it (it took ~3 s)."""
    start = time.perf_counter()
    _read(_CHEST, "The heart is normal. " * 952)
    assert time.perf_counter() - start < 1.5
