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
from typing import Sequence

import numpy as np

from medstep.store import RunMeta, RunStore
from medstep.results import (
    CategoryOutcome, Check, Evidence, GradeStatus, JudgeInfo, JudgeKind, JudgeSummary, Metric, OutcomeSummary,
    Reasoning, ReasoningGrade, RunSummary, StepGrade, TypeOutcome,
)
from medstep.types import AnswerType, Extraction, Generation, ImageRef, Mode, Sample, SampleScore, Status
from medstep.verify import Verdict

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

# Steps with typed verdicts, checks and evidence, as a judge records them.
STEPS = (
    StepGrade(0, "The image is a frontal chest view.", Verdict.NEUTRAL, makes_claim=False, effective=False),
    StepGrade(1, "There is blunting of the left costophrenic angle.", Verdict.SUPPORTED, True, True,
              (Check("pleural effusion (present)", Verdict.SUPPORTED, "synonym",
                     (Evidence("report", "small left pleural effusion"),)),)),
    StepGrade(2, "The heart size is enlarged.", Verdict.CONTRADICTED, True, False,
              (Check("cardiomegaly (present)", Verdict.CONTRADICTED, "negation",
                     (Evidence("report", "The heart size is normal."),)),)),
    StepGrade(3, "A subtle nodule may be present.", Verdict.UNVERIFIABLE, True, False,
              (Check("nodule (uncertain)", Verdict.UNVERIFIABLE, "silent-present"),)),
)
JUDGE = JudgeInfo(label="verifier", protocol="verifier", kind=JudgeKind.EMBEDDED, version="1",
                  metrics=("completeness", "factuality", "effectiveness", "radrscore"))


def _reasoning(i: int, judge: str) -> Reasoning:
    text = "\n".join(s.text for s in STEPS)
    if judge == "none":
        return Reasoning(text=text)
    steps = STEPS[: 2 + i % 3]
    supported = sum(s.verdict is Verdict.SUPPORTED for s in steps)
    contra = sum(s.verdict is Verdict.CONTRADICTED for s in steps)
    metrics = {"completeness": (i % 5) / 4, "factuality": supported / max(supported + contra, 1),
               "effectiveness": supported / len(steps), "radrscore": None if i % 7 == 0 else (i % 4) / 3}
    labels = {"contradicted": ("cardiomegaly",)} if contra else {}
    return Reasoning(text=text, grades={JUDGE.label: ReasoningGrade(GradeStatus.GRADED, metrics, steps, labels)})


def wilson(k: int, n: int) -> tuple[float, float]:
    if n == 0:
        return (0.0, 0.0)
    z = 1.959964
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (centre - half, centre + half)


def _acc(flags: list[bool]) -> Metric:
    k, n = sum(flags), len(flags)
    return Metric(value=k / n if n else None, ci95=wilson(k, n) if n else None, n=n)


@dataclass(frozen=True)
class MadeRun:
    run_dir: Path
    samples: list[Sample]
    outcomes: list[str]
    summary: RunSummary


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
    meta = RunMeta(benchmark=benchmark, split=split, model=model, mode=Mode.COT, data="synthetic",
                   created="2026-11-25T15:00:00+00:00", medstep_version="0.1.0", settings={"max_tokens": 256})
    store = RunStore.create(run_dir, meta)
    rows = []
    flags: dict[str, list[bool]] = defaultdict(list)
    by_cat: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    cat_n: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    reasonings = []
    try:
        store.put_samples(samples)
        for i, (s, oc) in enumerate(zip(samples, outcomes)):
            assert oc in OUTCOMES, oc
            key = f"k-{model}-{s.id}"
            reasoning = _reasoning(i, judge)
            think = reasoning.text
            for f, v in s.categories.items():
                cat_n[f][v] += 1
            if oc == "failed":
                gen = Generation(text="", error="HTTP 500 after 4 retries")
                store.put_generation(key, s.id, s.question, gen)
                rows.append((s.id, key, None, SampleScore(s.id, Status.FAILED, None), Reasoning(text="")))
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
        open_acc = _acc(flags["open"])
        outcome = OutcomeSummary(
            n=len(samples), accuracy=_acc(flags["all"]),
            statuses={Status.SCORED: sum(o in ("correct", "wrong") for o in outcomes),
                      Status.UNPARSED: sum(o == "unparsed" for o in outcomes),
                      Status.FAILED: sum(o == "failed" for o in outcomes)},
            by_type={AnswerType.CLOSED: TypeOutcome(_acc(flags["closed"])),
                     AnswerType.OPEN: TypeOutcome(open_acc, open_acc, open_acc, open_acc),
                     AnswerType.CHOICE: TypeOutcome(_acc(flags["choice"]))},
            by_category={f: {v: CategoryOutcome(_acc(by_cat[f][v]), n) for v, n in groups.items()}
                         for f, groups in cat_n.items()},
        )
        judges = {}
        if judge != "none":
            grades = [r.grades[JUDGE.label] for r in reasonings]
            metrics = {}
            for name in JUDGE.metrics:
                vals = [g.metrics[name] for g in grades if g.metrics[name] is not None]
                metrics[name] = Metric(float(np.mean(vals)) if vals else None,
                                       (min(vals), max(vals)) if vals else None, len(vals), len(grades) - len(vals))
            judges[JUDGE.label] = JudgeSummary(
                JUDGE, n=len(grades), statuses={GradeStatus.GRADED: len(grades)}, metrics=metrics,
                tallies={"contradicted": (("cardiomegaly", 3),)})
        summary = RunSummary(benchmark=benchmark, split=split, model=model, mode=Mode.COT, n=len(samples),
                             outcome=outcome, judges=judges, created=meta.created, medstep_version="0.1.0")
        store.write_summary(summary)
    finally:
        store.close()
    return MadeRun(run_dir=run_dir, samples=samples, outcomes=list(outcomes), summary=summary)


def make_pair(root: Path, a: Sequence[str], b: Sequence[str]) -> tuple[Path, Path]:
    """Two runs of the same samples by two models (``root/a``, ``root/b``), for paired comparisons."""
    make_run(root / "a", a, model="openai:tiny-a")
    make_run(root / "b", b, model="openai:tiny-b")
    return root / "a", root / "b"
