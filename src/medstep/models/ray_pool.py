"""Any backend, sharded over a pool of Ray actors (``medstep eval --ray auto|local|ADDRESS``).

Why actors that each own a backend: a model is expensive to load (a GGUF in
memory, an HF model or a vLLM engine on a GPU, an endpoint's connection
pool), so each actor loads it once and then serves many requests. The
driver keeps the run store: it hands small chunks of requests to the
actors, and yields every result the moment its chunk comes back, so the
pipeline commits it exactly as it does for a local backend. Nothing the
actors hold is ever the only copy of a finished result for longer than one
chunk.

Failure model, and why it is safe:

* ``kill -9`` of the driver: every result it yielded is committed in
  ``run.sqlite``; the actors are owned by the driver and go with it.
  Re-running the same command resumes, as for any run.
* A worker dies (killed, out of memory, its node lost): the chunks it held
  had not reached the store, so they go back to the queue and another
  worker (or the same one, restarted by Ray up to ``max_restarts`` times,
  reloading its model) generates them. A chunk whose worker died
  ``max_chunk_retries`` times is stored as failed generations saying so,
  so one request that crashes its worker cannot stop the run.
* Every worker gone for good: :class:`MedstepError`, after what was
  finished has been yielded (stored), so a re-run resumes.

Images travel inside the requests (bytes, not paths): a worker on another
machine need not see the driver's files. Ray is imported only here, and only
when ``--ray`` is given (the ``ray`` extra).
"""

from __future__ import annotations

import collections
import dataclasses
from dataclasses import dataclass
from typing import Any, Iterator, Sequence

from medstep.models.base import BackendOptions
from medstep.types import Generation, ImageRef, MedstepError, Message, Request

LOCAL = "local"  # start a private Ray instance on this machine instead of joining a cluster


@dataclass(frozen=True)
class RayOptions:
    """Where and how wide to run.

    address: ``auto`` (the cluster this machine belongs to, as ``ray start`` made it),
        ``local`` (a private single-machine instance, started and stopped with the run) or a
        cluster address (``ray://head:10001``, ``head:6379``).
    workers: actors, each owning one copy of the backend.
    cpus_per_worker / gpus_per_worker: what Ray reserves for each actor (a vLLM engine with
        tensor parallelism N needs N GPUs).
    chunk_size: requests per task; a killed worker loses (re-queues) at most
        ``depth`` chunks. ``None``: 1 for in-process engines, ``concurrency`` for endpoints.
    depth: chunks queued per worker, so it never waits for the driver between chunks.
    temp_dir: Ray's session folder for a ``local`` instance.
    """

    address: str = "auto"
    workers: int = 2
    cpus_per_worker: float = 1.0
    gpus_per_worker: float = 0.0
    chunk_size: int | None = None
    depth: int = 2
    max_restarts: int = 2
    max_chunk_retries: int = 2
    temp_dir: str | None = None


def _import_ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise MedstepError(f"sharding over Ray actors needs Ray ({exc}): pip install 'medstep[ray]'") from exc
    return ray


def connect(ray: Any, o: RayOptions) -> bool:
    """Join or start Ray; returns whether this call started it (and so must shut it down)."""
    if ray.is_initialized():
        return False
    kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False, "configure_logging": False}
    try:
        if o.address == LOCAL:
            ray.init(num_cpus=max(1, round(o.workers * o.cpus_per_worker)), num_gpus=None if o.gpus_per_worker else 0,
                     _temp_dir=o.temp_dir, **kwargs)
        else:
            kwargs.pop("include_dashboard")
            ray.init(address=o.address, **kwargs)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise MedstepError(
            f"cannot join the Ray cluster at {o.address!r} ({type(exc).__name__}: {exc}); start one with "
            "`ray start --head` on this machine, or give its address, or use a private instance (local)"
        ) from None
    return True


def portable(req: Request) -> Request:
    """The request with its images as bytes: a worker on another machine cannot read our paths."""
    if not any(im.path is not None for m in req.messages for im in m.images):
        return req
    messages = tuple(Message(m.role, m.text, tuple(
        ImageRef(data=im.read_bytes(), name=im.label()) if im.path is not None else im for im in m.images))
        for m in req.messages)
    return dataclasses.replace(req, messages=messages)


class _Worker:
    """The actor: loads the backend once, then generates chunk after chunk."""

    def __init__(self, spec: str, options: BackendOptions, index: int) -> None:
        import socket

        from medstep.models.spec import load_backend

        self.backend = load_backend(spec, options)
        self.where = f"ray:{socket.gethostname()}/{index}"

    def pid(self) -> int:
        import os

        return os.getpid()

    def run(self, requests: list[Request]) -> list[tuple[str, Generation]]:
        out = []
        for req, gen in self.backend.generate(requests):
            out.append((req.key, gen if gen.endpoint else dataclasses.replace(gen, endpoint=self.where)))
        return out


