"""Grading stored generations: extraction, outcome grade, reasoning judges, exports.

Split from the pipeline so that :func:`medstep.pipeline.run_eval` can extract
and grade each answer while the backend is still working on the others (the
main thread is otherwise idle waiting for results). Reasoning judges run in
:func:`finalize`, over all samples at once: an LLM judge needs the whole
batch to keep its server busy, and every judge call is cached in the run
store, so finalising again costs nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Iterator, Mapping, Sequence

from medstep.judges import Judge, JudgeCalls, JudgeContext, JudgeItem
from medstep.results import GradeStatus, JudgeKind, Reasoning, ReasoningGrade, RunSummary
from medstep.store import RunStore
from medstep.types import JUDGE_RULE, Extraction, Generation, MedstepError, Mode, Sample, SampleScore, Status
from medstep.results.usage import LOCAL_ENDPOINT, Price, RunUsage, TokenUsage, UsageSummary


@dataclass(frozen=True)
class Graded:
    """One sample's grades, ready for the results table and ``samples.jsonl``."""

    key: str | None
    generation: Generation
    extraction: Extraction | None
    score: SampleScore
    reasoning: Reasoning


class Grader:
    """Extracts and grades one answer at a time and remembers the result for :func:`finalize`."""

    def __init__(self) -> None:
        self.graded: dict[str, Graded] = {}
        self._loaded = False

    def _load(self) -> None:
        """Import the graders on first use: during an eval that is while the first
        requests are in flight, so the imports cost no wall time."""
        from medstep.extract import extract
        from medstep.score.outcome import grade

        self._extract, self._grade = extract, grade
        self._loaded = True

    def score(self, sample: Sample, extraction: Extraction | None, gen: Generation) -> SampleScore:
        if not self._loaded:
            self._load()
        return self._grade(sample, extraction, gen)

    def grade(self, sample: Sample, key: str | None, gen: Generation) -> Graded:
        if not self._loaded:
            self._load()
        ex = None if gen.failed else self._extract(gen.text, sample, gen.reasoning, gen.finish_reason)
        sc = self._grade(sample, ex, gen)
        graded = Graded(key, gen, ex, sc, Reasoning(text=ex.reasoning if ex is not None else ""))
        self.graded[sample.id] = graded
        return graded


@dataclass(frozen=True)
class DirectArm:
    """The direct-answer arm of a ``--mode both`` run: its request keys by sample id, and its grader."""

    keys: dict[str, str]
    grader: Grader


@dataclass(frozen=True)
class Rollouts:
    """Rollouts 2..k of a ``--samples k`` run: each one's request keys by sample id, its grader and seed.

    Rollout 1 is the run's own arm (graded, judged and summarised as usual);
    these are graded by the rules too and reported beside it.
    """

    keys: Sequence[dict[str, str]]
    graders: Sequence[Grader]
    seeds: Sequence[int | None]
    first_seed: int | None
    temperature: float


@dataclass(frozen=True)
class Finalized:
    """What :func:`finalize` wrote, and how each judge's calls went (for the CLI's printout)."""

    summary: RunSummary
    judge_calls: Mapping[str, JudgeCalls]


# Outputs without an answer that an answer-reading judge may still read.
READABLE = (Status.UNPARSED, Status.AMBIGUOUS, Status.REFUSED)
_NOT_STORED = Generation(text="", error="no generation stored (run interrupted)")


def _grade_all(store: RunStore, samples: Sequence[Sample], keys: dict[str, str], grader: Grader) -> list[Graded]:
    """Every sample's grade: from the grader's memory when its key is current, else from the store."""
    graded: list[Graded] = []
    for s in samples:
        g = grader.graded.get(s.id)
        if g is None or g.key != keys[s.id]:
            stored = store.generation(keys[s.id])
            g = grader.grade(s, keys[s.id] if stored else None, stored[1] if stored else _NOT_STORED)
        graded.append(g)
    return graded


