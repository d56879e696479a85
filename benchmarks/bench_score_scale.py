"""Memory and time of ``medstep score --judge verifier`` (with the HTML report) as the run grows.

Writes a synthetic RadRBench-style benchmark and a predictions file of
real-length reasoning chains (~150 words, 8-10 steps, built from phrase
pools written for this script: no benchmark data), runs the whole command
as a subprocess pinned to one core (``taskset -c 0`` where available), and
prints its wall time and peak memory (the child's maxrss). With
``--open-report`` it also opens the report in headless Chromium and times
how long until the first page of samples is on screen (at each size: a run of
more than 5,000 samples keeps its samples in ``report_data/`` part files that
the page loads on demand).

Baselines: the same command at a tenth of the size, so the ratio (time
and memory per sample at N vs at N/10) shows whether cost grows linearly;
and the verifier alone (``score_reasoning`` and the typed grade on the same samples, in a lines-only
verifier batch with the collector paused (``paused_collections``), as the command's judge grades them inside
``grading.finalize``, in a child pinned to the same core, its start-up not counted), the floor under the
command's time: with the collector only slowed (``fewer_collections``) the floor paid collections the command
never makes. Other agents may load this machine: figures vary run to run;
run under ``flock /tmp/medstep-bench.lock``.

Run: ``python benchmarks/bench_score_scale.py [--n 100000] [--open-report]``
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

FINDINGS = [
    ("pleural effusion", "blunting of the {side} costophrenic angle suggests a small {side} pleural effusion"),
    ("pneumothorax", "a visceral pleural line at the {side} apex indicates a {side} pneumothorax"),
    ("cardiomegaly", "the cardiothoracic ratio exceeds one half, so the heart is enlarged"),
    ("consolidation", "there is airspace consolidation in the {side} lower lobe"),
    ("atelectasis", "linear opacities at the {side} base are consistent with subsegmental atelectasis"),
    ("edema", "interstitial markings and Kerley lines suggest mild pulmonary edema"),
    ("nodule", "a rounded nodule projects over the {side} mid zone"),
    ("fracture", "there is a healing fracture of the {side} posterior sixth rib"),
]
NORMAL = [
    "the trachea is midline", "the mediastinal contours are within normal limits",
    "no pneumothorax is seen", "the bony thorax is intact", "the hila are unremarkable",
    "the diaphragm is well defined", "the lungs are otherwise clear", "there is no free air under the diaphragm",
    "the endotracheal tube tip lies above the carina", "the visualised upper abdomen is unremarkable",
]


_CONSONANTS = "bcdfghjklmnpqrstvwxz"


def _token(rng: random.Random) -> str:
    """A word of seven consonants: no word of the lexicon, no number (a number could read as a measurement)."""
    return "".join(rng.choice(_CONSONANTS) for _ in range(7))


def _record(i: int, rng: random.Random, unique: random.Random | None = None,
            unique_reports: random.Random | None = None) -> tuple[dict, dict]:
    """A benchmark record and its prediction; with ``unique``, each chain sentence ends in a random word drawn from it
    (its own generator: the records and chains are those without it, and no chain line is met twice); with
    ``unique_reports``, each sentence of the report (its reference steps and impression too) likewise, from a generator
    of its own: no report sentence is met twice, so no reading of one is found in a per-sentence memo."""
    side = rng.choice(["right", "left"])
    name, finding = rng.choice(FINDINGS)
    finding = finding.format(side=side)
    steps = [finding[0].upper() + finding[1:] + "."] + [n.capitalize() + "." for n in rng.sample(NORMAL, 4)]
    impression = f"Impression: {name}."
    if unique_reports is not None:
        steps = [f"{s[:-1]} {_token(unique_reports)}." for s in steps]
        impression = f"Impression: {name} {_token(unique_reports)}."
    report = " ".join(steps + [impression])
    gold = rng.choice("AB")
    rec = {
        "item_id": f"case-{i:06d}", "image_path": [f"images/case-{i:06d}.png"],
        "question": f"Is there evidence of {name} on this radiograph?\nOptions:\nA) Yes\nB) No",
        "answer": f"<answer>{gold}</answer>", "answer_content": "Yes" if gold == "A" else "No",
        "dataset_name": "synthetic", "reason_steps": steps, "original_report": report,
    }
    chain = [finding] + rng.sample(NORMAL, 6) + [rng.choice(NORMAL) + " on the lateral view as well",
                                                 f"taken together the appearance is most in keeping with {name}",
                                                 "no further acute cardiopulmonary abnormality is identified"]
    if rng.random() < 0.3:
        chain.insert(2, rng.choice(FINDINGS)[1].format(side="left" if side == "right" else "right"))
    if unique is not None:
        chain = [f"{c} {_token(unique)}" for c in chain]
    text = "\n".join(f"{k + 1}. {c[0].upper() + c[1:]}." for k, c in enumerate(chain))
    pred = {"id": rec["item_id"], "output": f"<think>{text}</think><answer>{rng.choice('AB')}</answer>"}
    return rec, pred


def write_inputs(n: int, work: Path, unique: bool = False, unique_reports: bool = False) -> tuple[Path, Path]:
    """The benchmark and predictions files of ``n`` records; ``unique``: every chain sentence a text of its own
    (``_record``), as fresh model outputs are, where the phrase pools repeat chain lines far more than real chains do;
    ``unique_reports``: every report sentence a text of its own (the worst case for the per-sentence memos of the
    report's readings: real reports repeat their sentences, "No pneumothorax.", but not all of them)."""
    rng = random.Random(n)
    tokens = random.Random(-n) if unique else None
    report_tokens = random.Random(n + 1_000_003) if unique_reports else None
    data, preds = work / "bench.json", work / "preds.jsonl"
    with data.open("w") as d, preds.open("w") as p:
        d.write("[")
        for i in range(n):
            rec, pred = _record(i, rng, tokens, report_tokens)
            d.write(("," if i else "") + json.dumps(rec))
            p.write(json.dumps(pred) + "\n")
        d.write("]")
    return data, preds


def run_score(data: Path, preds: Path, out: Path, report: bool) -> tuple[float, float, int, str]:
    """(wall s, cpu s, peak RSS bytes, stderr tail) of the whole ``medstep score`` command."""
    cmd = [sys.executable, "-m", "medstep.cli", "score", str(preds), "--benchmark", "radrbench", "--data", str(data),
           "--out", str(out), "--judge", "verifier", *([] if report else ["--no-report"])]
    if shutil.which("taskset"):
        cmd = ["taskset", "-c", "0", *cmd]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    err = proc.stderr.read() if proc.stderr else ""
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 3):
        raise SystemExit(f"medstep score failed ({proc.returncode}): {err[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024, err[-300:]


def verifier_floor(data: Path, preds: Path) -> float:
    """CPU seconds of the verifier alone on the same samples (a child pinned like the command): the
    floor under ``medstep score --judge verifier``, whatever the rest of the command costs."""
    cmd = [sys.executable, __file__, "--verifier-child", str(data), str(preds)]
    if shutil.which("taskset"):
        cmd = ["taskset", "-c", "0", *cmd]
    out = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    if out.returncode != 0:
        raise SystemExit(f"verifier child failed: {out.stderr[-2000:]}")
    return float(out.stdout.split()[-1])


def _verifier_child(data: str, preds: str) -> None:
    from medstep.collector import paused_collections
    from medstep.datasets import load_benchmark
    from medstep.datasets.base import LoadOptions
    from medstep.extract import extract
    from medstep.judges.verifier import score_reasoning
    from medstep.pipeline import read_predictions
    from medstep.verify import default_verifier

    samples = load_benchmark("radrbench", data, LoadOptions(check_images=False)).samples
    outputs = read_predictions(Path(preds))
    extracted = [extract(outputs[s.id].text, s) for s in samples]
    verifier = default_verifier()  # (built before the clock starts: the command's start-up is not the verifier's)
    c0 = time.process_time()
    grades = []  # the typed grade computes the clinical score too, as the command's judge does for every sample
    # as the command grades (grading.finalize, ``VerifierJudge.grade``): the collector paused, as ``grading.finalize``
    # pauses it, and in a lines-only verifier batch, whose line memo it would otherwise lack (the floor read ~1.4x high
    # without it)
    with paused_collections(), verifier.batch(lines_only=True):
        for s, e in zip(samples, extracted):
            score = score_reasoning(s, e.reasoning, e.answer)
            grades.append(score.to_grade() if score is not None else None)
    print(time.process_time() - c0)


def open_report(path: Path) -> float:
    """Seconds from navigation until the first page of samples is in the DOM (headless Chromium)."""
    from support.browser import start_chromium

    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver = start_chromium()
    try:
        t0 = time.perf_counter()
        driver.get(path.resolve().as_uri())
        WebDriverWait(driver, 120, poll_frequency=0.02).until(
            lambda d: d.find_elements(By.CSS_SELECTOR, "#samples .sample"))
        return time.perf_counter() - t0
    finally:
        driver.quit()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--open-report", action="store_true")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--unique", action="store_true", help="every chain sentence a new text (a random word added)")
    ap.add_argument("--unique-reports", action="store_true",
                    help="every report sentence a new text (a random word added; reference steps too)")
    ap.add_argument("--keep", type=Path, default=None, help="keep the work folder here")
    ap.add_argument("--verifier-child", nargs=2, help=argparse.SUPPRESS)
    ns = ap.parse_args()
    if ns.verifier_child:
        _verifier_child(*ns.verifier_child)
        return
    print("note: other agents may load this machine; compare the per-sample ratio, not absolute times")
    sizes = ([] if ns.no_baseline else [max(1, ns.n // 10)]) + [ns.n]
    with tempfile.TemporaryDirectory() as tmp:
        work = ns.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        rows = []
        for n in sizes:
            sub = work / f"n{n}"
            sub.mkdir(exist_ok=True)
            data, preds = write_inputs(n, sub, ns.unique, ns.unique_reports)
            wall, cpu, rss, _ = run_score(data, preds, sub / "run", report=True)
            size = (sub / "run" / "report.html").stat().st_size
            parts = sub / "run" / "report_data"
            part_bytes = sum(f.stat().st_size for f in parts.rglob("*.js")) if parts.is_dir() else 0
            line = (f"n={n:>7,}: wall {wall:6.1f} s, cpu {cpu:6.1f} s ({1e3 * cpu / n:.2f} ms/sample), "
                    f"peak RSS {rss / 2**20:7.0f} MiB, report.html {size / 2**20:.1f} MiB"
                    + (f" + report_data/ {part_bytes / 2**20:.0f} MiB" if part_bytes else " (self-contained)"))
            if ns.open_report:
                line += f", report opens in {open_report(sub / 'run' / 'report.html'):.2f} s"
            floor = verifier_floor(data, preds)
            line += (f"\n{'':>10} the verifier alone on the same samples: {floor:.1f} s cpu "
                     f"({1e3 * floor / n:.2f} ms/sample); the command costs x{cpu / floor:.2f} that")
            rows.append((n, cpu, rss))
            print(line, flush=True)
        if len(rows) == 2:
            (n0, c0, r0), (n1, c1, r1) = rows
            print(f"cpu per sample at {n1:,} vs {n0:,}: x{(c1 / n1) / (c0 / n0):.2f} (1.0 = linear); "
                  f"memory x{r1 / r0:.2f} for x{n1 / n0:.0f} the samples")
    print("targets at 100,000: < 1.5 GB (1536 MiB), < 90 s on one core, report opens in < 2 s")


if __name__ == "__main__":
    main()
