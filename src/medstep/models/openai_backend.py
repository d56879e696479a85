"""Backend for any OpenAI-compatible chat server (vLLM, llama.cpp server, hosted APIs).

Design, and why:

* The pipeline is synchronous (it writes each result to SQLite as it comes),
  but a server is only kept busy by many requests in flight. So an asyncio
  loop runs in one background thread for the backend's lifetime, and
  :meth:`OpenAIBackend.generate` is a plain generator that hands finished
  results over a thread-safe queue, in completion order.
* ``options.concurrency`` workers pull requests from one shared iterator:
  the in-flight bound is exact, nothing is created per pending request, and
  a request's payload (base64 images) is built only when a worker takes it,
  so memory stays bounded by the concurrency, not by the benchmark size.
* One ``AsyncOpenAI`` client whose connection pool holds ``concurrency``
  keep-alive connections, so no request pays for a TCP handshake. Requests
  go through the client's generic ``post`` with a plain dict body and the
  JSON answer is read directly: the typed ``chat.completions.create`` path
  re-walks every message part against its type hints and builds pydantic
  objects, about 1.5x the CPU per request in
  ``benchmarks/bench_openai_throughput.py``. With
  ``openai[aiohttp]`` installed, the client's aiohttp transport is used
  (``transport="httpx"`` forces the default one).
* Retries are ours (the client's own are disabled) so that
  ``options.max_retries`` means what it says: exponential backoff with jitter
  on 408/409/429/5xx, timeouts and connection errors, honouring
  ``Retry-After``. A request that still fails becomes a ``Generation`` with
  ``error`` set; it is never raised and never turned into an answer.
* On construction (and again after :meth:`close`), one ``GET /models``
  checks that the server is reachable and accepts the key, so a wrong URL is
  one clear error instead of a run of failures.

The API key is ``options.api_key`` or a placeholder for local servers; it is
deliberately not read from the environment.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import importlib
import importlib.util
import json
import queue
import random
import threading
import time
from dataclasses import dataclass
from typing import Any, Coroutine, Iterator, Sequence, TypeVar

import openai

from medstep.models.base import BackendOptions
from medstep.models.images import openai_messages
from medstep.types import Generation, GenerationSettings, MedstepError, Request

T = TypeVar("T")

_RETRY_STATUSES = frozenset({408, 409, 429})


@dataclass(frozen=True)
class Backoff:
    """Retry delays: ``base_s * 2**attempt`` capped at ``cap_s``, half of it jittered.

    Jitter spreads the retries of many workers that failed together (a 429
    burst), so they do not hit the server again in lockstep.
    """

    base_s: float = 0.5
    cap_s: float = 30.0

    def delay(self, attempt: int, retry_after_s: float | None = None) -> float:
        d = min(self.cap_s, self.base_s * (2**attempt))
        d = d / 2 + random.uniform(0, d / 2)
        if retry_after_s is not None:
            d = max(d, min(retry_after_s, self.cap_s))
        return d


class _LoopThread:
    """An asyncio event loop running forever in a daemon thread."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True, name="medstep-openai")
        self._thread.start()

    def submit(self, coro: Coroutine[Any, Any, T]) -> "concurrent.futures.Future[T]":
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        return self.submit(coro).result()

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
        if not self._thread.is_alive():
            self.loop.close()


def _httpx_module() -> Any:
    """The httpx flavour the installed ``openai`` is built on (``httpx`` or ``httpx2``).

    Connection-pool limits must be that module's ``Limits`` class, and which
    one depends on the openai release, so it is read off the client class.
    """
    base = next(c for c in openai.DefaultAsyncHttpxClient.__mro__ if c.__name__ == "AsyncClient")
    return importlib.import_module(base.__module__.split(".")[0])


def http_transport() -> str:
    """``"aiohttp"`` when ``openai[aiohttp]`` is usable, else ``"httpx"``.

    Both give the same results (the openai client maps either library's
    errors to the same exceptions); aiohttp's C parser costs about a third
    less CPU per request, which matters at hundreds of requests per second.
    """
    # openai defines DefaultAioHttpClient as a placeholder that raises when its
    # aiohttp glue cannot be imported; only the real class counts.
    cls = getattr(openai, "DefaultAioHttpClient", None)
    usable = cls is not None and "Missing" not in cls.__name__ and importlib.util.find_spec("aiohttp")
    return "aiohttp" if usable else "httpx"


