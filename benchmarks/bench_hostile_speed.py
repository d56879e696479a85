"""The slowest hostile inputs through ``extract`` (choice, closed, open) and ``verify``, each with its hottest function
(session 57, lane speed57; issues #12 and #7).

Why: ``bench_hostile_shapes`` flags a shape by its growth through extraction and grading; this one asks where the time
goes. Each shape (its own list below plus every shape of ``bench_hostile_shapes``) is built at ``--chars`` characters
and read by ``medstep.extract.extract`` for a choice, a closed and an open question, and by ``medstep.verify.verify``
as the chain (``verify``) and as the report (``verify-report``), each in a forked child under a CPU cap. The slowest
``--top`` reads are printed with the function that spent the most time in itself (module:line; for a read over
``--max-seconds``, profiled at a quarter of the size), the first place to look for a rescan. A read over ``--max-seconds`` sets exit status 1.

    PYTHONPATH=src:benchmarks python benchmarks/bench_hostile_speed.py [--chars 30000] [--top 20] [--shape NAME ...]
        [--kind choice closed open verify verify-report] [--cap 30] [--own]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from functools import partial
from typing import Any, Callable

from bench_hostile_shapes import SAMPLES
from bench_hostile_shapes import SHAPES as GROWTH_SHAPES
from forked import in_child

from medstep.extract import extract
from medstep.verify import verify

REPORT = "Small left pleural effusion. No pneumothorax. The heart size is normal."


def _rep(unit: str) -> Callable[[int], str]:
    """A shape: ``unit`` repeated to about ``n`` characters."""
    return lambda n: unit * max(1, n // len(unit))


def _table(n: int) -> str:
    rows = "".join(f"| {i} | right pneumothorax | {'yes' if i % 2 else 'no'} |\n" for i in range(n // 34))
    return "| # | finding | present |\n|---|---|---|\n" + rows


def _nested(n: int) -> str:
    half = n // 4
    return "(" * half + "[" * half + "pneumothorax" + "]" * half + ")" * half


SHAPES: dict[str, Callable[[int], str]] = {
    "one long sentence": _rep("the right lung shows a small pneumothorax and the left base an effusion and "),
    "option references": _rep("A B C D "),
    "option references named": _rep("pneumothorax, effusion, cardiomegaly; "),
    "A. run": _rep("A. "),
    "markdown table": _table,
    "nested brackets": _nested,
    "newlines": lambda n: "Pneumothorax" + "\n" * n + "The answer is B.",
    "not run": _rep("not "),
    "not pneumothorax run": _rep("not pneumothorax "),
    "zh no stops": _rep("右侧气胸左侧胸腔积液心脏增大"),
    "think run": _rep("<think>"),
    "think words": _rep("<think>pneumothorax "),
    "a run": _rep("a "),
    "answer end": lambda n: "a " * (n // 2) + "The answer is B.",
    "sentences": _rep("There is a small right pneumothorax. "),
    "hedged sentences": _rep("Possibly a pneumothorax, maybe an effusion. "),
    "option lines": _rep("A. Left pleural effusion - unlikely.\nB. Right pneumothorax - likely.\n"),
    "bullets": _rep("- pneumothorax\n"),
    "words no spaces": _rep("pneumothorax"),
    "digits": _rep("1.5 "),
    **{f"growth: {k}": v for k, v in GROWTH_SHAPES.items()},
}


def _timed(fn: Callable[[], Any]) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def _profiled(fn: Callable[[], Any]) -> list[Any]:
    """``[CPU seconds, "module:line(function)" of the most time spent in itself]``."""
    prof = cProfile.Profile()
    start = time.process_time()
    prof.enable()
    fn()
    prof.disable()
    seconds = time.process_time() - start
    table = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    key, row = max(table.items(), key=lambda kv: kv[1][2])
    out = _name(key) + f" {row[2]:.2f}s"
    if key[0] == "~" and row[4]:  # a builtin (a pattern's search): name the caller that spent most in it
        out += " from " + _name(max(row[4].items(), key=lambda kv: kv[1][2])[0])
    return [seconds, out]


def _name(key: tuple[str, int, str]) -> str:
    path, line, func = key
    if path == "~":
        return func
    module = path.split("/src/")[-1] if "/src/" in path else path.rsplit("/", 1)[-1]
    return f"{module}:{line}({func})"


def _read(kind: str, text: str) -> None:
    sample = SAMPLES["choice"]
    if kind in SAMPLES:
        extract(text, SAMPLES[kind])
    elif kind == "verify":
        verify(text, report=REPORT, options=sample.options, chosen="B", question=sample.question)
    else:
        verify("There is a right pneumothorax. The answer is B.", report=text, options=sample.options, chosen="B",
               question=sample.question)


KINDS = ("choice", "closed", "open", "verify", "verify-report")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chars", type=int, default=30000, help="characters of each input")
    ap.add_argument("--top", type=int, default=20, help="how many of the slowest reads to print")
    ap.add_argument("--shape", nargs="*", choices=sorted(SHAPES), help="only these shapes")
    ap.add_argument("--own", action="store_true", help="only this bench's shapes, not bench_hostile_shapes' too")
    ap.add_argument("--kind", nargs="*", choices=KINDS, help="only these readers")
    ap.add_argument("--cap", type=float, default=30.0, help="CPU seconds before one read counts as stalled")
    ap.add_argument("--max-seconds", type=float, default=0.5, help="a read slower than this is flagged")
    args = ap.parse_args()
    for name, make in SHAPES.items():  # compile the lazy patterns and load the tables before the children fork
        for kind in KINDS if not args.own or not name.startswith("growth: ") else ():
            _read(kind, make(200))
    rows: list[tuple[float, str, str, str]] = []
    for name, make in SHAPES.items():
        if args.shape and name not in args.shape or args.own and name.startswith("growth: "):
            continue
        text = make(args.chars)
        for kind in args.kind or KINDS:
            got = in_child(partial(_timed, partial(_read, kind, text)), args.cap)
            if isinstance(got, (int, float)):  # the hottest function read at a quarter of the size (cProfile slows a
                # read several times over: a linear read is profiled in a quarter of that)
                top = in_child(partial(_profiled, partial(_read, kind, make(args.chars // 4))), args.cap) \
                    if got > args.max_seconds else ["", "-"]
                got = [got, top[1] if isinstance(top, list) else str(top)]
            if isinstance(got, list):
                rows.append((got[0], name, kind, got[1]))
            else:
                rows.append((float("inf"), name, kind, str(got)))
            print(f"  {name:34} {kind:14} {rows[-1][0]:8.3f}  {rows[-1][3]}", flush=True)
    rows.sort(reverse=True)
    print(f"\nslowest {args.top} of {len(rows)} reads at {args.chars} characters (CPU seconds, hottest function):")
    for seconds, name, kind, top in rows[:args.top]:
        print(f"{seconds:8.3f}  {name:34} {kind:14} {top}")
    slow = sum(r[0] > args.max_seconds for r in rows)
    print(f"\n{slow} read(s) over {args.max_seconds:g} s")
    return 1 if slow else 0


if __name__ == "__main__":
    raise SystemExit(main())
