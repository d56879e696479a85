"""The verifier answers the same in every process, whatever Python's string-hash seed.

Why: the lexicon keeps a concept's relatives in frozensets, whose iteration order follows string
hashing, which Python randomises per process. Visiting them in that order made the rule and the
evidence shown for a step differ between two runs of the same ``medstep score`` (scores did not
move, the explanation did). A user comparing two runs, or a cache keyed by content, must see
identical output.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# A generated chain (bench_verify's generator) whose step about atelectasis and opacity finds evidence
# through a concept's relatives, where the visiting order decided which evidence was shown.
_SCRIPT = r"""
from medstep.verify import Verifier
chain = ("Step 1: There is no evidence of PICC line or pneumonia.\n"
         "Step 2: Possible pacemaker at the left upper lobe. Findings may represent atelectasis.\n"
         "Step 3: No pneumothorax is identified. A stable pacemaker is seen. Likely lung opacity versus pulmonary edema")
report = "Possible cardiomegaly at the right lower lobe. Without nasogastric tube. Without pneumonia."
reference = ["A unchanged mild consolidation is seen. Findings are consistent with atelectasis. No emphysema is identified.",
             "Atelectasis cannot be excluded.",
             "Possible pleural effusion at the apex. No pulmonary edema, consolidation, or PICC line.",
             "Findings are consistent with consolidation."]
v = Verifier().verify(chain, report, reference)
print(repr(v.steps))  # every field of every step: roles, claims, verdicts, rules, evidence
"""


def _run(seed: str) -> str:
    path = os.pathsep.join(p for p in (str(ROOT / "src"), os.environ.get("PYTHONPATH", "")) if p)
    proc = subprocess.run([sys.executable, "-c", _SCRIPT], env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": path},
                          capture_output=True, text=True, check=True)
    return proc.stdout


def test_verdicts_rules_and_evidence_do_not_depend_on_the_hash_seed():
    runs = {seed: _run(seed) for seed in ("1", "2", "3", "4")}
    assert "atelectasis" in runs["1"]
    assert len(set(runs.values())) == 1, "the verifier's output changed with PYTHONHASHSEED"
