"""Outcome grading (was the final answer right?) and its aggregate metrics.

Counting conventions, used everywhere in medstep reports:

* **failed** generations (the backend call errored after retries) say
  nothing about the model's medical ability, so they are *excluded* from
  every accuracy denominator and only counted under ``"failed"``;
* outputs without a usable answer are the model's (or its settings') fault,
  so they are *included* in denominators as not correct and also counted,
  each under its own status: ``"unparsed"`` (no answer stated),
  ``"ambiguous"`` (conflicting answers), ``"refused"`` (declined) and
  ``"truncated"`` (stopped at the token limit).

Grading rules by answer type: choice questions compare letters; closed
questions compare the yes/no verdict (是/否 included), or the normalised
text when the gold is not a verdict ("left"); open questions are correct on
a match by the grader's ladder (``score/open_grade.py``: the same tokens, a
number word and its digits agreeing, "Two." and "2"; then the same words in
other forms, plural, spelling, order; the same quantities in other units,
"24 mm" and "2.4 cm"; an abbreviation or word form the tables give, "RLL" and
"right lower lobe"; the gold framed by words that say nothing of their own,
"The image shows a pneumothorax."; or narrowed in its noun phrase, "acute
appendicitis"), counted by rung in ``open_matches``,
and additionally get token
recall, precision and F1 against the gold (a denied word is no gold word),
so an answer listing many candidates recalls the gold without being correct
and its precision and F1 fall with each extra word; box questions by IoU.

The headline accuracy never averages different kinds of answer: when a run
mixes open questions with choice / closed ones (VQA-RAD, SLAKE, the
RadRBench files with findings questions), it is over the choice and closed
questions only (``accuracy_over`` names the kinds) and open questions are
reported apart by the matching ladder (``matched``), recall, precision and F1.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Callable, Mapping, Sequence

from medstep.answers import (
    bare_letter, canonical_verdict, normalize_text, same_verdict,
)
from medstep.extract import extract
from medstep.results import CategoryOutcome, Metric, OutcomeSummary, TypeOutcome
from medstep.score.grounding import grade_box
from medstep.score.open_grade import MatchStep, grade_open
from medstep.score.sets import group_outcome
from medstep.score.stats import mean_ci
from medstep.types import AnswerType, Extraction, Generation, MedstepError, Sample, SampleScore, Status

Rows = list[tuple[Sample, SampleScore]]


def _grade_choice(sample: Sample, answer: str) -> SampleScore:
    gold = bare_letter(sample.answer)
    if gold is None or gold not in {k.strip().upper() for k in sample.options}:
        raise MedstepError(
            f"{sample.named()}: gold answer {sample.answer!r} is not one of "
            f"its option letters {sorted(sample.options)}"
        )
    return SampleScore(sample.id, Status.SCORED, correct=answer.strip().upper() == gold)


def _grade_closed(sample: Sample, answer: str) -> SampleScore:
    gold = canonical_verdict(sample.answer)
    if gold is not None:  # "Yes." and "yes" are one verdict, as are 是的, 是 and "yes" (meaning, not language)
        return SampleScore(sample.id, Status.SCORED, correct=same_verdict(answer, gold))
    # A short closed answer that is not a verdict ("left") is compared like open text.
    return SampleScore(sample.id, Status.SCORED, correct=normalize_text(answer) == normalize_text(sample.answer))


def _grade_open(sample: Sample, answer: str) -> SampleScore:
    # "Two." is the gold "2", "RLL" is "right lower lobe", "24 mm" is "2.4 cm", "The spleen is enlarged" answers
    # "Which organ is enlarged?" "spleen", "not pneumonia" shares nothing with "pneumonia" (score/open_grade.py)
    graded = grade_open(answer, sample.answer, sample.question)
    return SampleScore(sample.id, Status.SCORED, correct=graded.matched, matched=graded.matched, recall=graded.recall,
                       f1=graded.f1, precision=graded.precision,
                       match=graded.step.value if graded.step is not None else None)


_GRADERS: dict[AnswerType, Callable[[Sample, str], SampleScore]] = {
    AnswerType.CHOICE: _grade_choice,
    AnswerType.CLOSED: _grade_closed,
    AnswerType.OPEN: _grade_open,
    AnswerType.BOX: grade_box,
}


def grade(sample: Sample, extraction: Extraction | None, generation: Generation) -> SampleScore:
    """Grade one sample.

    ``extraction`` may be ``None`` for a successful generation that was not
    extracted yet; it is then extracted here (with the server reasoning and
    the finish reason), so callers cannot accidentally grade a missing
    extraction as wrong. A failed generation is ``FAILED`` with
    ``correct=None`` whatever the extraction says. An output without a usable
    answer keeps its status (``unparsed``, ``ambiguous``, ``refused``,
    ``truncated``) with ``correct=False`` (and zero matched/recall/precision/F1
    for open questions, zero IoU for boxes, so they weigh as wrong there too).
    """
    if generation.failed:
        return SampleScore(sample.id, Status.FAILED, correct=None)
    if extraction is None:
        extraction = extract(generation.text, sample, server_reasoning=generation.reasoning,
                             finish_reason=generation.finish_reason)
    if extraction.answer is None:
        status = extraction.status
        if sample.answer_type is AnswerType.OPEN:
            return SampleScore(sample.id, status, correct=False, matched=False, recall=0.0, f1=0.0, precision=0.0)
        if sample.answer_type is AnswerType.BOX:  # no box located: no overlap, the farthest miss
            return SampleScore(sample.id, status, correct=False, iou=0.0, giou=-1.0)
        return SampleScore(sample.id, status, correct=False)
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


# Kinds of answer in the order the headline takes them: the first kind present is the headline,
# with choice and closed graded alike (one definite answer each) and averaged together.
_HEADLINE = ((AnswerType.CHOICE, AnswerType.CLOSED), (AnswerType.BOX,), (AnswerType.OPEN,))


def headline_rows(rows: Rows) -> tuple[Rows, tuple[AnswerType, ...]]:
    """The rows the headline accuracy is over, and their answer types (see module docstring)."""
    for kinds in _HEADLINE:
        chosen = [r for r in rows if r[0].answer_type in kinds]
        if chosen:
            return chosen, tuple(k for k in kinds if any(s.answer_type is k for s, _ in chosen))
    return rows, ()


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
    its group that have a correctness value (failed ones excluded, outputs
    without an answer counted as 0); the headline and each category's
    accuracy follow the headline rule (module docstring), and a category
    holding open questions besides others also gets their ``open`` metrics.
    ``by_category[...].n`` counts all samples of the group, failed included,
    like the top-level ``n``. ``statuses`` counts every
    :class:`~medstep.types.Status`; ``rules`` counts the given ``extractions``
    by the rule that read the answer. Samples without a score are ignored; a
    score without a sample is an error. ``open_matches`` counts the matched open answers by
    the rung of the grader's ladder that matched them. ``answers`` (sample id -> extracted
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

    def open_outcome(rows: Rows) -> TypeOutcome:
        return TypeOutcome(
            accuracy=acc(rows),
            matched=ci([1.0 if sc.matched else 0.0 for _, sc in rows]),
            recall=ci([sc.recall or 0.0 for _, sc in rows]),
            precision=ci([sc.precision or 0.0 for _, sc in rows]),
            f1=ci([sc.f1 or 0.0 for _, sc in rows]),
        )

    def category(rows: Rows) -> CategoryOutcome:
        valued = [r for r in rows if r[1].correct is not None]
        head, kinds = headline_rows(valued)
        opens = [r for r in valued if r[0].answer_type is AnswerType.OPEN]
        mixed = bool(opens) and len(opens) < len(valued)
        return CategoryOutcome(accuracy=acc(head), n=len(rows), accuracy_over=tuple(k.value for k in kinds),
                               open=open_outcome(opens) if mixed else None)

    open_rows = of_type(AnswerType.OPEN)
    groups: dict[str, dict[str, list[tuple[Sample, SampleScore]]]] = defaultdict(lambda: defaultdict(list))
    for s, sc in pairs:
        for field, value in s.category_values():
            groups[field][value].append((s, sc))
    by_category = {
        field: {value: category(rows) for value, rows in sorted(values.items())}
        for field, values in sorted(groups.items())
    }
    by_type = {
        AnswerType.CLOSED: TypeOutcome(acc(of_type(AnswerType.CLOSED))),
        AnswerType.OPEN: open_outcome(open_rows),
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
    matches = Counter(sc.match for _, sc in open_rows if sc.matched and sc.match)
    head, kinds = headline_rows(graded)
    return OutcomeSummary(n=len(pairs), accuracy=acc(head), accuracy_over=tuple(k.value for k in kinds),
                          statuses={st: counts[st] for st in Status},
                          by_type=by_type, by_category=by_category, rules=dict(sorted(rules.items())),
                          open_matches={m.value: matches[m.value] for m in MatchStep if matches[m.value]},
                          groups=group_outcome(pairs, answers, n_boot=n_boot, seed=seed))
