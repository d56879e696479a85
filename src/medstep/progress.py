"""The progress line of a long run: one readable line on a terminal, a plain line in a log.

Why not a stock bar: a full model spec (``openai:Qwen2.5-VL-7B-Instruct@http://...``)
as the description pushed the counts and the ETA off an 80-column terminal,
and when output goes to a file or a CI log, a live bar prints nothing until
it ends (or prints a new frame for every sample). So:

* on a terminal, a rich live line kept within the console width: a short
  model label, a bar, ``done/total``, failures (when there are any), the rate
  and the time left;
* otherwise, a plain text line every ``interval_s`` seconds (and one at the
  end) with the same fields, written by a small timer thread so that a slow
  batch still shows the run is alive.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from rich.console import Console

LABEL_WIDTH = 22


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _duration(seconds: float | None) -> str:
    if seconds is None or seconds != seconds or seconds == float("inf"):
        return "?"
    seconds = int(round(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class ProgressLine:
    """``with ProgressLine(total, label) as p: p.advance(1, failed=False)``; what the pipeline calls."""

    def __init__(self, total: int, label: str, console: Console | None = None, *, interval_s: float = 5.0,
                 live: bool | None = None) -> None:
        self.total = total
        self.label = _clip(label, LABEL_WIDTH)
        self.console = console or Console(stderr=True)
        self.live = self.console.is_terminal if live is None else live
        self.interval_s = interval_s
        self.done = 0
        self.failed = 0
        self._start = time.monotonic()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._progress: Any = None
        self._task: Any = None

    # ---- numbers ---------------------------------------------------------------
    def rate(self) -> float:
        elapsed = time.monotonic() - self._start
        return self.done / elapsed if elapsed > 0 else 0.0

    def eta_s(self) -> float | None:
        rate = self.rate()
        return (self.total - self.done) / rate if rate > 0 else None

    def fields(self) -> str:
        """``12/451  2 failed  3.4/s  ETA 2:09`` (failures only when there are some)."""
        failed = f"  {self.failed} failed" if self.failed else ""
        return f"{self.done}/{self.total}{failed}  {self.rate():.1f}/s  ETA {_duration(self.eta_s())}"

    def plain_line(self) -> str:
        return f"{self.label}: {self.fields()}"

    # ---- lifecycle --------------------------------------------------------------
    def __enter__(self) -> "ProgressLine":
        self._start = time.monotonic()
        if self.live:
            from rich.progress import BarColumn, Progress, TextColumn

            self._progress = Progress(
                # the label is a model spec or judge string: text, never markup ("a[/]b" would fail)
                TextColumn("{task.description}", markup=False), BarColumn(bar_width=None),
                TextColumn("{task.fields[stats]}", markup=False),
                console=self.console, transient=False, expand=True, refresh_per_second=4,
            )
            self._task = self._progress.add_task(self.label, total=self.total, stats=self.fields())
            self._progress.start()
        else:
            self._thread = threading.Thread(target=self._heartbeat, daemon=True, name="medstep-progress")
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.update(self._task, stats=self.fields())
            self._progress.stop()
        else:
            self._stop.set()
            if self._thread is not None:
                self._thread.join(2)
            self._print()

    def advance(self, n: int = 1, failed: bool = False) -> None:
        self.done += n
        if failed:
            self.failed += n
        if self._progress is not None:
            self._progress.update(self._task, advance=n, stats=self.fields())

    def _heartbeat(self) -> None:
        while not self._stop.wait(self.interval_s):
            self._print()

    def _print(self) -> None:
        self.console.print(self.plain_line(), highlight=False, markup=False, soft_wrap=True)
