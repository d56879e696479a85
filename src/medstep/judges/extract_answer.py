"""``extract-answer``: read the chosen option from an output the extraction rules left unparsed.

Off by default, and only for outputs the rules could not read: the judge is
shown the raw output and the options and says which option (or yes/no) the
model chose, or that it chose none. A recovered answer is graded like any
other but recorded with extraction rule ``judge``, so ``outcome.rules``
counts it separately and a reader can tell rule-read from judge-read
answers. A reply naming something that is not an option is a parse failure,
never a guess. The prompt is ours.
"""

from __future__ import annotations

from medstep.answers import NO, YES
from medstep.judges.base import JudgeItem
from medstep.judges.protocol import Ask, Protocol, ReplyError, Run, graded
from medstep.judges.texts import question_block
from medstep.types import AnswerType

YES_NO = (YES, NO)


class ExtractAnswer(Protocol):
    name = "extract-answer"
    version = "1"
    metrics = ("recovered",)
    reads_answers = True
    system = (
        "You read which answer a model gave to a question. Do not judge whether it is correct. If the output "
        "commits to exactly one of the allowed answers, give it; if it gives none, several, or hedges between "
        'them, give null.\nReply with one JSON object only: {"answer": "<one allowed answer>" or null}'
    )

    def skip_reason(self, item: JudgeItem) -> str | None:
        if item.sample.answer_type is AnswerType.OPEN:
            return "open question: there is no fixed set of answers to choose from"
        return None

    def run(self, item: JudgeItem) -> Run:
        s = item.sample
        allowed = list(s.options) if s.answer_type is AnswerType.CHOICE else list(YES_NO)
        (reply,) = yield [Ask(f"{question_block(s)}\n\nAllowed answers: {', '.join(allowed)}\n\n"
                              f"Model output:\n{item.output}")]
        value = reply.get("answer")
        if value is None or (isinstance(value, str) and value.strip().lower() in ("", "null", "none")):
            return graded({"recovered": 0.0})
        if not isinstance(value, str):
            raise ReplyError(f"'answer' must be a string or null, got {value!r}")
        chosen = next((a for a in allowed if a.lower() == value.strip().rstrip(".").lower()), None)
        if chosen is None:
            raise ReplyError(f"'answer' must be one of {', '.join(allowed)}, got {value!r}")
        return graded({"recovered": 1.0}, labels={"answer": [chosen]})
