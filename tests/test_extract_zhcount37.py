"""Lane zhcount37 (issue #7): a Chinese count reply ("两个", "共3个", "三处", "可见两枚结节") to a Chinese question
asking how many ("图中有几个肾脏？", "可见多少个结节？", "有几处病灶？") is read as its number and graded as that number.

Negatives: a numeral that is no count ("第二" second, "一侧" one side, "两侧" both sides, "一般", "一致"), a reply
saying more than its count, and a count in a reply to a question that does not ask how many. Texts written for this
lane, not copied from the corpus.
"""

from __future__ import annotations

import pytest

from medstep.answers.text import zh_number
from medstep.extract import extract
from medstep.extract.open_count import asks_count, counted
from medstep.score.open_counts import count_words
from medstep.score.open_grade import match_step
from medstep.types import AnswerType, Sample
from support.timing import Grown, reads_linearly, rep


def _open(question: str) -> Sample:
    return Sample(id="t", question=question, answer="x", answer_type=AnswerType.OPEN)


COUNTS = [
    ("图像中有几个肾脏？", "两个", "2"),
    ("图中有几个肾脏？", "2个", "2"),
    ("图中有几个肾脏？", "一个。", "1"),
    ("可见多少个结节？", "可见两枚结节", "2"),
    ("有几处病灶？", "三处", "3"),
    ("图中有几个结节？", "共3个", "3"),
    ("图中有几个结节？", "十二个结节", "12"),
    ("图中有几个结节？", "二十个", "20"),
    ("图中有几个肾脏？", "两", "2"),
]


@pytest.mark.parametrize(("question", "reply", "number"), COUNTS)
def test_a_chinese_count_is_read_as_its_number(question: str, reply: str, number: str) -> None:
    assert asks_count(question)
    assert extract(reply, _open(question)).answer == number
    assert count_words(reply, number, question) is True  # the grader reads the reply itself as the count too
    assert match_step(reply, number, question) is not None


@pytest.mark.parametrize(
    ("question", "reply", "gold"),
    [
        ("图中有几个肾脏？", "三个", "2"),
        ("图中有几个肾脏？", "一个", "2"),
    ],
)
def test_another_chinese_count_is_no_match(question: str, reply: str, gold: str) -> None:
    assert count_words(reply, gold, question) is False
    assert match_step(reply, gold, question) is None
    assert match_step(extract(reply, _open(question)).answer or "", gold, question) is None


@pytest.mark.parametrize("reply", ["第二", "一侧", "两侧", "一般", "一致", "两个肾脏均正常", "两个或三个"])
def test_a_numeral_that_is_no_bare_count_is_not_read(reply: str) -> None:
    assert counted(reply, "图中有几个肾脏？") is None


@pytest.mark.parametrize(
    ("question", "reply", "gold"),
    [
        ("病变位于哪一侧？", "两侧", "2"),
        ("这是什么器官？", "两个肾脏", "2"),
        ("该病变位于哪一侧？", "一侧", "1"),
    ],
)
def test_a_count_to_a_question_not_asking_how_many_changes_nothing(question: str, reply: str, gold: str) -> None:
    assert not asks_count(question)
    assert count_words(reply, gold, question) is None
    assert extract(reply, _open(question)).answer not in ("1", "2")


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("图中有几个肾脏？", True),
        ("可见多少枚结节？", True),
        ("有几处病灶？", True),
        ("有几条肋骨骨折？", True),
        ("病灶大小是多少厘米？", False),
        ("患者多少岁？", False),
        ("第几腰椎？", False),
        ("这是第几个肋骨？", False),
    ],
)
def test_a_chinese_question_asks_a_count_by_its_measure_word(question: str, asks: bool) -> None:
    assert asks_count(question) is asks


@pytest.mark.parametrize(
    ("numeral", "value"), [("一", 1), ("两", 2), ("二", 2), ("十", 10), ("十二", 12), ("二十", 20), ("九十九", 99)]
)
def test_chinese_numerals(numeral: str, value: int) -> None:
    assert zh_number(numeral) == value


