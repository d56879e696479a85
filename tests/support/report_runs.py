"""Synthetic run directories for the report / compare tests, written through the real RunStore API.

Each sample's outcome is chosen by the test (``correct`` / ``wrong`` /
``unparsed`` / ``failed``), and the summary is *computed* from those outcomes
here (plain means and Wilson intervals), so the tests can check that the
pages show what the run holds. Images are tiny PIL drawings made at test
time; question texts are invented for these tests.
"""

from __future__ import annotations

import io
import math
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from medstep.store import RunMeta, RunStore
from medstep.types import AnswerType, Extraction, Generation, ImageRef, Sample, SampleScore, Status

MODALITIES = ("CT", "MRI", "X-Ray")
ORGANS = ("chest", "abdomen", "head", "pelvis")
OUTCOMES = ("correct", "wrong", "unparsed", "failed")


def png_bytes(seed: int, size: int = 48) -> bytes:
    """A small distinct test picture: a grey square with a shape whose position depends on ``seed``."""
    from PIL import Image, ImageDraw

    im = Image.new("RGB", (size, size), (30 + seed * 37 % 120, 30, 30))
    d = ImageDraw.Draw(im)
    x = 4 + (seed * 11) % (size - 20)
    d.ellipse([x, 8, x + 14, 22], fill=(220, 220, 220))
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    return buf.getvalue()


def random_outcomes(n: int, p_correct: float, seed: int, *, failed: int = 0, unparsed: int = 0) -> list[str]:
    """``n`` outcomes: the first ``failed`` failed, the next ``unparsed`` unparsed, the rest random."""
    rng = np.random.default_rng(seed)
    out = ["failed"] * failed + ["unparsed"] * unparsed
    out += ["correct" if x else "wrong" for x in rng.random(n - len(out)) < p_correct]
    return out


def _sample(i: int, benchmark: str, split: str, images: Sequence[bytes]) -> Sample:
    cats = {"modality": MODALITIES[i % 3], "organ": ORGANS[i % 4]}
    if i % 10 == 9:
        del cats["organ"]  # real benchmarks leave fields empty: the report must cope
    img = (ImageRef(data=images[i % len(images)], name=f"img{i % len(images)}.png"),) if images else ()
    kind = i % 3
    if kind == 0:
        return Sample(id=f"s{i:05d}", question=f"Is a pleural effusion visible in case {i}?", answer="yes",
                      answer_type=AnswerType.CLOSED, images=img, categories=cats, benchmark=benchmark, split=split)
    if kind == 1:
        return Sample(id=f"s{i:05d}", question=f"Which side shows the opacity in case {i}?", answer="left lung",
                      answer_type=AnswerType.OPEN, images=img, categories=cats, benchmark=benchmark, split=split)
    opts = {"A": "Pneumothorax", "B": "Consolidation", "C": "Cardiomegaly", "D": "Normal study"}
    return Sample(id=f"s{i:05d}", question=f"What is the main finding in case {i}?", answer="B",
                  answer_type=AnswerType.CHOICE, images=img, options=opts, categories=cats,
                  benchmark=benchmark, split=split, answer_text="Consolidation")


WRONG = {AnswerType.CLOSED: "no", AnswerType.OPEN: "right lung", AnswerType.CHOICE: "D"}

# Step records in both shapes the report must read: the verifier's (``findings`` found in the
# step plus ``verdicts`` with lists of evidence spans) and a flat one (verdict and evidence on
# the finding itself).
STEPS = (
    ("The image is a frontal chest view.", "neutral", {"findings": [], "verdicts": []}),
    ("There is blunting of the left costophrenic angle.", "supported",
     {"findings": [{"concept": "pleural effusion", "polarity": "present", "verdict": "supported",
                    "evidence": "small left pleural effusion", "rule": "synonym"}]}),
    ("The heart size is enlarged.", "contradicted",
     {"findings": [{"concept": "cardiomegaly", "name": "Cardiomegaly", "polarity": "present", "span": [4, 14]}],
      "verdicts": [{"concept": "cardiomegaly", "polarity": "present", "verdict": "contradicted",
                    "consistent": False, "rule": "negation",
                    "evidence": [{"source": "report", "text": "heart size", "span": [0, 10],
                                  "context": "The heart size is normal.", "polarity": "absent"}]}]}),
    ("A subtle nodule may be present.", "unverifiable",
     {"findings": [{"concept": "nodule", "polarity": "uncertain", "verdict": "unverifiable", "evidence": None,
                    "rule": "absent"}]}),
)


def _reasoning(i: int, judge: str) -> dict[str, Any]:
    text = "\n".join(s[0] for s in STEPS)
    if judge == "none":
        return {"text": text}
    steps = [{"text": t, "verdict": v, **extra} for t, v, extra in STEPS[: 2 + i % 3]]
    supported = sum(s["verdict"] == "supported" for s in steps)
    contra = sum(s["verdict"] == "contradicted" for s in steps)
    return {"text": text, "completeness": (i % 5) / 4, "factuality": supported / max(supported + contra, 1),
            "effectiveness": supported / len(steps), "radrscore": None if i % 7 == 0 else (i % 4) / 3, "steps": steps}


