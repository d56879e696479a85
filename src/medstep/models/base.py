"""The one interface every model backend implements.

A backend takes a batch of already-built :class:`~medstep.types.Request`
objects and yields ``(request, generation)`` pairs *in completion order*, so
the pipeline can store each result the moment it exists (a killed run loses
nothing finished) and a slow request never blocks the progress bar.

Backends never raise for a single failed request: after their retries they
yield a ``Generation`` with ``error`` set, which is counted as *failed*. They
raise :class:`~medstep.types.MedstepError` only for problems that make every
request fail (model file missing, server unreachable at start-up).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator, Protocol, Sequence, runtime_checkable

from medstep.textclean import clean_text
from medstep.types import Generation, MedstepError, Request

if TYPE_CHECKING:
    from medstep.models.ray_pool import RayOptions


@dataclass(frozen=True)
class BackendOptions:
    """Knobs shared by backends; each backend documents which ones it honours.

    concurrency: parallel in-flight requests (openai backend).
    batch_size: samples per forward pass (hf backend).
    timeout_s: deadline for one whole request attempt, answer included (openai backend).
    max_retries: retries on 429/5xx/timeouts before a request is recorded as failed.
    unanswered_limit: consecutive attempts without any HTTP answer (refused or dropped
        connections, deadlines) after which the openai backend stops the run with
        :class:`ServerUnavailable`; ``None`` means ``max(10, 3 * concurrency)``.
    api_key: for hosted OpenAI-compatible APIs; local servers ignore it.
    n_ctx / n_threads: llama.cpp context size and CPU threads.
    device: torch device for the hf backend ("cpu", "cuda", "auto").
    ray: run the backend in a pool of Ray actors (:mod:`medstep.models.ray_pool`); ``None``: here.
    tensor_parallel / data_parallel / prefix_caching: vLLM engine options (vllm backend).
    max_images: the most images one request carries (multi-image benchmarks); vLLM sizes its
        per-prompt image limit with it unless the spec names one. ``None``: the backend's default.
    """

    concurrency: int = 8
    batch_size: int = 8
    timeout_s: float = 120.0
    max_retries: int = 4
    unanswered_limit: int | None = None
    api_key: str | None = None
    n_ctx: int = 4096
    n_threads: int | None = None
    device: str = "auto"
    ray: "RayOptions | None" = None
    tensor_parallel: int = 1
    data_parallel: int = 1
    prefix_caching: bool = True
    max_images: int | None = None


@runtime_checkable
class Backend(Protocol):
    """A model that turns requests into generations."""

    spec: str  # the model spec string it was built from; part of the cache key

    def generate(self, requests: Sequence[Request]) -> Iterator[tuple[Request, Generation]]:
        """Yield one generation per request, in completion order."""
        ...

    def close(self) -> None:
        """Release servers, threads, model memory."""
        ...


def result_batches(backend: Backend, requests: Sequence[Request]) -> Iterator[list[tuple[Request, Generation]]]:
    """The backend's results in completion order, grouped as they became ready.

    A backend that finishes many requests at once (a server at concurrency 128 answers a wave
    of requests within a few milliseconds) hands over, in one list, everything finished since the
    caller last asked (``generate_batches``), so the caller stores them in one transaction and
    wakes once instead of once per result; nothing waits for a batch to fill, so a result is
    stored as soon as the caller is free. Other backends give one result at a time.
    """
    batched = getattr(backend, "generate_batches", None)
    if batched is not None:
        yield from batched(requests)
        return
    for pair in backend.generate(requests):
        yield [pair]


class ServerUnavailable(MedstepError):
    """A server stopped answering altogether: the run stops instead of failing every remaining request.

    Raised from ``generate``; what was yielded before stays valid (the
    pipeline has stored it), so re-running resumes where the server went away.
    """


def checked_generation(gen: Generation) -> Generation:
    """``gen`` as it may be stored: text fields are strings (or a failed generation says why).

    Backends build generations from outside data (a server's JSON, a
    tokenizer's bytes). A number or object where text belongs, stored as a
    success, used to break every later re-grade; lone surrogates broke every
    UTF-8 export. The pipeline passes every generation through here, whatever
    the backend.
    """
    if gen.failed:
        return gen if isinstance(gen.error, str) else dataclasses.replace(gen, error=repr(gen.error))
    for name in ("text", "reasoning", "finish_reason"):
        value = getattr(gen, name)
        if value is not None and not isinstance(value, str) or (name == "text" and value is None):
            return Generation(text="", latency_s=gen.latency_s,
                              error=f"backend returned {type(value).__name__} as {name}, not text: {value!r:.120}")
    for name in ("prompt_tokens", "completion_tokens"):
        value = getattr(gen, name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            return Generation(text="", latency_s=gen.latency_s,
                              error=f"backend returned {type(value).__name__} as {name}, not a count: {value!r:.120}")
    text, reasoning = clean_text(gen.text), clean_text(gen.reasoning) if gen.reasoning is not None else None
    if text is gen.text and reasoning is gen.reasoning:
        return gen
    return dataclasses.replace(gen, text=text, reasoning=reasoning)
