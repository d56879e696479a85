"""Kill -9 during judging, then resume: no answered judge call is asked again."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
REPLY = json.dumps({"completeness": 2, "preciseness": 1, "consistency": 2, "quality_accuracy": 1, "reason": "ok"})


def _bench(root: Path, n: int) -> tuple[Path, Path]:
    """``n`` RadRBench-style records (copies of the example's first, each its own question) and predictions."""
    base = json.loads((EXAMPLES / "radrbench_mini.json").read_text())[0]
    pred = json.loads((EXAMPLES / "radrbench_mini_predictions.jsonl").read_text().splitlines()[0])
    root.mkdir(parents=True)
    records = [{**base, "item_id": f"case-{i}", "question": f"Case {i}: {base['question']}"} for i in range(n)]
    (root / "bench.json").write_text(json.dumps(records))
    (root / "preds.jsonl").write_text("".join(json.dumps({**pred, "id": f"case-{i}"}) + "\n" for i in range(n)))
    return root / "bench.json", root / "preds.jsonl"


def _stored(db: Path) -> int:
    try:
        return sqlite3.connect(db).execute("SELECT COUNT(*) FROM judge_calls WHERE ok=1").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


@pytest.mark.slow
def test_kill_9_while_judging_then_resume_repeats_no_answered_call(tmp_path: Path) -> None:
    from support.stub_openai_server import spawn_stub_server

    n, concurrency = 60, 4
    bench, preds = _bench(tmp_path / "bench", n)
    script = tmp_path / "script.json"
    script.write_text(json.dumps([["Correct answer", REPLY]]))
    run = tmp_path / "run"
    with spawn_stub_server("--delay", "0.1", "--script", str(script)) as stub:
        cmd = [sys.executable, "-m", "medstep.cli", "score", str(preds), "--benchmark", "radrbench",
               "--data", str(bench), "--out", str(run), "--no-report", "--judge", "verifier",
               "--judge", f"medq:openai:judge@{stub.base_url}", "--judge-concurrency", str(concurrency)]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        db = run / "run.sqlite"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and _stored(db) < n // 3:
            time.sleep(0.05)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        assert proc.returncode == -signal.SIGKILL
        kept = _stored(db)
        assert n // 3 <= kept < n, "the kill must land while judging"
        sent_before = stub.stats()["chat_requests"]
        # Only calls in flight were lost: at most ``concurrency`` requests on the wire, plus replies the backend
        # had received but not yet handed to the store (it starts the next request as soon as one returns,
        # so under load up to ``concurrency`` finished replies can wait for the storing thread).
        assert kept <= sent_before <= kept + 2 * concurrency
        resumed = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        assert resumed.returncode == 0, resumed.stderr
        assert f"{n - kept} calls sent, {kept} from the run's cache" in resumed.stderr
        assert stub.stats()["chat_requests"] - sent_before == n - kept  # no answered call asked again
        assert stub.stats()["repeated"] <= 2 * concurrency  # at most the calls lost at the kill (see above)
        again = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        assert again.returncode == 0 and stub.stats()["chat_requests"] - sent_before == n - kept  # 0 requests
    summary = json.loads((run / "summary.json").read_text())
    medq = summary["judges"][f"medq:openai:judge@{stub.base_url}"]
    assert medq["statuses"]["graded"] == n and medq["metrics"]["total"]["value"] == pytest.approx(6.0)