def finalize(store: RunStore, samples: Sequence[Sample], keys: dict[str, str], grader: Grader,
             judges: Sequence[Judge] = (), *, ctx: JudgeContext | None = None,
             left_out: dict[str, int] | None = None, direct: DirectArm | None = None,
             prices: Mapping[str, Price] | None = None, rollouts: Rollouts | None = None) -> Finalized:
    """Grade what the grader has not seen yet, run the judges, then write results, ``samples.jsonl``
    and ``summary.json``.

    ``left_out`` counts benchmark records not in ``samples`` by reason (``skipped_images``,
    ``unpredicted``, ``beyond_limit``); it is written to the summary so nothing is dropped silently.
    Judges see only samples with a successful generation: a failed call has no reasoning.
    ``direct`` (mode ``both``) is graded too: its answers appear beside the CoT ones in
    ``samples.jsonl`` and the paired difference in ``summary.json`` → ``impact``.
    ``prices`` maps :data:`MODEL_PRICE` or a judge's label or protocol name to its
    :class:`~medstep.results.usage.Price` (see :func:`check_prices`).
    ``rollouts`` (``--samples k``) are graded beside the first: every line of ``samples.jsonl``
    lists all k answers under ``rollouts`` and ``summary.json`` → ``rollouts`` their pass rates.
    """
    from medstep.score.judges import judge_summary
    from medstep.score.impact import mode_impact
    from medstep.score.outcome import outcome_metrics

    ctx = ctx or JudgeContext(cache=store)
    graded = _grade_all(store, samples, keys, grader)
    direct_graded = _grade_all(store, samples, direct.keys, direct.grader) if direct is not None else None
    judge_grades: dict[str, Mapping[str, ReasoningGrade]] = {}
    calls: dict[str, JudgeCalls] = {}
    usage: dict[str, Mapping[str, TokenUsage]] = {}
    prices = prices or {}
    # Answer readers first: an answer they recover is graded, and the reasoning judges see it.
    # Outputs cut at the token limit are not shown to them: what was cut may be the answer.
    readers = [j for j in judges if j.info.reads_answers]
    for judge in readers:
        unparsed = [_item(s, g) for s, g in zip(samples, graded)
                    if g.extraction is not None and g.extraction.status in READABLE]
        judge_grades[judge.info.label] = _run(judge, unparsed, ctx, calls, usage)
        graded = [_recovered(s, g, judge_grades[judge.info.label].get(s.id), grader) for s, g in zip(samples, graded)]
    items = [_item(s, g) for s, g in zip(samples, graded) if g.extraction is not None]
    for judge in judges:
        if not judge.info.reads_answers:
            judge_grades[judge.info.label] = _run(judge, items, ctx, calls, usage)
    graded = [replace(g, reasoning=replace(g.reasoning, grades={
        label: grades[s.id] for label, grades in judge_grades.items() if s.id in grades}))
        for s, g in zip(samples, graded)]
    store.put_results((s.id, g.key, g.extraction, g.score, g.reasoning) for s, g in zip(samples, graded))
    rollout_summary = None
    arms: list[Sequence[Graded]] = []
    seeds: list[int | None] = []
    if rollouts is not None:
        from medstep.score.rollouts import rollout_summary as summarise

        arms = [graded, *(_grade_all(store, samples, keys, g) for keys, g in zip(rollouts.keys, rollouts.graders))]
        seeds = [rollouts.first_seed, *rollouts.seeds]
        rollout_summary = summarise(samples, [[g.score for g in arm] for arm in arms],
                                    [[g.extraction.answer if g.extraction else None for g in arm] for arm in arms],
                                    rollouts.temperature)
    store.write_samples_jsonl(_lines(samples, graded, direct_graded, arms, seeds))
    meta = store.meta
    summary = RunSummary(
        benchmark=meta.benchmark, split=meta.split, model=meta.model, mode=Mode(meta.mode), n=len(samples),
        outcome=outcome_metrics(samples, [g.score for g in graded],
                                answers={s.id: g.extraction.answer if g.extraction else None
                                         for s, g in zip(samples, graded)},
                                extractions=[g.extraction for g in graded]),
        judges={j.info.label: judge_summary(j, judge_grades[j.info.label]) for j in judges},
        left_out=dict(left_out or {}), created=meta.created, medstep_version=meta.medstep_version, name=meta.name,
        impact=mode_impact([(d.score, d.generation) for d in direct_graded],
                           [(g.score, g.generation) for g in graded]) if direct_graded is not None else None,
        usage=RunUsage(generation=None if meta.mode is Mode.EXTERNAL else _generation_usage([*graded, *(direct_graded or [])], prices.get(MODEL_PRICE)),
                       judges={j.info.label: UsageSummary(usage[j.info.label], prices.get(j.info.label)
                                                          or prices.get(j.info.protocol))
                               for j in judges if j.info.label in usage}),
        rollouts=rollout_summary,
    )
    store.write_summary(summary)
    return Finalized(summary=summary, judge_calls=calls)