@dataclass
class _Chunk:
    requests: list[Request]
    deaths: int = 0


class RayPoolBackend:
    """A backend whose requests are generated by ``workers`` Ray actors, each owning ``spec``'s backend."""

    def __init__(self, spec: str, options: BackendOptions, ray_options: RayOptions) -> None:
        from medstep.models.spec import parse_spec

        self.spec = spec
        self._parsed = parse_spec(spec)
        self.options = dataclasses.replace(options, ray=None)
        self.ray_options = ray_options
        if ray_options.workers < 1:
            raise MedstepError(f"a Ray pool needs at least 1 worker, got {ray_options.workers}")
        self._ray = _import_ray()
        self._started = connect(self._ray, ray_options)
        self._actors: list[Any] = []
        self._dead: set[int] = set()
        self.worker_deaths = 0
        try:
            self._start_actors()
        except BaseException:
            self.close()
            raise

    def _start_actors(self) -> None:
        ray, o = self._ray, self.ray_options
        cls = ray.remote(_Worker)
        for i in range(o.workers):
            self._actors.append(cls.options(
                num_cpus=o.cpus_per_worker, num_gpus=o.gpus_per_worker, max_restarts=o.max_restarts,
                max_task_retries=0,
            ).remote(self.spec, self.options, i))
        try:  # every worker loaded its model: a bad model file fails here, once, before any progress output
            self.pids = ray.get([a.pid.remote() for a in self._actors])
        except ray.exceptions.RayActorError as exc:
            raise MedstepError(f"a Ray worker could not load {self.spec}: {_cause(exc)}") from None

    @property
    def chunk_size(self) -> int:
        if self.ray_options.chunk_size is not None:
            return max(1, self.ray_options.chunk_size)
        return self.options.concurrency if self._parsed.kind == "openai" else 1

    def generate(self, requests: Sequence[Request]) -> Iterator[tuple[Request, Generation]]:
        """Yield results as chunks come back; chunks of a dead worker are generated again elsewhere."""
        ray = self._ray
        by_key = {r.key: r for r in requests}
        n = self.chunk_size
        queue = collections.deque(_Chunk(list(requests[i:i + n])) for i in range(0, len(requests), n))
        inflight: dict[Any, tuple[int, _Chunk]] = {}
        load = [0] * len(self._actors)
        while queue or inflight:
            for w, actor in enumerate(self._actors):
                while queue and w not in self._dead and load[w] < self.ray_options.depth:
                    chunk = queue.popleft()
                    ref = actor.run.remote([portable(r) for r in chunk.requests])
                    inflight[ref] = (w, chunk)
                    load[w] += 1
            if not inflight:
                raise MedstepError(f"every Ray worker of {self.spec} died ({self.worker_deaths} worker deaths); "
                                   "what finished is stored: re-run to resume")
            ready, _ = ray.wait(list(inflight), num_returns=1)
            for ref in ready:
                w, chunk = inflight.pop(ref)
                load[w] -= 1
                try:
                    results = ray.get(ref)
                except ray.exceptions.RayActorError as exc:
                    yield from self._lost(w, chunk, exc, queue)
                    continue
                for key, gen in results:
                    yield by_key[key], gen

    def _lost(self, w: int, chunk: _Chunk, exc: Exception, queue: collections.deque) -> Iterator[tuple[Request, Generation]]:
        """A worker died holding ``chunk``: queue it again, or fail it after too many deaths."""
        self._check_worker(w)
        chunk.deaths += 1
        if chunk.deaths <= self.ray_options.max_chunk_retries:
            queue.appendleft(chunk)
            return
        why = f"the Ray worker died while generating it, {chunk.deaths} times (last: {_cause(exc)})"
        for req in chunk.requests:
            yield req, Generation(text="", error=why)

    def _check_worker(self, w: int) -> None:
        """After a failed chunk: wait for the worker's restart (Ray reloads its model) and count the
        death once per process, or mark it dead for good when Ray gave up restarting it."""
        if w in self._dead:
            return
        ray = self._ray
        try:
            pid = ray.get(self._actors[w].pid.remote())
        except ray.exceptions.RayActorError:
            self._dead.add(w)
            self.worker_deaths += 1
            return
        if pid != self.pids[w]:
            self.pids[w] = pid
            self.worker_deaths += 1

    def notes(self) -> list[str]:
        return [f"Ray: {len(self._actors)} workers, {self.worker_deaths} worker deaths"
                + (" (their requests were generated again)" if self.worker_deaths else "")]

    def close(self) -> None:
        ray = getattr(self, "_ray", None)
        if ray is None:
            return
        for actor in self._actors:
            try:
                ray.kill(actor)
            except Exception:  # noqa: BLE001 -- already gone
                pass
        self._actors = []
        if self._started:
            ray.shutdown()
            self._started = False


def _cause(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}"[:300]
