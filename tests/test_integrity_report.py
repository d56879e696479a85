"""The report on untrusted run directories, and the report's usability (issue #10)."""

from __future__ import annotations

import base64
import json
import os
import sqlite3
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from support.report_runs import make_run, png_bytes

from medstep.report import render_report
from medstep.results import Check, Evidence, StepGrade
from medstep.verify import Verdict


def _blob(html: str) -> dict:
    start = html.index('<script id="medstep-data" type="application/json">') + len(
        '<script id="medstep-data" type="application/json">')
    return json.loads(html[start:html.index("</script>", start)])


def _set_images(run: Path, images: list[dict]) -> None:
    """Point the run's samples at ``images`` (ImageRef JSON), one per sample in turn: a crafted run."""
    con = sqlite3.connect(run / "run.sqlite")
    rows = con.execute("SELECT id, json FROM samples ORDER BY idx").fetchall()
    for k, (sid, js) in enumerate(rows):
        d = json.loads(js)
        d["images"] = [images[k % len(images)]]
        con.execute("UPDATE samples SET json=? WHERE id=?", (json.dumps(d), sid))
    con.commit()
    con.close()


def _set_data(run: Path, data: str) -> None:
    con = sqlite3.connect(run / "run.sqlite")
    meta = json.loads(con.execute("SELECT value FROM meta WHERE key='run'").fetchone()[0])
    meta["data"] = data
    con.execute("UPDATE meta SET value=? WHERE key='run'", (json.dumps(meta),))
    con.commit()
    con.close()


def _report_in_subprocess(run: Path, *extra: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """The real command with a timeout: a report that blocks on a FIFO fails the test instead of hanging it."""
    return subprocess.run([sys.executable, "-m", "medstep.cli", "report", str(run), *extra],
                          capture_output=True, text=True, timeout=timeout)


def _bomb_png(width: int = 30_000, height: int = 30_000) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 4000))
            + chunk(b"IEND", b""))


# ------------------------------------------------------------------ untrusted run directories
def test_a_crafted_run_cannot_make_the_report_read_devices_fifos_or_outside_files(tmp_path: Path) -> None:
    made = make_run(tmp_path / "run", ["correct", "wrong"] * 4, n_images=1)
    run = made.run_dir
    data = tmp_path / "data"
    (data / "img").mkdir(parents=True)
    (data / "img" / "ok.png").write_bytes(png_bytes(1))
    secret = tmp_path / "elsewhere" / "private.png"
    secret.parent.mkdir()
    secret.write_bytes(png_bytes(7))
    os.mkfifo(run / "trap.png")
    (data / "img" / "link.png").symlink_to(secret)
    _set_data(run, str(data))
    _set_images(run, [
        {"path": str(data / "img" / "ok.png"), "name": "ok"},          # part of the benchmark: shown
        {"path": str(run / "trap.png"), "name": "fifo"},               # would block a plain read
        {"path": "/dev/zero", "name": "device"},                       # would read for ever
        {"path": str(secret), "name": "outside"},                      # a file from elsewhere
        {"path": str(data / "img" / "../../elsewhere/private.png"), "name": "dotdot"},
        {"path": str(data / "img" / "link.png"), "name": "symlink"},   # inside by name, outside for real
        {"data_b64": base64.b64encode(_bomb_png()).decode(), "name": "bomb"},
        {"path": str(data / "img" / "ok.png"), "name": "ok"},
    ])
    res = _report_in_subprocess(run)
    assert res.returncode == 0, res.stderr
    html = (run / "report.html").read_text(encoding="utf-8")
    page = _blob(html)
    assert len(page["thumbs"]) == 1  # only the benchmark's own image is embedded
    assert page["full"] == [(data / "img" / "ok.png").as_uri()]
    notice = html[html.index('id="image-notice"'):]
    notice = notice[:notice.index("</p>")]
    assert "6 of 8 images are not shown" in notice
    for reason in ("outside the run&#x27;s data folder", "not a regular image file", "over the 100 MP limit"):
        assert reason in notice, (reason, notice)


def test_the_report_refuses_a_data_folder_that_is_the_whole_disk(tmp_path: Path) -> None:
    made = make_run(tmp_path / "run", ["correct"] * 2, n_images=1)
    secret = tmp_path / "private.png"
    secret.write_bytes(png_bytes(3))
    _set_data(made.run_dir, "/")
    _set_images(made.run_dir, [{"path": str(secret), "name": "x"}])
    html = render_report(made.run_dir).read_text(encoding="utf-8")
    assert _blob(html)["thumbs"] == []
    assert len(_blob(render_report(made.run_dir, tmp_path / "o.html", allow_outside_data=True)
                     .read_text(encoding="utf-8"))["thumbs"]) == 1  # the person rendering may allow it


@pytest.mark.parametrize("name", ["summary.json", "run.sqlite-wal"])
def test_a_fifo_in_place_of_a_run_file_is_one_error_not_a_hang(tmp_path: Path, name: str) -> None:
    made = make_run(tmp_path / "run", ["correct"] * 2)
    target = made.run_dir / name
    if target.exists():
        target.unlink()
    os.mkfifo(target)
    res = _report_in_subprocess(made.run_dir, timeout=60)
    assert res.returncode == 2 and "Traceback" not in res.stderr
    assert "not a regular file" in res.stderr and name in res.stderr


def test_a_summary_that_is_a_link_to_a_device_is_refused(tmp_path: Path) -> None:
    made = make_run(tmp_path / "run", ["correct"] * 2)
    (made.run_dir / "summary.json").unlink()
    (made.run_dir / "summary.json").symlink_to("/dev/zero")
    res = _report_in_subprocess(made.run_dir)
    assert res.returncode == 2 and "not a regular file" in res.stderr


