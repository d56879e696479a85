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
  carry a plain dict body and the JSON answer is read directly: the typed
  ``chat.completions.create`` path re-walks every message part against its
  type hints and builds pydantic objects. With ``openai[aiohttp]`` installed
  (a dependency), each endpoint's requests go on an aiohttp session of their
  own, with the same body and the same exceptions as the client
  (:mod:`medstep.models.openai_http`: 1.3 instead of 3.4-3.6 ms of CPU
  per request at concurrency 128, raw aiohttp 0.8); ``transport="httpx"`` forces the client's
  generic ``post`` over its default httpx transport.
* Retries are ours (the client's own are disabled) so that
  ``options.max_retries`` means what it says: exponential backoff with jitter
  on 408/409/429/5xx, timeouts and connection errors, honouring
  ``Retry-After``. A request that still fails becomes a ``Generation`` with
  ``error`` set; it is never raised and never turned into an answer. So does
  a 200 answer whose body is not a well-typed chat completion (a number as
  content, a string as usage): parsing never raises, so one bad answer never
  cancels the requests in flight beside it.
* ``options.timeout_s`` is a deadline for a whole attempt (the HTTP clients'
  timeouts restart with every byte, so a server trickling bytes was never cut
  off). Attempts that get no HTTP answer at all are counted across workers;
  ``options.unanswered_limit`` of them in a row raise
  :class:`~medstep.models.base.ServerUnavailable`, so a dead server stops the
  run in seconds instead of every remaining request retrying for minutes.
* On construction (and again after :meth:`close`), one ``GET /models``
  checks that the server is reachable and accepts the key, so a wrong URL is
  one clear error instead of a run of failures.
* Several endpoints of one model (``openai:NAME@URL1,URL2``) share the
  workers: each attempt goes to the endpoint with the fewest requests in
  flight, a failed attempt is retried on another endpoint at once (no
  backoff: the other server is not the one in trouble), and an endpoint
  that keeps failing is taken out for a while (:mod:`medstep.models.endpoints`).
  An endpoint unreachable at start-up starts taken out; the run stops only
  when none answers. Every generation records the endpoint that produced it,
  so usage can be counted per endpoint.

The API key is ``options.api_key`` or a placeholder for local servers; it is
deliberately not read from the environment.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import importlib
import importlib.util
import dataclasses
import queue
import random
import threading
import time
from dataclasses import dataclass
from typing import Any, Coroutine, Iterator, Sequence, TypeVar

import openai

from medstep.models.base import BackendOptions, ServerUnavailable
from medstep.models.endpoints import EjectPolicy, Endpoint, EndpointPool, as_list
from medstep.models.images import openai_messages
from medstep.models.openai_http import ChatWire, chat_wire
from medstep.models.openai_wire import (
    describe, endpoint_fault, parse_completion, retry_after, retryable, settings_kwargs,
)
from medstep.types import Generation, MedstepError, Request

T = TypeVar("T")
_parse_completion = parse_completion  # the name tests and benchmarks import
__all__ = ["Backoff", "OpenAIBackend", "http_transport", "settings_kwargs"]


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


class _Finished:
    """Queue marker: the batch coroutine ended (normally or with an exception)."""

    def __init__(self, future: "concurrent.futures.Future[None]") -> None:
        self.future = future


class _ProbeFailed(Exception):
    """One endpoint failed its start-up check; ``fatal`` when no other endpoint can make up for it
    (a rejected key, a wrong path: every endpoint of the spec is configured alike)."""

    def __init__(self, error: MedstepError, fatal: bool) -> None:
        super().__init__(str(error))
        self.error, self.fatal = error, fatal


class OpenAIBackend:
    """Generates with one or several OpenAI-compatible servers of one model; honours concurrency,
    timeout_s, max_retries, api_key."""

    def __init__(
        self,
        model: str,
        base_url: str | Sequence[str],
        options: BackendOptions = BackendOptions(),
        spec: str = "",
        *,
        backoff: Backoff = Backoff(),
        probe_timeout_s: float = 10.0,
        transport: str | None = None,
        eject: EjectPolicy = EjectPolicy(),
    ) -> None:
        if options.concurrency < 1:
            raise MedstepError(f"concurrency must be at least 1, got {options.concurrency}")
        self.model = model
        self.base_urls = as_list(base_url)
        if not self.base_urls:
            raise MedstepError(f"no endpoint given for model {model!r}")
        self.base_url = self.base_urls[0]
        self.options = options
        self.spec = spec or f"openai:{model}"
        self._backoff = backoff
        self._eject = eject
        self.transport = transport or http_transport()
        if self.transport not in ("aiohttp", "httpx") or (
            self.transport == "aiohttp" and http_transport() != "aiohttp"
        ):
            raise MedstepError(
                f"transport {self.transport!r} is not available (use 'httpx', or 'aiohttp' "
                "after pip install 'openai[aiohttp]')"
            )
        self._probe_timeout_s = min(probe_timeout_s, options.timeout_s)
        self._streak = _Streak(1)
        self._loop: _LoopThread | None = None
        self._pool: EndpointPool[openai.AsyncOpenAI] | None = None
        self._wires: dict[str, ChatWire] = {}  # endpoint URL -> its aiohttp path (transport "aiohttp")
        self._probed = False
        self.unreachable: list[str] = []  # endpoints that failed the start-up check (started taken out)
        # Connect now, so a wrong URL or key fails before any progress output
        # or request bookkeeping; the pipeline builds a backend only when
        # there is something to generate.
        try:
            self._start()
        except BaseException:
            self.close()
            raise

    # ---- lifecycle ---------------------------------------------------------------
    async def _make_client(self, url: str) -> openai.AsyncOpenAI:
        # Built inside the loop thread: the connection pool belongs to that loop.
        n = self.options.concurrency
        client_cls = openai.DefaultAioHttpClient if self.transport == "aiohttp" else openai.DefaultAsyncHttpxClient
        http_client = client_cls(
            limits=_httpx_module().Limits(max_connections=n, max_keepalive_connections=n),
            timeout=self.options.timeout_s,
        )
        return openai.AsyncOpenAI(
            api_key=self.options.api_key or "EMPTY",
            base_url=url,
            max_retries=0,
            timeout=self.options.timeout_s,
            http_client=http_client,
        )

    async def _make_pool(self) -> EndpointPool[openai.AsyncOpenAI]:
        endpoints = [Endpoint(url, await self._make_client(url)) for url in self.base_urls]
        if self.transport == "aiohttp":
            for ep in endpoints:
                wire = chat_wire(ep.client, _httpx_module(), self.options.concurrency, self.options.timeout_s)
                if wire is not None:
                    self._wires[ep.url] = wire
        return EndpointPool(endpoints, self._eject)

    async def _probe_one(self, url: str, client: openai.AsyncOpenAI) -> None:
        try:
            async with asyncio.timeout(self._probe_timeout_s + 1):
                # raw: the answer need not parse as a model list (an HTML page, bad JSON) to show the server is up;
                # parsed, such a body crashed inside the client ("'str' object has no attribute ...")
                await client.models.with_raw_response.list(timeout=self._probe_timeout_s)
        except TimeoutError:
            raise _ProbeFailed(MedstepError(
                f"the server at {url} did not answer GET /models within {self._probe_timeout_s:g} s"), False) from None
        except openai.APIConnectionError as exc:
            raise _ProbeFailed(MedstepError(
                f"cannot reach OpenAI-compatible server at {url}: {describe(exc)}; "
                "is the server running and is the URL (including /v1) right?"), False) from exc
        except (openai.AuthenticationError, openai.PermissionDeniedError) as exc:
            raise _ProbeFailed(MedstepError(
                f"OpenAI-compatible server at {url} rejected the API key: {describe(exc)}"), True) from exc
        except openai.NotFoundError as exc:
            # Every OpenAI-compatible server we know serves /models; a 404 there
            # nearly always means the base URL lacks its /v1 (or has a typo).
            raise _ProbeFailed(MedstepError(
                f"OpenAI-compatible server at {url} answered 404 for {url}/models: "
                "the base URL usually ends in /v1 (e.g. http://127.0.0.1:8000/v1)"), True) from exc
        except openai.APIStatusError:
            pass  # it answered (e.g. 5xx while warming up): reachable; requests retry on their own

    async def _probe(self) -> None:
        """Check every endpoint at once; an unreachable one starts taken out, unless none is reachable."""
        assert self._pool is not None
        pool = self._pool
        results = await asyncio.gather(*(self._probe_one(e.url, e.client) for e in pool.endpoints),
                                       return_exceptions=True)
        failed = [(e, r) for e, r in zip(pool.endpoints, results) if isinstance(r, BaseException)]
        for _, r in failed:
            if not isinstance(r, _ProbeFailed):
                raise r
            if r.fatal or len(failed) == len(pool.endpoints):
                raise r.error from None
        for ep, r in failed:
            pool.eject(ep)
            self.unreachable.append(str(r))

    def _start(self) -> _LoopThread:
        if self._loop is None:
            self._loop = _LoopThread()
            self._pool = self._loop.run(self._make_pool())
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
        for wire in self._wires.values():
            await wire.close()
        self._wires = {}
        if self._pool is not None:
            for ep in self._pool.endpoints:
                await ep.client.close()

    def close(self) -> None:
        """Cancel what is in flight, close connections, stop the loop thread; safe to call twice."""
        if self._loop is None:
            return
        self._loop.run(self._shutdown())
        self._loop.stop()
        self._loop, self._pool, self._probed = None, None, False

    def __enter__(self) -> "OpenAIBackend":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def notes(self) -> list[str]:
        """Lines worth printing after a run: endpoints unreachable at start, and per-endpoint counts
        when there are several."""
        lines = [f"endpoint taken out at start: {u}" for u in self.unreachable]
        if self._pool is not None and self._pool.several:
            lines += self._pool.describe()
        return lines

    # ---- generation --------------------------------------------------------------
    def generate(self, requests: Sequence[Request]) -> Iterator[tuple[Request, Generation]]:
        """Yield ``(request, generation)`` as each finishes; stopping early cancels the rest."""
        for batch in self.generate_batches(requests):
            yield from batch

    def generate_batches(self, requests: Sequence[Request]) -> Iterator[list[tuple[Request, Generation]]]:
        """Like :meth:`generate`, each time with every result finished since the last time (at least one).

        The caller never waits for a batch to fill: it gets what is there when it asks. At high
        concurrency, answers arrive in bursts while the caller is busy storing the previous ones,
        and taking them together saves a thread wake-up and a commit per result
        (see :func:`medstep.models.base.result_batches`).
        """
        requests = list(requests)
        if not requests:
            return
        loop = self._start()
        results: queue.SimpleQueue[Any] = queue.SimpleQueue()
        future = loop.submit(self._run(requests, results.put))
        future.add_done_callback(lambda f: results.put(_Finished(f)))
        left = len(requests)
        try:
            while left:
                batch = [results.get()]
                while len(batch) < left and not results.empty():
                    batch.append(results.get())
                done = next((i for i, item in enumerate(batch) if isinstance(item, _Finished)), None)
                if done is not None:  # ended before every request had a result
                    if done:
                        yield batch[:done]  # answered before the end: stored, then the error
                    batch[done].future.result()  # re-raises the loop-side exception
                    raise RuntimeError("openai backend stopped before answering every request")
                left -= len(batch)
                yield batch
        finally:
            if not future.done():
                future.cancel()

    async def _run(self, requests: list[Request], emit: Any) -> None:
        """Run the workers; an unexpected error (a bug, not a failed request) stops them all,
        and so does a server that stopped answering (:class:`ServerUnavailable`)."""
        pending = iter(requests)
        n = self.options.concurrency
        self._streak = _Streak(self.options.unanswered_limit or max(10, 3 * n))

        async def worker() -> None:
            for req in pending:  # shared iterator: each request is taken by one worker
                emit((req, await self._one(req)))

        try:
            async with asyncio.TaskGroup() as group:  # cancels the siblings if one raises
                for _ in range(min(n, len(requests))):
                    group.create_task(worker())
        except BaseExceptionGroup as eg:
            raise eg.exceptions[0] from eg

    async def _post(self, ep: Endpoint[openai.AsyncOpenAI], body: dict[str, Any]) -> bytes:
        """One attempt, cut off at ``timeout_s`` for the whole exchange.

        The HTTP clients' own timeout restarts with every byte received, so a
        server trickling its answer would hold a worker for ever; this
        deadline covers connecting, waiting and reading the whole body.
        """
        wire = self._wires.get(ep.url)
        async with asyncio.timeout(self.options.timeout_s):
            if wire is not None:
                return await wire.post(body)
            return await ep.client.post("/chat/completions", cast_to=bytes, body=body)

    async def _one(self, req: Request) -> Generation:
        try:
            messages = openai_messages(req.messages)
        except MedstepError as exc:  # unreadable image: this request fails, the run goes on
            return Generation(text="", error=str(exc))
        assert self._pool is not None
        pool = self._pool
        body = {"model": self.model, "messages": messages, **settings_kwargs(req.settings)}
        attempt = 0
        avoid: Endpoint[openai.AsyncOpenAI] | None = None
        while True:
            ep = await pool.acquire(avoid)
            start = time.perf_counter()
            try:
                raw = await self._post(ep, body)
            except (openai.APIError, TimeoutError) as exc:
                why = describe(exc) if isinstance(exc, openai.APIError) else (
                    f"Timeout: no complete answer within the {self.options.timeout_s:g} s request deadline")
                if pool.several:
                    why += f" [{ep.url}]"
                if isinstance(exc, (openai.APIConnectionError, TimeoutError)):
                    self._check_streak(why)
                else:
                    self._streak.answered()
                pool.failed(ep, endpoint_fault(exc))
                if attempt < self.options.max_retries and retryable(exc):
                    # another endpoint can take the retry at once; the same one gets a backoff pause
                    if not (pool.several and endpoint_fault(exc) and pool.others_available(ep)):
                        await asyncio.sleep(self._backoff.delay(attempt, retry_after(exc)))
                    attempt += 1
                    avoid = ep
                    continue
                return Generation(
                    text="",
                    latency_s=time.perf_counter() - start,
                    error=f"{why} (after {attempt + 1} attempt(s))",
                    endpoint=ep.url,
                )
            finally:
                pool.release(ep)
            self._streak.answered()
            pool.succeeded(ep)
            # latency of the answering attempt only: backoff sleeps are not model time
            return dataclasses.replace(parse_completion(raw, time.perf_counter() - start), endpoint=ep.url)

    def _check_streak(self, why: str) -> None:
        if self._streak.unanswered():
            where = (f"the server at {self.base_url}" if len(self.base_urls) == 1
                     else f"the servers at {', '.join(self.base_urls)}")
            raise ServerUnavailable(
                f"{where} gave no answer to {self._streak.count} requests in a row "
                f"(last: {why}); it looks down or overloaded, so the run stops here"
            )


class _Streak:
    """Consecutive attempts, over all workers, that got no HTTP answer at all.

    Any answer (a success, or an HTTP error such as 503 while a server warms
    up) resets it; only silence counts, so a flaky but alive server never
    stops a run.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.count = 0

    def answered(self) -> None:
        self.count = 0

    def unanswered(self) -> bool:
        self.count += 1
        return self.count >= self.limit
