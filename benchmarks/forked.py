"""One call in a forked child under a CPU cap, for the worst-case benches (``bench_extract_worst``,
``bench_verify_worst``).

Why a child: a hostile input may make a regular expression run for minutes inside one C call, where no Python
handler runs until it returns. The child arms a profiling timer whose default action kills the process, so a stall
ends at ``cap`` CPU seconds wherever it is; the parent also waits with a wall-clock limit (the machine may be
shared) and kills the child past it. The child inherits the parent's warm state (compiled patterns, built tables),
and nothing it caches leaks into the next measurement.
"""

from __future__ import annotations

import json
import os
import select
import signal
from typing import Any, Callable

STALLED = "stalled"
DIED = "died"
RAISED = "raised: "


def in_child(fn: Callable[[], Any], cap: float) -> Any:
    """``fn()``'s JSON-able result, run in a forked child; ``STALLED`` when it ran past ``cap`` CPU seconds (or
    ``3 * cap + 10`` wall seconds), ``RAISED`` + the exception when it raised (a hostile input must never raise),
    ``DIED`` when the child ended without a result."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(read)
        signal.signal(signal.SIGPROF, signal.SIG_DFL)
        signal.setitimer(signal.ITIMER_PROF, cap)
        try:
            out: Any = fn()
        except Exception as exc:  # noqa: BLE001 - reported, not raised
            out = f"{RAISED}{type(exc).__name__}: {exc}"[:300]
        signal.setitimer(signal.ITIMER_PROF, 0)
        os.write(write, json.dumps(out).encode())
        os._exit(0)
    os.close(write)
    ready, _, _ = select.select([read], [], [], cap * 3 + 10)
    if not ready:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(read)
        return STALLED
    chunks = []
    while chunk := os.read(read, 65536):
        chunks.append(chunk)
    os.close(read)
    _, status = os.waitpid(pid, 0)
    if not chunks:
        return STALLED if os.waitstatus_to_exitcode(status) == -signal.SIGPROF else DIED
    return json.loads(b"".join(chunks))
