"""Throughput of an LLM judge against a judge server with fixed latency, beside a plain AsyncOpenAI loop.

Both send the same judge prompts (the ``medq`` protocol's system and user
messages for N RadRBench-style samples) to one stub server running in its
own process, which answers each after ``--delay`` with a fixed JSON grade:

1. plain: ``openai.AsyncOpenAI`` with a semaphore of ``--concurrency``,
   ``json.loads`` of every reply (what a hand-written judge script does);
2. judge: :class:`medstep.judges.llm.LLMJudge` grading the same samples through
   the openai backend, with every reply committed to a real run store
   (``judge_calls`` table), parsed, validated and turned into typed grades.

Each line gives wall time, throughput as a share of the ideal
(``concurrency / delay`` requests per second) and this process's CPU per
call, and the judge's ratios against the plain loop run in the same process.
Target: the judge at >= 85 % of ideal. Other processes on the machine slow
both runs alike; compare the ratios, not the absolute seconds.

Run: ``python benchmarks/bench_judge_overhead.py [--n 640 --concurrency 32 --delay 0.3]``
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from medstep.judges import JudgeContext, JudgeItem, JudgeOptions, load_judge, parse_judge  # noqa: E402
from medstep.judges.medq import MedQ  # noqa: E402
from medstep.judges.texts import answer_block, reference_block  # noqa: E402
from medstep.models.openai_backend import _httpx_module  # noqa: E402
from medstep.results import GradeStatus  # noqa: E402
from medstep.store import RunMeta, RunStore  # noqa: E402
from medstep.types import AnswerType, Sample  # noqa: E402
from support.stub_openai_server import spawn_stub_server  # noqa: E402

REPLY = {"completeness": 2, "preciseness": 1, "consistency": 2, "quality_accuracy": 1, "reason": "fixed"}


@dataclass
class Result:
    name: str
    n: int
    wall_s: float
    cpu_s: float
    ok: int

    def line(self, ideal_s: float, base: "Result | None" = None) -> str:
        text = (f"{self.name:<8} wall {self.wall_s:6.2f} s  {ideal_s / self.wall_s:6.1%} of ideal  "
                f"cpu {1000 * self.cpu_s / self.n:5.2f} ms/call  graded {self.ok}/{self.n}")
        if base is not None:
            text += (f"  | vs {base.name}: throughput x{base.wall_s / self.wall_s:.2f}, "
                     f"cpu x{self.cpu_s / base.cpu_s:.2f}")
        return text


def _items(n: int) -> list[JudgeItem]:
    out = []
    for i in range(n):
        s = Sample(id=f"case{i}", question=f"Case {i}: is there a pleural effusion?", answer="yes",
                   answer_type=AnswerType.CLOSED, report=f"Small right pleural effusion (case {i}). No pneumothorax.",
                   reference_steps=("The right costophrenic angle is blunted.", "There is a small effusion."))
        chain = "1. The right costophrenic angle is blunted.\n2. No pneumothorax.\n3. Small right effusion."
        out.append(JudgeItem.build(s, chain, chain, "yes"))
    return out


def run_plain(url: str, items: list[JudgeItem], concurrency: int) -> Result:
    import openai

    async def main() -> int:
        httpx_mod = _httpx_module()
        client = openai.AsyncOpenAI(api_key="EMPTY", base_url=url, max_retries=0, http_client=openai.DefaultAsyncHttpxClient(
            limits=httpx_mod.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)))
        sem = asyncio.Semaphore(concurrency)

        async def one(item: JudgeItem) -> bool:
            async with sem:
                resp = await client.chat.completions.create(
                    model="judge", max_tokens=1024, temperature=0.0, seed=0, messages=[
                        {"role": "system", "content": MedQ.system},
                        {"role": "user", "content": f"{reference_block(item.sample)}\n\n{answer_block(item)}"}])
                parsed = json.loads(resp.choices[0].message.content or "{}")
                return all(k in parsed for k in REPLY)

        ok = await asyncio.gather(*(one(it) for it in items))
        await client.close()
        return sum(ok)

    t0, c0 = time.perf_counter(), time.process_time()
    ok = asyncio.run(main())
    return Result("plain", len(items), time.perf_counter() - t0, time.process_time() - c0, ok)


def run_judge(url: str, items: list[JudgeItem], concurrency: int, work: Path) -> Result:
    store = RunStore.create(work / "run", RunMeta("radrbench", "test", "bench"))
    judge = load_judge(parse_judge(f"medq:openai:judge@{url}"))
    ctx = JudgeContext(cache=store, options=JudgeOptions(concurrency=concurrency, max_retries=0))
    t0, c0 = time.perf_counter(), time.process_time()
    try:
        grades = judge.grade(items, ctx)
    finally:
        judge.close()
        store.close()
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return Result("judge", len(items), wall, cpu, sum(g.status is GradeStatus.GRADED for g in grades.values()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=640)
    ap.add_argument("--concurrency", type=int, default=32)
    ap.add_argument("--delay", type=float, default=0.3)
    ns = ap.parse_args()
    items = _items(ns.n)
    ideal_s = ns.n * ns.delay / ns.concurrency
    print(f"{ns.n} judge calls (medq), concurrency {ns.concurrency}, server delay {ns.delay * 1000:.0f} ms "
          f"-> ideal {ideal_s:.2f} s ({ns.concurrency / ns.delay:.0f} calls/s). Other processes may load this "
          "machine: read the ratios.")
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "script.json"
        script.write_text(json.dumps([["Correct answer", json.dumps(REPLY)]]))
        with spawn_stub_server("--delay", str(ns.delay), "--script", str(script)) as stub:
            run_plain(stub.base_url, items[: ns.concurrency], ns.concurrency)  # warm-up: imports, connections
            plain = run_plain(stub.base_url, items, ns.concurrency)
            judge = run_judge(stub.base_url, items, ns.concurrency, Path(tmp))
    print(plain.line(ideal_s))
    print(judge.line(ideal_s, plain))
    verdict = "meets" if ideal_s / judge.wall_s >= 0.85 else "MISSES"
    print(f"judge throughput {ideal_s / judge.wall_s:.1%} of ideal: {verdict} the 85% target")


if __name__ == "__main__":
    main()
