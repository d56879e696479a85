"""An organ named with its side in another language ("riñón izquierdo", "rein droit", "polmone sinistro", "rechte
Lunge", "Lunge rechts") is graded as the English side and organ (answers/foreign_sides.py, score/open_grade.py)."""

from __future__ import annotations

import pytest

from medstep.answers.foreign_sides import english_side, precedes_noun
from medstep.score.open_grade import grade_open


@pytest.mark.parametrize("answer, gold, question", [
    ("riñón izquierdo", "left kidney", "¿Qué riñón está afectado?"),
    ("rein droit", "right kidney", "Which kidney is affected?"),
    ("polmone sinistro", "left lung", "Quale polmone è colpito?"),
    ("pulmão direito", "right lung", "Qual pulmão?"),
    ("rechte Lunge", "right lung", "Welche Lunge ist betroffen?"),
    ("Lunge links", "left lung", "Welche Lunge ist betroffen?"),
    ("riñón izquierdo", "left", "Which kidney is abnormal?"),  # the organ is the question's own
])
def test_an_organ_and_its_side_in_another_language_match_the_english(answer: str, gold: str, question: str) -> None:
    assert grade_open(answer, gold, question).matched


@pytest.mark.parametrize("answer, gold, question", [
    ("riñón derecho", "left kidney", "Which kidney?"),  # the other side
    ("linke Lunge", "right lung", "Welche Lunge?"),
    ("ambos riñones", "left kidney", "Which kidney?"),  # both, not one
    ("hígado derecho", "right kidney", "Which organ?"),  # another organ
    ("riñón izquierdo", "left", "Which side is the lesion on?"),  # the organ is no word of the question
    ("pulmón derecho e izquierdo", "right lung", "Which lung?"),  # two sides
])
def test_another_side_organ_or_both_sides_is_no_match(answer: str, gold: str, question: str) -> None:
    assert not grade_open(answer, gold, question).matched


def test_side_words_and_where_they_stand() -> None:
    assert [english_side(w) for w in ("izquierda", "Droite", "sinistri", "rechten", "beide", "lado")] == \
        ["left", "right", "left", "right", "both", None]
    assert precedes_noun("rechte") and not precedes_noun("rechts") and not precedes_noun("derecho")


@pytest.mark.parametrize("answer, gold, matched", [
    ("ileocolic intussusception", "intussusception", True),  # the bowel segments it joins narrow it
    ("postaxial polydactyly", "polydactyly", True),
    ("ileocolic intussusception", "volvulus", False),  # another finding
    ("ileocolic", "intussusception", False),  # the place alone names no finding
])
def test_an_intussusception_or_polydactyly_narrowed_by_its_place(answer: str, gold: str, matched: bool) -> None:
    assert grade_open(answer, gold, "What is the diagnosis?").matched is matched
