"""The ``verifier`` judge: RadRScore computed by the embedded clinical verifier, no model needed.

ChestX-Reasoner's RadRScore averages three views of a reasoning chain; here
each is counted by :mod:`medstep.verify` (see ``verify/verifier.py`` for what a
claim unit, a step and a reference unit are):

* completeness  = reference units recalled by the prediction / reference units
  (reference = the sample's reference steps, or its report when it has none);
* factuality    = prediction claim units consistent with the evidence
  (report plus reference steps; silence rule: an unmentioned finding called
  absent is consistent, one called present is not) / prediction claim units;
* effectiveness = prediction steps that the report or a reference step
  supports without a contradiction / prediction steps that make a counted
  claim (observations and conclusions; see ``verify/roles.py``);
* radrscore     = mean of the three (``composite``: an undefined factuality or
  effectiveness adds 0, an undefined completeness is left out);
* clinical      = the clinical error score of the chain's claims against the
  report (or reference steps): false, missed and attribute errors weighted by
  clinical significance (``verify/clinical.py``); 1 is error-free, 0 for a chain
  that commits to nothing (a refusal, only hedges, every option listed, the
  chosen option echoed, only absences beside an abnormal answer), so gaming
  ranks below a real attempt; None only without evidence to compare with.

Options and the decision: for a multiple-choice sample the verifier gets the
options and the letter the answer extraction read, so the chosen option's
findings are claims of the chain, and a chain that lists every option without
committing earns no factuality or effectiveness credit. On benchmarks whose
options are findings with one true (RadRBench: "which finding is present?"),
the gold option is evidence and the distractors' findings are known absent,
unless the stem asks for the exception ("which is NOT seen?").

Zero denominators are never scored as 0 or 1: that component is ``None`` for
the sample (a chain with no clinical claim has no factuality), and the
summary counts the samples where each is undefined. The composite is not
inflated by averaging only the defined parts: factuality and effectiveness
are undefined exactly when the chain commits to no finding (a refusal, the
options read back, only hedges), so they add 0 to ``radrscore`` -- otherwise
the chosen letter or a repeated option would make an empty chain score 0.5
or 1.0. Completeness is undefined only when the reference has nothing to
recall, which is no fault of the chain, so it is left out of the mean. A sample with
neither report nor reference steps has nothing to verify against: its grade
is ``not_applicable``, not a score.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from medstep.answers.hedges import words
from medstep.answers.kinds import EXCEPTION_STEM
from medstep.judges.base import Judge, JudgeContext, JudgeItem
from medstep.lazyre import lazy_compile
from medstep.results import (
    Check,
    Evidence,
    GradeStatus,
    JudgeInfo,
    JudgeKind,
    ReasoningGrade,
    StepGrade,
)
from medstep.results.grades import new_check, new_step_grade
from medstep.types import AnswerType, MedstepError, Sample
from medstep.verify import (
    CONTRADICTION_FACTOR,  # noqa: F401 (re-exported: the factor RadRScore applies)
    ErrorKind,
    Finding,
    Polarity,
    StepVerdict,
    Verdict,
    Verification,
    default_verifier,
    error_factor,
)

COMPONENTS = ("completeness", "factuality", "effectiveness")
METRICS = (*COMPONENTS, "radrscore", "clinical")
# why each version changed: judges/verifier_history.md (a new version re-grades cached verdicts)
VERSION = "399"
# Benchmarks whose answer options name findings of the image, exactly one of them true.
OPTIONS_ARE_FINDINGS = frozenset({"radrbench"})
_EXCEPTION_STEM = lazy_compile(words(EXCEPTION_STEM), re.IGNORECASE)
_MAX_EVIDENCE = 3
_POLARITY = {p: p.value for p in Polarity}  # (an enum's .value is a slow descriptor; this runs per claim)


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None




def composite(completeness: float | None, factuality: float | None, effectiveness: float | None,
              contradicted: bool = False, errors: tuple[int, int] = (0, 0)) -> float | None:
    """RadRScore from its components (the one definition, shared by every RadRScore judge).

    Factuality and effectiveness measure what the chain states; when it states nothing they are
    undefined and earn nothing (0 in the mean), never the credit of being averaged away.
    Completeness is undefined only when the reference holds nothing to recall: it is left out.
    None only when all three are undefined. ``errors`` (the embedded verifier only: claims the
    evidence contradicts, a false committed answer, findings claimed that a full report never names;
    ``contradicted`` counts as one) multiplies the mean by ``error_factor``; a model judge's RadRScore is the paper's plain mean.
    """
    if completeness is None and factuality is None and effectiveness is None:
        return None
    chain = (factuality or 0.0) + (effectiveness or 0.0)
    mean = chain / 2 if completeness is None else (completeness + chain) / 3
    return mean * error_factor(max(errors[0], int(contradicted)), errors[1])


@dataclass(frozen=True)
class ReasoningScore:
    """Per-sample RadRScore components (``None`` where the denominator is zero).

    ``counts`` holds the raw (numerator, denominator) pairs and
    ``contradicted`` the concept ids of contradicted claims. Kept apart from
    :class:`~medstep.results.ReasoningGrade` because the RL reward path needs
    only the numbers, thousands of times a second.
    """

    completeness: float | None
    factuality: float | None
    effectiveness: float | None
    radrscore: float | None
    verification: Verification | None = field(default=None, repr=False, compare=False)
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)
    contradicted: tuple[str, ...] = ()

    @classmethod
    def from_verification(cls, v: Verification) -> "ReasoningScore":
        counts = {"completeness": v.completeness_counts(), "factuality": v.factuality_counts(),
                  "effectiveness": v.effectiveness_counts()}
        values = {k: _ratio(*counts[k]) for k in COMPONENTS}
        return cls(radrscore=composite(**values, contradicted=v.has_contradiction, errors=v.errors), verification=v, counts=counts,
                   contradicted=tuple(x.finding.concept for x in v.contradicted()), **values)

    @property
    def clinical(self) -> float | None:
        """The clinical error score (None without evidence); computed when first asked for."""
        c = self.verification.clinical if self.verification is not None else None
        return c.score if c is not None else None

    def to_grade(self) -> ReasoningGrade:
        """The typed grade stored for the run (steps with their checks, evidence and roles)."""
        v = self.verification
        steps = tuple(step_grade(s) for s in v.steps) if v else ()
        labels: dict[str, tuple[str, ...]] = {"contradicted": self.contradicted} if self.contradicted else {}
        c = v.clinical if v is not None else None
        if c is not None:
            for kind, name in ((ErrorKind.FALSE_FINDING, "false_findings"), (ErrorKind.MISSED_FINDING, "missed_findings")):
                found = tuple(e.concept for e in c.errors if e.kind is kind)
                if found:
                    labels[name] = found
        if v is not None and not v.committed:
            labels["uncommitted"] = ("lists every option, chooses none",)
        if v is not None and not v.observes:
            labels["observes_nothing"] = ("no finding stated present or absent",)
        return ReasoningGrade(
            status=GradeStatus.GRADED, metrics={k: getattr(self, k) for k in METRICS}, steps=steps, labels=labels,
        )


_EVIDENCE: dict[tuple[str, str], Evidence] = {}  # one record per (source, sentence): shared, they are frozen
_EVIDENCE_LIMIT = 16384


def _evidence(pair: tuple[str, str]) -> Evidence:
    """The (frozen, so shareable) ``Evidence`` record of a (source, sentence) pair: a report sentence
    backs many claims of many chains, and building records was a visible share of ``to_grade``."""
    e = _EVIDENCE.get(pair)
    if e is None:
        if len(_EVIDENCE) >= _EVIDENCE_LIMIT:
            _EVIDENCE.clear()
        e = _EVIDENCE[pair] = Evidence(*pair)
    return e


_CLAIMS: dict[tuple, str] = {}  # claim text per (name, polarity, side, severity, change): few distinct, many uses
_BARE: dict[tuple[str, Verdict, str], Check] = {}  # checks without evidence (frozen, so shareable)
_MEMO_LIMIT = 16384


def _claim(finding: Finding) -> str:
    """How a check names its claim: "Pleural Effusion (present, left, small)"."""
    key = (finding.name or finding.concept, finding.polarity, finding.laterality, finding.severity, finding.change)
    text = _CLAIMS.get(key)
    if text is None:
        quals = [_POLARITY[finding.polarity]]
        for q in key[2:]:  # the qualifiers
            if q:
                quals.append(q)
        if len(_CLAIMS) >= _MEMO_LIMIT:
            _CLAIMS.clear()
        text = _CLAIMS[key] = f"{key[0]} ({', '.join(quals)})"
    return text


def step_grade(step: StepVerdict) -> StepGrade:
    """The stored grade of one step. Hot (a 100,000-sample run grades a million steps): the claim
    texts, and the checks that cite no evidence (the silent absences of normal statements, most
    checks), are shared records, built once."""
    checks = []
    bare = _BARE
    for finding, verdict in zip(step.findings, step.verdicts):
        claim = _claim(finding)
        if not verdict.sources:
            key = (claim, verdict.verdict, verdict.rule)
            check = bare.get(key)
            if check is None:
                if len(bare) >= _MEMO_LIMIT:
                    bare.clear()
                check = bare[key] = new_check(claim, verdict.verdict, verdict.rule, ())
            checks.append(check)
            continue
        # several matched spans often sit in one sentence: show each sentence once (deduplicated as
        # (source, text) pairs, which is what Evidence equality compares, before building records)
        evidence = tuple([_evidence(pair) for pair in list(dict.fromkeys(verdict.contexts()))[:_MAX_EVIDENCE]])
        checks.append(new_check(claim, verdict.verdict, verdict.rule, evidence))
    claims = step.makes_claim
    effective = claims and step.supported and step.verdict is not Verdict.CONTRADICTED  # StepVerdict.effective
    return new_step_grade(step.index, step.text, step.verdict, claims, effective, tuple(checks), "", step.role)


def score_reasoning(sample: Sample, reasoning_text: str, answer: str | None = None) -> ReasoningScore | None:
    """Score ``reasoning_text`` (the model's reasoning) for ``sample``.

    ``answer`` is what the answer extraction read (None: nothing); for a
    multiple-choice sample it is the option the chain committed to.
    Returns ``None`` when the sample has neither a report nor reference steps:
    there is nothing to verify against, which is different from scoring 0.
    """
    reference = [s for s in sample.reference_steps if s and s.strip()]
    report = sample.report if sample.report and sample.report.strip() else None
    if report is None and not reference:
        return None
    options = sample.options if sample.answer_type is AnswerType.CHOICE else {}
    chosen = answer if options and answer in options else None
    v = default_verifier().verify(
        reasoning_text or "", report=report, reference=reference, options=options or None, chosen=chosen,
        gold=sample.answer, option_evidence=bool(options) and option_evidence(sample), question=sample.question)
    return ReasoningScore.from_verification(v)


def option_evidence(sample: Sample) -> bool:
    """Whether the sample's options are findings with the gold one true and the others absent."""
    return sample.benchmark in OPTIONS_ARE_FINDINGS and not _EXCEPTION_STEM.search(sample.question or "")


def has_evidence(sample: Sample) -> bool:
    """Whether the verifier has something to check ``sample``'s reasoning against."""
    return bool((sample.report and sample.report.strip()) or any(s and s.strip() for s in sample.reference_steps))


class VerifierJudge(Judge):
    """The ``verifier`` judge: deterministic, free, about 1,500 250-word chains per second on one core.

    Grades inside a verifier batch (``Verifier.batch``): the chains of a run repeat many of their
    lines, whose analysis is then memoised (results unchanged, ``verify/clauses.py``)."""

    @classmethod
    def as_judge(cls, label: str, model: str | None) -> "VerifierJudge":
        return cls(label, model)

    def __init__(self, label: str = "verifier", model: str | None = None) -> None:
        if model:
            raise MedstepError(f"judge 'verifier' runs without a model, got model {model!r}")
        self.info = JudgeInfo(label=label, protocol="verifier", kind=JudgeKind.EMBEDDED, version=VERSION,
                              metrics=METRICS)

    def grade(self, items: Sequence[JudgeItem], ctx: JudgeContext) -> Mapping[str, ReasoningGrade]:
        out: dict[str, ReasoningGrade] = {}
        with default_verifier().batch(lines_only=True):  # chains repeat lines ("The trachea is midline.")
            for item in items:
                rs = score_reasoning(item.sample, item.reasoning, item.answer)
                out[item.sample.id] = (rs.to_grade() if rs is not None else ReasoningGrade(
                    GradeStatus.NOT_APPLICABLE, detail="the sample has neither a report nor reference steps"))
        return out
