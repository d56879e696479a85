"""Single-core throughput of the clinical verifier on chest X-ray style reasoning chains.

Generates varied ~250-word chains, reports and reference steps (deterministic,
seeded) from phrase templates, then times, in the same process:

* ``extract`` — ``extract_findings`` on each chain (the fact extractor alone);
* ``verify``  — ``Verifier.verify(chain, report=..., reference=...)`` (split,
  roles, extract, judge, recall, clinical error score), the call an RL reward
  makes per rollout;
* ``baseline`` — a naive extractor over the *same* lexicon: one compiled
  word-bounded regex per concept searched over every sentence, plus a regex
  negation check; the obvious approach the automaton replaces.

Prints chains/s for each and the ratio verify/baseline. Target: >= 2,000
chains/s for ``verify`` (a GRPO step of 2,048 rollouts in under a second).

``--command`` also grades the same chains through ``medstep score`` (a
RadRBench-style file with options, report and reference steps, and a
predictions file of ``<think>chain</think><answer>X</answer>`` outputs) in a
subprocess with the verifier judge and ``--no-report``, and prints its
chains/s (wall clock, start-up included) beside the library call's.

    python benchmarks/bench_verify.py [--chains 2000] [--words 250] [--repeat 5] [--command]

Other processes may load the machine; the ratio against the in-process baseline
is the robust figure.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from medstep.verify import Verifier

FINDINGS = ["pleural effusion", "pneumothorax", "consolidation", "atelectasis", "pulmonary edema",
            "cardiomegaly", "pneumonia", "lung opacity", "nodule", "rib fracture", "hilar enlargement",
            "emphysema", "vascular congestion", "hiatal hernia", "subcutaneous emphysema"]
DEVICES = ["endotracheal tube", "nasogastric tube", "right internal jugular catheter", "PICC line",
           "pacemaker", "chest tube", "sternotomy wires"]
SIDES = ["left", "right", "bilateral", ""]
SIZES = ["small", "moderate", "large", "mild", "trace", ""]
PLACES = ["lower lobe", "base", "upper lobe", "apex", "perihilar region", ""]
CHANGES = ["new", "stable", "unchanged", "improved", "worsening", ""]
POS = ["There is a {size} {side} {f} in the {side} {place}.", "A {change} {size} {f} is seen.",
       "{side} {place} {f} is {change}.", "Findings are consistent with {f}.",
       "The {side} {f} appears {size} and {change} compared with the prior study."]
NEG = ["No {f} is identified.", "There is no evidence of {f} or {g}.", "{f} is not seen.",
       "No {f}, {g}, or {h}.", "The previously seen {f} has resolved.", "Without {f}."]
HEDGE = ["Possible {f} at the {side} {place}.", "{f} cannot be excluded.", "Findings may represent {f}.",
         "Likely {f} versus {g}."]
NORMAL = ["The lungs are clear.", "Heart size is normal.", "The cardiomediastinal silhouette is within normal limits.",
          "No acute osseous abnormality.", "The osseous structures are intact."]
FILLER = ["Let me look at the image systematically.", "First, assess the image quality and positioning.",
          "Next, I compare both hemithoraces.", "Taking these observations together, the answer follows.",
          "This pattern is important for the final answer.", "I will now review the mediastinum and the hila."]


def _sentence(rng: random.Random) -> str:
    pool = rng.choice([POS, POS, NEG, NEG, HEDGE, NORMAL, FILLER])
    f, g, h = rng.sample(FINDINGS + DEVICES, 3)
    s = rng.choice(pool).format(f=f, g=g, h=h, side=rng.choice(SIDES), size=rng.choice(SIZES),
                                place=rng.choice(PLACES), change=rng.choice(CHANGES))
    s = " ".join(s.split())
    return s[0].upper() + s[1:]


def make_chain(rng: random.Random, words: int = 150) -> str:
    steps, n, k = [], 0, 1
    while n < words - 25:  # a step adds ~10-45 words: stop near the target length
        body = " ".join(_sentence(rng) for _ in range(rng.randint(1, 3)))
        steps.append(f"Step {k}: {body}")
        n += len(body.split())
        k += 1
    return "\n".join(steps)


def make_report(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(4, 7)))


def make_reference(rng: random.Random) -> list[str]:
    """Reference steps: one to three sentences each, four to six steps."""
    return [" ".join(_sentence(rng) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(4, 6))]


class NaiveExtractor:
    """Per-concept regex loop over the same lexicon, with a 5-word NegEx-style negation regex."""

    def __init__(self, verifier: Verifier) -> None:
        syns: dict[str, list[str]] = {}
        for key, (kind, payload, _l, _a) in verifier.lexicon.automaton.items():
            if kind == 0:
                syns.setdefault(payload, []).append(re.escape(key))
        self.patterns = [(cid, re.compile(r"\b(?:" + "|".join(sorted(v, key=len, reverse=True)) + r")\b"))
                         for cid, v in syns.items()]
        self.neg = re.compile(r"\b(?:no|not|without|free of|negative for)\b(?:\W+\w+){0,5}\W*$")
        self.split = re.compile(r"(?<=[.;!?])\s+|\n")

    def extract(self, text: str) -> list[tuple[str, bool]]:
        out = []
        for sent in self.split.split(text.lower()):
            for cid, pat in self.patterns:
                for m in pat.finditer(sent):
                    out.append((cid, bool(self.neg.search(sent[: m.start()]))))
        return out


def _rate(fn, items, repeat: int, batch: int = 200) -> float:
    """Items per CPU-second of this process.

    Timed in batches; each batch keeps its best of ``repeat`` runs (as ``timeit`` does), so a
    burst of load from other processes on a shared machine inflates one run, not the result.
    """
    total = 0.0
    for i in range(0, len(items), batch):
        chunk = items[i:i + batch]
        best = float("inf")
        for _ in range(repeat):
            t0 = time.process_time()
            for it in chunk:
                fn(it)
            best = min(best, time.process_time() - t0)
        total += best
    return len(items) / total


OPTION_POOL = ["Pleural effusion", "Pneumothorax", "Cardiomegaly", "Right lower lobe consolidation",
               "No acute abnormality", "Pulmonary edema", "Hiatal hernia", "Rib fracture"]


def run_command(pairs: list, rng: random.Random) -> tuple[float, float]:
    """Grade ``pairs`` through ``medstep score`` in a subprocess; (wall seconds, chains/s)."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        items, preds = [], []
        for i, (chain, report, reference) in enumerate(pairs):
            opts = rng.sample(OPTION_POOL, 4)
            question = "Which finding is present?\nOptions:\n" + "\n".join(
                f"{letter}) {text}" for letter, text in zip("ABCD", opts))
            items.append({"item_id": f"b{i}", "image_path": [f"images/b{i}.png"], "question": question,
                          "answer": "A", "reason_steps": reference, "original_report": report})
            preds.append({"id": f"b{i}", "output": f"<think>{chain}</think><answer>{rng.choice('ABCD')}</answer>"})
        (root / "bench.json").write_text(json.dumps(items), encoding="utf-8")
        (root / "preds.jsonl").write_text("\n".join(json.dumps(p) for p in preds), encoding="utf-8")
        src = str(Path(__file__).resolve().parents[1] / "src")
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH", "")) if p))
        cmd = [sys.executable, "-m", "medstep.cli", "score", str(root / "preds.jsonl"), "--benchmark", "radrbench",
               "--data", str(root / "bench.json"), "--out", str(root / "run"), "--judge", "verifier", "--no-report"]
        t0 = time.perf_counter()
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
        wall = time.perf_counter() - t0
        if done.returncode != 0:
            raise SystemExit(f"medstep score failed ({done.returncode}):\n{done.stderr[-2000:]}")
        return wall, len(pairs) / wall


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chains", type=int, default=2000)
    ap.add_argument("--words", type=int, default=250, help="target words per chain")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--command", action="store_true", help="also time `medstep score` on the same chains")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    chains = [make_chain(rng, args.words) for _ in range(args.chains)]
    n_prompts = max(1, args.chains // 8)  # 8 rollouts share a prompt's report and reference steps
    reports = [make_report(rng) for _ in range(n_prompts)]
    references = [make_reference(rng) for _ in range(n_prompts)]
    pairs = [(c, reports[i // 8], references[i // 8]) for i, c in enumerate(chains)]
    words = sum(len(c.split()) for c in chains) / len(chains)

    t0 = time.perf_counter()
    verifier = Verifier()
    build = time.perf_counter() - t0
    naive = NaiveExtractor(verifier)
    extract = _rate(verifier.extract_findings, chains, args.repeat)
    full = _rate(lambda p: verifier.verify(p[0], report=p[1], reference=p[2]), pairs, args.repeat)
    base_items = chains[: max(50, len(chains) // 10)]
    base = _rate(naive.extract, base_items, 1)
    print(f"chains: {len(chains)}  mean words/chain: {words:.0f}  lexicon phrases: {verifier.lexicon.n_phrases}"
          f"  build: {build * 1000:.0f} ms")
    print(f"extract  (automaton):        {extract:9.0f} chains/s")
    print(f"verify   (report + reference):  {full:6.0f} chains/s   target >= 2000")
    print(f"baseline (regex per concept): {base:8.0f} chains/s   (extraction only, {len(base_items)} chains)")
    print(f"ratio extract/baseline: {extract / base:.1f}x   verify/baseline: {full / base:.1f}x")
    print(f"2048 rollouts verified in {2048 / full:.2f} s (other agents may load this machine: the ratios are"
          " the robust figures)")
    if args.command:
        wall, rate = run_command(pairs, rng)
        print(f"medstep score (whole command, {len(pairs)} chains, verifier judge, --no-report): {wall:.1f} s wall,"
              f" {rate:.0f} chains/s = {rate / full:.2f}x the library call")


if __name__ == "__main__":
    main()
