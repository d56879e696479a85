"""Grading stored generations: extraction, outcome grade, optional verifier, exports.

Split from the pipeline so that :func:`medstep.pipeline.run_eval` can grade
each result while the backend is still working on the others (the main
thread is otherwise idle waiting for results), leaving only the aggregate
metrics and the exports for the end of a run.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from medstep.store import RunStore
from medstep.types import Extraction, Generation, Sample, SampleScore


@dataclass
class Graded:
    """One sample's grades, ready for the results table and ``samples.jsonl``."""

    key: str | None
    generation: Generation
    extraction: Extraction | None
    score: SampleScore
    reasoning: dict[str, Any]
    reasoning_score: Any = None  # medstep.score.reasoning.ReasoningScore | None


class Grader:
    """Grades one sample at a time and remembers the result for :func:`finalize`.

    judge: ``verifier`` also grades the reasoning steps; ``none`` grades answers only.
    """

    def __init__(self, judge: str):
        self.judge = judge
        self.graded: dict[str, Graded] = {}
        self._loaded = False

    def _load(self) -> None:
        """Import the graders on first use: during an eval that is while the first
        requests are in flight, so the imports cost no wall time."""
        from medstep.extract import extract
        from medstep.score.outcome import grade

        self._extract, self._grade = extract, grade
        self._reasoning = None
        if self.judge == "verifier":
            from medstep.score.reasoning import score_reasoning

            self._reasoning = score_reasoning
        self._loaded = True

    def grade(self, sample: Sample, key: str | None, gen: Generation) -> Graded:
        if not self._loaded:
            self._load()
        ex = None if gen.failed else self._extract(gen.text, sample, gen.reasoning)
        sc = self._grade(sample, ex, gen)
        reasoning_text = ex.reasoning if ex is not None else ""
        reasoning: dict[str, Any] = {"text": reasoning_text}
        rs = None
        if self._reasoning is not None and ex is not None:
            rs = self._reasoning(sample, reasoning_text)
            if rs is not None:
                reasoning.update(rs.to_json())
        graded = Graded(key, gen, ex, sc, reasoning, rs)
        self.graded[sample.id] = graded
        return graded


_NOT_STORED = Generation(text="", error="no generation stored (run interrupted)")


def finalize(store: RunStore, samples: Sequence[Sample], keys: dict[str, str], grader: Grader,
             left_out: dict[str, int] | None = None) -> dict[str, Any]:
    """Grade what the grader has not seen yet, then write results, ``samples.jsonl`` and ``summary.json``.

    ``left_out`` counts benchmark records not in ``samples`` by reason (``skipped_images``,
    ``unpredicted``); it is written to the summary so nothing is dropped silently.
    """
    from medstep.score.outcome import outcome_metrics

    graded: list[Graded] = []
    for s in samples:
        g = grader.graded.get(s.id)
        if g is None or g.key != keys[s.id]:
            stored = store.generation(keys[s.id])
            g = grader.grade(s, keys[s.id] if stored else None, stored[1] if stored else _NOT_STORED)
        graded.append(g)
    store.put_results((s.id, g.key, g.extraction, g.score, g.reasoning) for s, g in zip(samples, graded))
    store.write_samples_jsonl(_sample_line(s, g) for s, g in zip(samples, graded))
    meta = store.meta
    summary: dict[str, Any] = {
        "benchmark": meta.benchmark,
        "split": meta.split,
        "model": meta.model,
        "mode": meta.mode,
        "judge": grader.judge,
        "n": len(samples),
        "left_out": dict(left_out or {}),
        "created": meta.created,
        "medstep_version": meta.medstep_version,
        "outcome": outcome_metrics(samples, [g.score for g in graded]),
    }
    if grader.judge == "verifier":
        from medstep.score.reasoning import reasoning_metrics

        summary["reasoning"] = reasoning_metrics([g.reasoning_score for g in graded])
    store.write_summary(summary)
    return summary


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
        "reasoning": g.reasoning,
        "answer": ex.answer if ex is not None else None,
        "rule": ex.rule if ex is not None else None,
        "status": g.score.status.value,
        "correct": g.score.correct,
        "error": g.generation.error,
        "latency_s": g.generation.latency_s,
    }
