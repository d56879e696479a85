"""Review of lane opengrade58: near misses its new rungs read that a clinician grades wrong (the base did not).

A measure or a label's number before the counted noun is no count ("a 2 mm nodule", "segment 4 lesion":
``score/open_bound_count.py``); a suspicion naming a mimic compound ("likely a pseudoaneurysm") is no qualifier only
adding to the head (``score/open_qualified.py``).
"""

from __future__ import annotations

import pytest

from medstep.answers.text import normalize_answer
from medstep.score.open_grade import grade_open


@pytest.mark.parametrize("reply, gold, question", [
    ("A 2 mm nodule in the right upper lobe.", "2", "How many nodules are there?"),
    ("A 4 cm enhancing lesion in segment VI.", "4", "How many lesions are there?"),
    ("A 6-mm nodule.", "6", "How many nodules are there?"),
    ("A 12 mm stone in the distal ureter.", "12", "How many stones are there?"),
    ("Segment 4 lesion with arterial enhancement.", "4", "How many lesions are there?"),
    ("Mass, likely a pseudomass from fluid in the fissure", "mass", "What is the abnormality?"),
    ("Aneurysm, likely a pseudoaneurysm after catheterisation", "aneurysm", "What is the abnormality?"),
    ("Polyp, most likely a pseudopolyp in the setting of colitis", "polyp", "What is the abnormality?"),
])
def test_review_near_miss_unmatched(reply: str, gold: str, question: str) -> None:
    assert not grade_open(normalize_answer(reply), gold, question).matched


@pytest.mark.parametrize("reply, gold, question", [
    ("Two 5 mm nodules in the right upper lobe.", "2", "How many nodules are there?"),
    ("Four lymph nodes and two nodules.", "2", "How many nodules are there?"),
    ("Posterior mediastinum, most likely a neurogenic tumor", "posterior mediastinum", "Where is the mass located?"),
])
def test_review_gain_kept(reply: str, gold: str, question: str) -> None:
    assert grade_open(normalize_answer(reply), gold, question).matched
