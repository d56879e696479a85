"""Where a ``medstep score --judge verifier`` sample's time goes once the memos are warm, and how much of it is its
report's: the bound on what composing a report's evidence from its sentences' readings can save (issue #12).

Why: cProfile's figures on this code are flat (no function above ~4%) and its overhead per call distorts a cost
spread over thousands of small calls; a whole-run profile also mixes the warm-up (lexicon, first sentences) with the
steady state a 100,000-sample run lives in. Here ``bench_score_scale.py`` samples are graded as the command's judge
grades them (``score_reasoning`` and the typed grade, in a lines-only verifier batch, the collector paused as
``grading.finalize`` pauses it: only slowed, its collections of the memos' objects landed in whichever phase ran, and
made a new report look ~x1.4 dearer than the command finds it, session 42): ``--warm``
samples first, then ``--n`` new ones timed (their reports new texts of sentences met before), then the same ``--n``
again (every report's evidence now in the memos: only the chain is new). A few phases are timed by wrapping them
(CPU seconds of this process; nested phases overlap, so the shares do not add up): the evidence set (``_evidence``),
the evidence readings of the attribute checks (``apply`` on a report not met before minus on one met before), the
chain's reading and judging (``_steps``), the completeness recall, the typed grade.

    python benchmarks/bench_verify_phases.py [--warm 4000] [--n 2000] [--unique] [--unique-reports] [--readers]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

# (module, class or None, function): the phases timed
PHASES = [("medstep.verify.verifier", "Verifier", "_evidence"), ("medstep.verify.verifier", "Verifier", "_steps"),
          ("medstep.verify.attributes", "AttributeChecks", "apply"), ("medstep.verify.attributes", None, "aligned_errors"),
          ("medstep.verify.verifier", None, "judge_steps"), ("medstep.verify.verifier", None, "recall_units"),
          ("medstep.verify.extract", "Extractor", "analyse"), ("medstep.judges.verifier", "ReasoningScore", "to_grade")]
# ``--readers``: the report's readers one by one as well (a new report's claims, its region, and each evidence reading
# of the attribute checks; wrapped where ``verifier.py`` and ``attributes.py`` call them), to see whether any one of
# them is worth composing from per-sentence readings (session 44: none above ~3% of a sample)
READERS = [("medstep.verify.verifier", "Verifier", "_claims"), ("medstep.verify.verifier", None, "case_region"),
           *[("medstep.verify.attributes", None, name) for name in (
               "evidence_positions", "evidence_descriptors", "pronoun_changes", "head_changes", "later_clause_changes",
               "evidence_sides", "evidence_changes", "evidence_rib_sites", "compares_nothing", "evidence_measures",
               "evidence_depths", "report_sentences")]]


def _timed(fn: Callable, name: str, spent: dict[str, float]) -> Callable:
    clock = time.process_time

    def call(*args, **kwargs):  # type: ignore[no-untyped-def]
        t = clock()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + clock() - t
    return call


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--warm", type=int, default=4000, help="samples graded before timing")
    ap.add_argument("--n", type=int, default=2000, help="samples timed (twice)")
    ap.add_argument("--unique", action="store_true", help="every chain sentence a new text (``bench_score_scale``)")
    ap.add_argument("--unique-reports", action="store_true",
                    help="every report sentence a new text (``bench_score_scale``): no sentence reading is memoised")
    ap.add_argument("--readers", action="store_true", help="time each reader of a new report too (``READERS``)")
    ns = ap.parse_args()
    import importlib

    import bench_score_scale
    from medstep.collector import paused_collections
    from medstep.datasets import load_benchmark
    from medstep.datasets.base import LoadOptions
    from medstep.extract import extract
    from medstep.judges.verifier import score_reasoning
    from medstep.pipeline import read_predictions
    from medstep.verify import default_verifier

    spent: dict[str, float] = {}
    phases = PHASES + (READERS if ns.readers else [])
    for module, owner, name in phases:
        holder = getattr(importlib.import_module(module), owner) if owner else importlib.import_module(module)
        setattr(holder, name, _timed(getattr(holder, name), name, spent))
    with tempfile.TemporaryDirectory() as tmp:
        data, preds = bench_score_scale.write_inputs(ns.warm + ns.n, Path(tmp), ns.unique,
                                                     ns.unique_reports)
        samples = load_benchmark("radrbench", data, LoadOptions(check_images=False)).samples
        outputs = read_predictions(preds)
        pairs = [(s, extract(outputs[s.id].text, s)) for s in samples]
    verifier = default_verifier()

    def grade(chunk: list) -> float:
        spent.clear()
        t = time.process_time()
        for sample, read in chunk:
            score = score_reasoning(sample, read.reasoning, read.answer)
            if score is not None:
                score.to_grade()
        return time.process_time() - t

    rows = []
    with paused_collections(), verifier.batch(lines_only=True):
        grade(pairs[:ns.warm])
        for label in ("reports new", "reports met before"):
            total = grade(pairs[ns.warm:])
            rows.append((label, total, dict(spent)))
    print(f"{ns.n:,} samples after {ns.warm:,} (CPU ms per sample; share of the sample's time)")
    names = [name for _, _, name in phases]
    print(f"{'':22}" + "".join(f"{label:>26}" for label, _, _ in rows))
    print(f"{'whole sample':22}" + "".join(f"{1e3 * t / ns.n:>18.3f} (100%)" for _, t, _ in rows))
    for name in names:
        cells = "".join(f"{1e3 * s.get(name, 0) / ns.n:>17.3f} ({100 * s.get(name, 0) / t:3.0f}%)" for _, t, s in rows)
        print(f"{name:22}{cells}")
    new, known = rows[0][1], rows[1][1]
    print(f"a report met before saves {100 * (1 - known / new):.0f}% of a sample: composing a new report's evidence "
          f"from its sentences can save at most that (x{new / known:.2f})")


if __name__ == "__main__":
    main()
