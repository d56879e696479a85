"""`medstep report`: the HTML file's content, self-containment and safety (no browser needed)."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from support.report_runs import make_run, png_bytes, random_outcomes

from medstep.report import render_report
from medstep.report.thumbs import ThumbnailTable, Unshown
from medstep.types import ImageRef, MedstepError

HOSTILE = "Is </script><b>bold</b><!-- a trap?"


def _blob(html: str) -> dict:
    m = re.search(r'<script id="medstep-data" type="application/json">(.*?)</script>', html, re.S)
    assert m is not None
    return json.loads(m.group(1))


def _section(html: str, element_id: str) -> str:
    start = html.index(f'id="{element_id}"')
    return html[start : html.index("</div></div>", start)]


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("rep")
    made = make_run(root / "run", random_outcomes(24, 0.6, 3, failed=2, unparsed=3), question_override={7: HOSTILE})
    return made, render_report(made.run_dir)


def test_report_is_written_next_to_the_run_by_default(run) -> None:
    made, path = run
    assert path == made.run_dir / "report.html"
    assert path.stat().st_size > 10_000


def test_report_needs_no_network(run) -> None:
    html = run[1].read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "<link" not in html and "@import" not in html
    assert "<style>" in html and "<script>" in html


def test_header_and_headline_show_the_summary(run) -> None:
    made, path = run
    html = path.read_text(encoding="utf-8")
    acc = made.summary.outcome.accuracy
    card = _section(html, "headline-accuracy")
    assert f"{acc.value * 100:.1f}%" in card
    assert f"95% CI {acc.ci95[0] * 100:.1f}–{acc.ci95[1] * 100:.1f}" in card
    assert f"n={acc.n}" in card
    assert ">2<" in _section(html, "headline-failed") and ">3<" in _section(html, "headline-unparsed")
    for key, value in [("model", "openai:tiny-a"), ("benchmark", "radrbench"), ("prompt-mode", "cot"),
                       ("judge", "verifier"), ("medstep-version", "0.1.0"),
                       ("samples", "22 of 24 graded (2 failed)")]:  # a partial run says n of N
        assert re.search(f'id="meta-{key}"><span>[^<]*</span><span>{re.escape(value)}</span>', html), key
    for kind in ("closed", "open", "choice"):
        assert f'id="headline-{kind}"' in html


def test_category_tables_and_charts(run) -> None:
    made, path = run
    html = path.read_text(encoding="utf-8")
    for field in ("modality", "organ"):
        assert re.search(f'id="chart-cat-{field}"><svg[^>]*>.*?accuracy \\(%\\)', html, re.S), field
    ct = made.summary.outcome.by_category["modality"]["CT"]
    assert f"<td>CT</td><td class=num>{ct.accuracy.n}</td><td class=num>{ct.accuracy.value * 100:.1f}%</td>" in html


def test_reasoning_section(run) -> None:
    html = run[1].read_text(encoding="utf-8")
    assert "<h2>Reasoning</h2>" in html
    assert 'id="reasoning-metrics"' in html and 'id="chart-reasoning"' in html
    assert "cardiomegaly" in html[html.index('id="most-contradicted"') :]
    assert "the heart size is enlarged" in html  # the contradicted step, counted from the per-sample steps


def test_sample_browser_data(run) -> None:
    made, path = run
    data = _blob(path.read_text(encoding="utf-8"))
    samples = data["samples"]
    assert [s["i"] for s in samples] == [s.id for s in made.samples]
    assert [s["s"] for s in samples] == made.outcomes
    assert data["fields"] == ["modality", "organ"]
    assert len(data["thumbs"]) == 3  # 24 samples share 3 images: stored once each
    assert all(u.startswith("data:image/jpeg;base64,") for u in data["thumbs"])
    graded = next(s for s in samples if s["s"] == "wrong")
    verdicts = [st[1] for st in graded["st"]]
    assert verdicts[:2] == ["neutral", "supported"]
    tip = graded["st"][1][2]
    assert "step verdict: supported" in tip and "small left pleural effusion" in tip and "rule: synonym" in tip
    unparsed = next(s for s in samples if s["s"] == "unparsed")
    assert unparsed["a"] == "(unparsed)" and "I cannot decide" in unparsed["raw"]
    failed = next(s for s in samples if s["s"] == "failed")
    assert failed["err"] == "HTTP 500 after 4 retries"
    choice = next(s for s in samples if s["t"] == "choice")
    assert choice["g"] == "B. Consolidation" and choice["o"][0] == ["A", "Pneumothorax"]


def test_model_text_cannot_break_out_of_the_data_block(run) -> None:
    html = run[1].read_text(encoding="utf-8")
    assert HOSTILE not in html
    assert html.count("</script>") == 3  # the report script, the index and the data block
    assert _blob(html)["samples"][7]["q"] == HOSTILE


def test_run_without_judge_has_plain_reasoning_and_no_reasoning_section(tmp_path: Path) -> None:
    made = make_run(tmp_path / "nojudge", ["correct", "wrong", "correct"], judge="none")
    html = render_report(made.run_dir, tmp_path / "out" / "r.html").read_text(encoding="utf-8")
    assert "<h2>Reasoning</h2>" not in html
    samples = _blob(html)["samples"]
    assert all("st" not in s and "frontal chest view" in s["rs"] for s in samples)


def test_unscored_run_and_non_run_are_clear_errors(tmp_path: Path) -> None:
    made = make_run(tmp_path / "r", ["correct"])
    (made.run_dir / "summary.json").unlink()
    with pytest.raises(MedstepError, match="summary.json is missing"):
        render_report(made.run_dir)
    with pytest.raises(MedstepError, match="not a medstep run directory"):
        render_report(tmp_path)


def test_thumbnails_dedupe_and_report_missing_files(tmp_path: Path) -> None:
    table = ThumbnailTable()
    a = tmp_path / "a.png"
    a.write_bytes(png_bytes(1))
    assert table.add(ImageRef(path=a)) == 0
    assert table.add(ImageRef(data=png_bytes(1))) == 0  # same bytes, same thumbnail
    assert table.add(ImageRef(data=png_bytes(2))) == 1
    missing = table.add(ImageRef(path=tmp_path / "gone.png"))
    assert isinstance(missing, Unshown) and "gone.png" in missing.label and missing.reason == "file not found"
    bad = table.add(ImageRef(data=b"not an image"))
    assert isinstance(bad, Unshown) and "unreadable" in bad.reason


def test_sixteen_bit_scans_are_stretched_not_blank() -> None:
    import numpy as np
    from PIL import Image

    arr = np.zeros((40, 40), dtype=np.uint16)
    arr[:, 20:] = 4000  # a 12-bit CT-like range: naive conversion clips all of it to white
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, format="PNG")
    table = ThumbnailTable()
    idx = table.add(ImageRef(data=buf.getvalue()))
    import base64

    thumb = Image.open(io.BytesIO(base64.b64decode(table.uris[idx].split(",", 1)[1]))).convert("L")
    left, right = thumb.getpixel((2, 20)), thumb.getpixel((thumb.width - 3, 20))
    assert left < 30 and right > 220



def test_step_tooltip_reads_the_verifier_record(run) -> None:
    samples = _blob(run[1].read_text(encoding="utf-8"))["samples"]
    tip = next(st[2] for s in samples for st in s.get("st", []) if st[1] == "contradicted")
    lines = tip.split("\n")
    assert lines[0] == "step verdict: contradicted"
    assert lines[1] == "• cardiomegaly (present) → contradicted  [rule: negation]"
    assert lines[2] == "   evidence (report): “The heart size is normal.”"
    assert "span" not in tip and "consistent" not in tip  # bookkeeping stays out of the tooltip


def test_report_of_the_scored_example(tmp_path: Path) -> None:
    """End to end: the repository's RadRBench-style example scored by the real pipeline, then reported."""
    from medstep.datasets.base import LoadOptions
    from medstep.pipeline import score_predictions

    root = Path(__file__).resolve().parents[1] / "examples"
    out = tmp_path / "example-run"
    score_predictions(root / "radrbench_mini_predictions.jsonl", "radrbench", str(root / "radrbench_mini.json"),
                      out, load=LoadOptions(check_images=False), judges=("verifier",))
    html = render_report(out).read_text(encoding="utf-8")
    data = _blob(html)
    assert "<h2>Reasoning</h2>" in html and 'id="chart-cat-' in html
    steps = [st for s in data["samples"] for st in s.get("st", [])]
    assert steps and {st[1] for st in steps} <= {"supported", "contradicted", "unverifiable", "neutral"}
    assert any("evidence (report)" in st[2] for st in steps)
    # The example's images are not shipped: one notice says so (no per-sample wall, no stand-in picture).
    assert all("im" not in s and s["iu"] >= 1 for s in data["samples"])
    n_images = sum(s["iu"] for s in data["samples"])
    assert html.count('id="image-notice"') == 1 and f"{n_images} of {n_images} images are not shown" in html
    assert "unavailable" not in html
