"""Instructions per output of :func:`medstep.extract.extract` (callgrind): an extraction speed change measured
without the machine's load (issue #7).

Why: this machine is shared by several agents, so CPU times swing by +-25% from run to run and even in-process A/B
rounds disagree by more than most single speed changes. Instructions executed do not depend on the load. Each tree
reads the ~250-word outputs of ``bench_extract.py``'s throughput batch in a child run under
``valgrind --tool=callgrind``: the batch once first (memos filled, as ``bench_extract.py`` measures a steady state),
then once counted (collection is switched on only inside ``functools.reduce``, which medstep never calls).
``PYTHONHASHSEED=0`` fixes set and dict orders. Each child prints a digest of its readings, compared here (a speed
change leaves them identical). Instructions are not time, but a change that removes work removes instructions.
Slow: ~50x native, a minute or two.

    python benchmarks/bench_extract_instructions.py --base /path/to/other/checkout/src [--new src]
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


def _child() -> None:
    sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT / "benchmarks" / "corpus")]
    import bench_extract
    import items as corpus

    from medstep.extract import extract

    batch = bench_extract.long_outputs(corpus.load(corpus.DEV) + corpus.load(corpus.HELDOUT)
                                       + corpus.load(corpus.HELDOUT2) + corpus.load(corpus.HELDOUT3))
    pairs = [(it.text, it.sample()) for it in batch]
    for text, sample in pairs:
        extract(text, sample)
    digest = hashlib.sha256()

    def read(acc: None, pair: tuple) -> None:
        got = extract(*pair)
        digest.update(repr((got.answer, got.rule, got.reasoning)).encode())
        return acc

    functools.reduce(read, pairs, None)
    print(len(pairs), digest.hexdigest())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", type=Path, required=True, help="the baseline tree's src folder")
    ap.add_argument("--new", type=Path, default=ROOT / "src", help="the new tree's src folder (default: this one)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ns = ap.parse_args()
    if ns.child:
        _child()
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from callgrind_ab import run_pair

    with tempfile.TemporaryDirectory() as tmp:
        results = run_pair(__file__, {"base": ns.base, "new": ns.new}, ["--base", str(ns.base), "--child"], Path(tmp))
    counts, digests = {}, {}
    for name, (count, out) in results.items():
        n, digests[name] = out.split()[-2:]
        counts[name] = count
        print(f"{name}: {counts[name] / int(n) / 1e3:,.1f} k instructions per output ({counts[name]:,} for {n})")
    print(f"base/new x{counts['base'] / counts['new']:.4f}; readings identical: {digests['base'] == digests['new']}")


if __name__ == "__main__":
    main()
