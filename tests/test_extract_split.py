"""split_reasoning, the strict think/answer format check, and extraction invariants."""

from __future__ import annotations

import pytest

from medstep.extract import extract, has_think_answer_format, split_reasoning
from medstep.types import AnswerType, MedstepError, Sample
from support.extract_cases import CXR_CHOICE


def test_split_think_and_answer_tag() -> None:
    reasoning, answer = split_reasoning("<think>Heart is wide.</think>\n<answer> C </answer>")
    assert (reasoning, answer) == ("Heart is wide.", "C")


def test_split_merges_server_reasoning_first() -> None:
    reasoning, answer = split_reasoning("<think>Second look.</think>Answer: yes", server_reasoning="First look.")
    assert reasoning == "First look.\n\nSecond look."
    assert answer == "yes"


def test_split_text_before_marker_is_reasoning() -> None:
    reasoning, answer = split_reasoning("The angles are sharp.\nThe final answer is D.\nThanks!")
    assert reasoning == "The angles are sharp."
    assert answer == "D."


def test_split_truncated_think_has_no_answer() -> None:
    reasoning, answer = split_reasoning("<think>The answer is C because")
    assert answer == ""
    assert reasoning == "The answer is C because"


def test_split_without_marker_returns_whole_text() -> None:
    text = "Cardiomegaly with clear lungs."
    assert split_reasoning(text) == (text, text)


def test_split_nested_boxed() -> None:
    assert split_reasoning(r"so \boxed{\frac{1}{2}} cm")[1] == r"\frac{1}{2}"


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("<think>Heart enlarged.</think><answer>C</answer>", True),
        ("  <think>\nHeart enlarged.\n</think>\n<answer>C</answer>\n", True),
        ("<think></think><answer>C</answer>", False),
        ("<think>x</think><answer> </answer>", False),
        ("<answer>C</answer><think>x</think>", False),
        ("<think>x</think>text<answer>C</answer>", False),
        ("<think>x</think><answer>C</answer> trailing", False),
        ("<think>x<think>y</think><answer>C</answer>", False),
        ("<think>x</think><answer>C</answer><answer>D</answer>", False),
        ("C", False),
    ],
)
def test_has_think_answer_format(text: str, ok: bool) -> None:
    assert has_think_answer_format(text) is ok


def test_reasoning_kept_for_unparsed() -> None:
    got = extract("<think>It could be B or C.</think><answer>B or C</answer>", CXR_CHOICE)
    assert got.answer is None and got.reasoning == "It could be B or C."


def test_choice_without_options_is_a_clear_error() -> None:
    bad = Sample(id="q17", question="?", answer="A", answer_type=AnswerType.CHOICE, benchmark="toy")
    with pytest.raises(MedstepError, match="q17"):
        extract("A", bad)


def test_choice_with_non_letter_keys_is_a_clear_error() -> None:
    bad = Sample(id="q18", question="?", answer="1", answer_type=AnswerType.CHOICE, options={"1": "x", "2": "y"})
    with pytest.raises(MedstepError, match="single letters"):
        extract("1", bad)
