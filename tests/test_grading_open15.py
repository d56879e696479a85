"""Exact match of open answers in one spelling and without a noun naming the kind of value
(``score/open_grade.py``), and the near misses that must stay wrong."""

from __future__ import annotations

import pytest

from medstep.score.open_grade import grade_open


@pytest.mark.parametrize(("answer", "gold"), [
    ("right side", "right"),
    ("left-sided", "left"),
    ("lateral view", "lateral"),
    ("coronal plane", "coronal"),
    ("breech presentation", "breech"),
    ("oesophageal varices", "esophageal varices"),
    ("subdural haematoma", "subdural hematoma"),
    ("intussusception", "intussusception"),
    ("magnetic resonance imaging (MRI)", "MRI"),
    ("left anterior descending artery (LAD)", "left anterior descending artery"),
])
def test_the_same_answer_in_another_spelling_or_with_its_kind_named_is_exact(answer: str, gold: str) -> None:
    assert grade_open(answer, gold).matched


@pytest.mark.parametrize(("answer", "gold"), [
    ("left side", "right"),
    ("lateral view", "ap"),
    ("axial plane", "coronal"),
    ("side", "right"),
    ("not pneumonia", "pneumonia"),
    ("epidural haematoma", "subdural hematoma"),
    ("right lung", "right"),
    ("magnetic resonance imaging (MRI)", "CT"),
    ("right coronary artery (RCA)", "LAD"),
    ("left anterior descending artery (LAD)", "left anterior descending"),
])
def test_a_near_miss_stays_wrong(answer: str, gold: str) -> None:
    assert not grade_open(answer, gold).matched
