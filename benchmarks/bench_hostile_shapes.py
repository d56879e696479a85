"""Hostile shapes through the whole scoring path, per answer type, at two sizes (session 40, lane slow40).

Why: ``bench_extract_worst`` grows each known shape by doubling; this one sweeps many more shapes built of the readers'
trigger words and tags (answer tags, thought tags, bold labels, JSON braces, option heads, Chinese answer words,
verdict lines, hedges, "not X" chains, tables, headings, runs of one character, combining marks, one long line vs many
short ones) once at ``--small`` and once at ``--large`` characters, through ``extract`` then ``outcome.grade`` (as
``bench_redteam._judge_item``), each read in a forked child under a CPU cap. A pair is flagged when it takes over
``--max-seconds`` at the large size, raises or stalls, or grows more than ``--max-growth`` times (size x4: about 4 is
linear, 16 quadratic). The lane found six quadratic shapes with it (now in ``bench_extract_worst``) and one that
raises (the exclusion chain, still open).

    PYTHONPATH=src:benchmarks python benchmarks/bench_hostile_shapes.py [--shape NAME ...] [--small 10000]
        [--large 40000] [--cap 30]

Exit status 1 when any pair is flagged.
"""

from __future__ import annotations

import argparse
import time
from functools import partial
from typing import Any, Callable

from forked import in_child

from medstep.extract import extract
from medstep.score.outcome import grade
from medstep.types import AnswerType, Generation, Sample

OPTIONS = {"A": "Left pleural effusion", "B": "Right pneumothorax", "C": "Cardiomegaly", "D": "Normal study"}
SAMPLES = {
    "choice": Sample(
        id="w", question="What is the most likely finding?", answer="B", answer_type=AnswerType.CHOICE, options=OPTIONS
    ),
    "closed": Sample(id="w", question="Is there a right pneumothorax?", answer="yes", answer_type=AnswerType.CLOSED),
    "open": Sample(id="w", question="What abnormality is shown?", answer="pneumothorax", answer_type=AnswerType.OPEN),
    "diag": Sample(
        id="w", question="What is the most likely diagnosis?", answer="pneumothorax", answer_type=AnswerType.OPEN
    ),
}


