"""``mirage``: step F1 and claim F1 of the reasoning against the reference, in the MIRAGE style.

Claim-centric evaluation splits both texts into units and checks each side
against the other: precision asks how much of what the model says the
reference supports, recall how much of the reference the model covers.
Two granularities:

* steps: each model step is matched against the reference steps (precision)
  and each reference step checked for coverage by the model (recall);
* claims: the judge breaks the model's reasoning and the reference (report
  and reference steps) into atomic claims and checks each against the other
  side.

F1 is per sample (0 when precision and recall are both 0); a zero
denominator (no reference steps, no claims) leaves that metric undefined.
The prompt is ours.
"""

from __future__ import annotations

from medstep.judges.base import JudgeItem
from medstep.judges.protocol import (
    Ask, Protocol, ReplyError, Run, as_flag, graded, numbered, one_per_item, ratio, step_grades,
)
from medstep.judges.texts import question_block
from medstep.verify import Verdict


def f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


class Mirage(Protocol):
    name = "mirage"
    version = "1"
    metrics = ("step_precision", "step_recall", "step_f1", "claim_precision", "claim_recall", "claim_f1")
    system = (
        "You compare a model's reasoning about a medical image with a reference. Reply with one JSON object "
        'only: {"steps": [{"step": 1, "supported": true}], "reference_steps": [{"step": 1, "covered": true}], '
        '"model_claims": [{"claim": "...", "supported": true}], "reference_claims": [{"claim": "...", '
        '"covered": true}]}.\n'
        "- steps: for every numbered model step, whether some reference step or the report supports it;\n"
        "- reference_steps: for every numbered reference step, whether the model's reasoning covers it;\n"
        "- model_claims: the model's reasoning broken into atomic factual claims, each marked supported when "
        "the reference entails it;\n"
        "- reference_claims: the reference broken into atomic factual claims, each marked covered when the "
        "model's reasoning states it."
    )

    def skip_reason(self, item: JudgeItem) -> str | None:
        s = item.sample
        if not (s.report and s.report.strip()) and not any(r.strip() for r in s.reference_steps):
            return "no reference to compare with (the sample has neither a report nor reference steps)"
        return None

    def run(self, item: JudgeItem) -> Run:
        s = item.sample
        ref_steps = [r for r in s.reference_steps if r.strip()]
        report = f"Reference report:\n{s.report.strip()}\n\n" if s.report and s.report.strip() else ""
        (reply,) = yield [Ask(f"{question_block(s)}\n\n{report}Reference steps:\n{numbered(ref_steps)}\n\n"
                              f"Model steps:\n{numbered(item.steps)}")]
        steps = [as_flag(r.get("supported"), "supported")
                 for r in one_per_item(reply.items("steps"), "step", len(item.steps))]
        covered = [as_flag(r.get("covered"), "covered")
                   for r in one_per_item(reply.items("reference_steps"), "step", len(ref_steps))]
        claims = [_claim(r, "supported") for r in reply.items("model_claims")]
        ref_claims = [_claim(r, "covered") for r in reply.items("reference_claims")]
        sp, sr = ratio(sum(steps), len(steps)), ratio(sum(covered), len(covered))
        cp, cr = ratio(sum(claims), len(claims)), ratio(sum(ref_claims), len(ref_claims))
        verdicts = {i: (Verdict.SUPPORTED if ok else Verdict.UNVERIFIABLE, "") for i, ok in enumerate(steps)}
        return graded({"step_precision": sp, "step_recall": sr, "step_f1": f1(sp, sr),
                       "claim_precision": cp, "claim_recall": cr, "claim_f1": f1(cp, cr)},
                      step_grades(item, verdicts))


def _claim(row: object, key: str) -> bool:
    if not isinstance(row, dict) or not isinstance(row.get("claim"), str):
        raise ReplyError(f"each claim must be an object with a 'claim' text and {key!r}")
    return as_flag(row.get(key), key)
