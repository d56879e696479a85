"""`medstep report` on a large run says how far its read-back has got, and the progress leaves the page alone."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

from rich.console import Console
from support.report_runs import make_run, random_outcomes

from medstep.progress import ProgressLine
from medstep.report import render_report

N = 3000


def _files(page: Path) -> dict[str, str]:
    """The page and its parts (if any), with the random token of the parts folder replaced."""
    html = page.read_text(encoding="utf-8")
    m = re.search(r'<script id="medstep-index" type="application/json">(.*?)</script>', html, re.S)
    assert m is not None
    token = json.loads(m.group(1)).get("token")
    folder = page.parent / f"{page.stem}_data"
    files = {page.name: html}
    if token is not None:
        files |= {f.name: f.read_text(encoding="utf-8") for f in sorted((folder / token).iterdir())}
        files = {name: text.replace(token, "T") for name, text in files.items()}
    return files


def test_report_command_into_a_log_prints_progress_and_the_same_page(tmp_path: Path) -> None:
    made = make_run(tmp_path / "run", random_outcomes(N, 0.6, seed=41))
    before = render_report(made.run_dir).read_bytes()  # no progress
    res = subprocess.run(
        [sys.executable, "-m", "medstep.cli", "report", str(made.run_dir)], capture_output=True, text=True, timeout=120
    )
    assert res.returncode == 0, res.stderr
    lines = [ln for ln in res.stderr.splitlines() if ln.startswith("report: ")]
    assert lines and lines[-1].startswith(f"report: {N}/{N}") and "ETA" in lines[-1]
    assert "\x1b" not in res.stderr  # stderr is a pipe: plain lines, no terminal codes
    assert (made.run_dir / "report.html").read_bytes() == before


def test_progress_over_the_read_back_of_a_paged_report_leaves_its_parts_unchanged(tmp_path: Path) -> None:
    made = make_run(tmp_path / "run", random_outcomes(N, 0.6, seed=41))
    plain = _files(render_report(made.run_dir, tmp_path / "plain.html", inline_limit=1000, part=500))
    out = io.StringIO()
    bars: list[ProgressLine] = []

    def progress(total: int, label: str) -> ProgressLine:
        bars.append(ProgressLine(total, label, Console(file=out, width=80, force_terminal=False)))
        return bars[-1]

    shown = _files(render_report(made.run_dir, tmp_path / "plain.html", inline_limit=1000, part=500, progress=progress))
    assert len(plain) == 1 + N // 500 and shown == plain
    assert [b.done for b in bars] == [N]
    assert out.getvalue().splitlines()[-1].startswith(f"report: {N}/{N}")
