"""In-process A/B of the verifier's speed: this tree against a baseline tree, alternated in one process.

Why: on a shared machine, timings of two processes run one after the other differ by more than most speed
changes (other jobs come and go). Here the baseline ``src`` (another checkout, e.g. the main branch's) is copied
into a temporary folder as a package named ``medstep_base`` (its imports rewritten), both are imported into this
process, and the two are timed in alternation, ``--rounds`` times, each round with a fresh verifier of each (cold
memos, as a new ``medstep score`` run has). The figure to read is the ratio base/new of the best round (and the
ratio per round); the outputs of both are compared too (a speed change leaves them identical).

Paths timed (CPU time of this process):

* ``judge``: the ``verifier`` judge as ``medstep score`` runs it (``VerifierJudge.grade``: a lines-only verifier
  batch, ``score_reasoning`` and the typed grade) on ``bench_score_scale.py`` samples (RadRBench-style, every
  report new);
* ``library``: ``Verifier.verify`` on ``bench_verify.py`` chains (250 words; 8 chains share a report and
  reference steps, as the rollouts of one prompt);
* ``command``: the whole ``medstep score --judge verifier`` command (loading, extraction, grading, store, HTML
  report), called in-process on the same samples as ``judge`` (its ``samples.jsonl`` compared);
* ``corpus``: ``Verifier.verify`` of every ``corpus/*_verify.jsonl`` chain with its report, reference steps and
  options (hand-written and model-styled chains, the realistic mix; the holdout is left out), ``--n`` ignored;
* ``huge``: ``Verifier.verify`` of single huge outputs (a degenerate model's: ``--n`` unknown words, a repeated
  finding with a side, a loop of "A or B or", a list of bare words "no fluid, no fluid, "), where a cost quadratic
  in the length shows;
* ``growth``: the same outputs at a quarter of ``--n`` words and at ``--n``, each tree's time ratio printed: about
  x4 is linear, x16 quadratic.

    python benchmarks/bench_verify_ab.py --base /path/to/other/checkout/src [--n 1000] [--rounds 4]

Run under ``flock /tmp/medstep-bench.lock`` where other agents share the machine.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import io
import json
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

_IMPORT = re.compile(r"\bmedstep\b")


def copy_as(src: Path, dest: Path, name: str) -> None:
    """Copy the package ``src/medstep`` to ``dest/name`` with every reference to ``medstep`` renamed."""
    shutil.copytree(src / "medstep", dest / name, ignore=shutil.ignore_patterns("__pycache__"))
    for f in (dest / name).rglob("*.py"):
        f.write_text(_IMPORT.sub(name, f.read_text(encoding="utf-8")), encoding="utf-8")


class Side:
    """One tree's entry points, imported under its package name."""

    def __init__(self, pkg: str) -> None:
        self.pkg = pkg
        self.verifier = importlib.import_module(f"{pkg}.verify.verifier")
        self.judge = importlib.import_module(f"{pkg}.judges.verifier")
        self.judges = importlib.import_module(f"{pkg}.judges")
        self.collector = importlib.import_module(f"{pkg}.collector")
        self.jsontext = importlib.import_module(f"{pkg}.jsontext")
        self.items: list = []

    def fresh(self) -> Any:
        """A new default verifier, every module-level ``lru_cache`` of the package cleared: cold memos, as a new
        ``medstep score`` process has them (memos per verifier or scanner go with the old one)."""
        for name, mod in list(sys.modules.items()):
            if name == self.pkg or name.startswith(self.pkg + "."):
                for obj in list(vars(mod).values()):
                    if callable(getattr(obj, "cache_clear", None)) and getattr(obj, "__module__", None) == name:
                        obj.cache_clear()
        self.verifier._default = None
        return self.verifier.default_verifier()


