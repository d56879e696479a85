"""Worst-case growth of open-answer grading on long hostile model outputs (session 38, lane hang38).

``grade_open("左侧" * n, "左")`` took 0.5 s at n=250, 8.5 s at n=2000 and over 300 s at n=20,000: the ``contained``
rung judged every word outside the gold once per place the gold stands, and read the gold's noun phrase (walks back
and forward over the whole answer) at each place, quadratic in the answer's length, so one degenerate output stalled a
``medstep score`` run. This benchmark times, each in a forked child under a CPU cap (``forked.in_child``: a stall
reads "stalled", never hangs the bench):

* part A: ``grade_open`` alone on each shape at growing sizes, beside the same call on another source tree
  (``--baseline-src``, e.g. main's ``src`` exported with ``git archive``), run in a child interpreter with that tree
  on its path (one process cannot hold two versions of the package), and the ratio of the two;
* part B: the whole scoring path of one sample (``medstep.extract.extract`` then ``medstep.score.outcome.grade``, as
  ``bench_redteam._judge_item`` does) on each shape at ``--size`` characters, for each answer type.

    PYTHONPATH=src:benchmarks python benchmarks/bench_open_grade_worst.py [--baseline-src /tmp/main/src]
        [--sizes 1000,4000,40000] [--size 40000] [--cap 60]

Exit status 1 when a part-B read stalls or raises, or takes more than ``--max-seconds``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from functools import partial
from pathlib import Path
from typing import Any, Callable

from forked import in_child

from medstep.extract import extract
from medstep.score.open_grade import grade_open
from medstep.score.outcome import grade
from medstep.types import AnswerType, Generation, Sample

# Each shape: (characters) -> (answer, gold). The golds are words the answer holds at every repeat.
SHAPES: dict[str, Callable[[int], tuple[str, str]]] = {
    "sides repeat": lambda n: ("right lung left lung " * (n // 21), "left"),  # asked "Which lung ...?" (QUESTIONS)
    "chinese repeat": lambda n: ("左侧" * (n // 2), "左"),
    "english repeat": lambda n: ("pneumonia " * (n // 10), "pneumonia"),
    "no punctuation": lambda n: (
        "the right lung shows a pleural line with absent markings and " * (n // 61),
        "pleural line",
    ),
    "many numbers": lambda n: (" ".join(str(k % 97) + " cm" for k in range(n // 6)), "3 cm"),
    "linked repeats": lambda n: ("pneumonia within " * (n // 17) + "pneumonia", "pneumonia"),
    "part repeats": lambda n: ("base of the femur " * (n // 18), "femur"),
    # A side at every other word, no clause end (session 39, lane slow39: each side's clause read from the answer's
    # start, quadratic: 8.4 s at 44,000 characters; 47 s asked "Which side?").
    "sides unpunctuated": lambda n: ("left right " * (n // 11), "left"),
    "sides to which side": lambda n: ("left right " * (n // 11), "right"),
    # each value's denials read from the clause's start (open_typed_reads._said) and lists read per value (session 39,
    # lane slow39b: 14.9 s and 8.7 s at 40,000 characters)
    "lungs to which side": lambda n: ("right lung left lung " * (n // 21), "left"),
    # a line of answer tags (session 40, lane slow40: each tag's sentence read from the line's start, and each earlier
    # tag read again; part B 4.0 s at 40,000 characters to an open question)
    "answer tags": lambda n: ("<answer>C</answer>" * (n // 18), "C"),
}
# The question of a shape whose gold is read by the ``typed`` rung (a side asked): the rung that reads each value.
QUESTIONS = {
    "sides repeat": "Which lung is affected?",
    "sides unpunctuated": "Which lung is affected?",
    "sides to which side": "Which side?",
    "lungs to which side": "Which side?",
}
SAMPLES = {
    "choice": Sample(
        id="w",
        question="What is the most likely finding?",
        answer="B",
        answer_type=AnswerType.CHOICE,
        options={"A": "Left pleural effusion", "B": "Right pneumothorax", "C": "Cardiomegaly"},
    ),
    "closed": Sample(id="w", question="Is there a right pneumothorax?", answer="yes", answer_type=AnswerType.CLOSED),
    "open": Sample(id="w", question="What abnormality is shown?", answer="pneumothorax", answer_type=AnswerType.OPEN),
}


def _cpu(fn: Callable[[], object]) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def _grade_once(answer: str, gold: str, question: str) -> float:
    return _cpu(lambda: grade_open(answer, gold, question))


def _score_once(text: str, sample: Sample) -> float:
    return _cpu(lambda: grade(sample, extract(text, sample), Generation(text=text)))


def _grade_times(sizes: list[int], cap: float) -> dict[str, list[Any]]:
    """CPU seconds of ``grade_open`` per shape and size (a string for a stalled or raising call)."""
    grade_open("warm the vocabulary", "vocabulary")
    out: dict[str, list[Any]] = {}
    for name, make in SHAPES.items():
        out[name] = []
        for n in sizes:
            answer, gold = make(n)
            got = in_child(partial(_grade_once, answer, gold, QUESTIONS.get(name, "")), cap)
            out[name].append(got if isinstance(got, float) else got.split(":")[0])
            if not isinstance(got, float):
                out[name].extend("-" for _ in sizes[len(out[name]) :])
                break
    return out


def _baseline(src: str, sizes: list[int], cap: float) -> dict[str, list[Any]]:
    """Part A's times under another source tree, in a child interpreter with ``src`` first on its path."""
    bench = str(Path(__file__).resolve().parent)
    done = subprocess.run(
        [sys.executable, __file__, "--times-only", "--sizes", ",".join(map(str, sizes)), "--cap", str(cap)],
        env={"PYTHONPATH": f"{src}:{bench}", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _cell(t: Any) -> str:
    return f"{t:9.3f}" if isinstance(t, float) else f"{t:>9}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,4000,40000", help="part A sizes in characters, comma-separated")
    ap.add_argument("--size", type=int, default=40000, help="part B size in characters")
    ap.add_argument("--cap", type=float, default=60.0, help="CPU seconds before one call counts as stalled")
    ap.add_argument("--max-seconds", type=float, default=10.0, help="part B: most CPU seconds one sample may take")
    ap.add_argument("--baseline-src", help="a source tree to time part A against (main's src)")
    ap.add_argument("--times-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.times_only:
        print(json.dumps(_grade_times(sizes, args.cap)))
        return 0
    ours = _grade_times(sizes, args.cap)
    base = _baseline(args.baseline_src, sizes, args.cap) if args.baseline_src else None
    print(f"== Part A: grade_open CPU seconds at {' / '.join(map(str, sizes))} characters (cap {args.cap:g} s)")
    for name in SHAPES:
        line = f"{name:16} this: {' '.join(_cell(t) for t in ours[name])}"
        if base is not None:
            ratio = " ".join(
                f"{b / t:8.1f}x" if isinstance(b, float) and isinstance(t, float) and t > 0 else f"{'-':>9}"
                for b, t in zip(base[name], ours[name])
            )
            line += f"   baseline: {' '.join(_cell(t) for t in base[name])}   baseline/this: {ratio}"
        print(line, flush=True)
    print(f"\n== Part B: extract + outcome.grade CPU seconds at {args.size} characters, per answer type")
    for kind, sample in SAMPLES.items():  # compile the lazy patterns and load the tables before the children fork
        grade(sample, extract("The answer is B.", sample), Generation(text="The answer is B."))
    bad = 0
    for name, make in SHAPES.items():
        text, _ = make(args.size)
        cells = []
        for kind, sample in SAMPLES.items():
            got = in_child(partial(_score_once, text, sample), args.cap)
            slow = not isinstance(got, float) or got > args.max_seconds
            bad += slow
            cells.append(f"{kind} {_cell(got) if isinstance(got, float) else got[:40]}{' <--' if slow else ''}")
        print(f"{name:16} " + "  ".join(cells), flush=True)
    print(f"\n{bad} shape/type pair(s) stalled, raised or over {args.max_seconds:g} s")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
