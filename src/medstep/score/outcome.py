"""Outcome grading (was the final answer right?) and its aggregate metrics.

Counting conventions, used everywhere in medstep reports:

* **failed** generations (the backend call errored after retries) say
  nothing about the model's medical ability, so they are *excluded* from
  every accuracy denominator and only counted under ``"failed"``;
* **unparsed** outputs (the model answered but stated no usable answer) are
  the model's fault, so they are *included* in denominators as wrong and
  also counted under ``"unparsed"``.

Grading rules by answer type: choice questions compare letters; closed
questions compare the yes/no verdict, or the normalised text when the gold is
not yes/no ("left"); open questions are correct on an exact normalised match
and additionally get token recall and F1 against the gold.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Callable, Mapping, Sequence

from medstep.extract import extract
from medstep.results import CategoryOutcome, Metric, OutcomeSummary, TypeOutcome
from medstep.score.grounding import grade_box
from medstep.score.sets import group_outcome
from medstep.score.stats import mean_ci
from medstep.score.text import normalize_text, token_f1, token_recall
from medstep.types import AnswerType, Extraction, Generation, MedstepError, Sample, SampleScore, Status

_YES_NO = frozenset({"yes", "no"})


def _grade_choice(sample: Sample, answer: str) -> SampleScore:
    gold = sample.answer.strip().upper()
    if gold not in {k.strip().upper() for k in sample.options}:
        raise MedstepError(
            f"sample {sample.id!r} ({sample.benchmark}): gold answer {sample.answer!r} is not one of "
            f"its option letters {sorted(sample.options)}"
        )
    return SampleScore(sample.id, Status.SCORED, correct=answer.strip().upper() == gold)


def _grade_closed(sample: Sample, answer: str) -> SampleScore:
    # Both branches reduce to normalised equality: a yes/no verdict is already
    # "yes"/"no", and a short closed answer ("left") is compared like open text.
    return SampleScore(sample.id, Status.SCORED, correct=normalize_text(answer) == normalize_text(sample.answer))


def _grade_open(sample: Sample, answer: str) -> SampleScore:
    exact = normalize_text(answer) == normalize_text(sample.answer)
    return SampleScore(
        sample.id,
        Status.SCORED,
        correct=exact,
        exact=exact,
        recall=token_recall(answer, sample.answer),
        f1=token_f1(answer, sample.answer),
    )


_GRADERS: dict[AnswerType, Callable[[Sample, str], SampleScore]] = {
    AnswerType.CHOICE: _grade_choice,
    AnswerType.CLOSED: _grade_closed,
    AnswerType.OPEN: _grade_open,
    AnswerType.BOX: grade_box,
}


def grade(sample: Sample, extraction: Extraction | None, generation: Generation) -> SampleScore:
    """Grade one sample.

    ``extraction`` may be ``None`` for a successful generation that was not
    extracted yet; it is then extracted here (with the server reasoning), so
    callers cannot accidentally grade a missing extraction as wrong.
    A failed generation is ``FAILED`` with ``correct=None`` whatever the
    extraction says. An unparsed answer is ``UNPARSED`` with ``correct=False``
    (and zero exact/recall/F1 for open questions, so they weigh as wrong there too).
    """
    if generation.failed:
        return SampleScore(sample.id, Status.FAILED, correct=None)
    if extraction is None:
        extraction = extract(generation.text, sample, server_reasoning=generation.reasoning)
    if extraction.answer is None:
        if sample.answer_type is AnswerType.OPEN:
            return SampleScore(sample.id, Status.UNPARSED, correct=False, exact=False, recall=0.0, f1=0.0)
        if sample.answer_type is AnswerType.BOX:  # no box located: no overlap, the farthest miss
            return SampleScore(sample.id, Status.UNPARSED, correct=False, iou=0.0, giou=-1.0)
        return SampleScore(sample.id, Status.UNPARSED, correct=False)
    return _GRADERS[sample.answer_type](sample, extraction.answer)


def _pair(samples: Sequence[Sample], scores: Sequence[SampleScore]) -> list[tuple[Sample, SampleScore]]:
    by_id = {s.id: s for s in samples}
    seen: set[str] = set()
    pairs = []
    for score in scores:
        if score.sample_id in seen:
            raise MedstepError(f"sample {score.sample_id!r} is scored twice; cannot aggregate")
        seen.add(score.sample_id)
        sample = by_id.get(score.sample_id)
        if sample is None:
            raise MedstepError(f"score for sample {score.sample_id!r} has no matching sample")
        pairs.append((sample, score))
    return pairs


def outcome_metrics(
    samples: Sequence[Sample],
    scores: Sequence[SampleScore],
    *,
    answers: Mapping[str, str | None] | None = None,
    n_boot: int = 1000,
    seed: int = 0,
    extractions: Sequence[Extraction | None] = (),
) -> OutcomeSummary:
    """Outcome metrics with bootstrap 95% intervals (see :class:`~medstep.results.OutcomeSummary`).

    Every accuracy is :func:`medstep.score.stats.mean_ci` over the samples of
    its group that have a correctness value (failed ones excluded, unparsed
    counted as 0); ``by_category[...].n`` counts all samples of the group,
    failed included, like the top-level ``n``. ``statuses`` counts every
    :class:`~medstep.types.Status`; ``rules`` counts the given ``extractions``
    by the rule that read the answer. Samples without a score are ignored; a
    score without a sample is an error. ``answers`` (sample id -> extracted
    answer) lets the set metrics of grouped benchmarks judge confusion.
    """
    pairs = _pair(samples, scores)
    graded = [(s, sc) for s, sc in pairs if sc.correct is not None]

    def ci(values: list[float]) -> Metric:
        return mean_ci(values, n_boot=n_boot, seed=seed)

    def acc(rows: list[tuple[Sample, SampleScore]]) -> Metric:
        return ci([1.0 if sc.correct else 0.0 for _, sc in rows])

    def of_type(kind: AnswerType) -> list[tuple[Sample, SampleScore]]:
        return [(s, sc) for s, sc in graded if s.answer_type is kind]

    open_rows = of_type(AnswerType.OPEN)
    groups: dict[str, dict[str, list[tuple[Sample, SampleScore]]]] = defaultdict(lambda: defaultdict(list))
    for s, sc in pairs:
        for field, value in s.category_values():
            groups[field][value].append((s, sc))
    by_category = {
        field: {
            value: CategoryOutcome(accuracy=acc([r for r in rows if r[1].correct is not None]), n=len(rows))
            for value, rows in sorted(values.items())
        }
        for field, values in sorted(groups.items())
    }
    by_type = {
        AnswerType.CLOSED: TypeOutcome(acc(of_type(AnswerType.CLOSED))),
        AnswerType.OPEN: TypeOutcome(
            accuracy=acc(open_rows),
            exact=ci([1.0 if sc.exact else 0.0 for _, sc in open_rows]),
            recall=ci([sc.recall or 0.0 for _, sc in open_rows]),
            f1=ci([sc.f1 or 0.0 for _, sc in open_rows]),
        ),
        AnswerType.CHOICE: TypeOutcome(acc(of_type(AnswerType.CHOICE))),
    }
    box_rows = of_type(AnswerType.BOX)
    if any(s.answer_type is AnswerType.BOX for s, _ in pairs):  # only grounding runs carry the box metrics
        by_type[AnswerType.BOX] = TypeOutcome(
            accuracy=acc(box_rows),
            iou=ci([sc.iou or 0.0 for _, sc in box_rows]),
            giou=ci([sc.giou if sc.giou is not None else -1.0 for _, sc in box_rows]),
        )
    counts = Counter(sc.status for _, sc in pairs)
    rules = Counter(ex.rule for ex in extractions if ex is not None)
    return OutcomeSummary(n=len(pairs), accuracy=acc(graded), statuses={st: counts[st] for st in Status},
                          by_type=by_type, by_category=by_category, rules=dict(sorted(rules.items())),
                          groups=group_outcome(pairs, answers, n_boot=n_boot, seed=seed))
