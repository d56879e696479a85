"""Instructions per sample of the ``verifier`` judge (callgrind): a speed change measured without the machine's load.

Why: this machine is shared (2 cores, load 5-8 while other agents work): CPU times of one process swing by +-25%
from run to run and even in-process A/B rounds (``bench_verify_ab.py``) disagree by more than most speed changes
(an A/A run of one tree against itself read x0.89-x1.20 per round). Instructions executed do not depend on the
load. Each tree grades the same ``bench_score_scale.py`` samples as ``medstep score --judge verifier`` grades them
(``score_reasoning`` and the typed grade in a lines-only verifier batch, the collector paused) in a child run under
``valgrind --tool=callgrind``: ``--warm`` samples first (memos filled, as in the middle of a long run), then ``--n``
samples counted (collection is switched on only inside ``functools.reduce``, which medstep never calls; the counted
samples are graded inside it). ``PYTHONHASHSEED=0`` fixes set and dict orders. The two children run side by side;
each prints a digest of its grades, compared here (a speed change leaves them identical).

``--repeat``: the counted samples are graded once before too, so their reports' evidence comes from the memos: what
a sample costs when only its chain is new (a bound on what caching a report's analysis can save).

Instructions are not time (a cache miss costs more than an add), but a change that removes work removes
instructions; one that only moves memory around may show here and not in time. Slow: ~50x native, a few minutes.

    python benchmarks/bench_verify_instructions.py --base /path/to/other/checkout/src [--new src] [--n 200]
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _child(data: str, preds: str, warm: int, repeat: bool) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from medstep.collector import paused_collections
    from medstep.datasets import load_benchmark
    from medstep.datasets.base import LoadOptions
    from medstep.extract import extract
    from medstep.jsontext import dumps
    from medstep.judges.verifier import score_reasoning
    from medstep.pipeline import read_predictions
    from medstep.verify import default_verifier

    samples = load_benchmark("radrbench", data, LoadOptions(check_images=False)).samples
    outputs = read_predictions(Path(preds))
    pairs = [(s, extract(outputs[s.id].text, s)) for s in samples]
    digest = hashlib.sha256()

    def grade(acc: None, pair: tuple) -> None:
        s, e = pair
        score = score_reasoning(s, e.reasoning, e.answer)
        digest.update(dumps(score.to_grade()).encode() if score is not None else b"-")
        return acc

    with paused_collections(), default_verifier().batch(lines_only=True):
        for pair in pairs[:warm]:
            grade(None, pair)
        if repeat:
            for pair in pairs[warm:]:
                grade(None, pair)
        digest = hashlib.sha256()  # (the counted samples' grades only)
        functools.reduce(grade, pairs[warm:], None)
    print("digest", digest.hexdigest())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", type=Path, required=True, help="the baseline tree's src folder")
    ap.add_argument("--new", type=Path, default=ROOT / "src", help="the new tree's src folder (default: this one)")
    ap.add_argument("--warm", type=int, default=300, help="samples graded before counting")
    ap.add_argument("--n", type=int, default=200, help="samples counted")
    ap.add_argument("--repeat", action="store_true", help="grade the counted samples once before too")
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    ns = ap.parse_args()
    if ns.child:
        _child(ns.child[0], ns.child[1], int(ns.child[2]), ns.repeat)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_score_scale

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        data, preds = bench_score_scale.write_inputs(ns.warm + ns.n, work)
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from callgrind_ab import run_pair

        child = ["--base", str(ns.base), "--child", str(data), str(preds), str(ns.warm), *(["--repeat"] if ns.repeat else [])]
        results = run_pair(__file__, {"base": ns.base, "new": ns.new}, child, work)
        counts = {name: count for name, (count, _) in results.items()}
        digests = {name: out.split()[-1] for name, (_, out) in results.items()}
        for name in counts:
            print(f"{name}: {counts[name] / ns.n / 1e6:.3f} M instructions per sample ({counts[name]:,} for {ns.n})")
    print(f"base/new x{counts['base'] / counts['new']:.4f}; grades identical: {digests['base'] == digests['new']}")


if __name__ == "__main__":
    main()