def judge_items(side: Side, data: Path, preds: Path, n: int) -> list:
    datasets: ModuleType = importlib.import_module(f"{side.pkg}.datasets")
    base: ModuleType = importlib.import_module(f"{side.pkg}.datasets.base")
    pipeline: ModuleType = importlib.import_module(f"{side.pkg}.pipeline")
    extract: ModuleType = importlib.import_module(f"{side.pkg}.extract")
    samples = datasets.load_benchmark("radrbench", str(data), base.LoadOptions(check_images=False)).samples[:n]
    outs = pipeline.read_predictions(preds)
    items = []
    for s in samples:
        e = extract.extract(outs[s.id].text, s)
        items.append(side.judges.JudgeItem.build(s, outs[s.id].text, e.reasoning, e.answer))
    return items


def run_judge(side: Side) -> tuple[float, list[str]]:
    side.fresh()
    judge = side.judge.VerifierJudge()
    with side.collector.paused_collections():
        t0 = time.process_time()
        grades = judge.grade(side.items, None)
        dt = time.process_time() - t0
    return dt, [side.jsontext.dumps(grades[it.sample.id]) for it in side.items]


def run_library(side: Side, pairs: list) -> tuple[float, list[str]]:
    v = side.fresh()
    with side.collector.paused_collections():
        t0 = time.process_time()
        out = [v.verify(c, report=r, reference=ref) for c, r, ref in pairs]
        dt = time.process_time() - t0
    return dt, [repr(x.to_json()) for x in out]


HUGE = ("word ", "left midlung nodule ", "effusion or pneumothorax or ", "no fluid, ")
HOLDOUT = re.compile(r"retired_blind(5[789])_verify\.jsonl")


