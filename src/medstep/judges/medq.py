"""``medq``: MedQ-Bench's four-axis reasoning grade, each axis 0/1/2, and their sum (0-8).

MedQ-Bench grades a model's written assessment against an expert reference
along four axes: completeness (does it cover what the reference covers),
preciseness (is what it says specific and correct, without invented
content), consistency (does its reasoning lead to its own conclusion) and
quality accuracy (is the final assessment the reference's). The prompt below
is ours; the axes and the 0/1/2 scale follow the paper's description.

The reference is the sample's report and reference steps, with the gold
answer; a sample with neither report nor reference steps has nothing to
compare completeness against and is ``not_applicable``. Metrics are the raw
axis scores (0-2) and ``total`` (0-8), macro-averaged over graded samples.
"""

from __future__ import annotations

from medstep.judges.base import JudgeItem
from medstep.judges.protocol import Ask, Protocol, Run, graded
from medstep.judges.texts import answer_block, reference_block

AXES = ("completeness", "preciseness", "consistency", "quality_accuracy")


class MedQ(Protocol):
    name = "medq"
    version = "1"
    metrics = (*AXES, "total")
    maxima = {**{axis: 2.0 for axis in AXES}, "total": 8.0}
    system = (
        "You are a radiologist grading another reader's written reasoning against an expert reference. "
        "Score four axes, each 0, 1 or 2:\n"
        "- completeness: 2 = covers every key point of the reference, 1 = covers some, 0 = covers almost none;\n"
        "- preciseness: 2 = everything it states is specific and agrees with the reference, "
        "1 = minor vague or wrong statements, 0 = major invented or wrong content;\n"
        "- consistency: 2 = its reasoning leads to its own final answer, 1 = partly, 0 = they contradict;\n"
        "- quality_accuracy: 2 = its final assessment matches the reference, 1 = partly, 0 = it does not.\n"
        'Reply with one JSON object only: {"completeness": n, "preciseness": n, "consistency": n, '
        '"quality_accuracy": n, "reason": "one sentence"}'
    )

    def skip_reason(self, item: JudgeItem) -> str | None:
        s = item.sample
        if not (s.report and s.report.strip()) and not any(r.strip() for r in s.reference_steps):
            return "no reference to grade against (the sample has neither a report nor reference steps)"
        return None

    def run(self, item: JudgeItem) -> Run:
        (reply,) = yield [Ask(f"{reference_block(item.sample)}\n\n{answer_block(item)}")]
        scores = {axis: reply.number(axis, 0, 2) for axis in AXES}
        return graded({**scores, "total": sum(scores.values())})
