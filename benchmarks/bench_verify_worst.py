"""Worst-case growth of the verifier and its rewards on degenerate reasoning chains (issues #8, #12).

GRPO rollouts degenerate: a word repeated to the token limit, thousands of newlines, the same sentence 2,000 times,
a markdown wall, one 50k-character "sentence" without punctuation, nested brackets, digit strings, Chinese. The
verifier runs on every rollout of a batch, so one chain that takes quadratic time stalls the whole reward step.
Unit tests cannot time this on a shared machine, so this benchmark runs each shape at four doubling sizes, each call
in a forked child with a CPU alarm (``--cap`` seconds, then the child is killed: "stalled" instead of a hang), and
prints the CPU seconds per size and the growth ratio of each doubling (about 2: linear, about 4: quadratic) beside a
same-process baseline, a token F1 of the chain against the report (one linear pass), timed in the same child.

Targets: ``verify`` (``Verifier.verify`` with a report, reference steps, options, the chosen letter and the
question, as ``medstep score`` calls it) and ``rewards`` (``MedstepReward`` with every text reward weighted:
accuracy, format, reasoning, clinical, perception, length and repetition, called as TRL calls it, one batch of
the completion ``<think>chain</think><answer>A</answer>``).

    python benchmarks/bench_verify_worst.py [--base 4000] [--sizes 4] [--cap 20] [--shape NAME] [--target verify]

Exit status 1 when a shape grows faster than ``--max-ratio`` per doubling at its largest size (above
``--floor`` seconds, below which the ratio is noise), stalls or raises.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import forked  # noqa: E402
from bench_verify import make_chain  # noqa: E402

from medstep.rewards import MedstepReward, RewardConfig  # noqa: E402
from medstep.verify import default_verifier  # noqa: E402

OPTIONS = {"A": "Left pleural effusion", "B": "Right pneumothorax", "C": "Cardiomegaly", "D": "Normal study"}
QUESTION = "What is the most likely finding on this chest radiograph?"
REPORT = ("Small left pleural effusion with adjacent atelectasis. No pneumothorax. Heart size is normal. "
          "Endotracheal tube 4 cm above the carina. Stable right upper lobe nodule measuring 8 mm.")
REFERENCE = ["The left costophrenic angle is blunted, in keeping with a small left pleural effusion.",
             "There is no pneumothorax.", "The cardiac silhouette is normal in size.",
             "Therefore the answer is left pleural effusion."]
SENTENCE = "There is a small left pleural effusion with blunting of the left costophrenic angle. "
CLAUSE = "the left lung shows a small pleural effusion and the right lung shows no pneumothorax and "


def _varied(n: int) -> str:
    """Varied, plausible chest X-ray prose of about ``n`` characters (bench_verify's generator, seeded)."""
    return make_chain(random.Random(n), max(30, n // 6))[:n]


def _steps(n: int) -> str:
    return "".join(f"Step {k}: The heart size is normal and there is no pneumothorax.\n" for k in range(n // 60))


# Each shape: n (characters, roughly) -> a degenerate chain.
SHAPES: dict[str, Callable[[int], str]] = {
    "repeated word": lambda n: "effusion " * (n // 9),
    "repeated token": lambda n: "the" * (n // 3),
    "newlines": lambda n: "There is a small left pleural effusion." + "\n" * n + "No pneumothorax.",
    "spaces": lambda n: "There is a small left pleural effusion." + " " * n + "No pneumothorax.",
    "repeated sentence": lambda n: SENTENCE * (n // len(SENTENCE)),
    "numbered steps": _steps,
    "varied prose": _varied,
    "no punctuation": lambda n: CLAUSE * (n // len(CLAUSE)),
    "negation list": lambda n: "No effusion, no pneumothorax, no consolidation, no edema, " * (n // 58),
    "finding list": lambda n: "left effusion, right pneumothorax, bibasal atelectasis, cardiomegaly, " * (n // 70),
    "side flips": lambda n: "Left effusion. Right effusion. No left effusion. No right effusion. " * (n // 68),
    "opening sides": lambda n: "on the right there is an effusion and on the left a 3 cm mass and " * (n // 64),
    "displacements": lambda n: "the trachea is displaced to the right by the mass and " * (n // 54),
    "site list": lambda n: "a mass in the left lower lobe and the right upper lobe and the lingula and " * (n // 74),
    "pronoun chain": lambda n: "Left effusion. It is larger. It has increased. They are new. " * (n // 61),
    "noun subjects": lambda n: "The elevation is new. The enlargement has improved, unchanged since. " * (n // 68),
    # Still quadratic (session 34): each denial's item runs to the next list cut, here the chain's end, and its words
    # are read once per denial (aligned_flips._denied_items); 3,000 denials take minutes.
    "repeated denial cue": lambda n: "argues against " * (n // 15),
    "hedges": lambda n: "Possible effusion versus pneumonia or atelectasis, cannot exclude edema; " * (n // 74),
    "sizes": lambda n: "A nodule measuring 1.5 x 2.3 cm, previously 1.2 x 2.0 cm. " * (n // 57),
    "markdown wall": lambda n: "## Findings\n**Left lung:** *small* effusion\n- **Right:** clear\n---\n" * (n // 64),
    "markdown stars": lambda n: "*" * n + "effusion" + "*" * n,
    "table rows": lambda n: "| finding | side |\n|---|---|\n" + "| effusion | left |\n" * (n // 19),
    "nested parens": lambda n: "(" * (n // 2) + "left pleural effusion" + ")" * (n // 2),
    "nested brackets": lambda n: "([{" * (n // 6) + "no pneumothorax" + "}])" * (n // 6),
    "unclosed parens": lambda n: "There is an effusion (left " * (n // 27),
    "digit string": lambda n: "The nodule measures " + "1" * n + " mm.",
    "number list": lambda n: "1.5, 2.3, 4.0, 12, 7 mm, " * (n // 25),
    "dotted digits": lambda n: "1." * (n // 2) + " effusion",
    "chinese": lambda n: "左侧胸腔少量积液。" * (n // 9),
    "mixed scripts": lambda n: "There is 左侧 pleural effusion 积液, no 气胸 pneumothorax. " * (n // 56),
    "option letters": lambda n: "A) B) C) D) " * (n // 12),
    "think tags": lambda n: "<think>" * (n // 7) + "effusion",
    "one long word": lambda n: "x" * n,
    # A size run then a time (session 38's review: an unbounded dimension repeat read per pronoun step, since capped).
    "size run": lambda n: "There is a mass in the left lower lobe.\nSize 5 mm " + "1 x 1" * (n // 5) + " q 3 years ago.",
    "pronoun size run": lambda n: "There is a mass in the left lower lobe.\nIt " + "1 x 1" * (n // 5) + " q 3 years ago.",
    # A word, a blank run, a word: read as the report, its normal-subject reading gave the blanks back one by one
    # (aligned_normal_places._NORMAL_SUBJECT: 9.7 s at 40,000 blanks until session 39, lane slow39b; target "report").
    "word, blanks, word": lambda n: "pneumothorax" + " " * n + "x",
    "letter, blanks, not": lambda n: "A" + " " * n + "not C.",
}


def token_f1(chain: str, report: str) -> float:
    """The baseline: a bag-of-words F1 of the chain against the report (one linear pass over the chain)."""
    a, b = Counter(re.findall(r"\w+", chain.lower())), Counter(re.findall(r"\w+", report.lower()))
    common = sum((a & b).values())
    return 0.0 if not common else 2 * common / (sum(a.values()) + sum(b.values()))


_REWARD = MedstepReward(RewardConfig(accuracy=1.0, format=0.5, reasoning=0.5, clinical=0.5, perception=0.5,
                                     length=0.1, repetition=0.1))


def call_verify(chain: str) -> Any:
    v = default_verifier().verify(chain, report=REPORT, reference=REFERENCE, options=OPTIONS, chosen="A",
                                  question=QUESTION)
    return v.to_json(), v.factuality_counts(), v.effectiveness_counts(), v.completeness_counts()


def call_report(report: str) -> Any:
    """The shape read as the report a short chain is verified against."""
    v = default_verifier().verify("There is a small left pleural effusion. No pneumothorax.", report=report,
                                  question=QUESTION)
    return v.to_json()


def call_rewards(chain: str) -> Any:
    completion = f"<think>{chain}</think><answer>A</answer>"
    return _REWARD([QUESTION], [completion], answer=["A"], options=[OPTIONS], report=[REPORT],
                   reference_steps=[REFERENCE], question=[QUESTION])


TARGETS: dict[str, Callable[[str], Any]] = {"verify": call_verify, "rewards": call_rewards, "report": call_report}


def in_child(fn: Callable[[str], Any], text: str, cap: float) -> dict[str, Any]:
    """``fn(text)`` once in a forked child (``forked.in_child``: the warm verifier inherited, nothing of this text
    cached), then the token-F1 baseline on the same text: their CPU seconds, or why not."""
    def run() -> dict[str, float]:
        t0 = time.process_time()
        fn(text)
        spent = time.process_time() - t0
        t0, runs = time.process_time(), 0
        while time.process_time() - t0 < 0.02 or runs == 0:
            token_f1(text, REPORT)
            runs += 1
        return {"s": spent, "base": (time.process_time() - t0) / runs}

    got = forked.in_child(run, cap)
    if got == forked.STALLED:
        return {"stalled": True}
    if isinstance(got, str):
        return {"raised": got.removeprefix(forked.RAISED)[:200]}
    return dict(got)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", type=int, default=4000, help="characters of the smallest size (then doubled)")
    ap.add_argument("--sizes", type=int, default=4, help="number of doubling sizes")
    ap.add_argument("--cap", type=float, default=20.0, help="CPU seconds before a call counts as stalled")
    ap.add_argument("--max-ratio", type=float, default=3.0, help="largest allowed growth per doubling")
    ap.add_argument("--floor", type=float, default=0.05, help="seconds below which growth is not judged")
    ap.add_argument("--repeat", type=int, default=1, help="children per size; the least CPU time counts")
    ap.add_argument("--shape", action="append", choices=sorted(SHAPES), help="run only this shape (repeatable)")
    ap.add_argument("--target", action="append", choices=sorted(TARGETS), help="run only this target")
    args = ap.parse_args()
    sizes = [args.base * 2 ** k for k in range(args.sizes)]
    call_verify("Warm-up: a small right pleural effusion. No pneumothorax.")  # build the tables before forking
    call_rewards("Warm-up: the heart is normal in size.")
    print(f"CPU seconds per call at {' / '.join(f'{s:,}' for s in sizes)} characters (forked child, cap "
          f"{args.cap:.0f} s); growth per doubling (2 linear, 4 quadratic); baseline: token F1 at the largest size")
    heads = " ".join(f"{f'@{s // 1000}k':>8}" for s in sizes)
    print(f"{'shape':18} {'target':8} {heads}  {'growth':>17} {'base ms':>8} {'x base':>8}")
    bad = 0
    for name in args.shape or SHAPES:
        for target in args.target or TARGETS:
            cells, times, flag, base = [], [], "", None
            for size in sizes:
                text = SHAPES[name](size)
                runs = [in_child(TARGETS[target], text, args.cap) for _ in range(args.repeat)]
                r = min(runs, key=lambda x: x.get("s", float("inf")))
                if "s" not in r:
                    flag = "  <-- " + ("stalled" if "stalled" in r else f"raised {r['raised']}")
                    cells.append(f"{'stalled' if 'stalled' in r else 'raised':>8}")
                    break
                times.append(r["s"])
                base = r["base"]
                cells.append(f"{r['s']:8.3f}")
            cells += [f"{'-':>8}"] * (len(sizes) - len(cells))
            growth = [b / a if a > 0 else float("nan") for a, b in zip(times, times[1:])]
            if not flag and growth and growth[-1] > args.max_ratio and times[-1] > args.floor:
                flag = "  <-- super-linear"
            bad += bool(flag)
            g = " ".join(f"{x:5.1f}" for x in growth)
            ratio = f"{times[-1] / base:8.0f}" if base and times else f"{'-':>8}"
            print(f"{name:18} {target:8} {' '.join(cells)}  {g:>17} {(base or 0) * 1e3:8.2f} {ratio}{flag}",
                  flush=True)
    print(f"\n{bad} shape/target pair(s) super-linear, stalled or raising (growth > {args.max_ratio} per doubling "
          f"above {args.floor} s)")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
