"""Reward throughput on one core: format + accuracy + process (medstep) beside a RadEval-style BLEU.

What a GRPO step costs: 2,048 rollouts of about 250 words each (a chest
X-ray reasoning chain in ``<think>`` and a choice answer), each with the
case's report and reference steps, rewarded by ``format_reward``,
``accuracy_reward`` and ``reasoning_reward`` (the clinical verifier's
RadRScore). Beside it, in the same process on the same texts, the n-gram
metric report-generation toolkits expose as a reward: sentence BLEU-4
against the report (written here: lowercase word tokens, clipped n-gram
precisions 1-4, brevity penalty, +1 smoothing of the higher orders as
RadEval's default BLEU does). The printed ratio is robust to machine load;
the absolute rates are not (other processes share these cores).

Also printed: the negation flip that n-gram metrics miss. "No pleural
effusion." and "Pleural effusion." share every bigram but one; BLEU scores
them close together, the process reward tells them apart.

    flock /tmp/medstep-bench.lock python benchmarks/bench_rewards.py [--n 2048] [--repeat 3]
"""

from __future__ import annotations

import argparse
import math
import os
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from medstep.rewards import (  # noqa: E402
    accuracy_reward, clinical_reward, format_reward, length_penalty, memo, perception_reward, reasoning_reward,
    repetition_penalty,
)

_WORD = re.compile(r"\w+")

# -- a RadEval-style sentence BLEU-4 (ours) ---------------------------------------------------


def _grams(words: list[str], n: int) -> Counter:
    return Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def bleu4(candidate: str, reference: str) -> float:
    """Sentence BLEU-4 with brevity penalty; orders 2-4 smoothed by +1 (Lin and Och's smoothing)."""
    cand = _WORD.findall(candidate.lower())
    ref = _WORD.findall(reference.lower())
    if not cand or not ref:
        return 0.0
    logs = 0.0
    for n in range(1, 5):
        c, r = _grams(cand, n), _grams(ref, n)
        hits = sum(min(k, r[g]) for g, k in c.items())
        total = max(len(cand) - n + 1, 0)
        if n == 1:
            if hits == 0:
                return 0.0
            logs += math.log(hits / total)
        else:
            logs += math.log((hits + 1) / (total + 1))
    bp = 1.0 if len(cand) > len(ref) else math.exp(1 - len(ref) / len(cand))
    return bp * math.exp(logs / 4)


def bleu_reward(prompts, completions, *, report, **columns) -> list[float]:
    return [bleu4(c, r or "") for c, r in zip(completions, report)]


# -- 250-word completions (our own phrase bank) ------------------------------------------------

FINDINGS = [
    ("a small left pleural effusion", "Small left pleural effusion."),
    ("a right upper lobe consolidation", "Right upper lobe consolidation."),
    ("mild cardiomegaly", "Mild cardiomegaly."),
    ("a moderate right pneumothorax", "Moderate right pneumothorax."),
    ("pulmonary edema", "Interstitial pulmonary edema."),
    ("a left lower lobe atelectasis", "Left lower lobe atelectasis."),
]
NEGATIVES = ["There is no pneumothorax.", "No focal consolidation is seen.", "The heart size is normal.",
             "There is no pleural effusion.", "No acute bony abnormality is seen."]
FILLER = [
    "The projection is frontal and the patient is adequately inspired.",
    "The trachea is midline and the mediastinal contours are preserved.",
    "The costophrenic angles are assessed on both sides in turn.",
    "The lung fields are compared from apex to base for asymmetry.",
    "The hila are of normal size and position for this projection.",
    "Support devices are looked for and none project over the chest.",
    "The diaphragm is smooth and sits at the expected level.",
    "The soft tissues and the visible bones are reviewed for lesions.",
]


def case(rng: random.Random) -> dict:
    (finding, sentence), other = rng.sample(FINDINGS, 2)
    report = " ".join([sentence, *rng.sample(NEGATIVES, 3)])
    steps = [f"The image shows {finding}.", "The other lung is clear.", f"This is most consistent with {finding}."]
    options = {"A": finding.capitalize(), "B": other[0].capitalize(), "C": "No acute abnormality"}
    return {"report": report, "reference_steps": steps, "options": options, "answer": "A"}


