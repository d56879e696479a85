"""Lane final (issue #7): two labelled answers that disagree are ambiguous; a letter in an unusual closing frame is read.

``extract/two_labels.py``: a header answer field ("Answer: No", "Diagnosis: X") and a later final-answer phrase naming
another answer, with nothing marking the later one as a revision, make the reply ambiguous; the same answer repeated,
a revision cue between them, or an "Initial answer:" header keep the later reading. Closing frames: a letter with its
own option's text and a dash-set comment closing the reply (``extract/line_rest.commented_close``), "... is known as
the X (Option C), which ..." (``extract/decision_words.IT_IS``, ``extract/trailing.py``), and an "e.g." inside a
closed bracket that frames nothing after it (``extract/cue_before.set_as_format``). Texts written for this lane.
"""

from __future__ import annotations

import time

import pytest

from medstep.extract import extract
from medstep.extract import line_rest, two_labels
from medstep.extract.mentions import option_index
from medstep.types import AnswerType, Sample

CXR = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Lobar pneumonia", "D": "Pulmonary oedema"}
SIGNS = {"A": "Target sign", "B": "Double duct sign", "C": "Whirlpool sign", "D": "Bird's beak sign"}
Q = "What is the main finding on this chest radiograph?"
QS = "Which sign is shown on this image?"
QC = "Is there a fracture of the distal radius?"
QO = "What is the most likely diagnosis?"

# (kind, question, options, text, answer or status, rule or None)
POSITIVE = [
    ("choice", Q, CXR, "Answer: B\n\nThe angle is blunted, but the opacity is dense with air bronchograms.\n\nFinal answer: C",
     "ambiguous", None),
    ("choice", Q, CXR, "**Final answer: A**\n\nThere is a visceral pleural line at the apex.\n\nSo the correct answer is D.",
     "ambiguous", None),
    ("closed", QC, {}, "Answer: Yes\n\nThe cortex is intact with no step.\n\nFinal answer: No", "ambiguous", None),
    ("closed", QC, {}, "**Answer: yes**\n\nNo cortical break is visible.\n\nThe answer is no.", "ambiguous", None),
    ("open", QO, {}, "Diagnosis: Osteosarcoma\n\nAn eccentric lytic epiphyseal lesion without matrix in an adult.\n\n"
     "Final diagnosis: Giant cell tumour", "ambiguous", None),
    ("open", QO, {}, "**Diagnosis:** Acute appendicitis\n\nThe appendix is normal; the right ovary is enlarged without flow."
     "\n\n**Final diagnosis:** Ovarian torsion", "ambiguous", None),
    ("choice", Q, CXR, "Dense consolidation with air bronchograms.\n\nC) Lobar pneumonia — antibiotics and a film in six weeks.",
     "C", "letter_final"),
    ("choice", QS, SIGNS, "Both ducts are dilated to the pancreatic head.\n\n**B) Double duct sign** – worrying for an "
     "ampullary tumour.", "B", "letter_final"),
    ("choice", QS, SIGNS, "The vessels spiral around the mesenteric axis. This appearance is known as the **whirlpool sign** "
     "(Option C), which points to a midgut volvulus.", "C", None),
    ("choice", QS, SIGNS, "The oesophagus tapers smoothly. This is called the bird's beak sign (option D), which is typical "
     "of achalasia.", "D", None),
    ("choice", Q, CXR, "Upper lobe diversion and septal lines. Although the final call needs clinical data (e.g., BNP, "
     "weight), the most likely answer based on the image is D.", "D", "final_answer_phrase"),
]

