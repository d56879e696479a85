"""The closing commitment reader (``extract/closing_choice.py``) narrowed where older tests forbid a reading.

Fresh rows for each narrowing: a denial subject before the letter ("Nothing places it in C"), a colon lead-in that
weighs options ("not A or B, but: C"), a reply whose option letters label notes ("B: ... A) no C) no"), a walk of
option headings, a bare "Option C." before a sentence on another option, and a remark pointing back to deny the letter
("A. Not this one."). Near misses keep their reading: a ground before "so", an option set aside after the choice, an
echoed option list, a letter with its option's text, per-option verdicts read by ``option_verdicts``.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

CXR = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Lobar pneumonia", "D": "Normal"}
SITE = {"A": "Pleural-based mass", "B": "Intrapulmonary mass", "C": "Chest wall mass", "D": "Diaphragmatic hump"}
HRCT = {"A": "Normal", "B": "Mosaic attenuation", "C": "Tree-in-bud nodules", "D": "Honeycombing"}
LIVER = {"A": "Hepatocellular carcinoma", "B": "Focal nodular hyperplasia", "C": "Hepatic adenoma", "D": "Haemangioma"}


def _read(text: str, options: dict[str, str]) -> str | None:
    return extract(text, Sample(id="cf35", question="What is the most likely finding?", answer="A",
                                answer_type=AnswerType.CHOICE, options=options)).answer


@pytest.mark.parametrize("text, options", [
    ("The rib is intact. Nothing puts this in the chest wall (C). A pleural mass (A) would have obtuse angles.", SITE),
    ("A) unlikely C) unlikely B: the scalloped margin fits", LIVER),
    ("C: central scar. A) no D) no", LIVER),
    ("B: right side. A: wrong side.", {"A": "Left", "B": "Right"}),
    ("Option B. Honeycombing may be present.", HRCT),
    ("Choice C. A haemangioma can look similar.", LIVER),
    ("Option A (pneumothorax) shows a pleural line.\n\nOption B, an effusion, would blunt the angle.", CXR),
    ("Option C (adenoma) bleeds.\n\nOption D, a haemangioma, would fill in centripetally.", LIVER),
    ("It is not B or D, but: C.", LIVER),
    ("If the patient is on OCPs: C.", LIVER),
    ("B. Not this one.", CXR),
    ("C. Not that one, though.", LIVER),
])
def test_no_closing_commitment(text: str, options: dict[str, str]) -> None:
    assert _read(text, options) is None


@pytest.mark.parametrize("text, options, want", [
    ("I would put it at C. A pleural-based mass (A) would leave the rib alone.", SITE, "C"),
    ("The rib is eroded, so it sits in the chest wall (C). A pleural-based mass (A) would be obtuse.", SITE, "C"),
    ("A: no. B: no. C: yes. D: no.", CXR, "C"),
    ("A: False. B: False. C: True. D: False.", CXR, "C"),
    ("Option C, tree-in-bud nodules. Honeycombing would need subpleural cysts.", HRCT, "C"),
    ("The pattern is C. Honeycombing is absent.", HRCT, "C"),
    ("Washout and a capsule: A. A haemangioma (D) would fill in.", LIVER, "A"),
    ("No pleural line, no meniscus, so C. An effusion (B) would blunt the angle.", CXR, "C"),
    ("Nothing else explains the scar as well, so B.", LIVER, "B"),
    ("Let's review the options:\n(A) Pneumothorax\n(B) Pleural effusion\n(C) Lobar pneumonia\n(D) Normal\n\n"
     "There is a meniscus at the right base.\n\nOption B: Pleural effusion. The angle is blunted.", CXR, "B"),
])
def test_closing_commitment_kept(text: str, options: dict[str, str], want: str) -> None:
    assert _read(text, options) == want
