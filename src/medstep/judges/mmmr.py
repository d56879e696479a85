"""``mmmr``: MMMR's reasoning-trace grades (RTQ, RTA, RSC on 0-10), an overall score, and error labels.

MMMR's trace evaluation rates how relevant the thinking is to the question
(RTQ), how relevant it is to the answer it reaches (RTA), and how consistent
its steps are with each other (RSC), and annotates reasoning errors from a
fixed taxonomy. Here the judge gives the three ratings (0-10) and any error
labels from :data:`ERRORS`; a label outside the list makes the reply
unusable (a parse failure), so tallies only ever count known errors.

``os`` (overall score) is our combination, the mean of the three ratings
scaled to 0-1: the benchmark's own formula could not be confirmed from a
public source, so this one is stated rather than imitated. The prompt is ours.
"""

from __future__ import annotations

from medstep.judges.base import JudgeItem
from medstep.judges.protocol import Ask, Protocol, ReplyError, Run, graded
from medstep.judges.texts import answer_block, reference_block

ERRORS = ("inconsistency", "overthinking", "redundancy", "hallucination", "perception_error", "knowledge_error",
          "logic_error", "incomplete")
RATINGS = ("rtq", "rta", "rsc")


class MMMR(Protocol):
    name = "mmmr"
    version = "1"
    metrics = (*RATINGS, "os")
    maxima = {k: 10.0 for k in RATINGS}
    system = (
        "You rate the thinking trace of a model that answered a medical image question. Give three ratings "
        "from 0 (worst) to 10 (best):\n"
        "- rtq: how relevant the reasoning is to the question asked;\n"
        "- rta: how well the reasoning leads to and supports the model's own final answer;\n"
        "- rsc: how consistent the steps are with each other (no step contradicts another).\n"
        "Then list the errors present, using only these labels: " + ", ".join(ERRORS) + " (an empty list "
        "when there is none).\n"
        'Reply with one JSON object only: {"rtq": n, "rta": n, "rsc": n, "errors": ["..."]}'
    )

    def run(self, item: JudgeItem) -> Run:
        (reply,) = yield [Ask(f"{reference_block(item.sample)}\n\n{answer_block(item)}")]
        ratings = {k: reply.number(k, 0, 10) for k in RATINGS}
        errors = [str(e).strip().lower().replace(" ", "_") for e in reply.items("errors")]
        unknown = [e for e in errors if e not in ERRORS]
        if unknown:
            raise ReplyError(f"unknown error label {unknown[0]!r}; allowed: {', '.join(ERRORS)}")
        return graded({**ratings, "os": sum(ratings.values()) / 30}, labels={"errors": sorted(set(errors))})
