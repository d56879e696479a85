"""GPU checks to run by hand on a machine with a CUDA GPU (CI has none): one line per check.

1. hf backend, ``--device cuda``: the tiny random LLaVA (built here, no download) answers a
   batch of image questions on the GPU; greedy outputs are compared with the same batch on CPU
   (random weights in float32: expected to agree, small float differences may flip a token).
2. vllm backend (when ``vllm`` is importable): the same tiny LLaVA through ``vllm.LLM.chat``
   with an image and a text request, prefix caching on; token counts must be present.
3. vllm on Ray (when ``ray`` is importable too): one actor owning a vLLM engine on one GPU,
   through ``medstep.models.ray_pool`` (what ``medstep eval --ray local`` does).
4. GRPO recipe on the GPU: ``examples/train_grpo.py``'s ``main`` trains the tiny LLaVA for two steps
   in bf16 on a small curated-format file, with medstep's accuracy, format and reasoning rewards
   (what the README's GPU recipe runs, at toy size).
5. ``pytest -m gpu`` (the GPU-marked tests), unless ``--no-pytest``.

Run: ``python benchmarks/gpu_check.py`` (after ``pip install -e '.[dev,vllm]'``). Exit status 1
when a check fails; a check whose dependency is missing says SKIP and why. ``--device cpu`` runs
the same checks with the CPU in place of the GPU (the plumbing, on a machine without one).
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

from PIL import Image  # noqa: E402

from medstep.models import BackendOptions  # noqa: E402
from medstep.types import GenerationSettings, ImageRef, Message, Request  # noqa: E402

RESULTS: list[tuple[str, str, str]] = []


def check(name: str, fn: Callable[[], str]) -> None:
    t0 = time.perf_counter()
    try:
        detail = fn()
        status = "SKIP" if detail.startswith("skip:") else "PASS"
        detail = detail.removeprefix("skip:").strip()
    except Exception as exc:  # noqa: BLE001 -- a check reports, it does not stop the others
        status, detail = "FAIL", f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=3)}"
    RESULTS.append((status, name, detail))
    print(f"{status:4}  {name}  ({time.perf_counter() - t0:.1f} s)  {detail}", flush=True)


def _png(i: int) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (32, 32), (i * 40 % 256, 80, 160)).save(buf, format="PNG")
    return buf.getvalue()


def _requests(n: int) -> list[Request]:
    s = GenerationSettings(max_tokens=12)
    return [Request(f"k{i}", f"s{i}", (Message("user", f"Question {i}: what is shown?", (ImageRef(data=_png(i)),)),), s)
            for i in range(n)]


DEVICE = "cuda"  # --device cpu: the same checks without a GPU


def _cuda() -> str | None:
    if importlib.util.find_spec("torch") is None:
        return "torch is not installed"
    import torch

    return None if DEVICE == "cpu" or torch.cuda.is_available() else "torch sees no CUDA device"


def hf_cuda(model: Path) -> str:
    why = _cuda()
    if why:
        return f"skip: {why}"
    from medstep.models.hf_backend import HFBackend

    reqs = _requests(8)
    outs = {}
    for device in ("cpu", DEVICE):
        backend = HFBackend(str(model), BackendOptions(batch_size=8, device=device), f"hf:{model}")
        t0 = time.perf_counter()
        outs[device] = {r.key: g for r, g in backend.generate(reqs)}
        outs[device + "_s"] = time.perf_counter() - t0  # type: ignore[assignment]
        backend.close()
    failed = [g.error for g in outs[DEVICE].values() if g.failed]
    if failed:
        raise AssertionError(f"{len(failed)} failed on {DEVICE}: {failed[0]}")
    same = sum(outs["cpu"][k].text == outs[DEVICE][k].text for k in outs["cpu"])
    return (f"8 image requests on {DEVICE} in {outs[DEVICE + '_s']:.2f} s (cpu {outs['cpu_s']:.2f} s); "
            f"{same}/8 identical to cpu")


def vllm_engine(model: Path) -> str:
    why = _cuda() or (None if importlib.util.find_spec("vllm") else "vllm is not installed")
    if why:
        return f"skip: {why}"
    from medstep.models.vllm_backend import VLLMBackend

    backend = VLLMBackend(str(model), BackendOptions(n_ctx=512, prefix_caching=True), f"vllm:{model}", max_images=1)
    try:
        reqs = _requests(16) + [Request("text", "text", (Message("user", "Is the heart enlarged?"),),
                                        GenerationSettings(max_tokens=12))]
        t0 = time.perf_counter()
        gens = [g for _, g in backend.generate(reqs)]
        wall = time.perf_counter() - t0
    finally:
        backend.close()
    bad = [g.error for g in gens if g.failed or not g.completion_tokens or not g.prompt_tokens]
    if bad:
        raise AssertionError(f"{len(bad)} of {len(gens)} without a generation or token counts: {bad[0]}")
    return f"{len(gens)} requests (16 with an image) in {wall:.2f} s, token counts present"


def vllm_on_ray(model: Path) -> str:
    why = _cuda() or next((f"{m} is not installed" for m in ("vllm", "ray") if not importlib.util.find_spec(m)), None)
    if why:
        return f"skip: {why}"
    from medstep.models import load_backend
    from medstep.models.ray_pool import RayOptions

    with tempfile.TemporaryDirectory(prefix="ray", dir="/tmp") as tmp:
        opts = BackendOptions(n_ctx=512, ray=RayOptions(address="local", workers=1, gpus_per_worker=1,
                                                        chunk_size=8, temp_dir=tmp))
        backend = load_backend(f"vllm:{model}+max_images=1", opts)
        try:
            gens = [g for _, g in backend.generate(_requests(16))]
        finally:
            backend.close()
    bad = [g.error for g in gens if g.failed]
    if bad:
        raise AssertionError(f"{len(bad)} failed: {bad[0]}")
    return f"16 image requests through one Ray actor's vLLM engine; endpoints {sorted({g.endpoint for g in gens})}"


def grpo(model: Path, tmp: Path) -> str:
    why = _cuda() or next((f"{m} is not installed" for m in ("trl", "datasets") if not importlib.util.find_spec(m)),
                          None)
    if why:
        return f"skip: {why}"
    import json

    import torch
    import trl

    sys.path.insert(0, str(ROOT / "examples"))
    import train_grpo

    from medstep.trainset.files import TrainsetFormat, write_rows

    rows = []
    for i in range(4):
        img = tmp / f"img{i}.png"
        img.write_bytes(_png(i))
        question = f"Case {i}: which finding is shown?"
        rows.append({
            "id": f"g{i}", "images": [str(img)],
            "prompt": [{"role": "user", "content": [
                {"type": "image", "text": None},
                {"type": "text", "text": f"{question}\nA) Pleural effusion\nB) Pneumothorax\n"
                                         "Think in <think></think>, answer in <answer></answer>."}]}],
            "answer": "A" if i % 2 else "B", "answer_type": "choice",
            "options": json.dumps({"A": "Pleural effusion", "B": "Pneumothorax"}),
            "report": "Small left pleural effusion." if i % 2 else "Small right apical pneumothorax.",
            "reference_steps": ["The costophrenic angle is blunted." if i % 2 else "A pleural line is seen."],
            "question": question, "benchmark": "custom", "image_size": None,
        })
    train = write_rows(tmp / "curated.jsonl", rows, TrainsetFormat.JSONL)
    bf16 = DEVICE == "cuda"
    config = trl.GRPOConfig(
        output_dir=str(tmp / "grpo"), use_cpu=DEVICE == "cpu", bf16=bf16, report_to="none", save_strategy="no",
        logging_steps=1, seed=0, max_steps=2, per_device_train_batch_size=4, num_generations=2,
        max_completion_length=16, reward_weights=[1.0, 0.5, 0.5])
    t0 = time.perf_counter()
    trainer = train_grpo.main(train_grpo.GRPORecipe(model=str(model), train_file=str(train)), config)
    wall = time.perf_counter() - t0
    if trainer.state.global_step != 2:
        raise AssertionError(f"trained {trainer.state.global_step} steps, not 2")
    logged = {k for entry in trainer.state.log_history for k in entry}
    want = {f"rewards/{n}_reward/mean" for n in ("accuracy", "format", "reasoning")}
    if not want <= logged:
        raise AssertionError(f"rewards not logged: {sorted(want - logged)}")
    where = {str(p.device.type) for p in trainer.model.parameters()}
    dtypes = sorted({str(p.dtype) for p in trainer.model.parameters() if p.requires_grad})
    expect = "cuda" if DEVICE == "cuda" else "cpu"
    if where != {expect}:
        raise AssertionError(f"parameters on {sorted(where)}, expected {expect}")
    mem = f", peak {torch.cuda.max_memory_allocated() / 2**20:.0f} MiB" if DEVICE == "cuda" else ""
    return f"2 GRPO steps on {expect} (bf16={bf16}, trainable {dtypes}) in {wall:.1f} s{mem}; 3 rewards logged"


def pytest_gpu() -> str:
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-m", "gpu", "-p", "no:cacheprovider"], cwd=ROOT,
                          capture_output=True, text=True)
    tail = (proc.stdout.strip().splitlines() or ["(no output)"])[-1]
    if proc.returncode not in (0, 5):
        raise AssertionError(f"pytest -m gpu failed: {tail}\n{proc.stdout[-3000:]}")
    return tail


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--no-pytest", action="store_true")
    ap.add_argument("--device", choices=("cuda", "cpu"), default="cuda",
                    help="cpu: run the checks without a GPU, to test their plumbing")
    ns = ap.parse_args()
    global DEVICE
    DEVICE = ns.device
    from support.tiny_models import build_tiny_llava

    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "llava"
        build_tiny_llava(model)
        check(f"hf backend on {DEVICE} (tiny LLaVA, batch 8)", lambda: hf_cuda(model))
        check("vllm engine (tiny LLaVA, images, prefix caching)", lambda: vllm_engine(model))
        check("vllm engine in a Ray actor", lambda: vllm_on_ray(model))
        check(f"GRPO recipe on {DEVICE} (tiny LLaVA, 2 steps, medstep rewards)", lambda: grpo(model, Path(tmp)))
    if not ns.no_pytest:
        check("pytest -m gpu", pytest_gpu)
    failed = [r for r in RESULTS if r[0] == "FAIL"]
    print(f"{len(RESULTS) - len(failed)} passed or skipped, {len(failed)} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
