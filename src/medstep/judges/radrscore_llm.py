"""``radrscore-llm``: ChestX-Reasoner's RadRScore with an LLM judge, same output keys as the verifier.

Two rounds per sample:

1. the judge lists the key findings of the reference (report and reference
   steps) and, step by step, the findings the model's reasoning states;
2. given both lists and the reference, it says which reference findings the
   model recalls and, for each model finding, whether the reference supports
   it, contradicts it, or does not mention it (and whether the finding is
   stated as present or absent).

Then, as in the verifier (:mod:`medstep.judges.verifier`):

* completeness  = recalled reference findings / reference findings;
* factuality    = consistent model findings / model findings, where silence is
  not contradiction: an unmentioned finding stated as absent is consistent,
  one stated as present is not (the report would have said so);
* effectiveness = steps with a supported finding and none contradicted /
  steps that state a finding;
* radrscore     = :func:`medstep.judges.verifier.composite` of the three, the
  verifier's own definition (an undefined factuality or effectiveness adds 0,
  an undefined completeness is left out; ``None`` denominators are undefined
  components, never 0 or 1).

Step verdicts: contradicted if any finding is, else supported if any is,
else unverifiable; a step without findings is neutral. The prompts are ours.
"""

from __future__ import annotations

from medstep.judges.base import JudgeItem
from medstep.judges.protocol import (
    Ask, Protocol, Reply, ReplyError, Run, as_choice, as_flag, graded, numbered, one_per_item, ratio, step_grades,
)
from medstep.judges.texts import question_block
from medstep.judges.verifier import composite
from medstep.verify import Verdict

STATUS = {"supported": Verdict.SUPPORTED, "contradicted": Verdict.CONTRADICTED,
          "not mentioned": Verdict.UNVERIFIABLE}
POLARITY = {"present": True, "absent": False}


class RadRScoreLLM(Protocol):
    name = "radrscore-llm"
    version = "1"
    metrics = ("completeness", "factuality", "effectiveness", "radrscore")
    system = (
        "You are a radiologist checking another reader's reasoning about a medical image against a reference. "
        "A finding is one clinical statement about one structure or abnormality (for example 'small right "
        "pleural effusion' or 'no pneumothorax'). Reply with one JSON object only, in the format asked."
    )

    def skip_reason(self, item: JudgeItem) -> str | None:
        s = item.sample
        if not (s.report and s.report.strip()) and not any(r.strip() for r in s.reference_steps):
            return "no reference to check against (the sample has neither a report nor reference steps)"
        return None

    def run(self, item: JudgeItem) -> Run:
        ref_text = _reference(item)
        ref_reply, pred_reply = yield [
            Ask(f"List the key findings stated in this reference, one short phrase each.\n\n{ref_text}\n\n"
                'Format: {"findings": ["...", "..."]}'),
            Ask(f"{question_block(item.sample)}\n\nModel's reasoning steps:\n{numbered(item.steps)}\n\n"
                "For every numbered step list the findings it states (an empty list for a step without one).\n"
                'Format: {"steps": [{"step": 1, "findings": ["..."]}]}'),
        ]
        reference = _strings(ref_reply.items("findings"), "findings")
        predicted = _step_findings(pred_reply, len(item.steps))  # [(step index, finding)]
        if not reference and not predicted:
            return graded({"completeness": None, "factuality": None, "effectiveness": None, "radrscore": None},
                          step_grades(item, {}))
        (judged,) = yield [Ask(
            f"{ref_text}\n\nReference findings:\n{numbered(reference, 'R')}\n\n"
            f"Model findings:\n{numbered([f for _, f in predicted], 'M')}\n\n"
            "For every reference finding R say whether the model's findings recall it. For every model "
            "finding M say whether the reference supports it, contradicts it or does not mention it, and "
            "whether the model states it as present or absent.\n"
            'Format: {"reference": [{"r": 1, "recalled": true}], "model": [{"m": 1, "status": '
            '"supported|contradicted|not mentioned", "stated": "present|absent"}]}'
        )]
        recalled = one_per_item(judged.items("reference"), "r", len(reference))
        judged_model = one_per_item(judged.items("model"), "m", len(predicted))
        consistent = 0
        step_status: dict[int, list[Verdict]] = {}
        contradicted: list[str] = []
        for k, (step, finding) in enumerate(predicted):
            row = judged_model[k]
            status = as_choice(row.get("status"), "status", STATUS)
            present = as_choice(row.get("stated"), "stated", POLARITY)
            consistent += status is Verdict.SUPPORTED or (status is Verdict.UNVERIFIABLE and not present)
            step_status.setdefault(step, []).append(status)
            if status is Verdict.CONTRADICTED:
                contradicted.append(finding.lower())
        verdicts = {i: (_step_verdict(v), "") for i, v in step_status.items()}
        effective = sum(v[0] is Verdict.SUPPORTED for v in verdicts.values())
        values = {
            "completeness": ratio(sum(as_flag(r.get("recalled"), "recalled") for r in recalled), len(reference)),
            "factuality": ratio(consistent, len(predicted)),
            "effectiveness": ratio(effective, len(step_status)),
        }
        values["radrscore"] = composite(values["completeness"], values["factuality"], values["effectiveness"])
        return graded(values, step_grades(item, verdicts), {"contradicted": contradicted})


def _reference(item: JudgeItem) -> str:
    s = item.sample
    parts = [question_block(s)]
    if s.report and s.report.strip():
        parts.append(f"Reference report:\n{s.report.strip()}")
    steps = [r for r in s.reference_steps if r.strip()]
    if steps:
        parts.append("Reference reasoning steps:\n" + numbered(steps))
    return "\n\n".join(parts)


def _strings(values: list, key: str) -> list[str]:
    if not all(isinstance(v, str) for v in values):
        raise ReplyError(f"{key!r} must be a list of strings")
    return [v.strip() for v in values if v.strip()]


def _step_findings(reply: Reply, n: int) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for i, row in enumerate(one_per_item(reply.items("steps"), "step", n)):
        out.extend((i, f) for f in _strings(row.get("findings") or [], "findings"))
    return out


def _step_verdict(statuses: list[Verdict]) -> Verdict:
    if Verdict.CONTRADICTED in statuses:
        return Verdict.CONTRADICTED
    if Verdict.SUPPORTED in statuses:
        return Verdict.SUPPORTED
    return Verdict.UNVERIFIABLE
