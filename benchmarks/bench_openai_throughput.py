"""Throughput of the OpenAI-compatible path against a server with fixed latency.

What it measures, all against one stub server (tests/support/stub_openai_server.py)
running in its own process and answering every request after ``--delay``:

1. baseline: the plain ``openai.AsyncOpenAI`` client with a semaphore,
   sending the same image requests (what a hand-written script would do);
2. backend: ``OpenAIBackend.generate`` over the same requests, in this process;
3. cli: the whole ``medstep eval --benchmark custom ...`` command as a
   subprocess (loading, prompting, generation, SQLite store, grading, summary).

For each it prints wall time, throughput as a share of the ideal
(``concurrency / delay`` requests per second) and harness CPU per sample
(this process's ``process_time`` for 1-2, the child's user+sys via
``RUSAGE_CHILDREN`` for 3), plus ratios against the baseline. Targets
(issue 12): >= 90 % of ideal at concurrency 32 and >= 85 % at 128, for 1,000
and 4,000 samples, and <= 2 ms harness CPU per sample.

``--grid`` runs the four combinations (1,000 and 4,000 samples at
concurrency 32 and 128) and ends with one table of the whole command against
the plain script. On a shared 2-core machine the stub server, the client and
other agents compete for the CPU: read the ratios to the plain client, run
in the same conditions, rather than the absolute shares.

Two more figures say what no client can beat. The stub server's own CPU per
request (read from ``/proc``) shows whether the fake server is the limit.
The *round bound* is ``ceil(n / concurrency) * delay``: requests finish in
rounds of ``delay``, so 1,000 at concurrency 128 need 8 rounds (1.60 s), not
the ideal's 7.8 (1.56 s); a whole process adds its start-up (interpreter and
the ``openai`` import, ~0.6 s here, which the plain script pays too) on top.

medstep's bytecode is compiled before the runs, as an installed package has
it: this environment sets ``PYTHONDONTWRITEBYTECODE``, under which the child
``python -m medstep.cli`` would compile every module from source on every
start (the plain script's ``openai`` is read from site-packages' bytecode).

Run: ``python benchmarks/bench_openai_throughput.py [--n 1000 --concurrency 32 --delay 0.2] [--grid]``
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import compileall
import io
import json
import math
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))  # this checkout's medstep, like the `medstep eval` child it runs

from PIL import Image  # noqa: E402

from medstep.models import BackendOptions  # noqa: E402
from medstep.models.openai_backend import OpenAIBackend, _httpx_module, http_transport  # noqa: E402
from medstep.types import GenerationSettings, ImageRef, Message, Request  # noqa: E402
from support.stub_openai_server import spawn_stub_server  # noqa: E402


@dataclass
class Result:
    name: str
    n: int
    wall_s: float
    cpu_s: float
    failed: int
    note: str = ""
    server: str = ""  # the stub server's CPU per request during this run (ServerMeter.note)

    def line(self, ideal_s: float, base: "Result | None") -> str:
        share = ideal_s / self.wall_s
        cpu_ms = 1000 * self.cpu_s / self.n
        text = (f"{self.name:<16} wall {self.wall_s:6.2f} s  {share:6.1%} of ideal  "
                f"cpu {cpu_ms:5.2f} ms/sample  failed {self.failed}")
        if base is not None and base is not self:
            text += (f"  | vs {base.name}: wall x{self.wall_s / base.wall_s:.2f}, "
                     f"cpu x{self.cpu_s / base.cpu_s:.2f}")
        return text + self.server + (f"\n{'':<16} {self.note}" if self.note else "")


def _png(i: int) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (16, 16), (i % 256, (i // 256) % 256, 128)).save(buf, format="PNG")
    return buf.getvalue()


def _question(i: int) -> str:
    return f"Case {i}: is there a pleural effusion on this radiograph?"


def process_cpu_s(pid: int) -> float | None:
    """User + system CPU seconds of process ``pid`` so far (Linux ``/proc``), or None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class ServerMeter:
    """The stub server's CPU per request over one variant's run (is the fake server the limit?)."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.start = process_cpu_s(pid)

    def note(self, n: int) -> str:
        end = process_cpu_s(self.pid)
        if self.start is None or end is None:
            return ""
        return f"  server cpu {1000 * (end - self.start) / n:.2f} ms/req"


def run_plain(url: str, images: list[bytes], concurrency: int) -> Result:
    """The reference: one AsyncOpenAI client, a semaphore, gather over all requests."""
    import openai

    async def main() -> int:
        httpx_mod = _httpx_module()
        client = openai.AsyncOpenAI(
            api_key="EMPTY", base_url=url, max_retries=0,
            http_client=openai.DefaultAsyncHttpxClient(
                limits=httpx_mod.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)),
        )
        sem = asyncio.Semaphore(concurrency)

        async def one(i: int) -> bool:
            async with sem:
                data_url = "data:image/png;base64," + base64.b64encode(images[i]).decode()
                try:
                    resp = await client.chat.completions.create(
                        model="stub", max_tokens=256, temperature=0.0, top_p=1.0, seed=0,
                        messages=[{"role": "user", "content": [
                            {"type": "image_url", "image_url": {"url": data_url}},
                            {"type": "text", "text": _question(i)}]}],
                    )
                except openai.APIError:  # counted, as medstep counts its failed requests (a loaded
                    return False  # machine can starve the stub past the client's 5 s connect timeout)
                return bool(resp.choices[0].message.content)

        ok = await asyncio.gather(*(one(i) for i in range(len(images))))
        await client.close()
        return ok.count(False)

    t0, c0 = time.perf_counter(), time.process_time()
    failed = asyncio.run(main())
    return Result("plain", len(images), time.perf_counter() - t0, time.process_time() - c0, failed)


def run_plain_script(url: str, n: int, concurrency: int) -> Result:
    """The plain client as a whole script (its own process: interpreter start and imports count),
    the like-for-like baseline for the whole ``medstep eval`` command."""
    cmd = [sys.executable, __file__, "--plain-child", url, "--n", str(n), "--concurrency", str(concurrency)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    failed = int(proc.stdout.strip() or -1) if proc.returncode == 0 else n
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Result("plain/script", n, wall, cpu, failed)


def run_backend(url: str, images: list[bytes], concurrency: int, transport: str) -> Result:
    settings = GenerationSettings(max_tokens=256)
    reqs = [
        Request(f"k{i}", f"s{i}", (Message("user", _question(i), (ImageRef(data=img),)),), settings)
        for i, img in enumerate(images)
    ]
    backend = OpenAIBackend("stub", url, BackendOptions(concurrency=concurrency), transport=transport)
    t0, c0 = time.perf_counter(), time.process_time()
    failed = sum(gen.failed for _, gen in backend.generate(reqs))
    result = Result(f"backend/{transport}", len(images), time.perf_counter() - t0, time.process_time() - c0, failed)
    backend.close()
    return result


def run_cli(url: str, images: list[bytes], concurrency: int, work: Path) -> Result | str:
    """``medstep eval`` over a custom jsonl benchmark; returns a reason string if unavailable.

    Run as ``python -m medstep.cli`` from this checkout's ``src`` with the same interpreter as the
    plain script (not through a console-script shim, whose own start-up would count against medstep)."""
    data = work / "bench.jsonl"
    with data.open("w") as fh:
        for i, img in enumerate(images):
            (work / f"img{i}.png").write_bytes(img)
            fh.write(json.dumps({"id": f"case{i}", "question": _question(i), "answer": "yes",
                                 "image": f"img{i}.png"}) + "\n")
    out = work / "run"
    cmd = [sys.executable, "-m", "medstep.cli", "eval", "--benchmark", "custom", "--data", str(data),
           "--map", "question=question,answer=answer,image=image",
           "--model", f"openai:stub@{url}", "--concurrency", str(concurrency), "--out", str(out),
           "--no-report"]  # the harness is measured; the HTML report is a separate, optional product
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0, epoch0 = time.perf_counter(), time.time()
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    wall, epoch1 = time.perf_counter() - t0, time.time()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        return f"medstep eval failed (rc {proc.returncode}): {(proc.stderr or proc.stdout)[-800:]}"
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    summary_path = out / "summary.json"
    failed = -1
    if summary_path.exists():
        failed = int(json.loads(summary_path.read_text()).get("outcome", {}).get("failed", -1))
    return Result(f"cli/{http_transport()}", len(images), wall, cpu, failed, _phases(out / "run.sqlite", epoch0, epoch1))


def _phases(db: Path, start: float, end: float) -> str:
    """Split the CLI's wall time using the store's per-result timestamps.

    Start-up (imports, loading, connecting) and grading/export are fixed
    costs; the generation phase shows the steady-state throughput.
    """
    try:
        with sqlite3.connect(db) as conn:
            first, last, n = conn.execute("SELECT MIN(created), MAX(created), COUNT(*) FROM attempts").fetchone()
    except sqlite3.Error as exc:
        return f"(phases unavailable: {exc})"
    return (f"phases: until first result {first - start:.2f} s, generation {last - first:.2f} s "
            f"for {n - 1} more results, after last result {end - last:.2f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--concurrency", type=int, default=32)
    ap.add_argument("--delay", type=float, default=0.2)
    ap.add_argument("--skip-cli", action="store_true")
    ap.add_argument("--grid", action="store_true", help="1,000 and 4,000 samples at concurrency 32 and 128")
    ap.add_argument("--plain-child", metavar="URL", help=argparse.SUPPRESS)
    ns = ap.parse_args()
    if ns.plain_child:
        print(run_plain(ns.plain_child, [_png(i) for i in range(ns.n)], ns.concurrency).failed)
        return
    print("note: other agents may load this machine; compare against the plain client run beside it")
    compileall.compile_dir(ROOT / "src" / "medstep", quiet=1)  # bytecode, as an installed medstep has
    if not ns.grid:
        bench(ns.n, ns.concurrency, ns.delay, ns.skip_cli)
        return
    table = []
    for n in (1000, 4000):
        for c in (32, 128):
            table.append((n, c, *bench(n, c, ns.delay, ns.skip_cli)))
            print()
    print(f"{'n':>6} {'C':>4}  {'round bound':>11} {'plain script':>13} {'medstep eval':>13} {'eval/plain':>10} "
          f"{'plain ms cpu':>12} {'eval ms cpu':>11}")
    for n, c, ideal, script, cli in table:
        if isinstance(script, Result) and isinstance(cli, Result):
            bound = ideal / (math.ceil(n / c) * ns.delay)
            print(f"{n:>6} {c:>4}  {bound:>10.1%} {ideal / script.wall_s:>12.1%} {ideal / cli.wall_s:>12.1%} "
                  f"{script.wall_s / cli.wall_s:>9.2f}x {1000 * script.cpu_s / n:>12.2f} {1000 * cli.cpu_s / n:>11.2f}")
    print("targets: >= 90% of ideal at C=32, >= 85% at C=128, <= 2.00 ms cpu/sample")


def bench(n: int, concurrency: int, delay: float, skip_cli: bool) -> tuple[float, "Result | str | None", "Result | str | None"]:
    """One size and concurrency: every variant against one stub server; returns (ideal s, script, cli)."""
    ns = argparse.Namespace(n=n, concurrency=concurrency, delay=delay, skip_cli=skip_cli)
    images = [_png(i) for i in range(ns.n)]
    script: Result | str | None = None
    cli: Result | str | None = None
    ideal_s = ns.n * ns.delay / ns.concurrency
    bound_s = math.ceil(ns.n / ns.concurrency) * ns.delay
    print(f"{ns.n} image requests, concurrency {ns.concurrency}, server delay {ns.delay * 1000:.0f} ms "
          f"-> ideal {ideal_s:.2f} s ({ns.concurrency / ns.delay:.0f} req/s); round bound {bound_s:.2f} s "
          f"= {ideal_s / bound_s:.1%} of ideal at best")
    with spawn_stub_server("--delay", str(ns.delay)) as server, tempfile.TemporaryDirectory() as tmp:
        pid = server.proc.pid
        meter = ServerMeter(pid)
        plain = run_plain(server.base_url, images, ns.concurrency)
        plain.server = meter.note(ns.n)
        print(plain.line(ideal_s, None), flush=True)
        transports = ["httpx"] + (["aiohttp"] if http_transport() == "aiohttp" else [])
        for transport in transports:
            meter = ServerMeter(pid)
            backend = run_backend(server.base_url, images, ns.concurrency, transport)
            backend.server = meter.note(ns.n)
            print(backend.line(ideal_s, plain), flush=True)
        if not ns.skip_cli:
            meter = ServerMeter(pid)
            script = run_plain_script(server.base_url, ns.n, ns.concurrency)
            script.server = meter.note(ns.n)
            print(script.line(ideal_s, plain), flush=True)
            meter = ServerMeter(pid)
            cli = run_cli(server.base_url, images, ns.concurrency, Path(tmp))
            if isinstance(cli, Result):
                cli.server = meter.note(ns.n)
            print(cli.line(ideal_s, script) if isinstance(cli, Result) else f"cli skipped: {cli}")
    return ideal_s, script, cli


if __name__ == "__main__":
    main()
