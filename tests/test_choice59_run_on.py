"""A reply that ran on past its end-of-turn token into a turn it invented (session 59, lane choice59, issue #7).

"A<|endoftext|>Human: ...\\nAssistant: The heart is enlarged." answers A: the reply is the text before the first
end-of-turn token when the output opens on it (no turn opener before the token) and a new turn follows the token
(``extract/echo.run_on_end``). An output opening on an echoed prompt, or an end token with no new turn after it,
reads as before."""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.echo import run_on_end
from medstep.types import AnswerType, Sample, Status

_HEART = {"A": "Left atrium", "B": "Right atrium", "C": "Left ventricle", "D": "Right ventricle"}
_Q = "Which cardiac chamber is enlarged?"


def _choice(text: str) -> tuple[str | None, Status]:
    e = extract(text, Sample(id="c", question=_Q, answer="A", answer_type=AnswerType.CHOICE, options=_HEART))
    return e.answer, e.status


def _closed(text: str) -> str | None:
    s = Sample(id="c", question="Is there a pleural effusion?", answer="yes", answer_type=AnswerType.CLOSED)
    return extract(text, s).answer


@pytest.mark.parametrize(("text", "letter"), [
    ("A<|endoftext|>Human: What is the size of the heart?\nAssistant: The heart is enlarged.", "A"),
    ("A<|im_end|>\n<|im_start|>user\nAnd the size?<|im_end|>\n<|im_start|>assistant\nThe right ventricle is enlarged.",
     "A"),
    ("A</s><s>[INST] And the right side? [/INST] The right ventricle is enlarged, D.", "A"),
    ("C<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nWhat else?<|eot_id|><|start_header_id|>assistant"
     "<|end_header_id|>\n\nB", "C"),
    ("The left atrium is enlarged.<|endoftext|>Human: and the ventricles?\nAssistant: The right ventricle is enlarged.",
     "A"),
    ("A<end_of_turn>\n<start_of_turn>user\nsize?<end_of_turn>\n<start_of_turn>model\nThe right ventricle is enlarged.",
     "A"),
    ("D<|end|>\n<|user|>\nIs the aorta normal?<|end|>\n<|assistant|>\nYes, B.", "D"),
    ("Answer: C<|endoftext|>### Human: Which valve?\n### Assistant: A", "C"),
    # an empty turn of its own after the reply
    ("The left atrium is enlarged. The answer is A.<|eot_id|><|start_header_id|>assistant<|end_header_id|>", "A"),
    ("B<|im_end|>\n<|im_start|>assistant\n", "B"),
])
def test_reply_before_the_invented_turn(text: str, letter: str) -> None:
    assert _choice(text) == (letter, Status.SCORED)


def test_closed_reply_before_the_invented_turn() -> None:
    assert _closed("No.<|im_end|>\n<|im_start|>user\nIs there a pneumothorax?<|im_end|>\n<|im_start|>assistant\nYes.") \
        == "no"
    assert _closed("Yes, a small right effusion.<|endoftext|>Human: Is there a pneumothorax?\nAssistant: No.") == "yes"


@pytest.mark.parametrize("text", [
    "<|im_start|>system\nYou are helpful.<|im_end|>\n<|im_start|>user\nWhich chamber?<|im_end|>\n<|im_start|>assistant\nB",
    "<|im_start|>user\nWhich chamber?\nA. Left atrium<|im_end|>\n<|im_start|>assistant\nD<|im_end|>",
    "I think it is C<|endoftext|><|endoftext|>",
    "<|endoftext|>Human: which chamber?\nAssistant: B",
    "The answer is C.<|im_end|>",
    # a decoded conversation opening on the assistant header: its last assistant turn is the reply (session 58)
    "<|im_start|>assistant\nA<|im_end|>\n<|im_start|>user\nAre you sure?<|im_end|>\n<|im_start|>assistant\nB",
    "No special tokens at all. The answer is B.",
    # the model's own further assistant turn may revise its reply: no invented turn of the other party
    "C<|im_end|>\n<|im_start|>assistant\nActually, on reflection, B.",
    "C</s>\nAssistant: On second thought, B.",
    # strikethrough markup, no end of turn
    "The answer is <s>A</s> B.",
])
def test_no_run_on(text: str) -> None:
    assert run_on_end(text) is None
