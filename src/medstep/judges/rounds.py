"""Many multi-turn conversations with models, driven round by round through the backends.

Why one engine: LLM judges (a protocol asks, reads the reply, may ask again)
and chain mining (plan → evidence → refine, or mentors propose and interns
finish) have the same shape. Each item is written as straight-line code, a
generator that yields the :class:`Call` list it needs next, receives their
:class:`~medstep.types.Generation` s in the same order, and finally returns
its result. The engine advances every item's generator to its next list of
calls; the calls of all items form one round, sent together so each backend
keeps ``concurrency`` requests in flight. Items that need a second round
(or a regenerated attempt) simply yield again.

Why a cache key of its own: a call is identified by the model (its identity:
the spec without the endpoints serving it, so adding or moving a server
reuses every cached call), the caller's
``head`` (a judge protocol's name and version, a mining strategy and its
prompt version), the decoding settings, the exact message text and the
bytes of any image (:func:`call_key`). Every reply is committed through the
:class:`CallCache` as it arrives (the run store keeps them in
``run.sqlite``, table ``judge_calls``), so ``kill -9`` loses only the calls
in flight and re-running sends no request that was answered. Failed calls
are stored for the record but asked again next time.

Several models (a mining run's mentors and interns) are served by one
backend each; when a round has work for more than one, their requests run
concurrently, one thread per backend, and every reply is stored from the
calling thread.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Generator, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from medstep.judges.base import ProgressFactory
from medstep.models.base import BackendOptions, checked_generation
from medstep.models.spec import parse_spec
from medstep.results.usage import LOCAL_ENDPOINT, TokenUsage
from medstep.types import (Generation, GenerationSettings, MedstepError, Message, Request, messages_digest,
                           messages_json)


@dataclass(frozen=True)
class Call:
    """One model call a conversation asks for: the turns, which of the engine's models, and how to decode."""

    messages: tuple[Message, ...]
    model: str
    settings: GenerationSettings


# yields lists of calls, receives their generations (same order), returns the item's result
Conversation = Generator[list[Call], list[Generation], Any]


class CallCache(Protocol):
    """Where calls are kept. The run store implements it; ``put_judge_call`` must commit at once."""

    def judge_replies(self, keys: Iterable[str]) -> dict[str, Generation]:
        """Stored successful replies for the given keys."""
        ...

    def put_judge_call(self, key: str, judge: str, sample_id: str, prompt: str, generation: Generation) -> None:
        ...


class MemoryCache:
    """Stand-in cache when no run store is given (library use): identical calls are still made once."""

    def __init__(self) -> None:
        self._replies: dict[str, Generation] = {}

    def judge_replies(self, keys: Iterable[str]) -> dict[str, Generation]:
        return {k: self._replies[k] for k in keys if k in self._replies}

    def put_judge_call(self, key: str, judge: str, sample_id: str, prompt: str, generation: Generation) -> None:
        if not generation.failed:
            self._replies[key] = generation


@dataclass
class CallCounts:
    """How an engine's calls went: sent now, answered from the cache, sent and failed after retries."""

    requested: int = 0
    cached: int = 0
    failed: int = 0


def call_key(model: str, head: Mapping[str, Any], settings: GenerationSettings, messages: Sequence[Message]) -> str:
    """Content hash of one call: model, the caller's head, settings, message text and image bytes.

    Messages without images hash exactly as LLM-judge calls always have, so
    judge caches written before this engine existed stay valid.
    """
    return messages_digest({"judge": model, **head, "settings": settings.to_json()}, messages)


@dataclass
class _Live:
    """One conversation between rounds: its generator and the keys of the calls it waits on."""

    item_id: str
    conversation: Conversation
    pending: list[Call] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)


