"""Growth checks for the "stays linear" tests: a unit test guards against catastrophic (quadratic, exponential)
growth, never against a wall-clock figure.

Why: the suite runs under pytest-xdist on shared, often loaded machines. An absolute bound such as "reading 100,000
blank characters takes under 1 s" failed there on code without any defect (1.2 s under load, on the old code too).
Speed is measured in benchmarks; here each check times the same work at two sizes, back to back, and compares them:
load slows both sizes alike, so the ratio stays put while the absolute times move.

``grows_linearly(run, small, large)`` times ``run(small)`` and ``run(large)`` in CPU time of this process
(``time.process_time``: time spent waiting for a core under load is not counted) and asserts

* ``t(large) / t(small) <= max_ratio``. For the usual 10x step linear work gives ~10 (n log n ~13) and quadratic
  ~100; the default 35 sits near the geometric middle (10 ** 1.5 = 31.6), so it passes anything up to ~n^1.5 with
  room for cache effects and noise, and fails n^2 and worse by a factor of ~3;
* a time below ``floor_s`` counts as ``floor_s``: under it a time is noise (timer granularity, a cache miss, a
  scheduler tick), so a fast large run always passes and a tiny small run does not blow the ratio up;
* ``t(large) <= cap_s`` (20 s): a hang or an exponential blow-up fails even where the small size is slow too.

A failing ratio is measured again (the best of two runs of the large size, of four of the small) before it fails, so one load spike during one run
does not fail the test. The first run, at ``small + 1``, is a warm-up (vocabularies, compiled patterns); each timed run reads
a size of its own (``small``, ``small + 2``, ...; ``large``, ``large + 1``), so a cache that the code keeps by text never
serves one size and not the other: a cached small run under a cold large one read as growth (session 44, lane slow44).
The garbage collector is off while a run is timed, as ``timeit`` does: a full collection triggered in a large run costs
time in proportion to everything the test process holds (an xdist worker late in the suite holds a lot), not to the run.

``Grown`` names an input as a function of its size together with the size the test is about (``rep`` builds the
usual head + unit * count + tail), and ``reads_linearly(read, grown)`` checks ``read`` on it at a tenth of the size
and at the full size, so every test still reads the very input it read before.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

MAX_RATIO = 35.0
FLOOR_S = 0.005
CAP_S = 20.0


def _timed(run: Callable[[int], object], n: int) -> float:
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        start = time.process_time()
        run(n)
        return time.process_time() - start
    finally:
        if was_enabled:
            gc.enable()


def grows_linearly(run: Callable[[int], object], small: int, large: int, *, max_ratio: float = MAX_RATIO,
                   floor_s: float = FLOOR_S, cap_s: float = CAP_S) -> None:
    """Assert that ``run(large)`` costs at most ``max_ratio`` times ``run(small)`` (see the module's docstring)."""
    assert 0 < small < large
    run(small + 1)  # warm-up, on a text none of the timed runs reads
    t_small = min(_timed(run, small), _timed(run, small + 2))
    t_large = _timed(run, large)
    assert t_large <= cap_s, f"run({large}) took {t_large:.1f} s of CPU (cap {cap_s} s): a hang or a blow-up"

    def ratio() -> float:
        return max(t_large, floor_s) / max(t_small, floor_s)

    if ratio() > max_ratio:  # measure again before failing: one load spike must not fail a test
        t_small = min(t_small, _timed(run, small + 3), _timed(run, small + 4))
        t_large = min(t_large, _timed(run, large + 1))
    assert ratio() <= max_ratio, (
        f"run({large}) took {t_large:.3f} s and run({small}) {t_small:.3f} s of CPU: ratio {ratio():.0f} for a "
        f"{large / small:.0f}x step (linear ~{large / small:.0f}, quadratic ~{(large / small) ** 2:.0f}; bound "
        f"{max_ratio:.0f})")


@dataclass(frozen=True)
class Grown(Generic[T]):
    """An input as a function of its size, with the size the test reads it at (``full``)."""

    make: Callable[[int], T]
    size: int

    def at(self, n: int) -> T:
        return self.make(n)

    @property
    def full(self) -> T:
        return self.make(self.size)


def rep(unit: str, count: int, head: str = "", tail: str = "") -> Grown[str]:
    """``head + unit * count + tail``, grown by ``count``."""
    return Grown(lambda n: head + unit * n + tail, count)


def reads_linearly(read: Callable[[T], object], grown: Grown[T], *, step: int = 10, **bounds: float) -> None:
    """``grows_linearly`` of ``read`` on ``grown`` at ``grown.size // step`` and at ``grown.size``."""
    grows_linearly(lambda n: read(grown.at(n)), max(1, grown.size // step), grown.size, **bounds)
