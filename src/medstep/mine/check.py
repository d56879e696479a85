"""The checks every mined chain must pass before it is kept; deterministic, no model involved.

A chain is kept only when

* its decision, written as a model's answer, is graded correct by the grader
  ``medstep eval`` uses (so a chain never teaches an answer eval would mark
  wrong, and no spelling of the gold is accepted here that eval rejects);
* no step is contradicted by the report or the reference steps, according
  to the embedded clinical verifier (negation and laterality included);
* it reasons about the image: a step that cites "the report" teaches the
  model to refer to a document it will not have at inference time;
* (plan-evidence-refine) every sentence it claims to quote from the report
  is really in the report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from medstep.judges.verifier import has_evidence, score_reasoning
from medstep.lazyre import lazy_compile
from medstep.mine.results import Rejection
from medstep.score.outcome import grade
from medstep.trainset.rows import assistant_text
from medstep.types import Generation, Sample
from medstep.verify import Verdict

# "the report", "report states/says/...", "as reported": a chain talking about its source, not the image.
_CITES_REPORT = lazy_compile(
    r"\b(?:the|this|a|radiology|written|clinical)\s+reports?\b|\breports?\s+(?:states?|says|mentions?|describes?|"
    r"notes?|indicates?|documents?)\b|\bas\s+(?:reported|documented)\b|\bimpression\s+section\b", re.IGNORECASE)
_SPACE = lazy_compile(r"\s+")


@dataclass(frozen=True)
class ChainCheck:
    """The verdict on one chain: ``rejection`` is ``None`` when it is kept."""

    rejection: Rejection | None
    detail: str = ""
    verdicts: tuple[str, ...] = ()
    radrscore: float | None = None


def check_chain(sample: Sample, steps: Sequence[str], decision: str) -> ChainCheck:
    """Check a chain's steps and decision against the sample's gold answer, report and reference steps."""
    steps = [s.strip() for s in steps if s and s.strip()]
    if not steps:
        return ChainCheck(Rejection.EMPTY_CHAIN, "the chain has no step")
    for i, step in enumerate(steps, 1):
        hit = _CITES_REPORT.search(step)
        if hit:
            return ChainCheck(Rejection.CITES_REPORT, f"step {i} mentions {hit.group(0)!r}: {_clip(step)}")
    score = grade(sample, None, Generation(text=assistant_text(steps, decision)))
    if not score.correct:
        return ChainCheck(Rejection.ANSWER_MISMATCH,
                          f"decision {_clip(decision, 60)!r} is graded {score.status.value}, not the gold "
                          f"answer {sample.answer!r}")
    if not has_evidence(sample):
        return ChainCheck(None)
    rs = score_reasoning(sample, "\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1)))
    assert rs is not None and rs.verification is not None
    verdicts = tuple(s.verdict.value for s in rs.verification.steps)
    bad = [s for s in rs.verification.steps if s.verdict is Verdict.CONTRADICTED]
    if bad:
        concepts = sorted({v.finding.concept for s in bad for v in s.verdicts if v.verdict is Verdict.CONTRADICTED})
        return ChainCheck(Rejection.CONTRADICTS_REPORT,
                          f"step {bad[0].index + 1} contradicts the evidence ({', '.join(concepts)}): "
                          f"{_clip(bad[0].text)}", verdicts, rs.radrscore)
    return ChainCheck(None, "", verdicts, rs.radrscore)


def quote_in_report(quote: str, report: str) -> bool:
    """Whether ``quote`` occurs in ``report``, ignoring case, spacing and the final full stop."""
    q = _SPACE.sub(" ", quote).strip().rstrip(".").strip().lower()
    return bool(q) and q in _SPACE.sub(" ", report).lower()


def _clip(text: str, n: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