def _rep(unit: str) -> Callable[[int], str]:
    """A shape: ``unit`` repeated to about ``n`` characters."""
    return lambda n: unit * max(1, n // len(unit))


def _mark_run(mark: str) -> Callable[[int], str]:
    """A shape: ``mark``, a run of about ``n`` blanks, a short tail."""
    return lambda n: mark + " " * n + "x?"


SHAPES = {
    "answer tag C": _rep("<answer>C</answer>"),
    "answer tag C nl": _rep("<answer>C</answer>\n"),
    "answer tag word": _rep("<answer>pneumothorax</answer> "),
    "answer tag format": _rep("Use the format <answer>A</answer> "),
    "answer tag numbered": lambda n: "".join(f"<answer>C{i}</answer>" for i in range(n // 20)),
    "answer open only": _rep("<answer>"),
    "answer close only": _rep("</answer>"),
    "final tag": _rep("<final>C</final>"),
    "think pairs": _rep("<think>x</think>"),
    "think close only": _rep("</think>"),
    "bold answer": _rep("**Answer:** C "),
    "bold answer nl": _rep("**Answer:** C\n"),
    "final answer lines": _rep("Final answer: C\n"),
    "answer is C": _rep("The answer is C. "),
    "answer colon": _rep("Answer: "),
    "boxed": _rep("\\boxed{C} "),
    "boxed open": _rep("\\boxed{"),
    "json answer": _rep('{"answer": "C"} '),
    "json nested": _rep('{"answer": '),
    "braces": _rep("{"),
    "close braces": _rep("}"),
    "option heads": _rep("A. "),
    "option B colon": _rep("Option B: "),
    "option lines": _rep("A. Left pleural effusion\nB. Right pneumothorax\n"),
    "verdict lines": _rep("A. incorrect\nB. correct\nC. incorrect\n"),
    "option wrong": _rep("Option A is wrong. "),
    "zh answer": _rep("答案"),
    "zh answer C": _rep("答案：C "),
    "zh xuan": _rep("选"),
    "zh xuan C": _rep("选C"),
    "hedges": _rep("possibly maybe likely "),
    "not chain": _rep("not pneumothorax, not "),
    "no chain": _rep("no "),
    "yes no": _rep("yes no "),
    "table line": _rep("| a | b "),
    "table rows": _rep("| right | pneumothorax | yes |\n"),
    "pipes": _rep("|"),
    "headings": _rep("### Answer\n"),
    "hashes": _rep("#"),
    "dashes": _rep("-"),
    "colons": _rep(":"),
    "parens": _rep("("),
    "brackets": _rep("["),
    "lt": _rep("<"),
    "letter a": _rep("a"),
    "combining": _rep("e\u0301"),
    "combining only": _rep("\u0301"),
    "short lines": _rep("pneumothorax\n"),
    "one line words": _rep("pneumothorax "),
    "blank lines": _rep("\n\n x"),
    "quote marks": _rep('"'),
    "smart quotes": _rep("“C” "),
    "commas": _rep(", "),
    "semicolon sides": _rep("left; right; "),
    "is there": _rep("Is there a pneumothorax? "),
    "differential": _rep("pneumothorax vs effusion "),
    "or chain": _rep("pneumothorax or "),
    "numbers cm": _rep("1.5 cm x "),
    "step heads": _rep("Step 1: "),
    "correct option": _rep("The correct option is "),
    "impression": _rep("Impression: "),
    # A mark, a long blank run, a short tail (lane slow40c): "-" took 44 s at 4k to an open question, "*" 10 s at 8k.
    **{f"mark {m} blank run": _mark_run(m) for m in "-*_>#|\"'([{:;,.!?：，。？"},
    "blank run rejection": lambda n: " " * n + "x",
    # Lane slow40d: a table row's value cell, then a run (the "|" run above took 43 s at 32k to a choice question),
    # a denial repeated to a closed question (the head noun's longer name looked for in the whole rest: 7.4 s at 40k),
    # an abbreviation repeated in an open answer (grade_open asked per word whether both name one concept: 18.6 s).
    "table value blank run": lambda n: "| Answer |" + " " * n + "x?",
    "denial repeated": _rep("No pneumothorax. "),
    "abbreviation repeated": _rep("keine MRT, "),
}


def _score_once(text: str, sample: Sample) -> float:
    start = time.process_time()
    ext = extract(text, sample)
    if ext.answer is not None:
        grade(sample, ext, Generation(text=text))
    return time.process_time() - start


def _cell(t: Any) -> str:
    return f"{t:7.3f}" if isinstance(t, float) else str(t).split(":")[0]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shape", nargs="*", choices=sorted(SHAPES), help="only these shapes")
    ap.add_argument("--small", type=int, default=10000, help="characters of the small size")
    ap.add_argument("--large", type=int, default=40000, help="characters of the large size")
    ap.add_argument("--cap", type=float, default=30.0, help="CPU seconds before one read counts as stalled")
    ap.add_argument("--max-seconds", type=float, default=2.0, help="most CPU seconds at the large size")
    ap.add_argument("--max-growth", type=float, default=6.0, help="most growth from the small to the large size")
    ap.add_argument("--floor", type=float, default=0.01, help="small-size seconds below which growth is noise")
    args = ap.parse_args()
    for sample in SAMPLES.values():  # compile the lazy patterns and load the tables before the children fork
        _score_once("The answer is B. Yes, there is a pneumothorax.", sample)
    print(f"extract + outcome.grade CPU seconds at {args.small} / {args.large} characters (cap {args.cap:g} s)")
    bad = 0
    for name, make in SHAPES.items():
        if args.shape and name not in args.shape:
            continue
        cells = []
        for kind, sample in SAMPLES.items():
            small = in_child(partial(_score_once, make(args.small), sample), args.cap)
            large = (
                in_child(partial(_score_once, make(args.large), sample), args.cap) if isinstance(small, float) else "-"
            )
            flag = (
                not isinstance(large, float)
                or large > args.max_seconds
                or (isinstance(small, float) and small > args.floor and large / small > args.max_growth)
            )
            bad += flag
            cells.append(f"{kind} {_cell(small)}/{_cell(large)}{' <--' if flag else ''}")
        print(f"{name:22} " + "  ".join(cells), flush=True)
    print(
        f"\n{bad} shape/type pair(s) over {args.max_seconds:g} s, growing over {args.max_growth:g}x, raising or stalled"
    )
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
