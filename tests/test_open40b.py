"""Lane open40b (issue #7): clear open answers graded wrong.

* A Chinese count opened by a place the question itself names ("胆囊内可见两枚结石" to "胆囊内有几枚结石？") is the
  count; a place the question does not name ("肾内" to a question about the liver), a denial, or a hedge between
  numerals ("两个或三个") stays unread. The hedge also holds open a count with no place before it (it read "2").
* A modality named in another language ("Ecografía.", "Kernspintomographie") is that modality's own name to the open
  grader (``concepts.tsv`` other-language rows), never another modality's.

Texts written for this lane, not copied from the corpus.
"""

from __future__ import annotations

import pytest

from medstep.extract.open_count import counted
from medstep.score.open_grade import grade_open
from support.timing import reads_linearly, rep


@pytest.mark.parametrize(
    ("question", "reply", "number"),
    [
        ("胆囊内有几枚结石？", "胆囊内可见两枚结石", "2"),
        ("右肺有几个结节？", "右肺可见两个结节。", "2"),
        ("脾脏内可见几个囊肿？", "脾内见四个囊肿", "4"),
        ("肝脏中有几处病灶？", "肝中共有5处病灶", "5"),
    ],
)
def test_a_count_after_the_asked_place_is_read(question: str, reply: str, number: str) -> None:
    assert counted(reply, question) == number


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("右肺有几个结节？", "左肺可见两个结节"),  # another side: another count
        ("胆囊内有几枚结石？", "肾内可见两枚结石"),  # another organ
        ("胆囊内有几枚结石？", "胆囊内未见两枚结石"),  # a denial
        ("胆囊内有几枚结石？", "胆囊内可见两枚或三枚结石"),  # a hedge between two counts
        ("胆囊内有几枚结石？", "可见两枚或三枚结石"),
        ("胆囊内有几枚结石？", "胆囊内可见两枚可能三枚结石"),
        ("胆囊内有几枚结石？", "胆囊壁增厚，可见两枚结石"),  # a clause before the count: said more than a count
    ],
)
def test_a_count_elsewhere_or_held_open_is_not_read(question: str, reply: str) -> None:
    assert counted(reply, question) is None


def test_a_place_before_a_count_reads_linearly() -> None:
    reads_linearly(lambda t: counted(t, "胆囊内有几枚结石？"), rep("胆囊内", 7000, tail="可见两枚结石"))


@pytest.mark.parametrize(
    ("answer", "gold", "question"),
    [
        ("Ecografía.", "ultrasound", "¿Qué modalidad de imagen se utilizó?"),
        ("Kernspintomographie", "MRI", "Welche Bildgebung wurde verwendet?"),
        ("tomografia computadorizada", "CT", "Qual é a modalidade de imagem?"),
        ("IRM", "MRI", "Quelle est la modalité d'imagerie ?"),
    ],
)
def test_a_modality_named_in_another_language_is_its_name(answer: str, gold: str, question: str) -> None:
    assert grade_open(answer, gold, question).matched


@pytest.mark.parametrize(
    ("answer", "gold", "question"),
    [
        ("Ecografía.", "CT", "¿Qué modalidad de imagen se utilizó?"),  # another modality
        ("MRT", "CT", "Welche Bildgebung wurde verwendet?"),
        ("Computertomographie", "ultrasound", "Welche Bildgebung wurde verwendet?"),
        ("no es una ecografía, es una resonancia magnética", "ultrasound", "¿Qué modalidad de imagen se utilizó?"),
        ("ecografía o resonancia magnética", "ultrasound", "¿Qué modalidad de imagen se utilizó?"),
    ],
)
def test_another_or_a_rejected_modality_is_no_match(answer: str, gold: str, question: str) -> None:
    assert not grade_open(answer, gold, question).matched
