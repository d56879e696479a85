"""Lane open40b (issue #7): clear open answers graded wrong.

* A Chinese count opened by a place the question itself names ("胆囊内可见两枚结石" to "胆囊内有几枚结石？") is the
  count; a place the question does not name ("肾内" to a question about the liver), a denial, or a hedge between
  numerals ("两个或三个") stays unread. The hedge also holds open a count with no place before it (it read "2").
* A modality named in another language ("Ecografía.", "Kernspintomographie") is that modality's own name to the open
  grader (``concepts.tsv`` other-language rows), never another modality's. The bare "MRT" / "IRM" are left out: the
  rows are read in English text too, where "MRT" is a malignant rhabdoid tumour.
* (review) Another lobe is no locative ("右肺上叶" to "右肺中叶"), the frame "图中" lends the question no 中, "in the
  liver" does not answer "around the liver", and a bound or an estimate after a count ("三个以上", "三个左右",
  "三个多") holds it open.

Texts written for this lane, not copied from the corpus.
"""

from __future__ import annotations

import pytest

from medstep.extract.open_count import counted
from medstep.score.open_grade import grade_open
from medstep.verify import verify
from medstep.verify.verdicts import Verdict
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


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("左肺中叶有几个结节？", "左肺上叶可见一个结节"),  # another lobe: 上 inside a place is no locative
        ("右肺下叶有几个结节？", "右肺中叶内见两个结节"),
        ("图中左肺上叶有几个结节？", "中叶可见两个结节"),  # the frame's 中 names no lobe
        ("图上右肾下极有几枚结石？", "右肾上极可见一枚结石"),
        ("胆囊周围有几个结节？", "胆囊内可见两个结节"),  # beside the organ, not in it
        ("脾脏内有几个囊肿？", "脾旁可见两个囊肿"),
        ("胆囊内有几枚结石？", "胆囊内可见两枚以上结石"),  # a bound
        ("胆囊内有几枚结石？", "胆囊内可见两枚以下结石"),
        ("胆囊内有几枚结石？", "胆囊内可见两枚左右结石"),  # an estimate
        ("胆囊内有几枚结石？", "胆囊内可见两枚多结石"),
        ("脾脏有几个囊肿？", "共四个以上囊肿"),  # with no place before it too
    ],
)
def test_another_lobe_a_place_beside_or_a_bound_is_not_read(question: str, reply: str) -> None:
    assert counted(reply, question) is None


@pytest.mark.parametrize(
    ("question", "reply", "number"),
    [
        ("左肺下叶有几个结节？", "左肺下叶中见两个结节", "2"),  # a locative closing the place
        ("图中脾脏内有几个囊肿？", "图中脾内可见四个囊肿", "4"),
        ("肝脏有几个病灶？", "肝脏可见两个多发病灶", "2"),  # 多发 "multiple" is no estimate
    ],
)
def test_the_asked_lobe_or_framed_place_is_read(question: str, reply: str, number: str) -> None:
    assert counted(reply, question) == number


def test_a_place_before_a_count_reads_linearly() -> None:
    reads_linearly(lambda t: counted(t, "胆囊内有几枚结石？"), rep("胆囊内", 7000, tail="可见两枚结石"))


@pytest.mark.parametrize(
    ("answer", "gold", "question"),
    [
        ("Ecografía.", "ultrasound", "¿Qué modalidad de imagen se utilizó?"),
        ("Kernspintomographie", "MRI", "Welche Bildgebung wurde verwendet?"),
        ("tomografia computadorizada", "CT", "Qual é a modalidade de imagem?"),
        ("imagerie par résonance magnétique", "MRI", "Quelle est la modalité d'imagerie ?"),
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
        ("malignant rhabdoid tumour (MRT)", "MRI", "What imaging modality was used?"),
    ],
)
def test_another_or_a_rejected_modality_is_no_match(answer: str, gold: str, question: str) -> None:
    assert not grade_open(answer, gold, question).matched


def test_an_english_mrt_is_no_mri_claim() -> None:
    """An English "MRT" is a malignant rhabdoid tumour, no modality: a CT report does not contradict it."""
    chain = "1. This is a CT scan.\n2. The findings are consistent with MRT."
    steps = verify(chain, report="CT: large renal mass.").steps
    assert steps[1].verdict is not Verdict.CONTRADICTED
