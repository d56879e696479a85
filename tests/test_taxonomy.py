"""Taxonomy tables (OmniBrainBench / EndoBench / Med-MAT style): several category columns through
``custom``, each tabulated by the run summary, the report and the paired comparison."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from medstep.cli import app, parse_map
from medstep.datasets import LoadOptions, load_benchmark
from medstep.report.compare import compare_runs
from medstep.types import AnswerType, MedstepError

runner = CliRunner()

ROWS = [  # invented questions: modality x anatomy x task, one multi-label "finding" column
    {"qid": "q1", "q": "Is this a CT?", "a": "yes", "mod": "CT", "site": "brain", "task": "modality",
     "finding": ["mass", "edema"]},
    {"qid": "q2", "q": "Is there a mass?", "a": "no", "mod": "MRI", "site": "brain", "task": "detection",
     "finding": ["mass"]},
    {"qid": "q3", "q": "Is the colon inflamed?", "a": "yes", "mod": "endoscopy", "site": "colon", "task": "diagnosis",
     "finding": "[\"inflammation\"]"},
    {"qid": "q4", "q": "Is a polyp seen?", "a": "yes", "mod": "endoscopy", "site": "colon", "task": "detection",
     "finding": []},
]
MAPS = ["id=qid,question=q,answer=a", "cat.modality=mod", "cat.anatomy=site,cat.task=task", "cat.finding=finding"]


def _write(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    path = root / "bench.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    return path


def _score(data: Path, answers: dict[str, str], out: Path) -> None:
    preds = out.parent / f"{out.name}.jsonl"
    preds.write_text("".join(json.dumps({"id": k, "output": f"Answer: {v}"}) + "\n" for k, v in answers.items()))
    args = ["score", str(preds), "--benchmark", "custom", "--data", str(data), "--out", str(out)]
    for m in MAPS:
        args += ["--map", m]
    res = runner.invoke(app, args)
    assert res.exit_code == 0, f"{res.output}\n{res.exception!r}"


def test_repeated_map_merges_and_refuses_a_field_mapped_twice():
    assert parse_map(MAPS) == {"id": "qid", "question": "q", "answer": "a", "cat.modality": "mod",
                               "cat.anatomy": "site", "cat.task": "task", "cat.finding": "finding"}
    with pytest.raises(MedstepError, match="'answer' twice"):
        parse_map(["question=q,answer=a", "answer=b"])


def test_every_category_column_reaches_summary_report_and_compare(tmp_path):
    data = _write(tmp_path / "data")
    _score(data, {"q1": "yes", "q2": "no", "q3": "no", "q4": "yes"}, tmp_path / "a")
    _score(data, {"q1": "no", "q2": "no", "q3": "yes", "q4": "yes"}, tmp_path / "b")
    by_cat = json.loads((tmp_path / "a" / "summary.json").read_text())["outcome"]["by_category"]
    assert set(by_cat) == {"modality", "anatomy", "task", "finding"}
    assert by_cat["finding"]["mass"]["n"] == 2 and by_cat["finding"]["inflammation"]["accuracy"]["value"] == 0.0
    html = (tmp_path / "a" / "report.html").read_text()
    assert all(f"<h3>{f}</h3>" in html for f in ("modality", "anatomy", "task", "finding"))
    pair = compare_runs([tmp_path / "a", tmp_path / "b"]).pairs[0]
    fields = {r.field for r in pair.categories}
    assert fields == {"modality", "anatomy", "task", "finding"}
    rows = {(r.field, r.value): r.stats for r in pair.categories}
    assert rows[("anatomy", "colon")].n == 2 and rows[("anatomy", "colon")].c == 1  # q3 right only in b
    assert rows[("finding", "mass")].n == 2 and rows[("finding", "mass")].b == 1  # q1 right only in a
    res = runner.invoke(app, ["compare", str(tmp_path / "a"), str(tmp_path / "b")])
    assert res.exit_code == 0 and all(f"By {f}" in res.output for f in ("modality", "anatomy", "task", "finding"))


def test_custom_report_steps_group_and_box_fields(tmp_path):
    from support.fixtures_datasets import write_image

    write_image(tmp_path / "img.png")
    path = tmp_path / "rich.jsonl"
    path.write_text(
        json.dumps({"q": "Describe the quality.", "a": "poor", "desc": "Strong motion artefact.",
                    "pts": ["Motion blur.", "Poor quality."], "pair": "p1", "img": "img.png"}) + "\n"
        + json.dumps({"q": "Where is it?", "a": "[1, 2, 8, 9]", "t": "box", "img": ["img.png", "img.png"]}) + "\n")
    res = load_benchmark("custom", path, LoadOptions(field_map=parse_map(
        ["question=q,answer=a,image=img,answer_type=t,report=desc,steps=pts,group=pair"])))
    quality, box = res.samples
    assert quality.report == "Strong motion artefact." and quality.reference_steps == ("Motion blur.", "Poor quality.")
    assert quality.group == "p1" and box.group == ""
    assert box.answer_type is AnswerType.BOX and box.grounding.image_size == (16, 16) and len(box.images) == 2
    assert box.answer == "[1, 2, 8, 9]"
