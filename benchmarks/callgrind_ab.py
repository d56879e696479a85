"""The callgrind A/B driver the ``bench_*_instructions.py`` benchmarks share: one child per source tree, run under
callgrind at the same time, instructions counted inside the measured call only.

Why instruction counts: this machine is shared, and wall-time ratios of the same change swing from x0.97 to x1.29
between runs; callgrind's counts are deterministic to 1e-5.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

_COLLECTED = re.compile(r"Collected : (\d+)")


def run_pair(script: str, trees: dict[str, Path], child_args: list[str], out_dir: Path) -> dict[str, tuple[int, str]]:
    """Run ``script --child *child_args`` under callgrind once per tree (name -> src folder on PYTHONPATH), both at
    once; return each child's collected instruction count and its stdout."""
    procs = {}
    for name, src in trees.items():
        cmd = ["valgrind", "--tool=callgrind", "--toggle-collect=functools_reduce",
               f"--callgrind-out-file={out_dir / name}.cg", sys.executable, script, *child_args]
        env = {**os.environ, "PYTHONPATH": str(Path(src).resolve()), "PYTHONHASHSEED": "0"}
        procs[name] = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    results = {}
    for name, proc in procs.items():
        out, err = proc.communicate()
        found = _COLLECTED.findall(err)
        if proc.returncode != 0 or not found:
            raise SystemExit(f"{name} child failed ({proc.returncode}): {err[-2000:]}")
        results[name] = (int(found[-1]), out)
    return results