def settings_kwargs(settings: GenerationSettings) -> dict[str, Any]:
    """Generation settings as chat-completions arguments (unset seed/stop are omitted)."""
    kw: dict[str, Any] = {
        "max_tokens": settings.max_tokens,
        "temperature": settings.temperature,
        "top_p": settings.top_p,
    }
    if settings.seed is not None:
        kw["seed"] = settings.seed
    if settings.stop:
        kw["stop"] = list(settings.stop)
    return kw


def _retryable(exc: openai.APIError) -> bool:
    if isinstance(exc, openai.APIConnectionError):  # includes APITimeoutError
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in _RETRY_STATUSES or exc.status_code >= 500
    return False


def _retry_after(exc: openai.APIError) -> float | None:
    if not isinstance(exc, openai.APIStatusError):
        return None
    try:
        return float(exc.response.headers.get("retry-after", ""))
    except ValueError:
        return None


def _describe(exc: BaseException) -> str:
    """One line naming the failure; connection errors get their underlying cause."""
    if isinstance(exc, openai.APIStatusError):
        return f"HTTP {exc.status_code}: {exc.message}"
    cause = exc.__cause__
    detail = f" ({type(cause).__name__}: {cause})" if cause is not None else ""
    return f"{type(exc).__name__}: {exc}{detail}"


def _parse_completion(raw: bytes, latency_s: float) -> Generation:
    """A chat-completion JSON body -> Generation; a malformed body is a failed generation."""
    try:
        data = json.loads(raw)
        choice = data["choices"][0]
        msg = choice["message"]
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        snippet = raw[:200].decode("utf-8", "replace")
        return Generation(
            text="", latency_s=latency_s,
            error=f"unexpected response ({type(exc).__name__}: {exc}): {snippet!r}",
        )
    # vLLM and llama.cpp put separated thinking in a non-standard field:
    # ``reasoning_content`` (most servers) or ``reasoning`` (newer vLLM).
    reasoning = msg.get("reasoning_content") or msg.get("reasoning")
    usage = data.get("usage") or {}
    content = msg.get("content") or ""
    if isinstance(content, list):  # a few servers answer in content-part form
        content = "".join(p.get("text", "") for p in content if isinstance(p, dict))
    return Generation(
        text=content,
        reasoning=reasoning if isinstance(reasoning, str) and reasoning else None,
        latency_s=latency_s,
        prompt_tokens=usage.get("prompt_tokens"),
        completion_tokens=usage.get("completion_tokens"),
        finish_reason=choice.get("finish_reason"),
    )


class _Finished:
    """Queue marker: the batch coroutine ended (normally or with an exception)."""

    def __init__(self, future: "concurrent.futures.Future[None]") -> None:
        self.future = future


