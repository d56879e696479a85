"""Ray: a local cluster on CPU with two llama.cpp workers; a worker killed mid-run loses nothing.

Kept to two tests (a Ray instance takes a few seconds to start), both marked slow.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import tempfile
from pathlib import Path
from typing import Iterator

import pytest

pytest.importorskip("ray")

from medstep.models import BackendOptions, load_backend  # noqa: E402
from medstep.models.ray_pool import RayOptions  # noqa: E402
from medstep.types import GenerationSettings, Message, Request  # noqa: E402


@pytest.fixture()
def ray_tmp() -> Iterator[str]:
    """Ray's session folder: short (its socket paths must fit 107 bytes), removed afterwards."""
    path = tempfile.mkdtemp(prefix="ray", dir="/tmp")
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.mark.slow
def test_a_worker_killed_mid_run_loses_only_its_requests_in_flight(tiny_gguf: Path, ray_tmp: str) -> None:
    opts = BackendOptions(n_ctx=256, n_threads=1, ray=RayOptions(address="local", workers=2, temp_dir=ray_tmp))
    requests = [Request(f"k{i}", f"s{i}", (Message("user", f"question {i}"),), GenerationSettings(max_tokens=6))
                for i in range(12)]
    backend = load_backend(f"llamacpp:{tiny_gguf}", opts)
    try:
        killed = backend.pids[0]
        seen = []
        for req, gen in backend.generate(requests):
            seen.append(req.key)
            assert not gen.failed, gen.error
            assert gen.endpoint is not None and gen.endpoint.startswith("ray:")
            if len(seen) == 2:
                os.kill(killed, signal.SIGKILL)
        notes = backend.notes()
    finally:
        backend.close()
    # every request answered exactly once: the dead worker's chunks were generated again elsewhere
    assert sorted(seen) == sorted(r.key for r in requests)
    assert backend.worker_deaths == 1 and "1 worker deaths" in notes[0]


@pytest.mark.slow
def test_eval_on_ray_stores_one_resumable_run(tiny_gguf: Path, tmp_path: Path, ray_tmp: str) -> None:
    """``medstep eval --ray local``: two llama.cpp workers fill one run store; re-running without Ray
    generates nothing (the run is the same run), and usage is counted per worker."""
    from medstep.pipeline import EvalConfig, run_eval

    data = tmp_path / "bench.jsonl"
    data.write_text("".join(json.dumps({"id": f"q{i}", "question": f"Is finding {i} present?", "answer": "yes"}) + "\n"
                            for i in range(10)))
    common = dict(benchmark="custom", data=str(data), model=f"llamacpp:{tiny_gguf}", out=tmp_path / "run",
                  settings=GenerationSettings(max_tokens=6), n_ctx=256, n_threads=1, judges=("none",))
    from medstep.datasets.base import LoadOptions

    load = LoadOptions(field_map={"question": "question", "answer": "answer"})
    first = run_eval(EvalConfig(**common, load=load, ray=RayOptions(address="local", workers=2, temp_dir=ray_tmp)))
    assert first.requested == 10 and first.summary.outcome.failed == 0
    workers = set(first.summary.usage.generation.by_endpoint)
    assert len(workers) == 2 and all(w.startswith("ray:") for w in workers)
    assert first.summary.usage.generation.total.calls == 10
    again = run_eval(EvalConfig(**common, load=load))  # no Ray: same keys, nothing to generate
    assert again.requested == 0 and again.cached == 10
    assert again.summary.outcome == first.summary.outcome
