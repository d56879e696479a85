"""A gold that names its side is not narrowed by another side (``score/open_narrow.py``): "right lung, left lung" is
two answers, not a narrower "left lung", however the answer's punctuation is lost."""

from __future__ import annotations

import pytest

from medstep.score.open_grade import match_step


@pytest.mark.parametrize(("answer", "gold"), [
    ("right lung, left lung", "left lung"), ("right kidney left kidney", "left kidney"),
    ("right lower lobe left lower lobe", "left lower lobe"), ("right eye (left eye)", "left"),
    ("left pleural effusion, right pleural effusion", "right pleural effusion"),
])
def test_another_side_beside_a_sided_gold_is_a_second_answer(answer: str, gold: str) -> None:
    assert match_step(answer, gold, "Which side is affected?") is None


@pytest.mark.parametrize(("answer", "gold"), [
    ("large left pneumothorax", "left pneumothorax"), ("small left-sided pneumothorax", "left pneumothorax"),
    ("bilateral pleural effusions", "pleural effusion"),
])
def test_the_gold_s_own_side_still_narrows(answer: str, gold: str) -> None:
    assert match_step(answer, gold, "What is the finding?") is not None


def test_a_side_of_the_image_is_no_side_of_the_patient() -> None:
    answer = "The mass is in the left lung, seen on the right side of the image."
    assert match_step(answer, "left lung", "Which lung has the mass?") is not None