class OpenAIBackend:
    """Generates with an OpenAI-compatible server; honours concurrency, timeout_s, max_retries, api_key."""

    def __init__(
        self,
        model: str,
        base_url: str,
        options: BackendOptions = BackendOptions(),
        spec: str = "",
        *,
        backoff: Backoff = Backoff(),
        probe_timeout_s: float = 10.0,
        transport: str | None = None,
    ) -> None:
        if options.concurrency < 1:
            raise MedstepError(f"concurrency must be at least 1, got {options.concurrency}")
        self.model = model
        self.base_url = base_url.rstrip("/")
        self.options = options
        self.spec = spec or f"openai:{model}@{self.base_url}"
        self._backoff = backoff
        self.transport = transport or http_transport()
        if self.transport not in ("aiohttp", "httpx") or (
            self.transport == "aiohttp" and http_transport() != "aiohttp"
        ):
            raise MedstepError(
                f"transport {self.transport!r} is not available (use 'httpx', or 'aiohttp' "
                "after pip install 'openai[aiohttp]')"
            )
        self._probe_timeout_s = min(probe_timeout_s, options.timeout_s)
        self._loop: _LoopThread | None = None
        self._client: openai.AsyncOpenAI | None = None
        self._probed = False
        # Connect now, so a wrong URL or key fails before any progress output
        # or request bookkeeping; the pipeline builds a backend only when
        # there is something to generate.
        try:
            self._start()
        except BaseException:
            self.close()
            raise

    # ---- lifecycle ---------------------------------------------------------------
    async def _make_client(self) -> openai.AsyncOpenAI:
        # Built inside the loop thread: the connection pool belongs to that loop.
        n = self.options.concurrency
        client_cls = openai.DefaultAioHttpClient if self.transport == "aiohttp" else openai.DefaultAsyncHttpxClient
        http_client = client_cls(
            limits=_httpx_module().Limits(max_connections=n, max_keepalive_connections=n),
            timeout=self.options.timeout_s,
        )
        return openai.AsyncOpenAI(
            api_key=self.options.api_key or "EMPTY",
            base_url=self.base_url,
            max_retries=0,
            timeout=self.options.timeout_s,
            http_client=http_client,
        )

    async def _probe(self) -> None:
        assert self._client is not None
        try:
            await self._client.models.list(timeout=self._probe_timeout_s)
        except openai.APIConnectionError as exc:
            raise MedstepError(
                f"cannot reach OpenAI-compatible server at {self.base_url}: {_describe(exc)}; "
                "is the server running and is the URL (including /v1) right?"
            ) from exc
        except (openai.AuthenticationError, openai.PermissionDeniedError) as exc:
            raise MedstepError(
                f"OpenAI-compatible server at {self.base_url} rejected the API key: {_describe(exc)}"
            ) from exc
        except openai.NotFoundError as exc:
            # Every OpenAI-compatible server we know serves /models; a 404 there
            # nearly always means the base URL lacks its /v1 (or has a typo).
            raise MedstepError(
                f"OpenAI-compatible server at {self.base_url} answered 404 for {self.base_url}/models: "
                "the base URL usually ends in /v1 (e.g. http://127.0.0.1:8000/v1)"
            ) from exc
        except openai.APIStatusError:
            pass  # it answered (e.g. 5xx while warming up): reachable; requests retry on their own

    def _start(self) -> _LoopThread:
        if self._loop is None:
            self._loop = _LoopThread()
            self._client = self._loop.run(self._make_client())
        if not self._probed:
            self._loop.run(self._probe())
            self._probed = True
        return self._loop

    async def _shutdown(self) -> None:
        # Requests of an abandoned generate() may still be winding down: finish
        # their cancellation before the connections and the loop go away.
        others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in others:
            task.cancel()
        await asyncio.gather(*others, return_exceptions=True)
        if self._client is not None:
            await self._client.close()

    def close(self) -> None:
        """Cancel what is in flight, close connections, stop the loop thread; safe to call twice."""
        if self._loop is None:
            return
        self._loop.run(self._shutdown())
        self._loop.stop()
        self._loop, self._client, self._probed = None, None, False

    def __enter__(self) -> "OpenAIBackend":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- generation --------------------------------------------------------------
    def generate(self, requests: Sequence[Request]) -> Iterator[tuple[Request, Generation]]:
        """Yield ``(request, generation)`` as each finishes; stopping early cancels the rest."""
        requests = list(requests)
        if not requests:
            return
        loop = self._start()
        results: queue.SimpleQueue[Any] = queue.SimpleQueue()
        future = loop.submit(self._run(requests, results.put))
        future.add_done_callback(lambda f: results.put(_Finished(f)))
        try:
            for _ in range(len(requests)):
                item = results.get()
                if isinstance(item, _Finished):  # ended before every request had a result
                    item.future.result()  # re-raises the loop-side exception
                    raise RuntimeError("openai backend stopped before answering every request")
                yield item
        finally:
            if not future.done():
                future.cancel()

    async def _run(self, requests: list[Request], emit: Any) -> None:
        """Run the workers; an unexpected error (a bug, not a failed request) stops them all."""
        pending = iter(requests)

        async def worker() -> None:
            for req in pending:  # shared iterator: each request is taken by one worker
                emit((req, await self._one(req)))

        try:
            async with asyncio.TaskGroup() as group:  # cancels the siblings if one raises
                for _ in range(min(self.options.concurrency, len(requests))):
                    group.create_task(worker())
        except BaseExceptionGroup as eg:
            raise eg.exceptions[0] from eg

    async def _one(self, req: Request) -> Generation:
        assert self._client is not None
        try:
            messages = openai_messages(req.messages)
        except MedstepError as exc:  # unreadable image: this request fails, the run goes on
            return Generation(text="", error=str(exc))
        body = {"model": self.model, "messages": messages, **settings_kwargs(req.settings)}
        post = self._client.post
        attempt = 0
        while True:
            start = time.perf_counter()
            try:
                raw = await post("/chat/completions", cast_to=bytes, body=body)
            except openai.APIError as exc:
                if attempt < self.options.max_retries and _retryable(exc):
                    await asyncio.sleep(self._backoff.delay(attempt, _retry_after(exc)))
                    attempt += 1
                    continue
                return Generation(
                    text="",
                    latency_s=time.perf_counter() - start,
                    error=f"{_describe(exc)} (after {attempt + 1} attempt(s))",
                )
            # latency of the answering attempt only: backoff sleeps are not model time
            return _parse_completion(raw, time.perf_counter() - start)
