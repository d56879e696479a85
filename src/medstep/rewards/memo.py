"""What the reward functions of one batch share: each completion's extraction and verification.

TRL calls every reward function on the same completions, one after the
other; the accuracy, process, clinical and perception rewards all need the
same answer extraction and most the same verification. Each is computed
once per (completion, sample) and kept in a small bounded memo, so adding a
reward to a run costs only what that reward adds. Keys hold every input the
result depends on, so a hit is the value a fresh computation would give.
"""

from __future__ import annotations

from typing import Any, Callable, Hashable, TypeVar

from medstep.extract import extract
from medstep.types import Extraction, Sample
from medstep.verify.memo import bounded_put

T = TypeVar("T")
_LIMIT = 8192  # a few GRPO batches of completions


class _Memo:
    def __init__(self, limit: int = _LIMIT) -> None:
        self.limit = limit
        self.values: dict[Hashable, Any] = {}

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        try:
            return self.values[key]
        except KeyError:
            pass
        value = compute()
        # (a full memo drops its oldest eighth at once: dropping the oldest entry per store walked over the slots
        # earlier deletions left empty, a cost growing with the limit; ``verify.memo.bounded_put``)
        bounded_put(self.values, key, value, self.limit)
        return value


_extractions = _Memo()
_scores = _Memo()
_perceptions = _Memo()


def clear() -> None:
    """Forget every memoised value (benchmarks time cold batches)."""
    for m in (_extractions, _scores, _perceptions):
        m.values.clear()


def sample_key(sample: Sample) -> tuple:
    """Everything of a sample that extraction, grading or the verifier reads."""
    return (
        sample.answer_type,
        sample.answer,
        tuple(sample.options.items()),
        sample.report,
        sample.reference_steps,
        sample.question,
        sample.benchmark,
        sample.grounding,
    )


def extraction(sample: Sample, text: str) -> Extraction:
    return _extractions.get((text, sample_key(sample)), lambda: extract(text, sample))


def reasoning_score(sample: Sample, text: str) -> Any:
    """The verifier judge's :class:`~medstep.judges.verifier.ReasoningScore` of the completion
    (``None``: the sample has nothing to verify against), computed exactly as ``--judge verifier``."""
    from medstep.judges.verifier import score_reasoning

    def compute() -> Any:
        ex = extraction(sample, text)
        return score_reasoning(sample, ex.reasoning, ex.answer if ex.parsed else None)

    return _scores.get((text, sample_key(sample)), compute)


def memo_perception(key: Hashable, compute: Callable[[], T]) -> T:
    return _perceptions.get(key, compute)