NEGATIVE = [
    ("choice", Q, CXR, "Answer: C\n\nDense lobar opacity with air bronchograms.\n\nFinal answer: C (lobar pneumonia)", "C", None),
    ("choice", Q, CXR, "Initial answer: B\n\nOn reflection, there are air bronchograms and no meniscus.\n\nFinal answer: C",
     "C", None),
    ("choice", Q, CXR, "Answer: A\n\nWait, the line is a skin fold.\n\nRevised answer: B", "B", None),
    ("closed", QC, {}, "Answer: No\n\nActually, looking again, a lucent line crosses the dorsal cortex.\n\nFinal answer: Yes",
     "yes", None),
    ("closed", QC, {}, "**Answer: Yes**\n\nA transverse lucency crosses the radius.\n\n**Final answer: Yes**", "yes", None),
    ("open", QO, {}, "Diagnosis: Pneumonia\n\nThe right lower lobe is consolidated.\n\nFinal diagnosis: Right lower lobe "
     "pneumonia", "right lower lobe pneumonia", None),
    ("closed", QC, {}, "The lucent line crosses the cortex.\n\nFinal answer: Yes", "yes", None),
    ("choice", Q, CXR, "Answer: B\n\nThe meniscus sign is present, confirming fluid.", "B", None),
    ("choice", Q, CXR, "A) Pneumothorax — no pleural line.\nB) Pleural effusion — meniscus present.\nC) Lobar pneumonia — "
     "unlikely.\nD) Pulmonary oedema — no.", "unparsed", None),
    ("choice", Q, CXR, "Dense opacity.\n\nC) Lobar pneumonia — or possibly B, an effusion cannot be excluded.", "ambiguous", None),
    ("choice", Q, CXR, "Dense opacity.\n\nC) Lobar pneumonia — unlikely, there are no air bronchograms.", "unparsed", None),
    ("choice", Q, CXR, "Dense opacity.\n\nC) Pleural effusion — this is the answer.", "unparsed", None),
    ("choice", QS, SIGNS, "This appearance is not known as the whirlpool sign (Option C), which needs a Doppler clip.",
     "unparsed", None),
    ("choice", Q, CXR, "For example (as in a sample reply), the answer is B.", "unparsed", None),
]


def _read(kind: str, question: str, options: dict[str, str], text: str) -> tuple[str, str]:
    gold = sorted(options)[0] if options else ("yes" if kind == "closed" else "x")
    ext = extract(text, Sample(id="t", question=question, options=options, answer=gold, answer_type=AnswerType(kind)))
    return (ext.answer if ext.answer is not None else ext.rule), ext.rule


@pytest.mark.parametrize("row", POSITIVE, ids=[f"pos{i}" for i in range(len(POSITIVE))])
def test_fixed_reading(row: tuple) -> None:
    kind, question, options, text, want, rule = row
    got, got_rule = _read(kind, question, options, text)
    assert got == want
    if rule is not None:
        assert got_rule == rule


@pytest.mark.parametrize("row", NEGATIVE, ids=[f"neg{i}" for i in range(len(NEGATIVE))])
def test_reading_kept(row: tuple) -> None:
    kind, question, options, text, want, _ = row
    assert _read(kind, question, options, text)[0] == want


def test_open_answers_differ_only_without_shared_words() -> None:
    assert two_labels._differ("sarcoidosis", "lymphoma", AnswerType.OPEN)
    assert not two_labels._differ("pneumonia", "right lower lobe pneumonia", AnswerType.OPEN)
    assert not two_labels._differ("pe", "pulmonary embolism", AnswerType.OPEN)
    assert not two_labels._differ("yes", "yes", AnswerType.CLOSED)


def test_commented_close_needs_own_text_and_no_option_list() -> None:
    idx = option_index(CXR)
    assert line_rest.commented_close("x\n\nB) Pleural effusion — tap it.", "B) Pleural effusion — tap it.", idx) == "B"
    assert line_rest.commented_close("x", "B) Pneumothorax — tap it.", idx) is None  # another option's text
    text = "A) Pneumothorax — absent.\nB) Pleural effusion — tap it."
    assert line_rest.commented_close(text, "B) Pleural effusion — tap it.", idx) is None


@pytest.mark.parametrize("text", ["a " * 10000, " " * 10000 + "x", "\n" * 20000, "(" * 10000, "Answer: " + "*" * 20000,
                                  "A) Pneumothorax " + "— " * 10000])
def test_new_patterns_linear(text: str) -> None:
    idx = option_index(CXR)
    start = time.perf_counter()
    two_labels._header_line(text)
    two_labels._revised(text)
    line_rest.commented_close(text, text, idx)
    assert time.perf_counter() - start < 1.0