def wilson(k: int, n: int) -> tuple[float, float]:
    if n == 0:
        return (0.0, 0.0)
    z = 1.959964
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (centre - half, centre + half)


def _acc(flags: list[bool]) -> dict[str, Any]:
    k, n = sum(flags), len(flags)
    return {"value": k / n if n else None, "ci95": list(wilson(k, n)) if n else None, "n": n}


@dataclass(frozen=True)
class MadeRun:
    run_dir: Path
    samples: list[Sample]
    outcomes: list[str]
    summary: dict[str, Any]


def make_run(
    run_dir: Path,
    outcomes: Sequence[str],
    *,
    model: str = "openai:tiny-a",
    benchmark: str = "radrbench",
    split: str = "test",
    judge: str = "verifier",
    n_images: int = 3,
    question_override: dict[int, str] | None = None,
) -> MadeRun:
    """Write a complete run directory (store, results, summary) with the given per-sample outcomes."""
    images = [png_bytes(k) for k in range(n_images)]
    samples = [_sample(i, benchmark, split, images) for i in range(len(outcomes))]
    for i, q in (question_override or {}).items():
        s = samples[i]
        samples[i] = Sample(**{**s.__dict__, "question": q})
    meta = RunMeta(benchmark=benchmark, split=split, model=model, mode="cot", judge=judge, data="synthetic",
                   created="2026-11-25T15:00:00+00:00", medstep_version="0.1.0", settings={"max_tokens": 256})
    store = RunStore.create(run_dir, meta)
    rows = []
    flags: dict[str, list[bool]] = defaultdict(list)
    by_cat: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    reasonings = []
    try:
        store.put_samples(samples)
        for i, (s, oc) in enumerate(zip(samples, outcomes)):
            assert oc in OUTCOMES, oc
            key = f"k-{model}-{s.id}"
            reasoning = _reasoning(i, judge)
            think = reasoning["text"]
            if oc == "failed":
                gen = Generation(text="", error="HTTP 500 after 4 retries")
                store.put_generation(key, s.id, s.question, gen)
                rows.append((s.id, key, None, SampleScore(s.id, Status.FAILED, None), {"text": ""}))
                continue
            answer = s.answer if oc == "correct" else WRONG[s.answer_type]
            if oc == "unparsed":
                gen = Generation(text=f"<think>{think}</think> I cannot decide.")
                ex = Extraction(answer=None, rule="unparsed", reasoning=think)
                sc = SampleScore(s.id, Status.UNPARSED, False)
            else:
                gen = Generation(text=f"<think>{think}</think><answer>{answer}</answer>")
                ex = Extraction(answer=answer, rule="answer_tag", reasoning=think)
                sc = SampleScore(s.id, Status.SCORED, oc == "correct")
            store.put_generation(key, s.id, s.question, gen)
            rows.append((s.id, key, ex, sc, reasoning))
            flags["all"].append(bool(sc.correct))
            flags[s.answer_type.value].append(bool(sc.correct))
            for f, v in s.categories.items():
                by_cat[f][v].append(bool(sc.correct))
            reasonings.append(reasoning)
        store.put_results(rows)
        summary = {
            "benchmark": benchmark, "split": split, "model": model, "mode": "cot", "judge": judge,
            "n": len(samples), "created": meta.created, "medstep_version": "0.1.0",
            "outcome": {
                "n": len(samples),
                "accuracy": _acc(flags["all"]),
                "closed": {"accuracy": _acc(flags["closed"])},
                "open": {"accuracy": _acc(flags["open"]), "exact": _acc(flags["open"]),
                         "recall": _acc(flags["open"]), "f1": _acc(flags["open"])},
                "choice": {"accuracy": _acc(flags["choice"])},
                "unparsed": sum(o == "unparsed" for o in outcomes),
                "failed": sum(o == "failed" for o in outcomes),
                "by_category": {f: {v: {"accuracy": _acc(fl), "n": len(fl)} for v, fl in groups.items()}
                                for f, groups in by_cat.items()},
            },
        }
        if judge != "none":
            summary["reasoning"] = {"n": len(reasonings)}
            for name in ("completeness", "factuality", "effectiveness", "radrscore"):
                vals = [r[name] for r in reasonings if r.get(name) is not None]
                summary["reasoning"][name] = {"value": float(np.mean(vals)) if vals else None,
                                              "ci95": [min(vals), max(vals)] if vals else None, "n": len(vals)}
            summary["reasoning"]["zero_denominator"] = {"radrscore": sum(r.get("radrscore") is None for r in reasonings)}
            summary["reasoning"]["most_contradicted"] = [{"concept": "cardiomegaly", "count": 3}]
        store.write_summary(summary)
    finally:
        store.close()
    return MadeRun(run_dir=run_dir, samples=samples, outcomes=list(outcomes), summary=summary)


def make_pair(root: Path, a: Sequence[str], b: Sequence[str]) -> tuple[Path, Path]:
    """Two runs of the same samples by two models (``root/a``, ``root/b``), for paired comparisons."""
    make_run(root / "a", a, model="openai:tiny-a")
    make_run(root / "b", b, model="openai:tiny-b")
    return root / "a", root / "b"
