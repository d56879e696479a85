"""Record every verifier output over fixed inputs, to prove a speed change left the results alone.

Why: the verifier is optimised for speed (#8, #11, #12) while its grading must not move by a
byte unless the judge version is bumped. This script runs the verifier over a fixed, seeded
input set and writes one JSON line per call with everything a caller can observe: step texts,
roles, clause spans, every finding field (``unit`` and ``source`` included), every verdict with
its rule and evidence contexts, reference units, the decision, the RadRScore counts, the
clinical error score, the typed grade ``medstep score`` stores (``ReasoningScore.to_grade``), report labels,
sentences and NegEx-style span statuses. Compare the file
written before a change with the one written after (``--check``): any difference is a behaviour
change (counted by input file: "0 changed" is the claim a speed change makes). It also checks that a warm
verifier and one in a batch (whole, and of lines only as ``medstep score`` grades) answer as a cold one.

Inputs: the generators of ``bench_verify.py``, ``bench_rewards.py`` and
``bench_score_scale.py`` (seeded; the last also through the ``verifier`` judge, as ``medstep score``
grades), every ``corpus/*_verify.jsonl`` chain (with and without option evidence), the answer-extraction
corpora read as chains (with their questions and options; every ``corpus/*_extract.jsonl`` item also with its
extraction reading), the hand-written extraction cases of
the tests, and, when ``../shared/datasets`` is present, the NegEx kit's sentences and RadJudge's
reports (read at run time only; the output file stays outside the repository).

    python benchmarks/verify_golden.py --out /tmp/golden.jsonl
    python benchmarks/verify_golden.py --check /tmp/golden.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
for p in (ROOT / "src", ROOT / "benchmarks", ROOT / "benchmarks" / "corpus", ROOT / "tests"):
    sys.path.insert(0, str(p))

from medstep.jsontext import dumps  # noqa: E402
from medstep.judges.verifier import ReasoningScore  # noqa: E402
from medstep.verify import PatientContext, Verifier  # noqa: E402
from medstep.verify.findings import Finding  # noqa: E402

_FIELDS = [f.name for f in fields(Finding)]
HOLDOUT = ("retired_blind3_verify.jsonl", "retired_blind3_extract.jsonl")  # counted, never shown


def _finding(f: Finding) -> list:
    return [getattr(f, k).value if hasattr(getattr(f, k), "value") else getattr(f, k) for k in _FIELDS]


def _verification(v: Any) -> dict[str, Any]:
    d = v.to_json()
    d["units"] = [[s.index, [_finding(f) for f in s.findings], [c[:2] + (c[2].value,) + c[3:] for c in s.clauses],
                   s.supported, s.supported_by_reference, s.mentions, s.makes_claim, s.effective] for s in v.steps]
    d["refunits"] = [[u.source, [_finding(f) for f in u.findings], [x.verdict.value for x in u.verdicts],
                      [x.rule for x in u.verdicts]] for u in v.reference_units]
    d["counts"] = [v.factuality_counts(), v.effectiveness_counts(), v.completeness_counts(),
                   v.reference_support_counts(), v.committed, v.observes, v.has_evidence]
    d["contexts"] = [x.contexts() for s in v.steps for x in s.verdicts]
    c = v.clinical
    d["clinical_score"] = None if c is None else repr(c.score)
    d["grade"] = dumps(ReasoningScore.from_verification(v).to_grade())
    return d


def _cases(datasets: Path | None = None) -> Iterator[tuple[str, dict[str, Any], str]]:
    """(kind, kwargs, where the input comes from) for every recorded call."""
    import bench_rewards
    import bench_score_scale
    import bench_verify

    rng = random.Random(0)
    chains = [bench_verify.make_chain(rng, 250) for _ in range(240)]
    reports = [bench_verify.make_report(rng) for _ in range(30)]
    refs = [bench_verify.make_reference(rng) for _ in range(30)]
    for i, c in enumerate(chains):
        yield "verify", {"chain": c, "report": reports[i // 8], "reference": refs[i // 8]}, "bench_verify"
        if i % 4 == 0:
            opts = dict(zip("ABCD", rng.sample(bench_verify.OPTION_POOL, 4)))
            yield "verify", {"chain": c, "report": reports[i // 8], "reference": refs[i // 8], "options": opts,
                             "chosen": rng.choice("ABCD"), "gold": "A", "option_evidence": True,
                             "question": "Which finding is present?\nOptions:\n" + "\n".join(
                                 f"{k}) {t}" for k, t in opts.items())}, "bench_verify"
        if i % 10 == 0:
            yield "verify", {"chain": c, "report": None, "reference": "\n".join(refs[i // 8])}, "bench_verify"
            yield "verify", {"chain": c, "report": reports[i // 8]}, "bench_verify"
    rng = random.Random(1)
    cases = [bench_rewards.case(rng) for _ in range(8)]
    for i in range(80):
        c = cases[i % 8]
        comp = bench_rewards.completion(rng, c)
        chain = comp.split("<think>")[1].split("</think>")[0]
        yield "verify", {"chain": chain, "report": c["report"], "reference": c["reference_steps"],
                         "options": c["options"], "chosen": comp[-10], "gold": "A"}, "bench_rewards"
    rng = random.Random(2)
    for i in range(120):
        rec, pred = bench_score_scale._record(i, rng)
        chain = pred["output"].split("<think>")[1].split("</think>")[0]
        yield "verify", {"chain": chain, "report": rec["original_report"], "reference": rec["reason_steps"],
                         "options": {"A": "Yes", "B": "No"}, "chosen": pred["output"][-10], "gold": "A",
                         "option_evidence": True, "question": rec["question"]}, "bench_score_scale"
    yield "judge", {"n": 300}, "judge"
    for path in sorted((ROOT / "benchmarks" / "corpus").glob("*_verify.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            it = json.loads(line)
            for oe in (False, True):
                yield "verify", {"chain": it["chain"], "report": it.get("report"),
                                 "reference": it.get("reference_steps"), "options": it.get("options"),
                                 "chosen": it.get("chosen"), "gold": it.get("gold"), "option_evidence": oe,
                                 "question": it.get("question")}, path.name
    import items

    for path in (items.DEV, items.HELDOUT, items.HELDOUT2, items.HELDOUT3):
        for it in items.load(path):
            yield "verify", {"chain": it.text, "report": it.text[: len(it.text) // 3] or None,
                             "reference": [it.question], "options": it.options or None,
                             "chosen": it.gold if it.gold in (it.options or {}) else None, "gold": it.gold,
                             "option_evidence": True, "question": it.question}, path.name
            yield "text", {"text": it.text}, path.name
    for path in sorted((ROOT / "benchmarks" / "corpus").glob("*_extract.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            it = json.loads(line)
            opts = it.get("options") or None
            yield "verify", {"chain": it["text"], "report": None, "reference": [it["question"]], "options": opts,
                             "option_evidence": bool(opts), "question": it["question"]}, path.name
            yield "text", {"text": it["text"]}, path.name
            yield "reading", it, path.name
    from support.verify_cases import CASES

    for sentence, _ in CASES:
        yield "text", {"text": sentence}, "verify_cases"
    shared = datasets or next((d for d in (ROOT / ".." / "shared" / "datasets",
                                           ROOT.parents[1] / "shared" / "datasets") if d.is_dir()), ROOT / "shared")
    if (shared / "negex").is_dir():
        import bench_verify_gold

        mentions, _ = bench_verify_gold.load_negex(shared / "negex")
        for m in mentions:
            yield "span", {"text": m.sentence, "spans": [(m.start, m.end)]}, "negex"
    if (shared / "radjudge").is_dir():
        for path in sorted((shared / "radjudge").glob("*.json")):
            for cat in json.loads(path.read_text(encoding="utf-8")):
                for case in cat.get("tests", []):
                    for c in case["candidates"].values():
                        yield "compare", {"prediction": c["text"], "truth": case["ground_truth"],
                                          "context": c.get("context")}, "radjudge"


def _judged(n: int) -> dict[str, Any]:
    """``n`` samples of ``bench_score_scale`` loaded and graded as ``medstep score --judge verifier`` grades them
    (the loader, the answer extraction, ``VerifierJudge.grade`` in its batch), each grade as the run stores it."""
    import tempfile

    import bench_score_scale
    from medstep.datasets import load_benchmark
    from medstep.datasets.base import LoadOptions
    from medstep.extract import extract
    from medstep.judges.base import JudgeContext, JudgeItem
    from medstep.judges.verifier import VerifierJudge
    from medstep.pipeline import read_predictions

    with tempfile.TemporaryDirectory() as tmp:
        data, preds = bench_score_scale.write_inputs(n, Path(tmp))
        samples = load_benchmark("radrbench", data, LoadOptions(check_images=False)).samples
        outputs = read_predictions(preds)
    items = []
    for s in samples:
        e = extract(outputs[s.id].text, s)
        items.append(JudgeItem(sample=s, output=outputs[s.id].text, reasoning=e.reasoning, answer=e.answer))
    grades = VerifierJudge().grade(items, JudgeContext())
    return {k: dumps(g) for k, g in grades.items()}


def _reading(it: dict[str, Any]) -> list[Any]:
    """The answer extraction's reading of one ``*_extract.jsonl`` item (answer, status, rule)."""
    from medstep.extract import extract
    from medstep.types import AnswerType, Sample

    label = it.get("label")
    gold = label if label not in (None, "ambiguous", "refused", "truncated", "unparsed") else (
        "yes" if it["answer_type"] == "closed" else "x")
    s = Sample(id=it["id"], question=it["question"], answer=gold, answer_type=AnswerType(it["answer_type"]),
               options=it.get("options") or {})
    e = extract(it["text"], s)
    return [e.answer, str(e.status), e.rule]


