"""Large runs: the report's samples in parts beside the page (written safely, replaced cleanly)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from support.report_runs import make_run, random_outcomes

from medstep.report import render_report
from medstep.types import MedstepError


def _index(html: str) -> dict:
    m = re.search(r'<script id="medstep-index" type="application/json">(.*?)</script>', html, re.S)
    assert m is not None
    return json.loads(m.group(1))


def _part(path: Path, token: str) -> tuple[int, dict]:
    m = re.fullmatch(r'medstepPart\("([0-9a-f]+)",(\d+),(.*)\);\n', path.read_text(encoding="utf-8"), re.S)
    assert m is not None and m.group(1) == token
    return int(m.group(2)), json.loads(m.group(3))


def test_a_large_run_writes_parts_and_an_index(tmp_path: Path) -> None:
    outcomes = random_outcomes(130, 0.6, 4, failed=3, unparsed=4)
    made = make_run(tmp_path / "run", outcomes, question_override={61: "Is </script><b>x</b> here?"})
    path = render_report(made.run_dir, inline_limit=100, part=50)
    html = path.read_text(encoding="utf-8")
    assert 'id="medstep-data"' not in html and "report_data/" in html  # says which folder it needs
    index = _index(html)
    token = index["token"]
    assert index["src"] == f"report_data/{token}" and index["n"] == 130 and index["parts"] == 3
    assert index["ids"] == [s.id for s in made.samples]
    assert [index["statuses"][c] for c in index["st"]] == outcomes
    assert index["fields"] == ["modality", "organ"]
    organ = [index["values"][1][c] for c in index["cats"][1]]
    assert organ == [s.categories.get("organ", "") for s in made.samples]
    files = sorted((made.run_dir / "report_data" / token).iterdir())
    assert [f.name for f in files] == ["00000.js", "00001.js", "00002.js"]
    samples = []
    for f in files:
        k, part = _part(f, token)
        assert len(part["thumbs"]) == 3  # each part carries the thumbnails its samples use, once
        samples += part["samples"]
    assert [s["i"] for s in samples] == index["ids"]
    assert samples[61]["q"] == "Is </script><b>x</b> here?"
    assert "</script>" not in files[1].read_text(encoding="utf-8")


def test_rewriting_replaces_the_parts_and_a_small_report_leaves_no_folder(tmp_path: Path) -> None:
    made = make_run(tmp_path / "run", random_outcomes(40, 0.5, 2))
    folder = made.run_dir / "report_data"
    render_report(made.run_dir, inline_limit=10, part=16)
    first = [p.name for p in folder.iterdir()]
    (folder / "notes.txt").write_text("mine")  # a file medstep did not write is never removed
    render_report(made.run_dir, inline_limit=10, part=16)
    second = sorted(p.name for p in folder.iterdir())
    assert len(second) == 2 and first[0] not in second and "notes.txt" in second
    token = _index((made.run_dir / "report.html").read_text(encoding="utf-8"))["token"]
    assert sorted(p.name for p in (folder / token).iterdir()) == ["00000.js", "00001.js", "00002.js"]
    render_report(made.run_dir)  # small again: one self-contained file, the parts removed
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
    (folder / "notes.txt").unlink()
    render_report(made.run_dir, inline_limit=10)
    render_report(made.run_dir)
    assert not folder.exists()


def test_a_link_in_place_of_the_data_folder_is_refused(tmp_path: Path) -> None:
    made = make_run(tmp_path / "run", random_outcomes(20, 0.5, 1))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    os.symlink(elsewhere, made.run_dir / "report_data")
    with pytest.raises(MedstepError, match="not a folder"):
        render_report(made.run_dir, inline_limit=5)
    assert list(elsewhere.iterdir()) == []


def test_a_failed_report_keeps_the_previous_one_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import medstep.report.render as render

    made = make_run(tmp_path / "run", random_outcomes(30, 0.5, 3))
    render_report(made.run_dir, inline_limit=10, part=10)
    before = (made.run_dir / "report.html").read_text(encoding="utf-8")
    token = _index(before)["token"]

    def broken(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(render, "write_page", broken)
    with pytest.raises(OSError):
        render_report(made.run_dir, inline_limit=10, part=10)
    assert (made.run_dir / "report.html").read_text(encoding="utf-8") == before
    assert [p.name for p in (made.run_dir / "report_data").iterdir()] == [token]


@pytest.mark.parametrize("inline_limit", [1000, 3])
def test_the_report_built_while_grading_equals_the_report_read_back(tmp_path: Path, inline_limit: int) -> None:
    """`medstep score` builds the report in the grading pass; `medstep report` reads the run back: same page."""
    from medstep.datasets.base import LoadOptions
    from medstep.pipeline import score_predictions
    from medstep.report import ReportWriter

    examples = Path(__file__).resolve().parents[1] / "examples"
    run = tmp_path / "run"
    writer = ReportWriter(run, run / "live.html", inline_limit=inline_limit, part=3)
    res = score_predictions(examples / "radrbench_mini_predictions.jsonl", "radrbench", str(examples / "radrbench_mini.json"),
                            run, load=LoadOptions(check_images=False), judges=("verifier",), sink=writer)
    live = writer.finish(res.summary)
    back = render_report(run, run / "back.html", inline_limit=inline_limit, part=3)

    def normalised(path: Path) -> tuple[str, list[str]]:
        html = path.read_text(encoding="utf-8")
        index = _index(html)
        folder = path.parent / f"{path.stem}_data"
        parts = [] if "token" not in index else [
            f.read_text(encoding="utf-8").replace(index["token"], "T")
            for f in sorted((folder / index["token"]).iterdir())]
        for key in ("token", "src"):
            if key in index:
                html = html.replace(index[key], key.upper())
        return html.replace(f"{path.stem}_data", "DATA"), parts

    assert normalised(live) == normalised(back)
    assert ("token" in _index(live.read_text(encoding="utf-8"))) == (inline_limit < 8)
