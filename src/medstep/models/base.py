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

from dataclasses import dataclass
from typing import Iterator, Protocol, Sequence, runtime_checkable

from medstep.types import Generation, Request


@dataclass(frozen=True)
class BackendOptions:
    """Knobs shared by backends; each backend documents which ones it honours.

    concurrency: parallel in-flight requests (openai backend).
    batch_size: samples per forward pass (hf backend).
    timeout_s: per-request timeout (openai backend).
    max_retries: retries on 429/5xx/timeouts before a request is recorded as failed.
    api_key: for hosted OpenAI-compatible APIs; local servers ignore it.
    n_ctx / n_threads: llama.cpp context size and CPU threads.
    device: torch device for the hf backend ("cpu", "cuda", "auto").
    """

    concurrency: int = 8
    batch_size: int = 8
    timeout_s: float = 120.0
    max_retries: int = 4
    api_key: str | None = None
    n_ctx: int = 4096
    n_threads: int | None = None
    device: str = "auto"


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
