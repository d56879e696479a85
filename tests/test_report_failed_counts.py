"""`medstep report` by-category counts: n is the accuracy's denominator, failed samples are counted apart.

Regression: a category with one failed and one correct sample was shown as
"Abdomen (n=2) 100%" although the 100% rests on one graded sample.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from support import fixtures_datasets as fx
from support.report_runs import make_run
from typer.testing import CliRunner

from medstep.cli import app
from medstep.report import render_report

runner = CliRunner()


def _scored_slake_run(tmp_path: Path) -> Path:
    """SLAKE test split scored from predictions: 9001 (CT, Abdomen) failed, 9002 (CT, Abdomen) correct."""
    root = fx.write_slake(tmp_path / "slake")
    preds = tmp_path / "preds.jsonl"
    preds.write_text(
        json.dumps({"id": "9001", "error": "HTTP 500"}) + "\n"
        + json.dumps({"id": "9002", "output": "<answer>Yes</answer>"}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "run"
    res = runner.invoke(app, ["score", str(preds), "--benchmark", "slake", "--data", str(root),
                              "--out", str(out), "--judge", "none", "--allow-failures"])
    assert res.exit_code == 0, res.output
    return out


def _category_table(html: str, field: str) -> str:
    start = html.index(f'id="chart-cat-{field}"')
    start = html.index("<table", start)
    return html[start : html.index("</table>", start)]


def test_category_n_is_the_graded_count_and_failed_are_counted_apart(tmp_path: Path) -> None:
    run_dir = _scored_slake_run(tmp_path)
    abdomen = json.loads((run_dir / "summary.json").read_text())["outcome"]["by_category"]["location"]["Abdomen"]
    assert (abdomen["n"], abdomen["accuracy"]["n"]) == (2, 1)  # the scorer's convention the report must read
    res = runner.invoke(app, ["report", str(run_dir)])
    assert res.exit_code == 0, res.output
    html = (run_dir / "report.html").read_text(encoding="utf-8")

    location = _category_table(html, "location")
    assert ("<td>Abdomen</td><td class=num>1</td><td class=num>100.0%</td>"
            "<td class=num>100.0–100.0</td><td class=num>1</td>") in location
    chart = html[html.index('id="chart-cat-location"') : html.index("<table", html.index('id="chart-cat-location"'))]
    assert "Abdomen (n=1 graded of 2)" in chart
    assert "(n=2)" not in chart
    assert "<th class=num>n (graded)</th>" in location and "<th class=num>failed (excluded)</th>" in location

    # A group whose only sample failed has nothing graded: n 0 and no accuracy, not "n=1 –".
    content = _category_table(html, "content-type")
    assert "<td>Organ</td><td class=num>0</td><td class=num>–</td><td class=num></td><td class=num>1</td>" in content
    assert "failed generations are excluded from accuracy" in html


def test_no_failed_column_when_nothing_failed(tmp_path: Path) -> None:
    made = make_run(tmp_path / "run", ["correct", "wrong", "unparsed", "correct"], judge="none")
    html = render_report(made.run_dir).read_text(encoding="utf-8")
    modality = _category_table(html, "modality")
    assert "failed (excluded)" not in modality
    assert re.search(r"<td>CT</td><td class=num>2</td><td class=num>100\.0%</td>", modality)  # samples 0, 3
    assert "graded of" not in html
