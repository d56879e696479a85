"""``medstep score`` on open questions: the table says by which rung of the grading ladder the open answers
matched, and each sample's rung is in ``samples.jsonl`` and in the report's sample browser."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from medstep.cli import app

_ROWS = [  # id, question, gold, model output
    ("o1", "What is the main finding?", "pneumothorax", "<answer>Pneumothorax</answer>"),
    ("o2", "What is the main finding?", "pneumothorax", "<answer>Large right-sided pneumothorax</answer>"),
    ("o3", "How large is the nodule?", "2.4 cm", "<answer>24 mm</answer>"),
    ("o4", "What is the main finding?", "pneumothorax", "<answer>xyzzy pneumothorax</answer>"),
]


def test_the_score_table_and_each_sample_say_how_an_open_answer_matched(tmp_path: Path) -> None:
    bench, preds, run = tmp_path / "bench.jsonl", tmp_path / "preds.jsonl", tmp_path / "run"
    bench.write_text("".join(json.dumps({"id": i, "question": q, "answer": g}) + "\n" for i, q, g, _ in _ROWS))
    preds.write_text("".join(json.dumps({"id": i, "output": o}) + "\n" for i, _, _, o in _ROWS))
    res = CliRunner().invoke(app, ["score", str(preds), "--benchmark", "custom", "--data", str(bench),
                                   "--out", str(run), "--judge", "none"])
    assert res.exit_code == 0, res.output
    row = next(line for line in res.output.splitlines() if "open matched by" in line)
    assert "1 exact" in row and "1 number" in row and "1 narrower" in row
    lines = {d["id"]: d for d in map(json.loads, (run / "samples.jsonl").read_text().splitlines())}
    assert {i: d["match"] for i, d in lines.items()} == {"o1": "exact", "o2": "narrower", "o3": "number", "o4": None}
    html = (run / "report.html").read_text(encoding="utf-8")
    blob = re.search(r'<script id="medstep-data" type="application/json">(.*?)</script>', html, re.S)
    assert blob is not None
    shown = {s["i"]: s.get("m") for s in json.loads(blob.group(1))["samples"]}
    assert shown == {"o1": "exact", "o2": "narrower", "o3": "number", "o4": None}
