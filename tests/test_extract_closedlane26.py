"""Closed answers without a leading yes/no (session 26, issue #7), in sentences of our own.

* a verdict set off inside an earlier sentence and restated by its own clause ("..., and yes, it is compressing the
  duct — ..."; ``extract/closing.py``'s ``read_inner``);
* a Chinese committed lean opening the reply ("倾向于否。"; ``extract/closed.py``'s ``parse_zh_lean``);
* the question written out as the reply's first line (``extract/echoed_question.py``);
* a closing sentence's set-off verdict to a question whose term is not parsed, its words sharing a content word of
  the question ("— yes, this is a Brugada pattern."; ``extract/closing.py``'s ``_about_asked``).

Each reading is checked beside near misses that must stay unread or ambiguous.
"""

from __future__ import annotations

import pytest

from support.readings import closed_word
from medstep.extract.echoed_question import drop


@pytest.mark.parametrize("question, text, expected", [
    ("Does this MRI show a cyst compressing the duct?",
     "A 2 cm cyst sits at the pancreatic head, and yes, it is compressing the duct — the upstream duct measures "
     "5 mm. The tail is normal.", "yes"),
    ("Is there a mass encasing the artery?",
     "The mass abuts the vessel over a short segment: no, it is not encasing the artery. The vein is patent.", "no"),
    # the clause names something else (the stated finding is read instead, never the shift's "no"), disagrees with
    # its verdict word, or a condition, a doubt or another side is around it
    ("Is there a pneumothorax?",
     "There is a large left pneumothorax, and no, there is no mediastinal shift. The lungs are otherwise clear.",
     "yes"),
    ("Does this MRI show a cyst compressing the duct?",
     "A 2 cm cyst sits at the pancreatic head, and yes, it is not compressing the duct. The tail is normal.",
     "unparsed"),
    ("Does this MRI show a cyst compressing the duct?",
     "A 2 cm cyst sits at the pancreatic head, and yes, it may be compressing the duct. The tail is normal.",
     "ambiguous"),
    ("Does this MRI show a cyst compressing the duct?",
     "If the cyst grew — yes, it would be compressing the duct. For now the tail is normal.", "unparsed"),
    ("Does this MRI show a cyst compressing the left duct?",
     "A cyst sits at the head, and yes, it is compressing the duct on the right. The tail is normal.", "unparsed"),
])
def test_inner_verdict(question: str, text: str, expected: str) -> None:
    assert closed_word(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("该超声是否提示恶性肿瘤？", "倾向于否。病灶边界清楚，形态规则，内部回声均匀。", "否"),
    ("该胸片是否显示肺水肿？", "更倾向于是，双肺门周围可见蝶翼状模糊影。", "是"),
    # a lean to a finding, not to a verdict word: not this rule's
    ("该超声是否提示恶性肿瘤？", "倾向于否定恶性。", "unparsed"),
])
def test_chinese_lean(question: str, text: str, expected: str) -> None:
    assert closed_word(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("Is there a pleural effusion on this radiograph?",
     "**Is there a pleural effusion on this radiograph?**\n\nA moderate left pleural effusion is present.", "yes"),
    ("Ultrasound after a fall. Is there free fluid in the pelvis?",
     "Is there free fluid in the pelvis?\n\nNo free fluid is seen in the pelvis.", "no"),
])
def test_echoed_question(question: str, text: str, expected: str) -> None:
    assert closed_word(question, text) == expected


@pytest.mark.parametrize("text", [
    "Is the effusion large?\n\nA moderate left pleural effusion is present.",  # another question
    "Is there a pleural effusion on this radiograph? Yes, a moderate one.",  # not a line of its own
    "Is there a pleural effusion on this radiograph?",  # nothing after it
])
def test_echoed_question_kept(text: str) -> None:
    assert drop(text, "Is there a pleural effusion on this radiograph?") == text


@pytest.mark.parametrize("question, text, expected", [
    ("Is this ECG consistent with a Brugada pattern?",
     "Coved ST elevation of 3 mm in V1 and V2 with inverted T waves — yes, this is a Brugada pattern.", "yes"),
    ("Is this 3 cm lesion in an elderly woman likely benign?",
     "Smooth margins, fat density, no growth over years.\n\n**Overall:** yes, the lesion is likely benign.", "yes"),
    # a question whose term is not parsed, the verdict given to a label sharing none of its words
    ("Is this ECG consistent with a Brugada pattern?", "Rate 70, regular — yes, sinus rhythm.", "unparsed"),
])
def test_closing_verdict_unparsed_question(question: str, text: str, expected: str) -> None:
    assert closed_word(question, text) == expected