def record(ver: Verifier, kind: str, kw: dict[str, Any]) -> dict[str, Any]:
    """Everything observable about one call."""
    if kind == "judge":
        return _judged(kw["n"])
    if kind == "verify":
        return _verification(ver.verify(**kw))
    if kind == "text":
        t = kw["text"]
        return {"findings": [_finding(f) for f in ver.extract_findings(t)],
                "sentences": [[s.start, s.end, s.role.value, s.claims, s.mentions] for s in
                              ver.extractor.sentences(t)],
                "labels": {k: (v.value if v else None) for k, v in ver.report_labels(t).items()},
                "segments": [[_finding(f) for f in seg] for seg in ver.extractor.extract_segments(
                    t, sorted({0, len(t) // 2, len(t) // 3}), claims_only=True)]}
    if kind == "reading":
        return _reading(kw)
    if kind == "span":
        return {"status": [[s.polarity.value, s.asserted, s.role.value, s.trigger]
                           for s in ver.extractor.span_status(kw["text"], kw["spans"])]}
    ctx = PatientContext.from_mapping(kw["context"])
    return {"clinical": ver.compare_reports(kw["prediction"], kw["truth"], ctx).to_json()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--out", type=Path, help="write the records here")
    g.add_argument("--check", type=Path, help="compare with a file written by --out")
    ap.add_argument("--datasets", type=Path, help="folder holding negex/ and radjudge/ (default: ../shared/datasets)")
    ap.add_argument("--hash-seed", default="0", help="PYTHONHASHSEED to run under: record with one seed and check "
                    "with another to prove the outputs do not depend on string hashing (set order)")
    ns = ap.parse_args()
    if os.environ.get("PYTHONHASHSEED") != ns.hash_seed:
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": ns.hash_seed})
    ver = Verifier()
    cases = list(_cases(ns.datasets))
    where = [w for _k, _kw, w in cases]
    lines = [json.dumps({"kind": k, "out": record(ver, k, kw)}, sort_keys=True, default=str) for k, kw, _w in cases]
    digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]
    failed = False
    if ns.out:
        ns.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(lines)} records, sha256 {digest} -> {ns.out}")
    else:
        want = ns.check.read_text(encoding="utf-8").splitlines()
        failed = not _same(want, lines, where, f"records differ from {ns.check}")
        if not failed:
            print(f"identical: {len(lines)} records (0 changed), sha256 {digest}; by input: "
                  + ", ".join(f"{w} {n}" for w, n in sorted(Counter(where).items())))
    # a second pass over the same verifier: caches must give the same answers as a cold start; then a batch
    # (segment memo, clauses.py) on a fresh verifier, whole (the rewards) and of lines only (``medstep score``)
    again = [json.dumps({"kind": k, "out": record(ver, k, kw)}, sort_keys=True, default=str) for k, kw, _w in cases]
    failed |= not _same(lines, again, where, "a warm verifier differs from a cold one")
    for lines_only in (False, True):
        batch = Verifier()
        with batch.batch(lines_only):
            memoised = [json.dumps({"kind": k, "out": record(batch, k, kw)}, sort_keys=True, default=str)
                        for k, kw, _w in cases]
        failed |= not _same(lines, memoised, where, f"a verifier in a batch (lines_only={lines_only}) differs from "
                            "one without")
    if failed:
        raise SystemExit(1)


def _same(want: list[str], got: list[str], where: list[str], what: str) -> bool:
    """Whether ``got`` equals ``want``; else prints how many records differ, by input, and the first (not a
    holdout's: its text is never shown, only counted)."""
    diff = [i for i, (a, b) in enumerate(zip(want, got)) if a != b]
    if len(want) == len(got) and not diff:
        return True
    changed = Counter(where[i] for i in diff)
    print(f"DIFFERENT: {what}: {len(diff)} of {len(got)} records (lengths {len(want)} vs {len(got)}); by input: "
          + ", ".join(f"{w} {n}" for w, n in sorted(changed.items())))
    i = diff[0] if diff else min(len(want), len(got))
    if i < len(where) and where[i] not in HOLDOUT:
        print(f"first at {i} ({where[i]}):\n- {want[i][:1500] if i < len(want) else ''}\n"
              f"+ {got[i][:1500] if i < len(got) else ''}")
    return False


if __name__ == "__main__":
    main()
