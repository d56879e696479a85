"""Worst-case growth of answer extraction on degenerate model outputs (issues #7, #12).

RL rollouts and weak models emit runs of thousands of spaces or newlines, a token repeated to the limit, walls of
markdown stars or of "A) B) C)", unclosed tags. One regular expression that backtracks on such text turns a 2 ms read
into minutes and stalls a whole ``medstep score`` run or a GRPO reward batch. Unit tests cannot time this on a shared
machine, so this benchmark reads each shape, for each answer type (choice / closed / open), at doubling sizes, each
read in a forked child under a CPU alarm (``--cap`` seconds, then the child is killed and the size reads "stalled"
instead of hanging the bench). It prints the CPU seconds per size and the growth ratio of each doubling (about 2:
linear, about 4: quadratic) beside a same-process baseline, a last-letter reader (one linear scan) timed in the same
child on the largest text.

    python benchmarks/bench_extract_worst.py [--base 2000] [--sizes 4] [--cap 20] [--shape NAME] [--kind closed]
        [--baseline-src /tmp/slowbase/src]

With ``--baseline-src`` (e.g. main's tree: ``git worktree add --detach /tmp/slowbase main``) each line also gives the
largest size's time under that tree, read in a child interpreter, and its ratio to this tree's (baseline / this).

Exit status 1 when a shape grows faster than ``--max-ratio`` per doubling at its largest size (above ``--floor``
seconds, below which the ratio is noise), stalls or raises.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from functools import partial
from pathlib import Path
from typing import Any, Callable

if "--times-only" not in sys.argv:  # the baseline child reads the tree its PYTHONPATH names, not this one's
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from forked import in_child  # noqa: E402

from medstep.extract import extract  # noqa: E402
from medstep.types import AnswerType, Sample  # noqa: E402

OPTIONS = {"A": "Left pleural effusion", "B": "Right pneumothorax", "C": "Cardiomegaly", "D": "Normal study"}
SAMPLES = {
    "choice": Sample(id="w", question="What is the most likely finding?", answer="B", answer_type=AnswerType.CHOICE,
                     options=OPTIONS),
    "closed": Sample(id="w", question="Is there a right pneumothorax?", answer="yes", answer_type=AnswerType.CLOSED),
    "open": Sample(id="w", question="What abnormality is shown?", answer="pneumothorax", answer_type=AnswerType.OPEN),
    # a diagnosis asked: the reading of a describing first sentence (open_candidates._DESCRIBES; "A" + 30,000 blanks
    # + "C." hung there until session 39, lane slow39b)
    "diagnosis": Sample(id="w", question="What is the most likely diagnosis?", answer="pneumothorax",
                        answer_type=AnswerType.OPEN),
}
# A plain reply of each answer type, which the shapes pad, split or repeat.
REPLIES = {
    "choice": "The right lung edge is visible with no markings beyond it. The answer is B.",
    "closed": "The visceral pleural line is visible on the right. Yes, there is a right pneumothorax.",
    "open": "The visceral pleural line is visible on the right. The abnormality is a right pneumothorax.",
    "diagnosis": "There is a visceral pleural line on the right with no markings beyond it. This is a pneumothorax.",
}
TABLE_ROW = "| right lung | pleural line | no markings beyond |\n"


def _inserted(reply: str, filler: str, n: int) -> str:
    """``reply`` with ``n`` characters of ``filler`` in its middle, at a word boundary."""
    cut = reply.rfind(" ", 0, len(reply) // 2)
    return reply[:cut] + filler * (n // len(filler)) + reply[cut:]


# Each shape: (reply of the answer type, n characters roughly) -> a degenerate output.
SHAPES: dict[str, Callable[[str, int], str]] = {
    "trailing spaces": lambda r, n: r + " " * n,
    "trailing newlines": lambda r, n: r + "\n" * n,
    "trailing tabs and spaces": lambda r, n: r + " \t" * (n // 2),
    "spaces mid-reply": lambda r, n: _inserted(r, " ", n),
    "newlines mid-reply": lambda r, n: _inserted(r, "\n", n),
    "spaces before reply": lambda r, n: " " * n + r,
    "spaces then x": lambda r, n: r + " " * n + "x",
    "repeated word": lambda r, n: r + " " + "pneumothorax " * (n // 13),
    "repeated token": lambda r, n: r + " " + "the" * (n // 3),
    "repeated sentence": lambda r, n: (r + " ") * (n // (len(r) + 1)),
    "markdown stars": lambda r, n: r + "*" * n,
    "stars around": lambda r, n: "*" * n + r + "*" * n,
    "bold wall": lambda r, n: r + " " + "**bold** " * (n // 9),
    "stars and spaces": lambda r, n: r + "* " * (n // 2),
    "option-letter wall": lambda r, n: r + " " + "A) B) C) D) " * (n // 12),
    "option lines": lambda r, n: r + "\n" + "".join(f"{k}) {v}\n" for k, v in OPTIONS.items()) * (n // 90),
    "unclosed think": lambda r, n: "<think>" + "I consider the pleural line. " * (n // 29) + r,
    "think tags": lambda r, n: "<think>" * (n // 7) + r,
    "answer tags": lambda r, n: "<answer>" * (n // 17) + r + "</answer>" * (n // 17),
    "long table": lambda r, n: r + "\n" + "| region | finding | verdict |\n|---|---|---|\n" + TABLE_ROW * (n // 47),
    "long digits": lambda r, n: r + " " + "1" * n,
    "dotted digits": lambda r, n: r + " " + "1." * (n // 2),
    "dots": lambda r, n: r + "." * n,
    "mixed unicode": lambda r, n: r + " " + "答案是，气胸 pneumothorax é ß — " * (n // 28),
    "chinese commas": lambda r, n: r + "答案是" + "，" * n,
    "no punctuation": lambda r, n: r + " " + "the right lung shows a pleural line with absent markings and " * (n // 61),
    "role labels": lambda r, n: (r + "\nUser: are you sure?\nAssistant: ") * (n // (len(r) + 35)),
    "one long word": lambda r, n: r + " " + "x" * n,
    # Found quadratic (session 34), each a minute at 20,000 blanks: blanks split between two star classes after an
    # option (decision_words._LEAD_IN), a search starting at each blank of a run (open_tails, open_tailwords,
    # open_conclusion, open_frames: lazyre.RUN_START), a tail search starting at each word (unfinished._LAST_PART).
    "letter, blanks, letter": lambda r, n: "A" + " " * n + "C.",
    "article, blanks, measure": lambda r, n: "it's a " + " " * n + "1.5 cm x",
    "word, blanks, word": lambda r, n: "pneumothorax" + " " * n + "x",
    "letter, blanks, not": lambda r, n: "A" + " " * n + "not C.",
    "label, blanks, dash": lambda r, n: "Right pneumothorax" + " " * n + "— small.",
    "unpunctuated cue words": lambda r, n: "and shows the mass with " * (n // 24),
    # Found quadratic (session 39, lane slow39): a closing-name search from each " -" of a run on to a final long dash
    # (aliases.dash_close, 40 s at 20,000 characters to a choice question), blanks after a comma given back one by one
    # before a measurement tail (open_tailwords.MEASURE_TAIL, 2 s at 8,000 blanks), a side at every other word (the
    # typed grade's clause reads, bench_open_grade_worst).
    "dash run, closing dash": lambda r, n: "- " * (n // 2) + "C. Cardiomegaly —",
    "comma, blanks, word": lambda r, n: "pneumothorax," + " " * n + "likely",
    "sides unpunctuated": lambda r, n: "left right " * (n // 11),
    # Found quadratic (session 39, lanes slow39b, slow39c): each answer phrase of a line read the rest of the line
    # (lines._stated's condition search, option_text's first clause, is_hedge's tail): at 30,000 characters to a
    # choice question 2.52 s -> 0.080 s ("The answer is ") and 4.94 s -> 0.142 s ("答案是"), main vs lane slow39c.
    "chinese answer phrases": lambda r, n: "答案是" * (n // 3),
    "answer phrases": lambda r, n: "The answer is " * (n // 14),
    # Found quadratic (session 40, lane slow40), main -> lane at 40,000 characters: each answer tag's sentence read
    # from its line's start and every earlier tag read again (3.5 s -> 0.02 s to an open question), answer-like tags and
    # conclusion stages each read on to the end for a close (3.6 s -> 0.01 s; 0.58 s -> 0.014 s), each box read on to
    # its close (4.5 s -> 0.02 s), blanks split between two runs of a placeholder (0.9 s at 20,000 blanks).
    "answer tags, one line": lambda r, n: "<answer>C</answer>" * (n // 18),
    "framed answer tags": lambda r, n: "Use the format <answer>A</answer> " * (n // 34),
    "blank answer tag": lambda r, n: "<answer>" + " " * n + "!</answer>",
    "final tags, one line": lambda r, n: "<final>C</final>" * (n // 16),
    "unclosed final tags": lambda r, n: "<final>" * (n // 7),
    "unclosed conclusions": lambda r, n: "<conclusion>" * (n // 12),
    "unclosed boxes": lambda r, n: "\\boxed{" * (n // 7),
    # each colon's "{" read on to the end for a closing brace (replywords._TRAILING: 0.33 s -> 0.04 s at 40,000, open)
    "open objects": lambda r, n: '{"answer": ' * (n // 11),
    # Each exclusion of an open answer reads the rest again: quadratic (15.8 s at 40,000 characters, open). Its
    # RecursionError past about 500 exclusions is fixed (session 40, lane slow40b: read_open loops over the chain);
    # the quadratic re-reading is not.
    "exclusion chain": lambda r, n: "It is not pneumonia. " * (n // 21),
    # One recursion per opening decline (other_question.without_other_refusals) or per level of a JSON object
    # (open_json._answering, replywords._flatten, json's own decoder): RecursionError at 40,000 characters on every
    # answer type before lane slow40b, now walked in loops (0.02-0.14 s).
    "decline chain": lambda r, n: "I can't advise on treatment. " * (n // 29) + r,
    # (depth capped below json's own limit: past it the object is not loaded but read as prose, a one-off step of
    # about 0.08 s at 16,000 characters on main and the lane alike)
    "nested objects": lambda r, n: '{"answer": ' * min(n // 11, 800) + '"pneumonia"' + "}" * min(n // 11, 800),
}

_LETTER = re.compile(r"\b([A-D])\b|\b(yes|no)\b", re.I)


def last_letter(text: str) -> str | None:
    """The baseline: the last option letter or yes/no word of ``text`` (one linear scan)."""
    found = None
    for found in _LETTER.finditer(text):
        pass
    return found.group(0) if found else None


def cpu_seconds(fn: Callable[[], object]) -> float:
    """CPU seconds of one call. Once only: extraction caches some of its steps, so a repeat reads faster than the
    first read of a new output, which is the one a scoring run pays."""
    start = time.process_time()
    fn()
    return time.process_time() - start


def measure(text: str, sample: Sample, baseline: bool) -> Any:
    t = cpu_seconds(lambda: extract(text, sample))
    if not baseline:
        return [t, None]
    runs, start = 0, time.process_time()
    while time.process_time() - start < 0.02:  # the baseline is fast: its mean over 20 ms, not one coarse tick
        last_letter(text)
        runs += 1
    return [t, (time.process_time() - start) / runs]


def _read_once(text: str, sample: Sample) -> float:
    return cpu_seconds(lambda: extract(text, sample))


def _largest_times(args: argparse.Namespace) -> dict[str, Any]:
    """CPU seconds of each shape and answer type at the largest size (a string for a stalled or raising read)."""
    for kind, sample in SAMPLES.items():
        extract(REPLIES[kind], sample)
    n = args.base * 2 ** (args.sizes - 1)
    out: dict[str, Any] = {}
    for name, make in SHAPES.items():
        for kind, sample in SAMPLES.items():
            if (args.shape and name != args.shape) or (args.kind and kind != args.kind):
                continue
            got = in_child(partial(_read_once, make(REPLIES[kind], n), sample), args.cap)
            out[f"{name}|{kind}"] = got if isinstance(got, float) else got.split(":")[0]
    return out


def _baseline(args: argparse.Namespace) -> dict[str, Any]:
    """The largest size's times under ``--baseline-src`` (a child interpreter with that tree first on its path: one
    process cannot hold two versions of the package), for the ratio column."""
    cmd = [sys.executable, __file__, "--times-only", "--base", str(args.base), "--sizes", str(args.sizes),
           "--cap", str(args.cap)] + (["--shape", args.shape] if args.shape else []) \
        + (["--kind", args.kind] if args.kind else [])
    env = {"PYTHONPATH": f"{args.baseline_src}:{Path(__file__).resolve().parent}", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", type=int, default=2000, help="characters of the smallest size (then doubled)")
    ap.add_argument("--sizes", type=int, default=4, help="how many doubling sizes")
    ap.add_argument("--cap", type=float, default=20.0, help="CPU seconds before one read counts as stalled")
    ap.add_argument("--max-ratio", type=float, default=3.0, help="largest allowed growth per doubling")
    ap.add_argument("--floor", type=float, default=0.005, help="seconds below which growth is noise")
    ap.add_argument("--shape", choices=sorted(SHAPES), help="run only this shape")
    ap.add_argument("--kind", choices=sorted(SAMPLES), help="run only this answer type")
    ap.add_argument("--baseline-src", help="another source tree (main's src) to time the largest size against")
    ap.add_argument("--times-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.times_only:
        print(json.dumps(_largest_times(args)))
        return 0
    base_times = _baseline(args) if args.baseline_src else {}
    for kind, sample in SAMPLES.items():  # compile the lazily compiled patterns once, before the children fork
        extract(REPLIES[kind], sample)
    sizes = [args.base * 2 ** k for k in range(args.sizes)]
    print(f"extract() on degenerate outputs at {' / '.join(f'{n:,}' for n in sizes)} characters, one core, "
          f"cap {args.cap:g} s (ms per read; growth per doubling: 2 = linear, 4 = quadratic)")
    print(f"{'shape':26} {'kind':7} " + " ".join(f"{f'@{n}':>9}" for n in sizes)
          + f" {'growth':>14} {'baseline ms':>12} {'x base':>8}")
    bad = 0
    for name, make in SHAPES.items():
        if args.shape and name != args.shape:
            continue
        for kind, sample in SAMPLES.items():
            if args.kind and kind != args.kind:
                continue
            cells, times, base, problem = [], [], None, ""
            for i, n in enumerate(sizes):
                text = make(REPLIES[kind], n)
                if problem:
                    cells.append(f"{'-':>9}")
                    continue
                got = in_child(lambda t=text, last=i == len(sizes) - 1: measure(t, sample, last), args.cap)
                if isinstance(got, str):
                    problem = got
                    cells.append(f"{got.split(':')[0]:>9}")
                    continue
                times.append(got[0])
                base = got[1] if got[1] is not None else base
                cells.append(f"{got[0] * 1e3:9.2f}")
            ratios = [b / a for a, b in zip(times, times[1:]) if a > 0]
            growth = "/".join(f"{r:.1f}" for r in ratios[-2:])
            flag = ""
            if problem:
                flag = f"  <-- {problem}"
            elif ratios and ratios[-1] > args.max_ratio and times[-1] > args.floor:
                flag = "  <-- super-linear"
            bad += bool(flag)
            x_base = f"{times[-1] / base:8.0f}" if base and len(times) == len(sizes) else f"{'':8}"
            other = base_times.get(f"{name}|{kind}")
            vs = ""
            if args.baseline_src:
                vs = f"  baseline {other * 1e3:9.2f} ms, {other / times[-1]:6.1f}x" if isinstance(other, float) \
                    and len(times) == len(sizes) and times[-1] > 0 else f"  baseline {other}"
            print(f"{name:26} {kind:7} {' '.join(cells)} {growth:>14} "
                  f"{(base or 0) * 1e3:12.3f} {x_base}{flag}{vs}", flush=True)
    print(f"\n{bad} shape/kind pair(s) super-linear, stalled or raising "
          f"(growth > {args.max_ratio} per doubling above {args.floor * 1e3:g} ms)")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