def _arm_line(g: Graded) -> dict[str, Any]:
    """The direct arm's answer of one sample (mode ``both``), beside the CoT fields of its line."""
    ex = g.extraction
    return {"output": g.generation.text, "answer": ex.answer if ex is not None else None,
            "rule": ex.rule if ex is not None else None, "status": g.score.status.value,
            "correct": g.score.correct, "error": g.generation.error, "latency_s": g.generation.latency_s}


def _item(s: Sample, g: Graded) -> JudgeItem:
    assert g.extraction is not None
    return JudgeItem.build(s, g.generation.text, g.reasoning.text, g.extraction.answer)


def _run(judge: Judge, items: Sequence[JudgeItem], ctx: JudgeContext, calls: dict[str, JudgeCalls],
         usage: dict[str, Mapping[str, TokenUsage]]) -> Mapping[str, ReasoningGrade]:
    try:
        grades = judge.grade(items, ctx)
        calls[judge.info.label] = judge.calls
        if judge.usage:
            usage[judge.info.label] = judge.usage
        return grades
    finally:
        judge.close()


def _recovered(s: Sample, g: Graded, grade: ReasoningGrade | None, grader: Grader) -> Graded:
    """The sample re-graded with the answer a reader recovered (rule ``judge``), or unchanged."""
    answer = grade.labels.get("answer") if grade is not None and grade.status is GradeStatus.GRADED else None
    if not answer or g.extraction is None or g.extraction.parsed:
        return g
    ex = Extraction(answer=answer[0], rule=JUDGE_RULE, reasoning=g.extraction.reasoning)
    return replace(g, extraction=ex, score=grader.score(s, ex, g.generation))


MODEL_PRICE = "model"  # the price target naming the generating model (others name a judge)


def check_prices(prices: Mapping[str, Price], judges: Sequence[Judge]) -> None:
    """Refuse a price for something the run does not have, before anything runs: a typo would
    otherwise silently leave a model unpriced."""
    llm = [j.info for j in judges if j.info.kind is JudgeKind.LLM]
    known = {MODEL_PRICE} | {i.label for i in llm} | {i.protocol for i in llm}
    for target in prices:
        if target not in known:
            raise MedstepError(f"price for {target!r}: this run has no such model or LLM judge "
                               f"(prices can name: {', '.join(sorted(known))})")


def _generation_usage(graded: Sequence[Graded], price: Price | None) -> UsageSummary:
    """Tokens of each distinct successful generation the results rest on, by endpoint."""
    by: dict[str, TokenUsage] = {}
    seen: set[str | None] = set()
    for g in graded:
        gen = g.generation
        if gen.failed or g.key in seen:
            continue
        seen.add(g.key)
        where = gen.endpoint or LOCAL_ENDPOINT
        by[where] = by.get(where, TokenUsage()).plus(gen.prompt_tokens, gen.completion_tokens)
    return UsageSummary(by, price)


def _lines(samples: Sequence[Sample], graded: Sequence[Graded], direct: Sequence[Graded] | None,
           rollouts: Sequence[Sequence[Graded]] = (), seeds: Sequence[int | None] = ()) -> Iterator[dict[str, Any]]:
    """``samples.jsonl`` lines one at a time (the export is streamed, never held whole); ``rollouts``
    (``--samples k``: every arm, the first one included) are listed under ``rollouts`` with their seeds."""
    for k, (s, g) in enumerate(zip(samples, graded)):
        line = _sample_line(s, g)
        if direct is not None:
            line["direct"] = _arm_line(direct[k])
        if rollouts:
            line["rollouts"] = [{"seed": seed, **_arm_line(arm[k])} for seed, arm in zip(seeds, rollouts)]
        yield line


def _sample_line(s: Sample, g: Graded) -> dict[str, Any]:
    ex = g.extraction
    return {
        "id": s.id,
        "question": s.question,
        "options": s.options,
        "answer_type": s.answer_type.value,
        "categories": s.categories,
        "gold": s.answer,
        "output": g.generation.text,
        "server_reasoning": g.generation.reasoning,
        "finish_reason": g.generation.finish_reason,
        "reasoning": g.reasoning.to_json(),
        "answer": ex.answer if ex is not None else None,
        "rule": ex.rule if ex is not None else None,
        "status": g.score.status.value,
        "correct": g.score.correct,
        "error": g.generation.error,
        "latency_s": g.generation.latency_s,
    }
