"""The progress line (issue #10 usability): readable at 80 columns, alive in logs."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import time
from pathlib import Path

from rich.console import Console

from medstep.models.spec import parse_spec
from medstep.progress import ProgressLine
from support.stub_openai_server import spawn_stub_server


def test_live_line_fits_80_columns_with_label_counts_rate_and_eta() -> None:
    console = Console(file=io.StringIO(), width=80, force_terminal=True, record=True)
    label = parse_spec("openai:Qwen2.5-VL-72B-Instruct-AWQ-very-long-name@http://10.1.2.3:8000/v1").label
    with ProgressLine(1061, label, console, live=True) as p:
        for k in range(37):
            p.advance(1, failed=k % 10 == 0)
        time.sleep(0.05)
    # the live display redraws one line in place: split the recording into its frames
    frames = [f.strip() for f in re.split(r"(?=Qwen2\.5-VL-72B-Instru…)", console.export_text()) if f.strip()]
    last = frames[-1]
    assert len(frames) >= 2 and all(len(f) <= 80 for f in frames), frames
    assert last.startswith("Qwen2.5-VL-72B-Instru…")  # the model's name, clipped; no URL
    assert "37/1061" in last and "4 failed" in last and re.search(r"\d+\.\d/s", last) and "ETA " in last


def test_short_labels_for_every_backend_kind() -> None:
    assert parse_spec("openai:gpt-4o@https://api.openai.com/v1").label == "gpt-4o"
    assert parse_spec("llamacpp:/models/medgemma-4b.Q4_K_M.gguf+mmproj=/m/p.gguf").label == "medgemma-4b.Q4_K_M"
    assert parse_spec("hf:Qwen/Qwen2.5-VL-3B-Instruct").label == "Qwen2.5-VL-3B-Instruct"
    assert parse_spec("vllm:/ckpt/run7/").label == "run7"


def test_plain_lines_every_few_seconds_when_not_a_terminal() -> None:
    out = io.StringIO()
    console = Console(file=out, width=80, force_terminal=False)
    with ProgressLine(10, "stub", console, interval_s=0.05) as p:
        assert not p.live
        for _ in range(4):
            p.advance()
            time.sleep(0.06)
    lines = out.getvalue().splitlines()
    assert len(lines) >= 3 and all(ln.startswith("stub: ") for ln in lines)
    assert lines[-1].startswith("stub: 4/10") and "ETA" in lines[-1]
    assert "\x1b" not in out.getvalue()  # no terminal control codes in a log


def test_eval_into_a_log_prints_plain_progress(tmp_path: Path) -> None:
    data = tmp_path / "b.jsonl"
    data.write_text("".join(json.dumps({"id": f"q{k}", "question": f"q{k}? [answer:yes]", "answer": "yes"}) + "\n"
                            for k in range(5)))
    with spawn_stub_server() as stub:
        res = subprocess.run([sys.executable, "-m", "medstep.cli", "eval", "--benchmark", "custom", "--data",
                              str(data), "--model", f"openai:stub@{stub.base_url}", "--out", str(tmp_path / "run")],
                             capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    progress = [ln for ln in res.stderr.splitlines() if ln.startswith("stub: ")]
    assert progress and progress[-1].startswith("stub: 5/5") and "\x1b" not in res.stderr


def test_hf_backend_yields_each_row_when_it_finishes_not_when_the_batch_does(tiny_llava: Path,
                                                                              monkeypatch) -> None:
    """Row 0 is made to end after its second token (that token is declared an end token); it must be
    yielded while the batch is still generating, with the same text a whole-batch run gives."""
    import threading

    import torch

    from medstep.models.base import BackendOptions
    from medstep.models.hf_backend import HFBackend
    from medstep.types import GenerationSettings
    from support.local_requests import image_request

    before = torch.get_num_threads()
    backend = HFBackend(str(tiny_llava), BackendOptions(batch_size=4, device="cpu", n_threads=1), "hf:x")
    try:
        settings = GenerationSettings(max_tokens=40)
        requests = [image_request(i, settings) for i in range(4)]
        real_generate, outputs = backend.model.generate, []

        def recording(*args, **kwargs):
            out = real_generate(*args, **kwargs)
            outputs.append((kwargs["input_ids"].shape[1], out))
            return out

        monkeypatch.setattr(backend.model, "generate", recording)
        list(backend.generate(requests))
        prompt_len, out = outputs[0]
        new = out[:, prompt_len:].tolist()
        end = new[0][1]
        assert any(end not in row for row in new[1:]), "some row must run to max_tokens"
        backend._eos_ids = {end}

        alive_at_first, streamed = None, {}
        for req, gen in backend.generate(requests):
            if alive_at_first is None:
                alive_at_first = any(t.name == "medstep-hf-generate" for t in threading.enumerate())
            streamed[req.sample_id] = gen.text
        assert alive_at_first, "the first row was only yielded after the whole batch finished"
        prompt_len, out = outputs[-1]  # the whole batch's final output, cut the usual way
        whole = [backend._finish(row, 0, settings)[0] for row in out[:, prompt_len:].tolist()]
        assert sorted(streamed.values()) == sorted(whole)
        assert any(len(t) < max(len(w) for w in whole) for t in streamed.values())
    finally:
        backend.close()
        torch.set_num_threads(before)