class RoundEngine:
    """Drives conversations through model backends, round by round, caching every call.

    ``models`` maps the names conversations use in :attr:`Call.model` to
    model spec strings; a backend is started for a model only when a round
    has uncached work for it (names mapped to one spec share it). ``counts``
    and ``usage`` (tokens by endpoint of every reply the results rest on,
    cached ones included) describe the last :meth:`run`. ``label`` names the calls in the cache
    (``judge_calls.judge``) and on the progress line; ``head`` goes into
    every call's key (name and version of what asks, so a changed prompt or
    protocol never reuses an old reply).
    """

    def __init__(self, models: Mapping[str, str], options: BackendOptions, *, label: str,
                 head: Mapping[str, Any], cache: CallCache | None = None,
                 progress: ProgressFactory | None = None) -> None:
        if not models:
            raise MedstepError(f"{label}: no model to call")
        self.models = dict(models)
        self.identities = {name: parse_spec(spec).identity for name, spec in self.models.items()}
        self.options = options
        self.label = label
        self.head = dict(head)
        self.cache: CallCache = cache if cache is not None else MemoryCache()
        self.progress = progress
        self.counts = CallCounts()
        self.usage: dict[str, TokenUsage] = {}
        self._backends: dict[str, Any] = {}

    # -- driving -------------------------------------------------------------------------------
    def run(self, conversations: Mapping[str, Conversation]) -> dict[str, Any]:
        """Every conversation's return value, by item id."""
        self.counts, self.usage = CallCounts(), {}
        results: dict[str, Any] = {}
        live: list[_Live] = []
        for item_id, conv in conversations.items():
            self._step(_Live(item_id, conv), None, results, live)
        round_no = 0
        while live:
            round_no += 1
            replies = self._round(live, round_no)
            now, live = live, []
            for c in now:
                self._step(c, [replies[k] for k in c.keys], results, live)
        return results

    def _step(self, c: _Live, gens: list[Generation] | None, results: dict[str, Any], live: list[_Live]) -> None:
        try:
            asks = next(c.conversation) if gens is None else c.conversation.send(gens)
        except StopIteration as done:
            results[c.item_id] = done.value
            return
        if not asks:
            c.conversation.close()
            raise MedstepError(f"{self.label}: item {c.item_id!r} asked for no call")
        unknown = [a.model for a in asks if a.model not in self.models]
        if unknown:
            c.conversation.close()
            raise MedstepError(f"{self.label}: item {c.item_id!r} asked model {unknown[0]!r}, "
                               f"which is not one of {sorted(self.models)}")
        c.pending = list(asks)
        live.append(c)

    # -- one round -------------------------------------------------------------------------------
    def _round(self, live: list[_Live], round_no: int) -> dict[str, Generation]:
        """Send the round's calls that are not cached yet; return every reply by key."""
        requests: dict[str, tuple[str, Request]] = {}  # key -> (model name, request)
        for c in live:
            c.keys = []
            for call in c.pending:
                key = call_key(self.identities[call.model], self.head, call.settings, call.messages)
                c.keys.append(key)
                if key not in requests:
                    requests[key] = (call.model, Request(key=key, sample_id=c.item_id, messages=call.messages,
                                                         settings=call.settings))
        replies = self.cache.judge_replies(list(requests))
        self.counts.cached += len(replies)
        todo: dict[str, list[Request]] = {}  # model spec -> its requests (one backend per spec)
        for key, (model, req) in requests.items():
            if key not in replies:
                todo.setdefault(self.models[model], []).append(req)
        if todo:
            replies.update(self._send(todo, round_no))
        for gen in replies.values():
            if not gen.failed:
                where = gen.endpoint or LOCAL_ENDPOINT
                self.usage[where] = self.usage.get(where, TokenUsage()).plus(gen.prompt_tokens, gen.completion_tokens)
        return replies

    def _send(self, todo: dict[str, list[Request]], round_no: int) -> dict[str, Generation]:
        total = sum(len(v) for v in todo.values())
        what = self.label + (f" (round {round_no})" if round_no > 1 else "")
        bar = self.progress(total, what) if self.progress else None
        out: dict[str, Generation] = {}
        try:
            if bar is not None:
                bar.__enter__()
            for req, gen in self._generate(todo):
                gen = checked_generation(gen)
                self.cache.put_judge_call(req.key, self.label, req.sample_id, messages_json(req.messages), gen)
                out[req.key] = gen
                self.counts.requested += 1
                self.counts.failed += gen.failed
                if bar is not None:
                    bar.advance(1, failed=gen.failed)
        finally:
            if bar is not None:
                bar.__exit__(None, None, None)
        return out

    def _generate(self, todo: dict[str, list[Request]]) -> Iterable[tuple[Request, Generation]]:
        """(request, generation) pairs as they finish; one thread per backend when several have work."""
        backends = {spec: self._backend(spec) for spec in todo}
        if len(todo) == 1:
            (spec, reqs), = todo.items()
            yield from backends[spec].generate(reqs)
            return
        done: queue.Queue = queue.Queue()
        stop = threading.Event()

        def work(spec: str, reqs: list[Request]) -> None:
            try:
                for pair in backends[spec].generate(reqs):
                    done.put(("ok", pair))
                    if stop.is_set():
                        return
            except BaseException as e:  # handed to the calling thread, which raises it
                done.put(("error", e))
            finally:
                done.put(("end", spec))

        threads = [threading.Thread(target=work, args=(spec, reqs), daemon=True, name="rounds-backend")
                   for spec, reqs in todo.items()]
        for t in threads:
            t.start()
        running = len(threads)
        try:
            while running:
                kind, value = done.get()
                if kind == "end":
                    running -= 1
                elif kind == "error":
                    raise value
                else:
                    yield value
        finally:
            stop.set()
            for t in threads:
                t.join(timeout=0.1)

    def _backend(self, spec: str) -> Any:
        """The backend serving ``spec``, started on first use and shared by every name mapped to it."""
        from medstep.models.spec import load_backend

        if spec not in self._backends:
            self._backends[spec] = load_backend(spec, self.options)
        return self._backends[spec]

    def close(self) -> None:
        """Release every backend started."""
        backends, self._backends = self._backends, {}
        for b in backends.values():
            b.close()
