"""k rollouts per question: pass rates, pass@k and the majority answer (``medstep eval --samples k``).

Why here and not in a training tool: difficulty is an evaluation result. A
question's pass rate over k sampled answers is what curriculum and filtering
recipes (MedVLThinker keeps questions solved by 1..k-1 of k; Infi-MMR and
Vision-R1 order training easy to hard) are built on, and what
``medstep curate`` reads back from ``samples.jsonl``.

The figures follow the headline rule of :mod:`medstep.score.outcome`: they
never average different kinds of answer. A run mixing open questions with
choice or closed ones (VQA-RAD, SLAKE) gets its top-level pass rates over the
choice and closed questions, where "correct" is a definite answer, and each
kind's own figures under ``by_type`` (an open question is "correct" only on
an exact normalised match, so its pass@k means something else).
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from medstep.answers import normalize_text, tokens, verdict_meaning
from medstep.results import Metric, RolloutSummary
from medstep.results.rollouts import RolloutFigures
from medstep.score.outcome import grade, headline_rows
from medstep.score.stats import mean_ci
from medstep.types import AnswerType, Extraction, Generation, Sample, SampleScore, Status

MAJORITY_RULE = "majority"


def vote_key(answer: str, answer_type: AnswerType | None) -> str:
    """What an answer votes for: its meaning, so "yes" and 是 (or "Left lung." and "left lung") are
    one vote. ``None`` (answer type unknown) votes with the answer as written."""
    if answer_type is AnswerType.CHOICE:
        return answer.strip().upper()
    if answer_type is AnswerType.CLOSED:
        return verdict_meaning(answer) or normalize_text(answer)
    if answer_type is AnswerType.OPEN:
        return " ".join(tokens(answer))  # as the grader compares them: "Two." and "2" are one vote
    return answer


def majority_answer(answers: Sequence[str | None], answer_type: AnswerType | None = None) -> str | None:
    """The most common extracted answer (by :func:`vote_key`; the first one given of the winning
    meaning), or ``None`` when none was extracted or the top answers tie."""
    first: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for a in answers:
        if a is not None:
            key = vote_key(a, answer_type)
            first.setdefault(key, a)
            counts[key] += 1
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2)
    return None if rest and rest[0][1] == n else first[top]


def majority_correct(sample: Sample, answers: Sequence[str | None]) -> bool | None:
    """Whether the majority answer is graded correct (``None``: no majority)."""
    answer = majority_answer(answers, sample.answer_type)
    if answer is None:
        return None
    return bool(grade(sample, Extraction(answer, MAJORITY_RULE), Generation(text=answer)).correct)


class _Group:
    """Per-question tallies of one group of questions (one answer type, or the headline kinds)."""

    def __init__(self) -> None:
        self.rates: list[float] = []
        self.solved: list[float] = []
        self.majority: list[float] = []
        self.no_majority = 0
        self.passes: Counter[int] = Counter()

    def add(self, correct: int, k: int, verdict: bool | None) -> None:
        self.passes[correct] += 1
        self.rates.append(correct / k)
        self.solved.append(float(correct > 0))
        if verdict is None:
            self.no_majority += 1
        else:
            self.majority.append(float(verdict))

    def figures(self, k: int) -> RolloutFigures:
        majority = (mean_ci(self.majority, undefined=self.no_majority) if self.majority or self.no_majority
                    else Metric(None, None, 0))
        return RolloutFigures(accuracy=mean_ci(self.rates), pass_at_k=mean_ci(self.solved), majority=majority,
                              passes={str(j): self.passes[j] for j in range(k + 1)})


def rollout_summary(samples: Sequence[Sample], scores: Sequence[Sequence[SampleScore]],
                    answers: Sequence[Sequence[str | None]], temperature: float) -> RolloutSummary:
    """``scores[r][i]`` / ``answers[r][i]``: rollout ``r`` of sample ``i``."""
    k = len(scores)
    incomplete = 0
    rows: list[tuple[Sample, SampleScore]] = []  # complete questions, with their first rollout's score
    tallies: list[tuple[int, bool | None]] = []
    for i, sample in enumerate(samples):
        mine = [arm[i] for arm in scores]
        if any(s.status is Status.FAILED for s in mine):
            incomplete += 1
            continue
        rows.append((sample, mine[0]))
        tallies.append((sum(bool(s.correct) for s in mine), majority_correct(sample, [arm[i] for arm in answers])))
    _, kinds = headline_rows(rows)
    head = _Group()
    by_type: dict[AnswerType, _Group] = {}
    for (sample, _), (correct, verdict) in zip(rows, tallies):
        by_type.setdefault(sample.answer_type, _Group()).add(correct, k, verdict)
        if sample.answer_type in kinds:
            head.add(correct, k, verdict)
    top = head.figures(k)
    return RolloutSummary(
        k=k, temperature=temperature, accuracy=top.accuracy, pass_at_k=top.pass_at_k, majority=top.majority,
        passes=top.passes, incomplete=incomplete, accuracy_over=tuple(kind.value for kind in kinds),
        by_type={kind.value: by_type[kind].figures(k) for kind in AnswerType if kind in by_type})