def huge_texts(n: int) -> list[str]:
    """Outputs of about ``n`` words each, one per piece of ``HUGE``."""
    return [piece * max(1, n // len(piece.split())) for piece in HUGE]


def run_huge(side: Side, texts: list[str]) -> tuple[float, list[str]]:
    v = side.fresh()
    with side.collector.paused_collections():
        t0 = time.process_time()
        out = [v.verify(t) for t in texts]
        dt = time.process_time() - t0
    return dt, [repr(x.to_json()) for x in out]


def corpus_calls() -> list[dict[str, Any]]:
    """The keyword arguments of ``Verifier.verify`` for every corpus chain but the holdout's."""
    calls = []
    for path in sorted((ROOT / "benchmarks" / "corpus").glob("*_verify.jsonl")):
        if HOLDOUT.fullmatch(path.name):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            it = json.loads(line)
            calls.append({"chain": it["chain"], "report": it.get("report"), "reference": it.get("reference_steps"),
                          "options": it.get("options"), "chosen": it.get("chosen"), "gold": it.get("gold"),
                          "question": it.get("question")})
    return calls


def run_calls(side: Side, calls: list[dict[str, Any]]) -> tuple[float, list[str]]:
    v = side.fresh()
    with side.collector.paused_collections():
        t0 = time.process_time()
        out = [v.verify(**kw) for kw in calls]
        dt = time.process_time() - t0
    return dt, [repr(x.to_json()) for x in out]


def growth(sides: dict[str, Side], n: int) -> None:
    """Each huge output at n/4 and n words, per tree: the time ratio of 4x the text (x4 linear, x16 quadratic)."""
    for piece in HUGE:
        times: dict[str, list[float]] = {k: [] for k in sides}
        for words in (max(1, n // 4), n):
            text = piece * max(1, words // len(piece.split()))
            for k in (list(sides) if words == n else list(reversed(sides))):
                gc.collect()
                times[k].append(run_huge(sides[k], [text])[0])
        print(f"growth {piece.strip()!r} {n // 4} -> {n} words: " + ", ".join(
            f"{k} {t[0]:.2f} -> {t[1]:.2f} s (x{t[1] / max(t[0], 1e-9):.1f})" for k, t in times.items()), flush=True)


def run_command(side: Side, data: Path, preds: Path, out: Path) -> tuple[float, list[str]]:
    cli = importlib.import_module(f"{side.pkg}.cli")
    shutil.rmtree(out, ignore_errors=True)
    side.fresh()
    argv = ["score", str(preds), "--benchmark", "radrbench", "--data", str(data), "--out", str(out),
            "--judge", "verifier"]
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        t0 = time.process_time()
        try:
            cli.app(argv, standalone_mode=False)
        except SystemExit:
            pass
        dt = time.process_time() - t0
    return dt, (out / "samples.jsonl").read_text(encoding="utf-8").splitlines()


def alternate(name: str, n: int, rounds: int, runs: dict[str, Callable[[], tuple[float, list[str]]]]) -> None:
    best = {k: float("inf") for k in runs}
    ratios = []
    outputs: dict[str, list[str]] = {}
    for r in range(rounds):
        order = list(runs) if r % 2 == 0 else list(reversed(runs))
        times = {}
        for k in order:
            gc.collect()
            times[k], outputs[k] = runs[k]()
            best[k] = min(best[k], times[k])
        ratios.append(times["base"] / times["new"])
        print(f"  {name} round {r + 1}: base {1e3 * times['base'] / n:.3f} ms, new {1e3 * times['new'] / n:.3f} ms "
              f"per item (x{ratios[-1]:.3f})", flush=True)
    same = sum(a == b for a, b in zip(outputs["base"], outputs["new"]))
    print(f"{name}: best base {1e3 * best['base'] / n:.3f} ms, best new {1e3 * best['new'] / n:.3f} ms per item: "
          f"x{best['base'] / best['new']:.3f} (rounds x{min(ratios):.3f}-x{max(ratios):.3f}); "
          f"outputs identical {same}/{len(outputs['new'])}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", type=Path, required=True, help="the baseline tree's src folder")
    ap.add_argument("--n", type=int, default=1000, help="items per path")
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--paths", default="judge,library", help="any of judge, library, command, corpus, huge, growth")
    ns = ap.parse_args()
    paths = ns.paths.split(",")
    import bench_score_scale
    import bench_verify

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        copy_as(ns.base, work, "medstep_base")
        sys.path.insert(0, str(work))
        sides = {"base": Side("medstep_base"), "new": Side("medstep")}
        if "judge" in paths:
            data, preds = bench_score_scale.write_inputs(ns.n, work)
            for side in sides.values():
                side.items = judge_items(side, data, preds, ns.n)
            alternate("judge", ns.n, ns.rounds, {k: (lambda s=s: run_judge(s)) for k, s in sides.items()})
        if "command" in paths:
            data, preds = bench_score_scale.write_inputs(ns.n, work)
            alternate("command", ns.n, ns.rounds, {k: (lambda s=s, k=k: run_command(s, data, preds, work / "run"))
                                                   for k, s in sides.items()})
        if "huge" in paths:
            texts = huge_texts(ns.n)
            alternate("huge", len(texts), ns.rounds, {k: (lambda s=s: run_huge(s, texts)) for k, s in sides.items()})
        if "corpus" in paths:
            calls = corpus_calls()
            alternate("corpus", len(calls), ns.rounds, {k: (lambda s=s: run_calls(s, calls)) for k, s in sides.items()})
        if "growth" in paths:
            growth(sides, ns.n)
        if "library" in paths:
            rng = random.Random(0)
            chains = [bench_verify.make_chain(rng, 250) for _ in range(ns.n)]
            prompts = max(1, ns.n // 8)
            reports = [bench_verify.make_report(rng) for _ in range(prompts)]
            refs = [bench_verify.make_reference(rng) for _ in range(prompts)]
            pairs = [(c, reports[i // 8], refs[i // 8]) for i, c in enumerate(chains)]
            alternate("library", ns.n, ns.rounds, {k: (lambda s=s: run_library(s, pairs)) for k, s in sides.items()})


if __name__ == "__main__":
    main()
