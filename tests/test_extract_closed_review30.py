"""Closed answers the review of session 30 found lost (issue #7), each with the replies that must stay as they are.

* a pronoun after a measured dimension or a part of the asked organ takes the organ up ("The craniocaudal span
  measures 16 cm. It is enlarged."), after a subject of its own that is no part of it not ("The fetal growth
  measures 20 cm. It is thickened."; ``extract/anaphor.py``);
* "within normal limits" said of another thing in the measurement's own sentence is no judgement of the value
  ("Splenic length 15.5 cm; the kidneys are within normal limits."; ``extract/measured_gates.py``).

The replies imitate GPT-4o, Claude, Gemini, Qwen-VL, LLaVA-Med, MedGemma and DeepSeek-R1 (``<think>``); all invented.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.measured_gates import set_aside
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> str | None:
    sample = Sample(id="x", question=question, answer="yes", answer_type=AnswerType.CLOSED)
    return extract(text, sample).answer


PRONOUN = [
    # the review's three: a dimension named "span", a modifier of a length, a part of a lobed organ
    ("Is the spleen enlarged?", "The craniocaudal span measures 16 cm. It is enlarged.", "yes"),
    ("Is the spleen enlarged?", "The bipolar length measures 15 cm. It is enlarged.", "yes"),
    ("Is the thyroid enlarged?", "The isthmus measures 8 mm. It is enlarged.", "yes"),
    # the same in other styles
    ("Is the spleen enlarged?", "The craniocaudal span is 16 cm. It is enlarged.", "yes"),
    ("Is the spleen enlarged?", "**Measurements:** The longitudinal length measures 14.5 cm; it is enlarged.", "yes"),
    ("Is the spleen enlarged?", "The sagittal length measures 9 cm. It is not enlarged.", "no"),
    ("Is the prostate enlarged?", "The gland measures 5.5 x 4 x 4 cm. It is enlarged.", "yes"),
    ("Is the thyroid enlarged?",
     "<think>\nBoth lobes and the isthmus look bulky.\n</think>\nThe isthmus measures 8 mm. It is enlarged.", "yes"),
    # must not answer: the pronoun may take up a subject of its own, another organ or a lobed organ's part
    ("Is the endometrium thickened?", "The fetal growth measures 20 cm. It is thickened.", None),
    ("Is the endometrium thickened?", "The fetal head measures 9 cm. It is thickened.", None),
    ("Is the spleen enlarged?", "The renal length measures 15 cm. It is enlarged.", None),
    ("Is the spleen enlarged?", "The isthmus measures 8 mm. It is enlarged.", None),
    ("Is the spleen enlarged?", "The caudate lobe measures 4 cm. It is enlarged.", None),
    ("Is the spleen enlarged?", "The kidney span measures 13 cm. It is enlarged.", None),
    ("Is the kidney dilated?", "The cortex measures 20 cm. It is dilated.", None),  # the brain's cortex, say
    ("Is the thyroid enlarged?", "The caudate lobe measures 4 cm. It is enlarged.", None),
]


WITHIN = [
    # the review's two: another organ's normal state in the measurement's sentence
    ("Is the heart enlarged?",
     "<think>CTR 0.62 -> cardiomegaly.</think>\nCTR is 0.62; the lungs are within normal limits.", "yes"),
    ("Is the spleen enlarged?", "Splenic length 15.5 cm; the kidneys are within normal limits.", "yes"),
    # the same in other styles
    ("Is the heart enlarged?", "CTR 0.62 and the hila are within normal limits.", "yes"),
    ("Is the spleen enlarged?", "Spleen: 15.5 cm; liver, kidneys within normal limits.", "yes"),
    ("Is the spleen enlarged?", "Spleen 15.5 cm (kidneys within normal limits).", "yes"),
    ("Is the spleen enlarged?", "Splenic length 10 cm; the kidneys are within normal limits.", "no"),
    # a sentence of its own about another thing still reads as before (session 30's gains)
    ("Is the spleen enlarged?", "Splenic length 15.5 cm. The kidneys are within normal limits.", "yes"),
    ("Is the heart enlarged?", "CTR 0.6. The lungs are within normal limits.", "yes"),
    # the value's own clause judges it: the model's words count
    ("Is the heart enlarged?", "CTR 0.42, within normal limits.", "no"),
    ("Is the heart enlarged?", "CTR 0.42 and the heart size is within normal limits.", "no"),
    ("Is the spleen enlarged?", "Spleen measures 10 cm; spleen size within normal limits.", "no"),
    ("Is the aorta aneurysmal?", "The abdominal aorta measures 2.1 cm, within normal limits.", "no"),
    # the mediastinum's normal words are its width, not the heart's size (medi45: ``mediastinal_widening``): the ratio
    # answers
    ("Is the heart enlarged?",
     "The cardiothoracic ratio is 0.62; the mediastinal contours are within normal limits.", "yes"),
    ("Is the heart enlarged?", "CTR 0.6. The mediastinum is within normal limits.", "yes"),
    # must not answer: the value and another structure's words disagree
    ("Is the heart enlarged?", "CTR 0.62; this is within normal limits.", None),
]


@pytest.mark.parametrize(("question", "text", "expected"), PRONOUN + WITHIN)
def test_review30(question: str, text: str, expected: str | None) -> None:
    assert _read(question, text) == expected


WNL_KEPT = [
    # (text, question, quantity, whether the judgement is kept as the band word)
    ("CTR 0.42. This is within normal limits.", "Is the heart enlarged?", r"\bCTR\b", True),
    ("Splenic length 15.5 cm, which is within normal limits.", "Is the spleen enlarged?", r"splenic\s+length", True),
    ("The spleen measures 11 cm. The liver is within normal limits.", "Is the spleen enlarged?", r"spleen", True),
    ("Spleen 11 cm; spleen size within normal limits.", "Is the spleen enlarged?", r"spleen", True),
    ("Splenic length 15.5 cm; the kidneys are within normal limits.", "Is the spleen enlarged?", r"splenic", False),
    ("CTR 0.62 and the hila are within normal limits.", "Is the heart enlarged?", r"\bCTR\b", False),
    ("Spleen 15.5 cm; " + "x" * 300 + " within normal limits.", "Is the spleen enlarged?", r"spleen", False),
]


@pytest.mark.parametrize(("text", "question", "quantity", "kept"), WNL_KEPT)
def test_within_normal_limits_judged(text: str, question: str, quantity: str, kept: bool) -> None:
    assert ("WNL" in set_aside(text, question, quantity)) is kept
