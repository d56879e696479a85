"""The vocabulary of the answer classes in other languages (issue #7, ``extract/foreign_words.py``): an answer
rendered in English, graded and read as an option; a denial, a list, a hedge or a different organ, side or count never
taken for the gold."""

from __future__ import annotations

import time

import pytest

from medstep.answers.concept_names import chinese_names, other_language_names
from medstep.answers.concepts import packaged_text
from medstep.answers.foreign_sides import SIDE_OF
from medstep.answers.technique import technique_phrases
from medstep.extract.foreign_choice import read_foreign_choice
from medstep.extract.foreign_words import TABLE, english, technique
from medstep.extract.langwords import fold
from medstep.score.open_grade import grade_open


def test_one_home_for_each_word() -> None:
    """No word of ``foreign_words.tsv`` repeats an other-language or Chinese name of ``concepts.tsv``, a phrase of
    ``technique.tsv`` (its Chinese projections are read from there) or a side word."""
    elsewhere = {fold(w) for w in (*other_language_names(), *chinese_names(), *technique_phrases(), *SIDE_OF)}
    for line in packaged_text(TABLE).splitlines():
        if line.strip() and not line.startswith("#"):
            for form in line.split("\t")[2].split("|"):
                assert fold(form) not in elsewhere, form


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ultraschall", "ultrasound"),
        ("La tomodensitométrie", "ct"),
        ("Coupe sagittale", "sagittal plane"),
        ("Il rene sinistro", "left kidney"),
        ("十一个", "11"),
        ("Dünndarm", "small bowel"),
        ("乳腺钼靶", "mammography"),
        ("腹部", "abdomen"),
        ("十二指肠", "duodenum"),
        ("肝脏和胆囊", "liver and gallbladder"),
        ("Vier", "4"),
        ("Deux kystes", "2 cyst"),
        ("X线片", "x-ray"),
        ("B超", "ultrasound"),
    ],
)
def test_rendered(text: str, want: str) -> None:
    assert english(text) in (want, want + "s", want.rstrip("s"))


@pytest.mark.parametrize(
    "text",
    [
        "Sin lesiones",
        "Aucune lésion",
        "Keine Läsion",
        "Nessuna lesione",
        "Nenhuma lesão",
        "未见病变",
        "无结节",
        "Niere links und rechts",
        "Vielleicht die Leber",
        "Es probable que sea el bazo",
        "un nodule",
        "CT",
        "liver",
        "右侧和左侧",
        "一般",
        "Pas de lésion",
        "Right eye (OS)",
        "Milz?",
        "肝脏？",
        "Derecha/izquierda",
    ],
)
def test_left_unrendered(text: str) -> None:
    assert english(text) is None


@pytest.mark.parametrize(
    ("answer", "gold", "question", "matched"),
    [
        ("Tomodensitométrie", "CT", "What imaging modality is used?", True),
        ("Ecografia", "MRI", "What imaging modality is used?", False),
        ("Corte coronal", "coronal", "Which plane is this?", True),
        ("Corte coronal", "axial", "Which plane is this?", False),
        ("Polmone destro", "right lung", "Where is the mass?", True),
        ("Polmone destro", "left lung", "Where is the mass?", False),
        ("六个", "6", "How many vertebrae are visible?", True),
        ("六个", "7", "How many vertebrae are visible?", False),
        ("Speiseröhre und Luftröhre", "trachea", "Which organ is abnormal?", False),
        ("Ningún órgano", "liver", "Which organ is abnormal?", False),
    ],
)
def test_graded(answer: str, gold: str, question: str, matched: bool) -> None:
    assert grade_open(answer, gold, question).matched is matched


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("正位", "frontal"),
        ("后前位", "pa"),
        ("前后位", "ap"),
        ("侧位", "lateral"),
        ("Incidencia lateral", "lateral view"),
    ],
)
def test_views_read_from_their_home(text: str, want: str) -> None:
    assert english(text) == want


@pytest.mark.parametrize(
    ("answer", "gold", "question"),
    [
        ("Tórax y abdomen", "abdomen", "Which part of the body is shown?"),  # two regions, no one answer
        ("Rippen und Thorax", "chest", "Which part of the body is shown?"),
        ("Cuello del útero", "uterus", "Which organ is abnormal?"),  # the cervix, no neck of the uterus
        ("Collo del femore", "femur", "Where is the fracture?"),
        ("Plan", "plane", "In which plane is this image taken?"),  # a kind noun alone names no answer
        ("Vista", "view", "Which view is this?"),
        ("一侧", "1", "How many lesions are seen?"),  # one side is no count of lesions
        ("Zwei Seiten", "2", "How many lesions are seen?"),
    ],
)
def test_a_region_or_kind_word_beside_nothing_it_qualifies(answer: str, gold: str, question: str) -> None:
    assert english(answer) is None
    assert not grade_open(answer, gold, question).matched


@pytest.mark.parametrize(
    ("text", "want"),
    [("TAC de tórax", "chest ct"), ("Ecografía abdominal", "abdomen ultrasound"), ("Lado izquierdo", "left side")],
)
def test_a_region_or_kind_word_still_qualifies_a_technique_or_side(text: str, want: str) -> None:
    assert english(text) == want


def test_choice() -> None:
    options = {"A": "Colon", "B": "Small bowel", "C": "Stomach"}
    assert read_foreign_choice("Respuesta: intestino delgado", options) == "B"
    assert read_foreign_choice("小肠", options) == "B"
    assert read_foreign_choice("No es el intestino delgado", options) is None
    assert read_foreign_choice("小肠和结肠", options) is None
    assert read_foreign_choice("答案是：小肠", options) == "B"  # the Chinese lead of langwords.ZH_ANSWER_LEFT
    assert read_foreign_choice("最可能的诊断为结肠", options) == "A"
    assert read_foreign_choice("答案：不是小肠", options) is None


def test_a_count_word_alone_is_read_not_cut() -> None:
    from medstep.extract import extract
    from medstep.types import AnswerType, Sample

    sample = Sample(
        id="c",
        question="How many cysts are seen?",
        answer="2",
        answer_type=AnswerType.OPEN,
        options={},
        categories={},
        benchmark="t",
    )
    assert extract("Dos", sample).answer == "dos"
    assert extract("Uma", sample).answer is None  # the Portuguese article, no count here
    assert grade_open("dos", "2", sample.question).matched


@pytest.mark.parametrize(
    ("reply", "want"),
    [
        ("超声", "no"),
        ("Tomodensitométrie thoracique", "yes"),
        ("TC o RM", None),
        ("非CT", None),
        ("Coupe sagittale", "no"),
    ],
)
def test_a_closed_question_on_the_technique(reply: str, want: str | None) -> None:
    from medstep.extract import extract
    from medstep.types import AnswerType, Sample

    question = "Is this a CT scan?" if "sagittale" not in reply else "Is this a coronal image?"
    sample = Sample(
        id="t", question=question, answer="yes", answer_type=AnswerType.CLOSED, options={}, categories={}, benchmark="t"
    )
    assert extract(reply, sample).answer == want


def test_hostile_input_is_quick() -> None:
    start = time.perf_counter()
    for text in ("肝" * 20_000, "la " * 7_000, "é" * 20_000, "答案：" + "十二" * 10_000):
        english(text)
        technique(text)
        read_foreign_choice(text, {"A": "Liver", "B": "Spleen"})
    assert time.perf_counter() - start < 2
