"""Per-chain digests of ``Verifier.verify`` over the development corpus chains: the oracle of a speed change (issue #12).

Why: a speed change must leave every verdict and score as it was. This script verifies every chain of the development
``corpus/*_verify.jsonl`` files (the retired blind sets 42-47 left out: validation and held out) with its report,
reference steps, options, chosen and gold letters and question, as ``bench_verify_ab.py --paths corpus`` does, and
hashes each result's ``to_json()`` (every verdict, rule, evidence source and score), under
``PYTHONHASHSEED=0`` (the script re-runs itself so). ``--seed N`` runs under another seed: writing under one seed
and checking under another finds a result that follows a set's order (session 52 found two: a grade said twice,
two opposed places). ``--write`` records the digests
(run it on the base tree: ``PYTHONPATH=/path/to/base/src``); ``--check`` recomputes them on this tree and prints the
chains that differ (by file and line number only). ``--stride 8``: every eighth line of each file only. (No pinned fixture in the tests: every verifier change would
fail it; a speed change records on its base and checks on its branch, as the merge of vspeed46 did.)

    PYTHONPATH=/path/to/base/src:benchmarks python benchmarks/verify_corpus_digests.py --write /tmp/digests.json
    PYTHONPATH=src:benchmarks python benchmarks/verify_corpus_digests.py --check /tmp/digests.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parent / "corpus"
_HELD_OUT = re.compile(r"retired_blind(?:4[2-7])_")


def calls(stride: int = 1) -> list[tuple[str, int, dict[str, Any]]]:
    """``(file name, line number, verify keyword arguments)`` of every ``stride``-th development chain."""
    out = []
    for path in sorted(CORPUS.glob("*_verify.jsonl")):
        if _HELD_OUT.match(path.name):
            continue
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if i % stride:
                continue
            it = json.loads(line)
            out.append((path.name, i, {"chain": it["chain"], "report": it.get("report"),
                                       "reference": it.get("reference_steps"), "options": it.get("options"),
                                       "chosen": it.get("chosen"), "gold": it.get("gold"),
                                       "question": it.get("question")}))
    return out


def digests(stride: int = 1) -> dict[str, str]:
    """``"file:line"`` -> the sha256 (16 hex digits) of ``repr(verify(...).to_json())``."""
    from medstep.collector import paused_collections
    from medstep.verify import default_verifier

    v = default_verifier()
    out = {}
    with paused_collections():
        for name, i, kw in calls(stride):
            out[f"{name}:{i}"] = hashlib.sha256(repr(v.verify(**kw).to_json()).encode()).hexdigest()[:16]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--write", type=Path)
    g.add_argument("--check", type=Path)
    ap.add_argument("--stride", type=int, default=1, help="every n-th line of each file only")
    ap.add_argument("--seed", default="0", help="the PYTHONHASHSEED to run under (write under one, check under "
                    "another: a result that follows a set's order differs)")
    ns = ap.parse_args()
    if os.environ.get("PYTHONHASHSEED") != ns.seed:  # (one seed for every run unless asked otherwise)
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": ns.seed})
    got = digests(ns.stride)
    if ns.write:
        ns.write.write_text(json.dumps(got, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{len(got)} chains written")
        return
    want = json.loads(ns.check.read_text(encoding="utf-8"))
    keys = got.keys() if ns.stride > 1 else want.keys() | got.keys()  # (a missing chain counts as changed)
    changed = sorted(k for k in keys if want.get(k) != got.get(k))
    print(f"{len(got)} chains, {len(changed)} changed")
    for k in changed[:50]:
        print("  changed", k)
    sys.exit(1 if changed else 0)


if __name__ == "__main__":
    main()
