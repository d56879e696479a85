"""Several servers of one model: which endpoint gets the next request, and which are taken out.

Why least-in-flight rather than round robin: endpoints differ (an H100 next
to an A10, a server busy with another job), and a slow one accumulates
requests in flight; sending each new request to the endpoint with the
fewest outstanding ones follows each server's real speed without measuring
it. Ties go round robin, so equally loaded servers share the work.

Why take an endpoint out: a server that is down answers every request with
a refused connection (or never), and each of those costs a request an
attempt and a retry. After ``eject_after`` consecutive failures of the
endpoint's own making (no answer, a timeout, a 5xx) it gets no traffic for
a cool-down that doubles with every ejection in a row (``cooldown_s`` up to
``cooldown_cap_s``); then it is tried again, and one success restores it
fully. Request errors (a 400 for an over-long prompt) and 429s say nothing
about the endpoint's health and never eject it.

With a single endpoint nothing is ever taken out (there is nowhere else to
send): the backend's retries and its no-answer streak decide, as before.

Everything here runs on the backend's event-loop thread, so it needs no
locks.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Callable, Generic, Sequence, TypeVar

C = TypeVar("C")


@dataclass
class EndpointStats:
    """What one endpoint did in this backend's lifetime (printed after a run; the summary's usage is
    derived from the stored generations instead, so it also covers resumed runs)."""

    attempts: int = 0
    ok: int = 0
    failed: int = 0
    ejections: int = 0


@dataclass
class Endpoint(Generic[C]):
    """One server: its client, requests in flight, health."""

    url: str
    client: C
    in_flight: int = 0
    failures: int = 0  # consecutive failures of the endpoint's own making
    streak_ejections: int = 0  # ejections since the last success (sets the cool-down)
    out_until: float = 0.0  # monotonic time before which it gets no request
    stats: EndpointStats = field(default_factory=EndpointStats)


@dataclass(frozen=True)
class EjectPolicy:
    """When an endpoint is taken out and for how long."""

    eject_after: int = 3
    cooldown_s: float = 2.0
    cooldown_cap_s: float = 60.0

    def cooldown(self, ejections: int) -> float:
        return min(self.cooldown_cap_s, self.cooldown_s * 2 ** max(0, ejections - 1))


class EndpointPool(Generic[C]):
    """Chooses an endpoint per attempt and keeps each endpoint's health."""

    def __init__(self, endpoints: Sequence[Endpoint[C]], policy: EjectPolicy = EjectPolicy(),
                 clock: Callable[[], float] = time.monotonic) -> None:
        if not endpoints:
            raise ValueError("an endpoint pool needs at least one endpoint")
        self.endpoints = list(endpoints)
        self.policy = policy
        self._clock = clock
        self._turn = 0

    @property
    def several(self) -> bool:
        return len(self.endpoints) > 1

    def available(self) -> list[Endpoint[C]]:
        now = self._clock()
        return [e for e in self.endpoints if e.out_until <= now]

    def pick(self, avoid: Endpoint[C] | None = None) -> Endpoint[C] | None:
        """The available endpoint with the fewest requests in flight (``avoid`` only if it is the only
        one); ``None`` when every endpoint is taken out."""
        ready = self.available()
        if avoid is not None and len(ready) > 1:
            ready = [e for e in ready if e is not avoid] or ready
        if not ready:
            return None
        self._turn += 1
        n = len(self.endpoints)
        return min(ready, key=lambda e: (e.in_flight, (self.endpoints.index(e) - self._turn) % n))

    async def acquire(self, avoid: Endpoint[C] | None = None) -> Endpoint[C]:
        """An endpoint for the next attempt, counted as in flight; waits while every one is taken out."""
        while True:
            ep = self.pick(avoid)
            if ep is not None:
                ep.in_flight += 1
                ep.stats.attempts += 1
                return ep
            wake = min(e.out_until for e in self.endpoints)
            await asyncio.sleep(max(0.0, wake - self._clock()))

    def release(self, ep: Endpoint[C]) -> None:
        ep.in_flight -= 1

    def succeeded(self, ep: Endpoint[C]) -> None:
        ep.failures = 0
        ep.streak_ejections = 0
        ep.stats.ok += 1

    def failed(self, ep: Endpoint[C], endpoint_fault: bool) -> bool:
        """Record a failed attempt; returns whether the endpoint was taken out by it."""
        ep.stats.failed += 1
        if not endpoint_fault:
            return False
        ep.failures += 1
        if not self.several or ep.failures < self.policy.eject_after or ep.out_until > self._clock():
            return False
        self.eject(ep)
        return True

    def eject(self, ep: Endpoint[C]) -> None:
        ep.streak_ejections += 1
        ep.stats.ejections += 1
        ep.failures = 0
        ep.out_until = self._clock() + self.policy.cooldown(ep.streak_ejections)

    def others_available(self, ep: Endpoint[C]) -> bool:
        return any(e is not ep for e in self.available())

    def describe(self) -> list[str]:
        """One line per endpoint for the run's printout (only worth printing with several)."""
        return [f"{e.url}: {e.stats.ok} answered, {e.stats.failed} failed attempts"
                + (f", taken out {e.stats.ejections}x" if e.stats.ejections else "") for e in self.endpoints]


def as_list(base_url: str | Sequence[str]) -> list[str]:
    """One URL or several, each without a trailing slash."""
    urls = [base_url] if isinstance(base_url, str) else list(base_url)
    return [u.rstrip("/") for u in urls]

