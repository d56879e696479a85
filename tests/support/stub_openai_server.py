"""A small OpenAI-compatible chat server for offline tests and benchmarks.

Why hand-rolled on asyncio streams: the tests and the throughput benchmark
need a server that answers 32+ concurrent keep-alive connections after a fixed
delay without itself becoming the bottleneck, and must run where neither
aiohttp nor uvicorn is installed. HTTP/1.1 with ``Content-Length`` bodies is
all the ``openai`` client sends, so a ~60-line parser is enough.

Behaviour is steered per request by markers in the prompt text, so the same
server works in-process (tests) and as a subprocess (benchmark, kill/resume
tests) without any shared state:

``[answer:TEXT]``  answer exactly TEXT (otherwise a deterministic yes/no
                   derived from the request content; with a temperature above
                   0, from the content and the seed, as sampling would).
``[always-fail]``  answer HTTP ``always_fail_status`` (500) every time.
``[flaky]``        fail the first ``flaky_failures`` calls of this exact
                   request with ``flaky_status`` (429), then succeed.
``[delay:S]``      wait S seconds instead of the configured delay.
``[status:NNN]``   answer HTTP NNN every time (e.g. 400, a non-retryable error).
``[bad:NAME]``     answer 200 with the malformed body ``BAD_BODIES[NAME]`` (a number
                   as content, a string as usage, ...), as buggy servers do.
``[dribble:S]``    send the status line at once, then the body one byte every
                   S seconds (a server that never finishes within a deadline).
``[drop]``         close the connection without answering.

A *script* (``--script FILE``, or :func:`scripted` in-process) plays a judge
model: a JSON list of ``[substring, reply]`` pairs; the first pair whose
substring occurs in the prompt gives the reply text, verbatim (otherwise the
default answer). Tests of judge protocols use it to return fixed JSON.

Endpoints: ``GET /v1/models``, ``POST /v1/chat/completions`` and
``GET /stats`` (request counts as JSON, for subprocess users). With
``api_key`` set, ``/v1/*`` answers 401 unless that bearer token is sent.

Run standalone: ``python -m support.stub_openai_server --port 0 --delay 0.2``
(from ``tests/``); it prints ``READY <base_url>`` once listening.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import json
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

_ANSWER = re.compile(r"\[answer:([^\]]*)\]")
_DELAY = re.compile(r"\[delay:([0-9.]+)\]")
_STATUS = re.compile(r"\[status:([0-9]{3})\]")
_BAD = re.compile(r"\[bad:([a-z0-9-]+)\]")
_DRIBBLE = re.compile(r"\[dribble:([0-9.]+)\]")

# Bodies real servers (or proxies in front of them) have been seen to send; each
# must become a failed generation on the client, never a stored success.
BAD_BODIES: dict[str, Any] = {
    "content-number": {"choices": [{"message": {"role": "assistant", "content": 42}, "finish_reason": "stop"}]},
    "content-object": {"choices": [{"message": {"role": "assistant", "content": {"text": "yes"}}}]},
    "content-list": {"choices": [{"message": {"role": "assistant", "content": ["yes", "no"]}}]},
    "text-part-number": {"choices": [{"message": {"content": [{"type": "text", "text": 7}]}}]},
    "message-string": {"choices": [{"message": "Answer: yes", "finish_reason": "stop"}]},
    "usage-string": {"choices": [{"message": {"content": "Answer: yes"}}], "usage": "12 tokens"},
    "reasoning-list": {"choices": [{"message": {"content": "Answer: yes", "reasoning_content": ["a"]}}]},
    "choices-empty": {"choices": []},
    "not-an-object": ["Answer: yes"],
    "surrogate": {"choices": [{"message": {"content": "Answer: yes \ud800 done",
                                           "reasoning_content": "lone \udfff"}, "finish_reason": "stop"}]},
}
_REASONS = {200: "OK", 401: "Unauthorized", 404: "Not Found", 400: "Bad Request", 429: "Too Many Requests",
            500: "Internal Server Error", 503: "Service Unavailable"}


@dataclass
class StubConfig:
    """How the stub answers. ``answer_fn`` maps the prompt text to the answer text."""

    delay_s: float = 0.0
    model: str = "stub"
    reasoning: bool = False  # also return ``reasoning_content``
    flaky_failures: int = 2
    flaky_status: int = 429
    always_fail_status: int = 500
    answer_fn: Callable[[str], str] | None = None
    record_bodies: bool = True  # keep every chat request body (tests inspect them)
    api_key: str | None = None  # when set, /v1/* answers 401 without "Authorization: Bearer KEY"
    fail_all_status: int | None = None  # answer every chat request with this status (a broken endpoint)


@dataclass
class StubStats:
    """What the server has seen. ``request_counts`` is keyed by a hash of the messages."""

    chat_requests: int = 0
    model_requests: int = 0
    in_flight: int = 0
    max_in_flight: int = 0
    statuses: Counter = field(default_factory=Counter)
    request_counts: Counter = field(default_factory=Counter)
    bodies: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "chat_requests": self.chat_requests,
            "model_requests": self.model_requests,
            "max_in_flight": self.max_in_flight,
            "statuses": {str(k): v for k, v in self.statuses.items()},
            "request_counts": dict(self.request_counts),
            "repeated": sum(1 for v in self.request_counts.values() if v > 1),
        }


def prompt_text(body: dict[str, Any]) -> str:
    """All text of all messages, joined by newlines (string or content-part form)."""
    out: list[str] = []
    for msg in body.get("messages", []):
        content = msg.get("content")
        if isinstance(content, str):
            out.append(content)
        elif isinstance(content, list):
            out.extend(p.get("text", "") for p in content if p.get("type") == "text")
    return "\n".join(out)


def default_answer(prompt: str, seed: int | None = None) -> str:
    """A deterministic short reasoning + answer, so reruns give identical outputs.

    ``seed`` (given when the request samples, temperature > 0) joins the
    hash, so rollouts with different seeds answer differently, reproducibly.
    """
    forced = _ANSWER.search(prompt)
    if forced:
        return f"I looked at the image.\nAnswer: {forced.group(1)}"
    basis = prompt if seed is None else f"{prompt}\x00seed={seed}"
    pick = "yes" if hashlib.sha256(basis.encode()).digest()[0] % 2 else "no"
    return f"I looked at the image.\nAnswer: {pick}"


def scripted(pairs: list[tuple[str, str]] | list[list[str]], fallback: Callable[[str], str] | None = None,
             ) -> Callable[[str], str]:
    """An ``answer_fn`` replying with the text of the first pair whose substring is in the prompt."""
    rules = [(str(a), str(b)) for a, b in pairs]

    def answer(prompt: str) -> str:
        for needle, reply in rules:
            if needle in prompt:
                return reply
        return (fallback or default_answer)(prompt)

    return answer


class StubOpenAIServer:
    """The server; ``with StubOpenAIServer(cfg) as s: s.base_url`` runs it in a thread."""

    def __init__(self, config: StubConfig | None = None, port: int = 0) -> None:
        self.config = config or StubConfig()
        self.stats = StubStats()
        self._port = port
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._handlers: set[asyncio.Task] = set()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._port}/v1"

    # ---- lifecycle -------------------------------------------------------------
    async def serve(self, on_ready: Callable[[], None] = lambda: None) -> None:
        """Serve until :meth:`stop` (or the stop event) fires."""
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        server = await asyncio.start_server(self._handle, "127.0.0.1", self._port, backlog=1024)
        self._port = server.sockets[0].getsockname()[1]
        on_ready()
        try:
            await self._stop.wait()
        finally:
            server.close()
            for task in list(self._handlers):
                task.cancel()
            await asyncio.gather(*self._handlers, return_exceptions=True)
            await server.wait_closed()

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)

    def __enter__(self) -> "StubOpenAIServer":
        self._thread = threading.Thread(
            target=lambda: asyncio.run(self.serve(self._ready.set)), daemon=True, name="stub-openai"
        )
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("stub OpenAI server did not start within 10 s")
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
        if self._thread is not None:
            self._thread.join(10)

    # ---- HTTP ------------------------------------------------------------------
    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._handlers.add(task)
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ", 2)
                headers = {}
                for line in lines[1:]:
                    if ":" in line:
                        k, v = line.split(":", 1)
                        headers[k.strip().lower()] = v.strip()
                length = int(headers.get("content-length", "0"))
                body = await reader.readexactly(length) if length else b""
                path = target.split("?", 1)[0]
                key = self.config.api_key
                if key and path.startswith("/v1/") and headers.get("authorization") != f"Bearer {key}":
                    status, payload = 401, {"error": {"message": "invalid api key", "type": "auth"}}
                else:
                    status, payload = await self._route(method, path, body)
                if isinstance(payload, _Raw):
                    if payload.dribble_s is None:  # [drop]
                        return
                    await self._dribble(writer, payload)
                    return
                data = json.dumps(payload).encode()
                writer.write(
                    b"HTTP/1.1 %d %s\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n"
                    % (status, _REASONS.get(status, "Status").encode(), len(data))
                    + data
                )
                await writer.drain()
                if headers.get("connection", "").lower() == "close":
                    return
        except (ConnectionError, asyncio.CancelledError):
            return
        finally:
            self._handlers.discard(task)
            writer.close()

    @staticmethod
    async def _dribble(writer: asyncio.StreamWriter, raw: "_Raw") -> None:
        data = json.dumps(raw.payload).encode()
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n" % len(data))
        await writer.drain()
        for i in range(len(data)):
            writer.write(data[i : i + 1])
            await writer.drain()
            await asyncio.sleep(raw.dribble_s or 0)

    async def _route(self, method: str, path: str, body: bytes) -> tuple[int, Any]:
        if method == "GET" and path == "/v1/models":
            self.stats.model_requests += 1
            model = {"id": self.config.model, "object": "model", "created": 0, "owned_by": "stub"}
            return 200, {"object": "list", "data": [model]}
        if method == "GET" and path == "/stats":
            return 200, self.stats.to_json()
        if method == "POST" and path == "/v1/chat/completions":
            try:
                parsed = json.loads(body)
            except ValueError as exc:
                return 400, {"error": {"message": f"body is not JSON: {exc}", "type": "invalid_request"}}
            return await self._chat(parsed)
        return 404, {"error": {"message": f"no route {method} {path}", "type": "not_found"}}

    async def _chat(self, body: dict[str, Any]) -> tuple[int, Any]:
        st, cfg = self.stats, self.config
        st.chat_requests += 1
        st.in_flight += 1
        st.max_in_flight = max(st.max_in_flight, st.in_flight)
        if cfg.record_bodies:
            st.bodies.append(body)
        key = hashlib.sha1(json.dumps(body.get("messages"), sort_keys=True).encode()).hexdigest()
        st.request_counts[key] += 1
        prompt = prompt_text(body)
        try:
            delay = _DELAY.search(prompt)
            await asyncio.sleep(float(delay.group(1)) if delay else cfg.delay_s)
            status = 200
            forced = _STATUS.search(prompt)
            if forced:
                status = int(forced.group(1))
            elif cfg.fail_all_status is not None:
                status = cfg.fail_all_status
            elif "[always-fail]" in prompt:
                status = cfg.always_fail_status
            elif "[flaky]" in prompt and st.request_counts[key] <= cfg.flaky_failures:
                status = cfg.flaky_status
            st.statuses[status] += 1
            if status != 200:
                return status, {"error": {"message": f"injected failure {status}", "type": "stub"}}
            if "[drop]" in prompt:
                return 200, _Raw(None, None)
            bad = _BAD.search(prompt)
            if bad:
                return 200, BAD_BODIES[bad.group(1)]
            dribble = _DRIBBLE.search(prompt)
            if dribble:
                return 200, _Raw(self._completion(body, prompt), float(dribble.group(1)))
            return 200, self._completion(body, prompt)
        finally:
            st.in_flight -= 1

    def _completion(self, body: dict[str, Any], prompt: str) -> dict[str, Any]:
        if self.config.answer_fn is not None:
            text = self.config.answer_fn(prompt)
        else:
            sampled = (body.get("temperature") or 0) > 0
            text = default_answer(prompt, body.get("seed") if sampled else None)
        message: dict[str, Any] = {"role": "assistant", "content": text}
        if self.config.reasoning:
            message["reasoning_content"] = f"Reasoning about: {prompt[:80]}"
        prompt_tokens = len(prompt.split())
        completion_tokens = len(text.split())
        return {
            "id": f"chatcmpl-stub-{self.stats.chat_requests}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", self.config.model),
            "choices": [{"index": 0, "message": message, "finish_reason": "stop", "logprobs": None}],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }


@dataclass(frozen=True)
class _Raw:
    """A reply written by hand: ``dribble_s`` None drops the connection, else the body trickles out."""

    payload: Any
    dribble_s: float | None


# ---- subprocess use --------------------------------------------------------------
@dataclass
class StubProcess:
    """A stub server running in its own process (see :func:`spawn_stub_server`)."""

    proc: subprocess.Popen
    base_url: str

    def stats(self) -> dict[str, Any]:
        root = self.base_url.rsplit("/v1", 1)[0]
        with urllib.request.urlopen(f"{root}/stats", timeout=10) as resp:
            return json.loads(resp.read())


@contextlib.contextmanager
def spawn_stub_server(*args: str) -> Iterator[StubProcess]:
    """Start ``python -m support.stub_openai_server --port 0 ARGS`` and yield its URL.

    A separate process keeps the server's CPU out of the measured process
    (benchmark) and lets a test kill the client without killing the server.
    """
    cmd = [sys.executable, "-m", "support.stub_openai_server", "--port", "0", *args]
    proc = subprocess.Popen(
        cmd, cwd=Path(__file__).resolve().parents[1], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line.startswith("READY "):
            raise RuntimeError(f"stub server failed to start: {line!r}")
        yield StubProcess(proc, line.split()[1])
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="OpenAI-compatible stub server for medstep tests")
    ap.add_argument("--port", type=int, default=0, help="0 picks a free port")
    ap.add_argument("--delay", type=float, default=0.0, help="seconds before each answer")
    ap.add_argument("--model", default="stub")
    ap.add_argument("--reasoning", action="store_true", help="also send reasoning_content")
    ap.add_argument("--flaky-failures", type=int, default=2)
    ap.add_argument("--flaky-status", type=int, default=429)
    ap.add_argument("--api-key", default=None, help="require this bearer token on /v1/*")
    ap.add_argument("--fail-all", type=int, default=None, metavar="STATUS", help="answer every chat request STATUS")
    ap.add_argument("--script", default=None, help="JSON file of [substring, reply] pairs (judge replies)")
    ns = ap.parse_args(argv)
    script = scripted(json.loads(Path(ns.script).read_text(encoding="utf-8"))) if ns.script else None
    cfg = StubConfig(delay_s=ns.delay, model=ns.model, reasoning=ns.reasoning,
                     flaky_failures=ns.flaky_failures, flaky_status=ns.flaky_status,
                     record_bodies=False, api_key=ns.api_key, answer_fn=script, fail_all_status=ns.fail_all)
    server = StubOpenAIServer(cfg, port=ns.port)

    async def run() -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, server.stop)
        await server.serve(lambda: print(f"READY {server.base_url}", flush=True))

    asyncio.run(run())


if __name__ == "__main__":
    main()
