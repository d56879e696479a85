"""The judge interface: what every reasoning judge receives, returns and may use.

A judge grades the reasoning of many samples at once (an LLM judge needs
the whole batch to keep a server busy) and returns one typed
:class:`~medstep.results.ReasoningGrade` per sample. Two kinds exist:

* embedded judges (the verifier) compute grades in-process;
* LLM judges (:mod:`medstep.judges.llm`) run a protocol's prompts through a
  model backend, caching every call through :class:`JudgeCache`.

Judges never import the run store (a later stage): the store satisfies the
:class:`JudgeCache` protocol structurally, and tests can pass a dict-backed one.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Callable, Iterable, Mapping, Protocol, Sequence

from medstep.results import JudgeInfo, ReasoningGrade
from medstep.results.usage import TokenUsage
from medstep.types import Generation, Sample
from medstep.verify import split_steps


@dataclass(frozen=True)
class JudgeItem:
    """One sample as every judge sees it.

    ``steps`` is the reasoning split once (:func:`medstep.verify.split_steps`)
    for all judges, so step verdicts of different judges refer to the same
    steps and can be compared one by one. It is split when a judge first asks:
    the verifier splits as it analyses, so a verifier-only run never needs it.
    """

    sample: Sample
    output: str  # the raw model output
    reasoning: str  # the reasoning text separated from the answer
    answer: str | None  # the extracted answer (None: unparsed)

    @classmethod
    def build(cls, sample: Sample, output: str, reasoning: str, answer: str | None) -> "JudgeItem":
        return cls(sample, output, reasoning, answer)

    @cached_property
    def steps(self) -> tuple[str, ...]:
        return tuple(s.text for s in split_steps(self.reasoning or ""))


class JudgeCache(Protocol):
    """Where judge calls are kept: the run store implements it (``run.sqlite``, table ``judge_calls``).

    ``put_judge_call`` must commit at once, so a killed run keeps every answered call.
    """

    def judge_replies(self, keys: Iterable[str]) -> dict[str, Generation]:
        """Stored successful replies for the given keys."""
        ...

    def put_judge_call(self, key: str, judge: str, sample_id: str, prompt: str, generation: Generation) -> None:
        ...


ProgressFactory = Callable[[int, str], Any]  # (total, description) -> bar with advance(n, failed=) and __enter__/__exit__


@dataclass(frozen=True)
class JudgeOptions:
    """How LLM judges talk to their backend (embedded judges ignore these).

    concurrency: judge requests in flight at once (per judge).
    timeout_s / max_retries: per call, as for generation backends.
    api_key: for hosted OpenAI-compatible judge APIs.
    max_tokens: the judge's reply length limit.
    ray: run each LLM judge's model in its own pool of Ray actors (a ``RayOptions``), apart
        from the generating model's pool; ``None``: in this process.
    """

    concurrency: int = 16
    timeout_s: float = 120.0
    max_retries: int = 4
    api_key: str | None = None
    max_tokens: int = 1024
    ray: Any = None


@dataclass
class JudgeCalls:
    """How one judge's calls went in this invocation (the CLI prints it; not part of the summary)."""

    requested: int = 0  # sent to the backend now
    cached: int = 0  # answered from run.sqlite
    failed: int = 0  # sent and failed after retries


@dataclass(frozen=True)
class JudgeContext:
    """What a judge may use while grading: the call cache, a progress bar factory, backend options."""

    cache: JudgeCache | None = None
    progress: ProgressFactory | None = None
    options: JudgeOptions = JudgeOptions()


class Judge(ABC):
    """A reasoning judge. ``info.label`` names its metrics namespace; ``info.metrics`` lists its metric names."""

    info: JudgeInfo

    @abstractmethod
    def grade(self, items: Sequence[JudgeItem], ctx: JudgeContext) -> Mapping[str, ReasoningGrade]:
        """One grade per item, keyed by sample id. Never raises for one bad sample: that sample's
        grade carries a non-``graded`` status instead."""

    def corpus_metrics(self, grades: Sequence[ReasoningGrade]) -> Mapping[str, float | None]:
        """Metrics defined only over a whole run (an F1 of mean precision and recall, a consistency
        across samples), from its ``graded`` samples. Their names are listed in ``info.metrics`` like
        per-sample ones; the summary bootstraps their interval over samples. Default: none."""
        return {}

    @property
    def calls(self) -> JudgeCalls:
        """Call accounting of the last :meth:`grade` (zero for embedded judges)."""
        return JudgeCalls()

    @property
    def usage(self) -> Mapping[str, TokenUsage]:
        """Tokens of the calls the last :meth:`grade` rests on (cached ones included), by endpoint;
        empty for embedded judges."""
        return {}

    def close(self) -> None:
        """Release backends (LLM judges)."""
