"""Closed answers stated without a verdict word (session 26, issue #7), in sentences of our own.

* a value above its own bracketed normal range ("14 mm (normal < 10 mm)"; ``extract/stated_cutoff.py``'s
  ``read_bound``);
* a Chinese finding stated with its asked place between the verb and the term ("提示左肾积水" to 左肾是否有积水？;
  ``extract/implicit_langs.py``);
* a question closing on the patient its study was made of ("... on this ultrasound of a 60-year-old?"): the patient
  is no part of the asked term (``extract/implicit_words.py``'s ``Q_FRAME``);
* a one-sided question answered of both sides at once ("Costophrenic angles sharp bilaterally." to "Is the left
  costophrenic angle blunted?"; ``extract/both_sides.py``);
* a Chinese degree word set inside the asked term ("冈上肌腱完全撕裂" to 是否显示冈上肌腱撕裂？; ``extract/implicit_langs.py``).

Each reading is checked beside near misses that must stay unread or ambiguous.
"""

from __future__ import annotations

import pytest

from support.readings import closed_word
from medstep.extract.both_sides import desided
from medstep.extract.implicit_terms import question_term


@pytest.mark.parametrize("question, text, expected", [
    ("Is there splenomegaly?", "The splenic length is 15 cm (normal < 12 cm). The liver is unremarkable.", "yes"),
    ("Is the bladder wall thickened?",
     "The bladder wall is 6 mm (normal < 3 mm) with trabeculation. Residual volume 90 mL.", "yes"),
    ("Is the common duct dilated?", "The common duct measures 4 mm (normal < 6 mm).", "no"),
    # another value beside a normal one: whose?  A value above a range of another structure: not the asked one's
    ("Is the common duct dilated?", "The common duct measures 4 mm (normal < 6 mm); the pancreatic duct 5 mm.",
     "unparsed"),
    ("Is the bladder wall thickened?",
     "The prostate measures 60 mL (normal < 30 mL). Bladder residual 90 mL.", "unparsed"),
    # a hedge or a negation beside it
    ("Is there splenomegaly?", "The splenic length may be 15 cm (normal < 12 cm).", "unparsed"),
])
def test_bracketed_range(question: str, text: str, expected: str) -> None:
    assert closed_word(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("右肺是否有结节？", "右肺上叶见一枚约6mm小结节，边界清楚，提示右肺结节。", "是"),
    ("左肾是否有积水？", "可见左肾积水，肾盂扩张。", "是"),
    # another place, a denial, a hedge: not read as the asked place's yes
    ("左肾是否有积水？", "提示右肾积水。", "unparsed"),
    ("左肾是否有积水？", "未见左肾积水。", "否"),
    ("左肾是否有积水？", "提示左肾积水可能。", "ambiguous"),
])
def test_chinese_place_before_term(question: str, text: str, expected: str) -> None:
    assert closed_word(question, text) == expected


@pytest.mark.parametrize("question, phrase, prop", [
    ("Is the pancreatic duct dilated on this ultrasound of a 60-year-old?", "pancreatic duct", "dilated"),
    ("Is there a fracture on this hand radiograph of an elderly woman?", "fracture", None),
    ("Is the thymus enlarged on this film of a 3-month-old infant?", "thymus", "enlarged"),
    # unchanged: the study alone, and a patient without a study before it
    ("Is the spleen enlarged on this CT?", "spleen", "enlarged"),
])
def test_patient_after_study(question: str, phrase: str, prop: str | None) -> None:
    term = question_term(question)
    assert term is not None and (term.phrase, term.prop) == (phrase, prop)


def test_patient_after_study_read() -> None:
    assert closed_word("Is the pancreatic duct dilated on this ultrasound of a 60-year-old?",
                       "The pancreatic duct measures 2 mm, which is normal.") == "no"


@pytest.mark.parametrize("question, text, expected", [
    ("Is the left costophrenic angle blunted?", "Costophrenic angles sharp bilaterally.", "no"),
    ("Is there a pneumothorax on the left?", "No pneumothorax on either side.", "no"),
    # what is said of both angles, not of the heart beside them
    ("Is the right costophrenic angle blunted?", "Costophrenic angles are sharp bilaterally. The heart is enlarged.",
     "no"),
])
def test_both_sides(question: str, text: str, expected: str) -> None:
    assert closed_word(question, text) == expected


@pytest.mark.parametrize("question, text", [
    ("Is the left costophrenic angle blunted?", "Sharp angles bilaterally. The right angle is blunted."),
    ("Is the left costophrenic angle blunted?", "Both hila are normal. The costophrenic angle is blunted."),
    ("Is the kidney enlarged?", "Both kidneys are normal in size."),  # no side asked
])
def test_both_sides_declined(question: str, text: str) -> None:
    assert desided(question, text) is None


@pytest.mark.parametrize("question, text, expected", [
    ("该肩关节MRI是否显示冈上肌腱撕裂？", "冈上肌腱连续性中断，符合冈上肌腱完全撕裂。", "是"),
    ("该肩关节MRI是否显示冈上肌腱撕裂？", "提示冈上肌腱部分撕裂。", "是"),
    # a negation before the degree word stays: not read as the term stated
    ("该肩关节MRI是否显示冈上肌腱撕裂？", "冈上肌腱不完全撕裂待排。", "ambiguous"),
])
def test_chinese_degree_inside_term(question: str, text: str, expected: str) -> None:
    assert closed_word(question, text) == expected
