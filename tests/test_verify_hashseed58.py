"""The verifier's results follow neither the string hash seed nor the order chains are read in (session 58).

Why: session 57 measured the validation sets' "faithful contradicted" count as 88, 89 and 90 in three runs. Lane
faithful58 read every development chain (retired blind 30-41 and 48-57, 3,080 chains) under PYTHONHASHSEED 0 and 1,
and again under seed 2 in reverse order (sets and rows), with the process-wide memos (``verify/memo.py``,
``verify/verdict_memo.py``) warmed by other chains: all 3,080 results were identical, so the verifier itself reads
the same (the counts differed between runs of different trees). This test keeps it so: chains whose readings touch
set-ordered code (places, sides, grades, option headings and the lane's item-by-item denial) are verified in two
processes under other seeds, one in reverse order, and every result must be identical.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "benchmarks" / "corpus"

_SCRIPT = """
import hashlib, json, sys
from medstep.verify import verify
cases, reverse = json.loads(sys.argv[1]), sys.argv[2] == "1"
rows = []
for path, ids in cases:
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        if d["id"] in ids:
            rows.append(d)
out = {}
for d in reversed(rows) if reverse else rows:
    v = verify(d["chain"], report=d["report"], reference=d["reference_steps"], options=d["options"],
               chosen=d["chosen"], gold=d["gold"], option_evidence=True, question=d["question"])
    out[d["id"]] = hashlib.sha256(json.dumps(v.to_json(), sort_keys=True).encode()).hexdigest()
print(json.dumps(out, sort_keys=True))
"""

_CASES = [
    ("retired_blind57_verify.jsonl", ["b57-v072", "b57-v071", "b57-v012", "b57-v113", "b57-v103"]),
    ("retired_blind56_verify.jsonl", ["b56-v051", "b56-v031"]),
    ("retired_blind49_verify.jsonl", ["b49-v117"]),
]


def _run(seed: str, reverse: bool) -> dict[str, str]:
    cases = [(str(CORPUS / name), ids) for name, ids in _CASES]
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT / "src")}
    run = subprocess.run([sys.executable, "-c", _SCRIPT, json.dumps(cases), "1" if reverse else "0"], env=env,
                         capture_output=True, text=True, timeout=600, check=True)
    return json.loads(run.stdout)


def test_results_follow_neither_the_hash_seed_nor_the_order() -> None:
    forward, backward = _run("3", False), _run("11", True)
    assert len(forward) == sum(len(ids) for _name, ids in _CASES)
    assert forward == backward
