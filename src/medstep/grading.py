"""Grading stored generations: extraction, outcome grade, reasoning judges, exports.

Everything is graded in :func:`finalize`, over chunks of a few thousand samples read
back from the run store: enough to keep an LLM judge's server busy, small enough that
a 100,000-sample run never holds every output and step verdict at once. (Grading each
answer as it arrived during an eval kept every output in memory until the end, and
competed with the request loop for the interpreter.) Every judge call is cached in the
run store, so finalising again costs nothing.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any, Iterator, Mapping, Protocol, Sequence

from medstep.collector import paused_collections
from medstep.jsontext import dumps
from medstep.judges import Judge, JudgeCalls, JudgeContext, JudgeItem
from medstep.judges.base import ProgressFactory
from medstep.results import GradeStatus, JudgeInfo, JudgeKind, Reasoning, ReasoningGrade, RunSummary
from medstep.store import RunMeta, RunStore, SampleResult
from medstep.store.run import ResultsWriter
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
    """Extracts and grades one answer at a time; it keeps nothing, so memory does not grow with the run."""

    def __init__(self) -> None:
        self._loaded = False

    def _load(self) -> None:
        """Import the graders on first use: during an eval that is while the first
        requests are in flight, so the imports cost no wall time."""
        from medstep.extract import extract
        from medstep.score.outcome import grade

        self._extract, self._grade = extract, grade
        self._loaded = True

    def warm(self) -> None:
        """Import the graders now (an eval calls this while its first requests are in flight)."""
        if not self._loaded:
            self._load()

    def score(self, sample: Sample, extraction: Extraction | None, gen: Generation) -> SampleScore:
        if not self._loaded:
            self._load()
        return self._grade(sample, extraction, gen)

    def grade(self, sample: Sample, key: str | None, gen: Generation) -> Graded:
        if not self._loaded:
            self._load()
        ex = None if gen.failed else self._extract(gen.text, sample, gen.reasoning, gen.finish_reason)
        sc = self._grade(sample, ex, gen)
        return Graded(key, gen, ex, sc, Reasoning(text=ex.reasoning if ex is not None else ""))


@dataclass(frozen=True)
class DirectArm:
    """The direct-answer arm of a ``--mode both`` run: its request keys by sample id, and its grader."""

    keys: dict[str, str]
    grader: Grader


class ResultSink(Protocol):
    """Receives every sample's stored result as :func:`finalize` produces it (the CLI's report
    writer: the report is built in the same pass, not by reading the run back)."""

    def open(self, meta: RunMeta, n: int, judges: Mapping[str, JudgeInfo]) -> None: ...

    def add(self, result: SampleResult) -> None: ...


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
    errors: Counter[str] = field(default_factory=Counter)  # failed generations' errors → count (both arms)


# Outputs without an answer that an answer-reading judge may still read.
READABLE = (Status.UNPARSED, Status.AMBIGUOUS, Status.REFUSED)
_NOT_STORED = Generation(text="", error="no generation stored (run interrupted)")
CHUNK = 2048  # samples graded, judged, stored and exported at a time (memory holds one chunk's grades)


def _grade_chunk(store: RunStore, samples: Sequence[Sample], keys: Mapping[str, str], grader: Grader) -> list[Graded]:
    """The chunk's grades, from its generations read back from the store (one query per chunk).

    A sample with no stored generation (an interrupted run) is graded as a failed call, so it is
    counted, not dropped.
    """
    stored = store.generations(keys[s.id] for s in samples)
    graded = []
    for s in samples:
        gen = stored.get(keys[s.id])
        graded.append(grader.grade(s, keys[s.id] if gen is not None else None, gen if gen is not None else _NOT_STORED))
    return graded


class _Totals:
    """What the summary needs from every sample, kept small: scores, answers, rules, each judge's
    grades without their steps, token counts. Texts and step verdicts stay in their chunk."""

    def __init__(self, judges: Sequence[Judge], rollouts: Rollouts | None = None) -> None:
        self.scores: list[SampleScore] = []
        self.answers: dict[str, str | None] = {}
        self.extractions: list[Extraction | None] = []
        self.grades: dict[str, dict[str, ReasoningGrade]] = {j.info.label: {} for j in judges}
        self.calls: dict[str, JudgeCalls] = {}
        self.usage: dict[str, dict[str, TokenUsage]] = {}
        self.generation: dict[str, TokenUsage] = {}
        self._seen: set[str | None] = set()
        self.impact: tuple[list[tuple[SampleScore, Generation]], list[tuple[SampleScore, Generation]]] = ([], [])
        self.errors: Counter[str] = Counter()
        k = 1 + len(rollouts.keys) if rollouts is not None else 0  # --samples k: each rollout's scores and answers
        self.arm_scores: list[list[SampleScore]] = [[] for _ in range(k)]
        self.arm_answers: list[list[str | None]] = [[] for _ in range(k)]

    def add_rollouts(self, arms: Sequence[Sequence[Graded]]) -> None:
        """Rollouts 1..k of a chunk (the first is the run's own arm): scores and answers for the
        summary's pass rates; failed generations of rollouts 2..k counted with the others."""
        for r, arm in enumerate(arms):
            self.arm_scores[r].extend(g.score for g in arm)
            self.arm_answers[r].extend(g.extraction.answer if g.extraction else None for g in arm)
            if r:
                self.errors.update(g.generation.error or "" for g in arm if g.generation.failed)
                for g in arm:  # rollouts 2..k are calls too: their tokens count in the run's usage
                    if not g.generation.failed:
                        self._count_usage(g)

    def add(self, samples: Sequence[Sample], graded: Sequence[Graded], direct: Sequence[Graded] | None) -> None:
        for s, g in zip(samples, graded):
            ex = g.extraction
            self.scores.append(g.score)
            self.answers[s.id] = ex.answer if ex is not None else None
            self.extractions.append(Extraction(ex.answer, ex.rule) if ex is not None else None)
            for label, grade in g.reasoning.grades.items():
                self.grades[label][s.id] = replace(grade, steps=()) if grade.steps else grade
        for arm, rows in ((0, direct), (1, graded)):
            if rows is None:
                continue
            for g in rows:
                gen = g.generation
                if gen.failed:
                    self.errors[gen.error or ""] += 1
                else:
                    self._count_usage(g)
                if direct is not None:  # mode both: the paired impact needs each arm's score and timing
                    self.impact[arm].append((g.score, replace(gen, text="", reasoning=None)))

    def _count_usage(self, g: Graded) -> None:
        """Add the tokens of a successful generation to its endpoint's usage, each distinct call once."""
        if g.key in self._seen:
            return
        self._seen.add(g.key)
        gen = g.generation
        where = gen.endpoint or LOCAL_ENDPOINT
        self.generation[where] = self.generation.get(where, TokenUsage()).plus(gen.prompt_tokens, gen.completion_tokens)

    def judged(self, judge: Judge) -> None:
        """Add the call accounting and token usage of ``judge``'s last :meth:`~Judge.grade` (one chunk)."""
        label = judge.info.label
        c, last = self.calls.setdefault(label, JudgeCalls()), judge.calls
        c.requested, c.cached, c.failed = c.requested + last.requested, c.cached + last.cached, c.failed + last.failed
        if judge.usage:
            mine = self.usage.setdefault(label, {})
            for where, t in judge.usage.items():
                mine[where] = mine.get(where, TokenUsage()) + t


@paused_collections()
def finalize(store: RunStore, samples: Sequence[Sample], keys: dict[str, str], grader: Grader,
             judges: Sequence[Judge] = (), *, ctx: JudgeContext | None = None,
             left_out: dict[str, int] | None = None, direct: DirectArm | None = None,
             prices: Mapping[str, Price] | None = None, rollouts: Rollouts | None = None,
             chunk: int | None = None, sink: ResultSink | None = None) -> Finalized:
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
    ``sink`` receives each sample's result as it is stored (see :class:`ResultSink`).

    Samples go through in chunks of ``chunk``: each chunk is graded, judged, stored and written
    to ``samples.jsonl`` before the next, so memory holds one chunk's outputs and step verdicts
    (plus a few numbers per sample for the summary), whatever the size of the run. The results
    table is replaced only once every chunk is through (:class:`~medstep.store.run.ResultsWriter`).
    """
    from medstep.score.judges import judge_summary
    from medstep.score.impact import mode_impact
    from medstep.score.outcome import outcome_metrics

    ctx = ctx or JudgeContext(cache=store)
    prices = prices or {}
    chunk = chunk or CHUNK
    totals = _Totals(judges, rollouts)
    results = store.results_writer()
    n_chunks = max(1, -(-len(samples) // chunk))
    if sink is not None:
        sink.open(store.meta, len(samples), {j.info.label: j.info for j in judges})
    try:
        with _grading_bar(ctx, judges, len(samples), n_chunks) as bar:
            store.write_samples_jsonl(_chunks(store, samples, keys, grader, judges, ctx, direct, rollouts, totals,
                                              results, chunk, n_chunks, sink, bar))
    finally:
        for judge in judges:
            judge.close()
    results.commit()
    rollout_summary = None
    if rollouts is not None:
        from medstep.score.rollouts import rollout_summary as summarise

        rollout_summary = summarise(samples, totals.arm_scores, totals.arm_answers, rollouts.temperature)
    meta = store.meta
    summary = RunSummary(
        benchmark=meta.benchmark, split=meta.split, model=meta.model, mode=Mode(meta.mode), n=len(samples),
        outcome=outcome_metrics(samples, totals.scores, answers=totals.answers, extractions=totals.extractions),
        judges={j.info.label: judge_summary(j, totals.grades[j.info.label]) for j in judges},
        left_out=dict(left_out or {}), created=meta.created, medstep_version=meta.medstep_version, name=meta.name,
        impact=mode_impact(totals.impact[0], totals.impact[1]) if direct is not None else None,
        usage=RunUsage(generation=None if meta.mode is Mode.EXTERNAL else UsageSummary(totals.generation, prices.get(MODEL_PRICE)),
                       judges={j.info.label: UsageSummary(totals.usage[j.info.label], prices.get(j.info.label)
                                                          or prices.get(j.info.protocol))
                               for j in judges if j.info.label in totals.usage}),
        rollouts=rollout_summary,
    )
    store.write_summary(summary)
    return Finalized(summary=summary, judge_calls=totals.calls, errors=totals.errors)


def _chunks(store: RunStore, samples: Sequence[Sample], keys: Mapping[str, str], grader: Grader,
            judges: Sequence[Judge], ctx: JudgeContext, direct: DirectArm | None, rollouts: Rollouts | None,
            totals: _Totals, results: ResultsWriter, chunk: int, n_chunks: int,
            sink: ResultSink | None, bar: Any = None) -> Iterator[str]:
    """``samples.jsonl`` lines (JSON text), chunk by chunk; each chunk is graded, judged and stored first."""
    readers = [j for j in judges if j.info.reads_answers]
    others = [j for j in judges if not j.info.reads_answers]
    for k, start in enumerate(range(0, len(samples), chunk)):
        part = samples[start:start + chunk]
        jctx = ctx if n_chunks == 1 or ctx.progress is None else replace(ctx, progress=_chunk_progress(ctx.progress, k, n_chunks))
        graded = _grade_chunk(store, part, keys, grader)
        direct_graded = _grade_chunk(store, part, direct.keys, direct.grader) if direct is not None else None
        judge_grades: dict[str, Mapping[str, ReasoningGrade]] = {}
        # Answer readers first: an answer they recover is graded, and the reasoning judges see it.
        # Outputs cut at the token limit are not shown to them: what was cut may be the answer.
        for judge in readers:
            unparsed = [_item(s, g) for s, g in zip(part, graded)
                        if g.extraction is not None and g.extraction.status in READABLE]
            judge_grades[judge.info.label] = _run(judge, unparsed, jctx, totals)
            graded = [_recovered(s, g, judge_grades[judge.info.label].get(s.id), grader) for s, g in zip(part, graded)]
        items = [_item(s, g) for s, g in zip(part, graded) if g.extraction is not None]
        for judge in others:
            judge_grades[judge.info.label] = _run(judge, items, jctx, totals)
        del items
        graded = [replace(g, reasoning=replace(g.reasoning, grades={
            label: grades[s.id] for label, grades in judge_grades.items() if s.id in grades}))
            for s, g in zip(part, graded)]
        del judge_grades
        # encoded once, for the results table and the export, each text once (spans into the output)
        reasoning = [g.reasoning.stored_json(g.generation.text) for g in graded]
        results.add((s.id, g.key, g.extraction, g.score, r) for s, g, r in zip(part, graded, reasoning))
        totals.add(part, graded, direct_graded)
        arms: list[Sequence[Graded]] = []
        seeds: list[int | None] = []
        if rollouts is not None:
            arms = [graded, *(_grade_chunk(store, part, arm_keys, g) for arm_keys, g in zip(rollouts.keys, rollouts.graders))]
            seeds = [rollouts.first_seed, *rollouts.seeds]
            totals.add_rollouts(arms)
        if sink is not None:
            for s, g in zip(part, graded):  # what RunStore.iter_results will read back for this sample
                sink.add(SampleResult(sample=s, generation=g.generation if g.key is not None else None,
                                      extraction=g.extraction, score=g.score, reasoning=g.reasoning))
        yield from _lines(part, graded, reasoning, direct_graded, arms, seeds)
        if bar is not None:
            bar.advance(len(part))


def _grading_bar(ctx: JudgeContext, judges: Sequence[Judge], total: int, n_chunks: int) -> Any:
    """A progress line over the chunks of a long grading (100,000 samples with the verifier: minutes without a
    word), advanced once a chunk is written. Runs of one chunk finish in seconds and get none; with an LLM judge
    its own bar runs inside each chunk (one live line at a time), so the chunks show in its label instead."""
    if ctx.progress is None or n_chunks == 1 or any(j.info.kind is JudgeKind.LLM for j in judges):
        return contextlib.nullcontext(None)
    return ctx.progress(total, "grading")


def _chunk_progress(progress: ProgressFactory, k: int, n: int) -> ProgressFactory:
    """A judge's progress bar says which chunk of the run it is working on."""
    return lambda total, label: progress(total, f"{label} [part {k + 1} of {n}]")


def _arm_line(g: Graded) -> dict[str, Any]:
    """The direct arm's answer of one sample (mode ``both``), beside the CoT fields of its line."""
    ex = g.extraction
    return {"output": g.generation.text, "answer": ex.answer if ex is not None else None,
            "rule": ex.rule if ex is not None else None, "status": g.score.status.value,
            "correct": g.score.correct, "error": g.generation.error, "latency_s": g.generation.latency_s}


def _item(s: Sample, g: Graded) -> JudgeItem:
    assert g.extraction is not None
    return JudgeItem.build(s, g.generation.text, g.reasoning.text, g.extraction.answer)


def _run(judge: Judge, items: Sequence[JudgeItem], ctx: JudgeContext, totals: _Totals) -> Mapping[str, ReasoningGrade]:
    grades = judge.grade(items, ctx)
    totals.judged(judge)
    return grades


def _recovered(s: Sample, g: Graded, grade: ReasoningGrade | None, grader: Grader) -> Graded:
    """The sample re-graded with the answer a reader recovered (rule ``judge``), or unchanged."""
    answer = grade.labels.get("answer") if grade is not None and grade.status is GradeStatus.GRADED else None
    if not answer or g.extraction is None or g.extraction.parsed:
        return g
    ex = Extraction(answer=answer[0], rule=JUDGE_RULE, reasoning=g.extraction.reasoning)
    return replace(g, extraction=ex, score=grader.score(s, ex, g.generation))


MODEL_PRICE = "model"  # the price target naming the generating model (others name a judge)


def check_prices(prices: Mapping[str, Price], judges: Sequence[Judge], *, generates: bool = True) -> None:
    """Refuse a price for something the run does not have, before anything runs: a typo would
    otherwise silently leave a model unpriced. ``generates`` is false when grading outputs made
    elsewhere: there is no generating model, so a price for it would silently price nothing."""
    llm = [j.info for j in judges if j.info.kind is JudgeKind.LLM]
    known = ({MODEL_PRICE} if generates else set()) | {i.label for i in llm} | {i.protocol for i in llm}
    for target in prices:
        if target not in known:
            if target == MODEL_PRICE:
                raise MedstepError(f"price for {MODEL_PRICE!r}: the outputs being scored were generated elsewhere, "
                                   "so this run has no generating model to price"
                                   + (f" (prices can name its LLM judges: {', '.join(sorted(known))})" if known
                                      else " (and no LLM judge)"))
            raise MedstepError(f"price for {target!r}: this run has no such model or LLM judge "
                               f"(prices can name: {', '.join(sorted(known)) or 'nothing'})")


def _lines(samples: Sequence[Sample], graded: Sequence[Graded], reasoning: Sequence[str],
           direct: Sequence[Graded] | None, rollouts: Sequence[Sequence[Graded]] = (),
           seeds: Sequence[int | None] = ()) -> Iterator[str]:
    """``samples.jsonl`` lines one at a time (the export is streamed, never held whole); ``rollouts``
    (``--samples k``: every arm, the first one included) are listed under ``rollouts`` with their seeds.

    Each line is compact JSON text (:func:`medstep.jsontext.dumps`) with the sample's reasoning
    (already encoded for the results table) spliced in between the fields before and after it:
    the same bytes encoding the whole line would give, without encoding the step grades twice.
    """
    for k, (s, g) in enumerate(zip(samples, graded)):
        head, tail = _sample_line(s, g)
        if direct is not None:
            tail["direct"] = _arm_line(direct[k])
        if rollouts:
            tail["rollouts"] = [{"seed": seed, **_arm_line(arm[k])} for seed, arm in zip(seeds, rollouts)]
        yield f'{dumps(head)[:-1]},"reasoning":{reasoning[k]},{dumps(tail)[1:]}'


def _sample_line(s: Sample, g: Graded) -> tuple[dict[str, Any], dict[str, Any]]:
    """A line's fields before ``reasoning`` and after it."""
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
    }, {
        "answer": ex.answer if ex is not None else None,
        "rule": ex.rule if ex is not None else None,
        "status": g.score.status.value,
        "correct": g.score.correct,
        "match": g.score.match,
        "error": g.generation.error,
        "latency_s": g.generation.latency_s,
    }
