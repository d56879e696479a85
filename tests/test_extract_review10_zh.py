"""Wrong readings found in review of lang10's Chinese rules (review10), one sentence per case; invented texts.
A decision word under a negation chose the letter it set aside; an organ called normal beside a finding seen in
it read as normal."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

OPTIONS = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Normal"}


def _closed(question: str, text: str, answer: str = "是") -> str | None:
    return extract(text, Sample(id="r10", question=question, answer=answer, answer_type=AnswerType.CLOSED)).answer


def _choice(text: str) -> str | None:
    sample = Sample(id="r10", question="Which finding?", answer="A", answer_type=AnswerType.CHOICE, options=OPTIONS)
    return extract(text, sample).answer


@pytest.mark.parametrize("text, expected", [
    ("我不倾向于C", None),  # not leaning to C (read C)
    ("不是最可能是C", None),  # C is not the most likely (read C)
    ("不更倾向于C", None),
    ("A和C都有可能，但更倾向于C。", "C"),
])
def test_zh_decision_review10(text: str, expected: str | None) -> None:
    assert _choice(text) == expected


@pytest.mark.parametrize("question, text, expected", [
    ("肝脏是否正常？", "肝脏未见明显异常，但左叶可见结节", None),  # normal, but a nodule in its left lobe (read 是)
    ("肝脏是否正常？", "肝脏未见异常，左叶见一结节", None),
    ("肝脏是否正常？", "肝脏未见异常", "是"),
])
def test_zh_normal_review10(question: str, text: str, expected: str | None) -> None:
    assert _closed(question, text) == expected


@pytest.mark.parametrize("question, text, expected", [
    # c2cfdf1 reads an English question's Chinese answer by concept: one side's or a narrower kind's denial read 否
    ("Is there a pneumothorax?", "左侧未见气胸。", None),
    ("Is there a pneumothorax?", "未见张力性气胸。", None),
    ("有气胸吗？", "未见张力性气胸。", None),
    ("Is there a pneumothorax?", "未见气胸。", "否"),
])
def test_zh_concept_review10(question: str, text: str, expected: str | None) -> None:
    assert _closed(question, text, "yes") == expected
