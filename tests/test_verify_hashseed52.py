"""The verifier's readings must not depend on the string hash seed (session 52).

Why: ``aligned_said.read_sentence`` kept one grade of a sentence that says the same grade twice ("large lacunae ...
severe myometrial thinning") as ``next(iter(a_set))``, whose order follows ``PYTHONHASHSEED``; one benchmark chain was
found or missed from one process to the next, and the store's content-hash cache would keep whichever came first. The
first saying is kept now. The subprocess test reads the same chains under three seeds and compares every result.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from medstep.verify import Verifier, aligned_said
from medstep.verify.scan import Scanner

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "benchmarks" / "corpus"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Verifier().extractor.scanner


@pytest.mark.parametrize(("text", "span"), [
    # the same grade said twice: the first saying, whatever the seed
    ("Multiple large lacunae with turbulent flow, severe myometrial thinning and hypervascularity.", (9, 14)),
    ("Large left effusion and severe compression atelectasis of the left lower lobe.", (0, 5)),
])
def test_one_grade_said_twice_keeps_the_first(scanner: Scanner, text: str, span: tuple[int, int]) -> None:
    value = aligned_said.read_sentence.__wrapped__(scanner, text).values["severity"]  # type: ignore[attr-defined]
    assert (value[1], value[2]) == span


def test_two_grades_keep_none(scanner: Scanner) -> None:
    # near miss: two different grades state no one grade of the sentence (unchanged by the fix)
    said = aligned_said.read_sentence.__wrapped__(scanner, "Mild effusion and severe thickening of the pleura.")  # type: ignore[attr-defined]
    assert "severity" not in said.values


_SCRIPT = """
import hashlib, json, sys
from medstep.verify import verify
out = []
for path, ids in json.loads(sys.argv[1]):
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        if d["id"] not in ids:
            continue
        v = verify(d["chain"], report=d["report"], reference=d["reference_steps"], options=d["options"],
                   chosen=d["chosen"], gold=d["gold"], option_evidence=True, question=d["question"])
        out.append(d["id"] + " " + hashlib.sha256(json.dumps(v.to_json(), sort_keys=True).encode()).hexdigest())
print("\\n".join(out))
"""


def _first_ids(path: Path, n: int) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()[:n]
    return [json.loads(x)["id"] for x in lines if x.strip()]


def test_verify_results_do_not_depend_on_the_hash_seed() -> None:
    b49 = CORPUS / "retired_blind49_verify.jsonl"
    b36 = CORPUS / "retired_blind36_verify.jsonl"
    cases = [(str(b49), ["b49-v117", *_first_ids(b49, 6)]), (str(b36), _first_ids(b36, 6))]
    results = []
    for seed in ("1", "6", "7"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT / "src")}
        run = subprocess.run([sys.executable, "-c", _SCRIPT, json.dumps(cases)], env=env, capture_output=True,
                             text=True, timeout=600, check=True)
        results.append(run.stdout)
    assert len(results[0].splitlines()) == 13
    assert results[0] == results[1] == results[2], hashlib.sha256(results[0].encode()).hexdigest()