def completion(rng: random.Random, c: dict, words: int = 250) -> str:
    lines: list[str] = []
    picks = [c["reference_steps"][0], rng.choice(NEGATIVES), *rng.sample(FILLER, 3)]
    while sum(len(x.split()) for x in lines) < words - 20:
        lines.append(picks[len(lines) % len(picks)] if len(lines) < len(picks) else rng.choice(FILLER + NEGATIVES))
    lines.append(c["reference_steps"][-1])
    answer = rng.choice(["A", "A", "A", "B", "C"])
    return "<think>" + "\n".join(lines) + "</think><answer>" + answer + "</answer>"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=2048, help="completions per batch (one GRPO step)")
    ap.add_argument("--repeat", type=int, default=3, help="timed batches; the best is reported")
    ns = ap.parse_args()
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    except (AttributeError, OSError):
        pass
    rng = random.Random(0)
    cases = [case(rng) for _ in range(64)]
    rows = [cases[i % len(cases)] for i in range(ns.n)]
    completions = [completion(rng, r) for r in rows]
    columns = {k: [r[k] for r in rows] for k in ("report", "reference_steps", "options", "answer")}
    mean_words = sum(len(c.split()) for c in completions) / len(completions)

    def medstep_rewards() -> None:
        format_reward(None, completions, **columns)
        accuracy_reward(None, completions, **columns)
        reasoning_reward(None, completions, **columns)

    def with_clinical() -> None:
        medstep_rewards()
        clinical_reward(None, completions, **columns)  # shares the process reward's verification (memo)

    def everything() -> None:
        with_clinical()
        perception_reward(None, completions, **columns)
        length_penalty(None, completions)
        repetition_penalty(None, completions)

    def bleu() -> None:
        bleu_reward(None, completions, **columns)

    def best(fn) -> float:
        fn()  # warm the lexicon and the evidence of the 64 reports (a training run reuses them too)
        times = []
        for _ in range(ns.repeat):
            memo.clear()  # every timed batch is new completions: nothing of the previous batch is reused
            t = time.process_time()  # CPU seconds of this process: what one core spends, whatever else runs
            fn()
            times.append(time.process_time() - t)
        return min(times)

    t_med, t_bleu = best(medstep_rewards), best(bleu)
    t_clin, t_all = best(with_clinical), best(everything)
    parts = {name: best(lambda f=f: f(None, completions, **columns))
             for name, f in (("format", format_reward), ("accuracy", accuracy_reward), ("process", reasoning_reward))}
    print(f"{ns.n} completions of {mean_words:.0f} words (report and reference steps each), pinned to one core, "
          "rates per CPU-second of this process (other processes may share the machine: the ratio is the robust "
          "figure)")
    print(f"  format + accuracy + process (medstep): {ns.n / t_med:8.0f} completions/s  ({t_med:.3f} s)")
    for name, t in parts.items():
        print(f"    {name:<9} {ns.n / t:8.0f} completions/s")
    print(f"  + clinical (same verification)       : {ns.n / t_clin:8.0f} completions/s  ({t_clin:.3f} s)")
    print(f"  + clinical, perception, length, repetition: {ns.n / t_all:5.0f} completions/s  ({t_all:.3f} s)")
    print(f"  BLEU-4 vs report (RadEval-style)     : {ns.n / t_bleu:8.0f} completions/s  ({t_bleu:.3f} s)")
    print(f"  ratio medstep / BLEU time: {t_med / t_bleu:.2f}x")
    neg, pos = "No pleural effusion.", "Pleural effusion."
    rep = "Small left pleural effusion. No pneumothorax."
    flip = {text: (bleu4(text, rep), reasoning_reward(None, [f"<think>{text}</think><answer>A</answer>"],
                                                      report=[rep], answer=["A"])[0]) for text in (neg, pos)}
    print("  negation flip against the report " + repr(rep) + ":")
    for text, (b, r) in flip.items():
        print(f"    {text!r:<24} BLEU-4 {b:.3f}   process reward {r}")


if __name__ == "__main__":
    main()
