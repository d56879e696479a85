"""Answers on long blank runs and the shapes around them (issues #7, #12, session 34).

Several patterns read a run of blanks in quadratic time (a minute for 20,000 spaces); they were made linear without
changing a reading (possessive runs, ``lazyre.RUN_START``). The speed is measured in
``benchmarks/bench_extract_worst.py``; here the readings of those shapes, and of plain replies passing through the
same patterns, are held to what they were before the change.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.lazyre import RUN_START, lazy_compile
from medstep.types import AnswerType, Sample

OPTIONS = {"A": "Left pleural effusion", "B": "Right pneumothorax", "C": "Cardiomegaly", "D": "Normal study"}
CHOICE = Sample(id="c", question="What is the most likely finding?", answer="B", answer_type=AnswerType.CHOICE,
                options=OPTIONS)
CLOSED = Sample(id="k", question="Is there a right pneumothorax?", answer="yes", answer_type=AnswerType.CLOSED)
OPEN = Sample(id="o", question="What abnormality is shown?", answer="pneumothorax", answer_type=AnswerType.OPEN)
SIZE = Sample(id="s", question="What is the size of the lesion?", answer="1.5 cm", answer_type=AnswerType.OPEN)
WHERE = Sample(id="w", question="Where is the mass?", answer="left adrenal gland", answer_type=AnswerType.OPEN)

BLANKS = " " * 600


@pytest.mark.parametrize("text, sample, answer", [
    # the degenerate shapes, at a size the old patterns still read
    ("A" + BLANKS + "C.", CHOICE, None),
    ("A" + BLANKS + "not C.", CHOICE, "A"),
    ("B" + "\n" * 600 + "is the most likely.", CHOICE, "B"),
    ("B (right lung)" + BLANKS + "is correct.", CHOICE, "B"),
    ("it's a " + BLANKS + "1.5 cm x", SIZE, "1.5 cm x"),
    ("Right pneumothorax" + BLANKS + "— small.", SIZE, "right pneumothorax"),
    ("Nodule" + BLANKS + "measuring 1.5 cm.", SIZE, "nodule"),
    ("and shows the mass with " * 25, SIZE, None),
    # plain replies through the same patterns, with a few blanks more than usual
    ("Reviewing the film: **B**  (right pneumothorax)   is the best answer.", CHOICE, "B"),
    ("C (enlarged cardiac silhouette)      is the most likely finding.", CHOICE, "C"),
    ("I looked at every zone. B ,  therefore ,  is the answer.", CHOICE, "B"),
    ("A      not C. The costophrenic angle is blunted.", CHOICE, None),  # (as main reads it)
    ("Yes   — there is a right pneumothorax.", CLOSED, "yes"),
    ("No.      The lungs are fully expanded.", CLOSED, "no"),
    ("Right pneumothorax    seen on this X-ray.", OPEN, "right pneumothorax"),
    ("Pneumothorax    given the absent lung markings.", OPEN, "pneumothorax"),
    ("Osteosarcoma     arising from the distal femur.", OPEN, "osteosarcoma"),
    ("A lucent rim with no markings beyond it   — pneumothorax.", OPEN, "pneumothorax"),
    ("Atelectasis,    not pneumonia.", OPEN, "atelectasis"),
    ("The mass lies in the left adrenal gland     and measures 5 cm.", WHERE, "left adrenal gland"),
    # near misses: a hedge, a question, two candidates stay unread
    ("Maybe B    is what this is, but I am not sure.", CHOICE, None),
    ("A or B    could be correct.", CHOICE, None),
    ("Pneumothorax    or skin fold.", OPEN, None),
])
def test_reading_on_blank_runs(text: str, sample: Sample, answer: str | None) -> None:
    got = extract(text, sample).answer
    assert (got.lower() if got else None) == (answer.lower() if answer else None)


def test_run_start_keeps_the_leftmost_match() -> None:
    """A search finds the same match with the guard: it only drops starts inside a run, never the run's first blank."""
    plain = lazy_compile(r"\s+—\s+\w+")
    guarded = lazy_compile(RUN_START + r"\s+—\s+\w+")
    for text in ("label   — tail", "label — tail", "  — tail", "a\t \n— tail", "x" + " " * 50 + "y"):
        p, g = plain.search(text), guarded.search(text)
        assert (p and p.span()) == (g and g.span())