# ------------------------------------------------------------------ usability
def test_long_outputs_are_cut_in_the_page_and_say_how_much_is_left(tmp_path: Path) -> None:
    made = make_run(tmp_path / "run", ["unparsed", "unparsed", "correct"])
    con = sqlite3.connect(made.run_dir / "run.sqlite")
    for key, in con.execute("SELECT key FROM generations WHERE ok=1 LIMIT 2").fetchall():
        con.execute("UPDATE generations SET json=? WHERE key=?",
                    (json.dumps({"text": "word " * 4_000_000}), key))  # 20 MB of output
    con.commit()
    con.close()
    path = render_report(made.run_dir)
    assert path.stat().st_size < 1_000_000  # not 40 MB
    raws = [s for s in _blob(path.read_text(encoding="utf-8"))["samples"] if "rawn" in s]
    assert len(raws) == 2 and all(s["rawn"] == 20_000_000 and len(s["raw"]) == 50_000 for s in raws)


def test_a_tooltip_lists_each_finding_once() -> None:
    from medstep.report.samples import _step_tip

    ev = Evidence("report", "Small left pleural effusion.")
    twice = Check("pleural effusion (present)", Verdict.SUPPORTED, "synonym", (ev,))
    step = StepGrade(0, "Effusion on the left; the effusion is small.", Verdict.SUPPORTED, True, True,
                     (twice, twice, Check("pleural effusion (present)", Verdict.SUPPORTED, "synonym", (ev, ev))))
    tip = _step_tip("", step)
    assert tip.count("• pleural effusion") == 1 and tip.count("Small left pleural effusion.") == 1


def test_histograms_keep_the_judges_metric_order(tmp_path: Path) -> None:
    """The first sample has no completeness: the histograms must still follow the judge's own order."""
    import re

    made = make_run(tmp_path / "run", ["correct"] * 6)
    con = sqlite3.connect(made.run_dir / "run.sqlite")
    sid, reasoning = con.execute("SELECT sample_id, reasoning FROM results ORDER BY rowid LIMIT 1").fetchone()
    r = json.loads(reasoning)
    for grade in r["judges"].values():
        grade["metrics"] = {"radrscore": 0.5, **{k: v for k, v in grade["metrics"].items() if k != "radrscore"},
                            "completeness": None}
    con.execute("UPDATE results SET reasoning=? WHERE sample_id=?", (json.dumps(r), sid))
    con.commit()
    con.close()
    html = render_report(made.run_dir).read_text(encoding="utf-8")
    chart = html[html.index('id="chart-reasoning"'):]
    titles = re.findall(r"(completeness|factuality|effectiveness|radrscore)\b", chart[:chart.index("</svg>")])
    order = list(dict.fromkeys(titles))
    assert order == ["completeness", "factuality", "effectiveness", "radrscore"], order


@pytest.mark.slow
def test_markdown_show_all_and_full_size_images_in_a_browser(tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    from support.browser import require_chromium, start_chromium

    require_chromium()
    made = make_run(tmp_path / "run", ["unparsed", "correct"], n_images=1)
    data = tmp_path / "data"
    data.mkdir()
    (data / "scan.png").write_bytes(png_bytes(4, size=300))
    _set_data(made.run_dir, str(data))
    _set_images(made.run_dir, [{"path": str(data / "scan.png"), "name": "scan"}])
    text = ("**Findings**\n- left effusion with `code`\n- *small*\n\n<img src=x onerror=alert(1)>\n"
            + "lorem " * 2000)
    con = sqlite3.connect(made.run_dir / "run.sqlite")
    key = con.execute("SELECT r.key FROM results r JOIN samples s ON s.id=r.sample_id ORDER BY s.idx LIMIT 1").fetchone()[0]
    con.execute("UPDATE generations SET json=? WHERE key=?", (json.dumps({"text": text}), key))
    con.commit()
    con.close()
    report = render_report(made.run_dir)
    driver = start_chromium()
    try:
        driver.get(report.as_uri())
        card = driver.find_elements(By.CSS_SELECTOR, "#samples .sample")[0]
        card.find_element(By.TAG_NAME, "summary").click()
        out = card.find_element(By.CSS_SELECTOR, "details .md")
        assert out.find_element(By.TAG_NAME, "strong").text == "Findings"
        items = [li.text for li in out.find_elements(By.CSS_SELECTOR, "ul li")]
        assert items == ["left effusion with code", "small"]
        assert out.find_element(By.TAG_NAME, "code").text == "code"
        assert not out.find_elements(By.TAG_NAME, "img")  # markup in model output stays text
        assert "<img src=x" in out.text
        button = card.find_element(By.CSS_SELECTOR, "details .showall")
        short = len(out.text)
        button.click()
        assert len(card.find_element(By.CSS_SELECTOR, "details .md").text) > short
        card.find_element(By.CSS_SELECTOR, ".thumbs img").click()
        big = driver.find_element(By.CSS_SELECTOR, ".lightbox img")
        assert big.get_attribute("src") == (data / "scan.png").as_uri()
        # under load the full-size file may still be loading when the lightbox opens: wait for it
        WebDriverWait(driver, 20).until(lambda d: d.execute_script("return arguments[0].complete", big))
        assert driver.execute_script("return arguments[0].naturalWidth", big) == 300  # the original, not the thumbnail
        driver.find_element(By.CSS_SELECTOR, ".lightbox").click()
        assert not driver.find_elements(By.CSS_SELECTOR, ".lightbox")
    finally:
        driver.quit()
