"""Throughput of HFBackend with batched generation vs a batch-1 loop, in one process.

Why a ratio and not absolute numbers: absolute samples/s depend on the
machine; the ratio between the two modes, measured back to back on the same
model and requests, is what batching is responsible for. Both modes produce
identical greedy outputs (checked below), so the comparison is like for like.

    python benchmarks/bench_hf_batching.py                 # tiny LLaVA built on the fly
    python benchmarks/bench_hf_batching.py --model DIR     # any local HF VLM directory
    python benchmarks/bench_hf_batching.py --threads 8     # a real model on a many-core CPU

Target on the tiny model: batch 8 >= 3x the batch-1 loop.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from support.local_requests import image_request  # noqa: E402
from support.tiny_models import build_tiny_llava  # noqa: E402

from medstep.models.base import BackendOptions  # noqa: E402
from medstep.models.hf_backend import HFBackend  # noqa: E402
from medstep.types import GenerationSettings  # noqa: E402


def timed_pass(backend: HFBackend, requests: list) -> tuple[float, dict[str, str], int]:
    """Seconds for one pass over ``requests``, the outputs, and the tokens generated."""
    start = time.perf_counter()
    results = list(backend.generate(requests))
    elapsed = time.perf_counter() - start
    failed = [g.error for _, g in results if g.failed]
    if failed:
        raise SystemExit(f"{len(failed)} generations failed, first: {failed[0]}")
    tokens = sum(g.completion_tokens or 0 for _, g in results)
    return elapsed, {r.sample_id: g.text for r, g in results}, tokens


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="local HF model directory (default: build the tiny LLaVA)")
    parser.add_argument("--samples", type=int, default=64)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--max-tokens", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds; the median ratio is reported")
    parser.add_argument("--device", default="auto")
    # One thread by default: the tiny model gains nothing from intra-op parallelism, and on a
    # shared machine a contended torch thread pool makes timings swing by 5x between rounds.
    parser.add_argument("--threads", type=int, default=1, help="torch CPU threads (default 1)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        model = args.model or str(build_tiny_llava(Path(tmp) / "tiny_llava"))
        settings = GenerationSettings(max_tokens=args.max_tokens, temperature=0.0)
        requests = [image_request(i, settings) for i in range(args.samples)]
        backends = {
            size: HFBackend(model, BackendOptions(batch_size=size, device=args.device, n_threads=args.threads), "hf:b")
            for size in (1, args.batch_size)
        }
        for backend in backends.values():  # warm-up: kernels, allocator, lazy inits
            list(backend.generate(requests[: args.batch_size]))
        # Alternate the two modes round by round, so a change in machine load (shared CI
        # runners, other jobs) hits both modes rather than biasing the ratio.
        times: dict[int, list[float]] = {size: [] for size in backends}
        outputs: dict[int, dict[str, str]] = {}
        tokens: dict[int, int] = {}
        for round_no in range(args.rounds):
            order = list(backends) if round_no % 2 == 0 else list(reversed(backends))
            for size in order:
                elapsed, outputs[size], tokens[size] = timed_pass(backends[size], requests)
                times[size].append(elapsed)

    single, batched = times[1], times[args.batch_size]
    ratios = sorted(s / b for s, b in zip(single, batched))
    same = sum(outputs[1][k] == outputs[args.batch_size][k] for k in outputs[1])
    print(f"model: {args.model or 'tiny LLaVA (random weights)'}; {args.samples} samples, "
          f"max_tokens {args.max_tokens}, device {args.device}, threads {args.threads}, "
          f"{args.rounds} rounds")
    for size, label in ((1, "batch 1 loop"), (args.batch_size, f"batch {args.batch_size}")):
        best = min(times[size])
        print(f"{label:<13}: {args.samples / best:8.2f} samples/s  {tokens[size] / best:9.1f} tokens/s (best round)")
    print(f"ratio        : {ratios[len(ratios) // 2]:8.2f}x median  (per-round: "
          f"{', '.join(f'{r:.2f}' for r in ratios)}; target >= 3x on the tiny model)")
    print(f"identical outputs: {same}/{len(outputs[1])}")


if __name__ == "__main__":
    main()
