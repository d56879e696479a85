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

from medstep.models.base import BackendOptions, ServerUnavailable
from medstep.models.images import openai_messages
from medstep.textclean import clean_text
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


def _retryable(exc: Exception) -> bool:
    if isinstance(exc, (openai.APIConnectionError, TimeoutError)):  # includes APITimeoutError
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in _RETRY_STATUSES or exc.status_code >= 500
    return False


def _retry_after(exc: Exception) -> float | None:
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


class _BadResponse(ValueError):
    """A 200 answer whose JSON is not a chat completion we can store as text."""


def _field(obj: dict[str, Any], name: str, kinds: tuple[type, ...], where: str) -> Any:
    """``obj[name]`` when absent/null or of one of ``kinds``; anything else is a :class:`_BadResponse`."""
    value = obj.get(name)
    if value is None or (isinstance(value, kinds) and not isinstance(value, bool)):
        return value
    raise _BadResponse(f"{where}.{name} is {type(value).__name__}, not {'/'.join(k.__name__ for k in kinds)}")


def _content_text(content: Any) -> str:
    """Message content as text: a string, or the text parts of a content-part list (a few servers)."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        raise _BadResponse(f"message.content is {type(content).__name__}, not text")
    texts = []
    for k, part in enumerate(content):
        if not isinstance(part, dict):
            raise _BadResponse(f"message.content[{k}] is {type(part).__name__}, not a content part")
        if part.get("type", "text") != "text":
            continue  # e.g. an image part echoed back: not part of the answer
        texts.append(_field(part, "text", (str,), f"message.content[{k}]") or "")
    return "".join(texts)


def _read_completion(data: Any, latency_s: float) -> Generation:
    if not isinstance(data, dict):
        raise _BadResponse(f"the body is a JSON {type(data).__name__}, not an object")
    if "choices" not in data and data.get("error") is not None:
        raise _BadResponse(f"server error: {str(data['error'])[:300]}")
    choices = data.get("choices")
    if not isinstance(choices, list) or not choices:
        raise _BadResponse("no choices" if choices in (None, []) else f"choices is {type(choices).__name__}")
    choice = choices[0]
    if not isinstance(choice, dict):
        raise _BadResponse(f"choices[0] is {type(choice).__name__}, not an object")
    msg = choice.get("message")
    if not isinstance(msg, dict):
        raise _BadResponse(f"choices[0].message is {type(msg).__name__}, not an object")
    usage = data.get("usage")
    if usage is not None and not isinstance(usage, dict):
        raise _BadResponse(f"usage is {type(usage).__name__}, not an object")
    usage = usage or {}
    # vLLM and llama.cpp put separated thinking in a non-standard field:
    # ``reasoning_content`` (most servers) or ``reasoning`` (newer vLLM).
    reasoning = _field(msg, "reasoning_content", (str,), "message") or _field(msg, "reasoning", (str,), "message")
    return Generation(
        text=clean_text(_content_text(msg.get("content"))),
        reasoning=clean_text(reasoning) if reasoning else None,
        latency_s=latency_s,
        prompt_tokens=_field(usage, "prompt_tokens", (int,), "usage"),
        completion_tokens=_field(usage, "completion_tokens", (int,), "usage"),
        finish_reason=_field(choice, "finish_reason", (str,), "choices[0]"),
    )


def _parse_completion(raw: bytes, latency_s: float) -> Generation:
    """A chat-completion JSON body -> Generation; anything else is a failed generation saying why.

    Every field that is stored is type-checked here: a number or object
    where text belongs, stored as a success, would break every later
    re-grade of the run. This function never raises, so one bad answer
    never cancels the other requests in flight.
    """
    snippet = raw[:200].decode("utf-8", "replace")
    try:
        return _read_completion(json.loads(raw), latency_s)
    except _BadResponse as exc:
        why = str(exc)
    except (ValueError, RecursionError) as exc:  # not JSON (or absurdly nested)
        why = f"not JSON ({type(exc).__name__}: {exc})"
    return Generation(text="", latency_s=latency_s, error=f"unexpected response ({why}): {snippet!r}")


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
        self._streak = _Streak(1)
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
            async with asyncio.timeout(self._probe_timeout_s + 1):
                await self._client.models.list(timeout=self._probe_timeout_s)
        except TimeoutError:
            raise MedstepError(
                f"the server at {self.base_url} did not answer GET /models within {self._probe_timeout_s:g} s"
            ) from None
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

    async def _post(self, body: dict[str, Any]) -> bytes:
        """One attempt, cut off at ``timeout_s`` for the whole exchange.

        The HTTP clients' own timeout restarts with every byte received, so a
        server trickling its answer would hold a worker for ever; this
        deadline covers connecting, waiting and reading the whole body.
        """
        assert self._client is not None
        async with asyncio.timeout(self.options.timeout_s):
            return await self._client.post("/chat/completions", cast_to=bytes, body=body)

    async def _one(self, req: Request) -> Generation:
        try:
            messages = openai_messages(req.messages)
        except MedstepError as exc:  # unreadable image: this request fails, the run goes on
            return Generation(text="", error=str(exc))
        body = {"model": self.model, "messages": messages, **settings_kwargs(req.settings)}
        attempt = 0
        while True:
            start = time.perf_counter()
            try:
                raw = await self._post(body)
            except (openai.APIError, TimeoutError) as exc:
                why = _describe(exc) if isinstance(exc, openai.APIError) else (
                    f"Timeout: no complete answer within the {self.options.timeout_s:g} s request deadline")
                if isinstance(exc, (openai.APIConnectionError, TimeoutError)):
                    self._check_streak(why)
                else:
                    self._streak.answered()
                if attempt < self.options.max_retries and _retryable(exc):
                    await asyncio.sleep(self._backoff.delay(attempt, _retry_after(exc)))
                    attempt += 1
                    continue
                return Generation(
                    text="",
                    latency_s=time.perf_counter() - start,
                    error=f"{why} (after {attempt + 1} attempt(s))",
                )
            self._streak.answered()
            # latency of the answering attempt only: backoff sleeps are not model time
            return _parse_completion(raw, time.perf_counter() - start)

    def _check_streak(self, why: str) -> None:
        if self._streak.unanswered():
            raise ServerUnavailable(
                f"the server at {self.base_url} gave no answer to {self._streak.count} requests in a row "
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
