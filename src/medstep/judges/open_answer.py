"""``open-answer``: does an open VQA answer mean the same as the gold answer?

Token recall (``outcome.open.recall``) misses paraphrases ("enlarged heart"
for "cardiomegaly") and credits partial overlaps ("left lung" for "right
lung"). This judge asks whether the two answers are clinically equivalent
and reports ``semantic_accuracy`` in its own namespace, beside token recall,
never replacing it. Only open questions are judged (others are not
applicable); an answer the rules could not read gets 0 without a call,
exactly as outcome accuracy counts it wrong. The prompt is ours.
"""

from __future__ import annotations

from medstep.judges.base import JudgeItem
from medstep.judges.protocol import Ask, Protocol, Run, graded
from medstep.judges.texts import question_block
from medstep.types import AnswerType


class OpenAnswer(Protocol):
    name = "open-answer"
    version = "1"
    metrics = ("semantic_accuracy",)
    system = (
        "You decide whether a model's short answer to a medical image question means the same as the "
        "correct answer: synonyms, abbreviations and different wording count as equivalent; a different "
        "side, organ, finding, number or a broader or vaguer answer does not.\n"
        'Reply with one JSON object only: {"equivalent": true or false, "reason": "one sentence"}'
    )

    def skip_reason(self, item: JudgeItem) -> str | None:
        if item.sample.answer_type is not AnswerType.OPEN:
            return f"not an open question ({item.sample.answer_type.value})"
        return None

    def run(self, item: JudgeItem) -> Run:
        if item.answer is None:
            return graded({"semantic_accuracy": 0.0})
        (reply,) = yield [Ask(f"{question_block(item.sample)}\n\nCorrect answer: {item.sample.answer}\n"
                              f"Model's answer: {item.answer}")]
        return graded({"semantic_accuracy": 1.0 if reply.flag("equivalent") else 0.0})