@pytest.mark.parametrize(
    "text",
    [
        rep("两", 20000, tail="个"),
        rep("十", 20000, head="共", tail="个"),
        rep("两个", 10000),
        rep("结节", 10000, head="可见两枚"),
    ],
)
def test_chinese_count_reads_linearly(text: Grown[str]) -> None:
    reads_linearly(lambda t: counted(t, "可见多少个结节？"), text)
    reads_linearly(lambda t: count_words(t, "2", "可见多少个结节？"), text)


@pytest.mark.parametrize(
    ("answer", "gold", "question", "matches"),
    [
        ("A pair of kidneys.", "2", "How many kidneys are there?", True),
        ("A pair of kidneys.", "1", "How many kidneys are there?", False),
        ("Three pairs of ribs.", "2", "How many ribs are fractured?", False),
        ("A pair of nodules.", "2", "What is seen in the lung?", False),
        ("Both kidneys.", "2", "How many kidneys are there?", False),  # "both" may say which, not how many
    ],
)
def test_a_pair_is_two_only_to_a_count_question(answer: str, gold: str, question: str, matches: bool) -> None:
    assert (match_step(answer, gold, question) is not None) is matches


def test_chinese_count_question_reads_linearly() -> None:
    reads_linearly(asks_count, rep("第几多少", 5000, tail="？"))
    reads_linearly(lambda q: counted("两个", q), rep("第几多少", 5000, tail="？"))


@pytest.mark.parametrize(
    ("question", "reply", "gold"),
    [
        ("图中有几个肾脏？", "两个", "两个"),
        ("图中有几个肾脏？", "2个", "2个"),
        ("图中有几个肾脏？", "一个", "一个"),
        ("有几处病灶？", "三处", "三处"),
        ("图中有几个肾脏？", "两个", "两"),
        ("图中有几个肾脏？", "2 个", "两个"),
    ],
)
def test_a_gold_written_as_a_chinese_count_is_read_like_the_reply(question: str, reply: str, gold: str) -> None:
    """The extractor gives "两个" as "2": a gold "两个" must then match "2", not only the words it was read from."""
    answer = extract(reply, _open(question)).answer
    assert answer is not None and answer.isdigit()
    assert count_words(answer, gold, question) is True
    assert match_step(answer, gold, question) is not None


@pytest.mark.parametrize(("answer", "gold"), [("3", "两个"), ("1", "三处"), ("两侧", "两个")])
def test_another_count_against_a_chinese_count_gold_is_no_match(answer: str, gold: str) -> None:
    assert count_words(answer, gold, "图中有几个肾脏？") is False


@pytest.mark.parametrize("question", ["这几个器官中哪个最大？", "哪几个器官是异常的？", "那几个结节是良性的吗？"])
def test_these_or_which_several_asks_no_count(question: str) -> None:
    assert not asks_count(question)
    assert extract("两个", _open(question)).answer != "2"


@pytest.mark.parametrize(
    ("question", "reply", "number"),
    [
        ("图中有几个不正常的器官？", "两个正常", None),  # the question's characters, its denial dropped
        ("有几个肾脏没有结石？", "两个有结石", None),  # "有结石" stands inside "没有结石"
        ("图中有几个肾脏？", "两个中有", None),  # characters of the question in another order
        ("左肺有几个结节？", "两个左肺结节", "2"),  # the words end with the counted noun
        ("图中有几个肾脏？", "两个肾脏", "2"),
    ],
)
def test_words_after_the_measure_word_must_end_with_the_counted_noun(
    question: str, reply: str, number: str | None
) -> None:
    assert counted(reply, question) == number


def test_counted_noun_reads_linearly() -> None:
    reads_linearly(lambda q: counted("两个肾脏", q), rep("肾脏", 10000, head="图中有几个", tail="？"))
    reads_linearly(lambda t: counted(t, "图中有几个肾脏？"), rep("肾", 20000, head="两个", tail="脏"))
    reads_linearly(lambda t: counted(t, "图中有几个肾脏？"), rep(" ", 20000, head="2", tail="个"))
