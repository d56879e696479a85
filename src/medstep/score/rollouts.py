"""k rollouts per question: pass rates, pass@k and the majority answer (``medstep eval --samples k``).

Why here and not in a training tool: difficulty is an evaluation result. A
question's pass rate over k sampled answers is what curriculum and filtering
recipes (MedVLThinker keeps questions solved by 1..k-1 of k; Infi-MMR and
Vision-R1 order training easy to hard) are built on, and what
``medstep curate`` reads back from ``samples.jsonl``.
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from medstep.results import Metric, RolloutSummary
from medstep.score.outcome import grade
from medstep.score.stats import mean_ci
from medstep.types import Extraction, Generation, Sample, SampleScore, Status

MAJORITY_RULE = "majority"


def majority_answer(answers: Sequence[str | None]) -> str | None:
    """The most common extracted answer, or ``None`` when none was extracted or the top answers tie."""
    counts = Counter(a for a in answers if a is not None)
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2)
    return None if rest and rest[0][1] == n else top


def majority_correct(sample: Sample, answers: Sequence[str | None]) -> bool | None:
    """Whether the majority answer is graded correct (``None``: no majority)."""
    answer = majority_answer(answers)
    if answer is None:
        return None
    return bool(grade(sample, Extraction(answer, MAJORITY_RULE), Generation(text=answer)).correct)


def rollout_summary(samples: Sequence[Sample], scores: Sequence[Sequence[SampleScore]],
                    answers: Sequence[Sequence[str | None]], temperature: float) -> RolloutSummary:
    """``scores[r][i]`` / ``answers[r][i]``: rollout ``r`` of sample ``i``."""
    k = len(scores)
    rates: list[float] = []
    solved: list[float] = []
    majority: list[float] = []
    no_majority = incomplete = 0
    passes: Counter = Counter()
    for i, sample in enumerate(samples):
        mine = [arm[i] for arm in scores]
        if any(s.status is Status.FAILED for s in mine):
            incomplete += 1
            continue
        c = sum(bool(s.correct) for s in mine)
        passes[c] += 1
        rates.append(c / k)
        solved.append(float(c > 0))
        verdict = majority_correct(sample, [arm[i] for arm in answers])
        if verdict is None:
            no_majority += 1
        else:
            majority.append(float(verdict))
    return RolloutSummary(
        k=k, temperature=temperature, accuracy=mean_ci(rates), pass_at_k=mean_ci(solved),
        majority=mean_ci(majority, undefined=no_majority) if majority or no_majority else Metric(None, None, 0),
        passes={str(j): passes[j] for j in range(k + 1)}, incomplete=incomplete)
