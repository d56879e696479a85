"""How often each extraction function runs and how often it gives something, over every corpus reading (issue #7).

Why: extraction speed is spent across ~200 reader modules, most of which give nothing for most outputs. Before a
reader is gated or reordered, this counts, for each function of ``medstep.extract``, its calls and the calls that
returned something (not ``None`` / ``False`` / empty, and for a ``Reading`` an answer or a status other than
``unparsed``), and the CPU share spent inside it, callees included (``cProfile`` over the same run). It reads every item ``readings.py dump``
reads, so the counts are over the whole corpus.

    PYTHONPATH=src:benchmarks/corpus python benchmarks/reader_use.py [--top 60]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus"))

import items as corpus_items  # noqa: E402
from readings import _item  # noqa: E402

from medstep.extract import extract  # noqa: E402
from medstep.types import Status  # noqa: E402

_PACKAGE = "/medstep/extract/"


def _gave(value: Any) -> bool:
    """Whether a return value is something: a reading with an answer or a decided status, a true flag, a found text."""
    if value is None or value is False:
        return False
    if isinstance(value, tuple) and hasattr(value, "status") and hasattr(value, "answer"):  # ``Reading``
        return value.answer is not None or value.status is not Status.UNPARSED
    try:
        return bool(value)
    except Exception:  # noqa: BLE001 - an object without truth value is something
        return True


def _corpus() -> list[corpus_items.Item]:
    paths = sorted(corpus_items.HERE.glob("*_extract.jsonl")) + [
        corpus_items.DEV,
        corpus_items.HELDOUT,
        corpus_items.HELDOUT2,
        corpus_items.HELDOUT3,
    ]
    return [
        _item(json.loads(line)) for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=60, help="rows printed, by CPU time inside the function")
    args = parser.parse_args()
    items = _corpus()
    calls: Counter[tuple[str, str]] = Counter()
    gave: Counter[tuple[str, str]] = Counter()

    def hook(frame: FrameType, event: str, arg: Any) -> None:
        if event == "return" and _PACKAGE in frame.f_code.co_filename:
            key = (frame.f_code.co_filename.split(_PACKAGE)[-1], frame.f_code.co_name)
            calls[key] += 1
            gave[key] += _gave(arg)

    sys.setprofile(hook)
    for it in items:
        extract(it.text, it.sample(), finish_reason=it.finish_reason)
    sys.setprofile(None)
    profile = cProfile.Profile()
    profile.enable()
    for it in items:
        extract(it.text, it.sample(), finish_reason=it.finish_reason)
    profile.disable()
    stats = pstats.Stats(profile)
    rows = stats.stats.items()  # type: ignore[attr-defined]
    total = stats.total_tt  # type: ignore[attr-defined]
    cum = {(f.split(_PACKAGE)[-1], name): ct for (f, _, name), (_, _, _, ct, _) in rows if _PACKAGE in f}
    own_package = sum(tt for (f, _, _), (_, _, tt, _, _) in rows if _PACKAGE in f)
    regex = sum(tt for (f, _, name), (_, _, tt, _, _) in rows if f == "~" and "re.Pattern" in name)
    print(
        f"{len(items)} corpus items; {total:.2f} s profiled: own time in medstep/extract {own_package / total:.1%}, "
        f"in compiled-pattern methods {regex / total:.1%}"
    )
    print(f"{'function (by time inside it, callees included)':60s} {'calls':>8} {'gave':>8} {'gave%':>6} {'cum%':>6}")
    for key, ct in sorted(cum.items(), key=lambda kv: -kv[1])[: args.top]:
        n = calls[key]
        print(f"{key[0] + ':' + key[1]:60s} {n:8d} {gave[key]:8d} {gave[key] / max(n, 1):6.1%} {ct / total:6.1%}")


if __name__ == "__main__":
    main()
