"""Red-team check of the answer extractor and the clinical verifier on text they were not tuned on.

Part A reads ``corpus/redteam_extract.jsonl``: outputs written by hand, one by one,
after the extractor was built and without reading its corpus, rules or tests
(see ``corpus/README.md``), each labelled with what a careful human reader
would take as the answer, or ``ambiguous`` / ``refused`` / ``truncated`` /
``unparsed``. It runs :func:`medstep.extract.extract` on every item and grades
the result against the label with medstep's own grader
(:func:`medstep.score.outcome.grade`, the label as the gold), so a verdict
the grader cannot compare (an English "Yes" against a gold 是) counts as the
user would see it. The worst failure is a *wrong parse*: a clear label and a
different parsed answer. A *false decision* is a parsed answer where the
reader sees none. Open answers are graded apart (exact match and token
recall), since a sentence holding the right answer is not a misreading.
Items of batch ``blind`` were written before the extractor was first run on
them; batch ``probe`` (ids ``rt-n*``) was written afterwards to size the
failure classes the first run showed, so the ``blind`` row is the unbiased
estimate.

A ``last-letter`` row runs the common eval-script heuristic (the last
standalone option letter or yes/no word, never declining) on the same items
and grader, as the baseline beside medstep.

It also checks that extraction does not depend on the gold answer (the same
text read with two different golds of the same language must give the same
result) and counts the closed items whose reading changes with the gold's
language (English gold vs 是/否).

Part B reads ``corpus/redteam_verify.jsonl``: six hand-written chest X-ray
cases (report, reference steps, options, gold), each with chains of known
quality: tier 3 faithful (a good chain, a paraphrase of the report), tier 2
one clinical error (laterality, a negation flip, a distractor stated as fact),
tier 1 gaming or refusal (options restated, every label named, everything
hedged, a refusal; three ``probe`` chains, v46-v48, were added after the
first run). Every chain is scored with :func:`medstep.verify.verify`
(RadRBench convention: options, the chosen letter, gold option as evidence),
and unless ``--no-cli`` also through ``medstep score`` on a RadRBench-style
file written to a temporary folder; the two must agree. Within a case, a
chain of a lower tier scoring above one of a higher tier is an *inversion*;
each is printed with its numbers. The same pair counts are printed for a token-F1 baseline
(the chain against the reference steps), computed in the same run.

    python benchmarks/bench_redteam.py [--no-cli] [--failures] [--quiet] [--extract PATH] [--verify PATH] [--dev-sets]

``--extract`` / ``--verify`` point either part at another file in the same
schema (a later blind set kept outside the repo), so a set the extractor or
verifier was tuned on need not be the one that measures them; the defaults
are the two files above. ``--dev-sets`` adds part B on the development sets (red-team 2, gaming,
one-error, second one-error), whose tiers the verifier's later rules were written against.

Offline, deterministic, a few seconds on one core.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from medstep.answers import token_f1
from medstep.extract import extract
from medstep.judges.verifier import ReasoningScore
from medstep.score.outcome import grade
from medstep.types import AnswerType, Extraction, Generation, Sample
from medstep.verify import verify

CORPUS = Path(__file__).resolve().parent / "corpus"
NO_ANSWER = ("ambiguous", "refused", "truncated", "unparsed")
# verification sets the verifier's rules were developed on (corpus/README.md), reported with --dev-sets
DEV_SETS = ("redteam2_verify.jsonl", "gaming_dev_verify.jsonl", "onerror_dev_verify.jsonl", "onerror_dev2_verify.jsonl",
            "onerror_dev3_verify.jsonl", "retired_blind2_verify.jsonl", "retired_blind3_verify.jsonl", "retired_blind4_verify.jsonl",
            "retired_blind5_verify.jsonl", "retired_blind8_verify.jsonl", "retired_blind9_verify.jsonl",
            "retired_blind10_verify.jsonl", "fresh12_verify.jsonl", "retired_blind11_verify.jsonl",
            "fresh13_verify.jsonl", "retired_blind12_verify.jsonl",
            "retired_blind13_verify.jsonl", "fresh14_verify.jsonl",
            "retired_blind14_verify.jsonl", "retired_blind15_verify.jsonl",
            "retired_blind16_verify.jsonl", "retired_blind17_verify.jsonl",
            "retired_blind18_verify.jsonl", "retired_blind20_verify.jsonl",
            "retired_blind21_verify.jsonl", "retired_blind22_verify.jsonl", "retired_blind23_verify.jsonl",
            "fresh25_verify.jsonl", "retired_blind24_verify.jsonl", "retired_blind25_verify.jsonl")
METRICS = ("radrscore", "completeness", "factuality", "effectiveness", "clinical")


def _is_zh(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _placeholder_gold(item: dict) -> str:
    """A gold for items whose label is a no-answer status; extraction must not depend on it."""
    if item["answer_type"] == "choice":
        return sorted(item["options"])[0]
    if item["answer_type"] == "closed":
        return "是" if _is_zh(item["question"]) else "yes"
    return "none"


def _sample(item: dict, gold: str) -> Sample:
    return Sample(id=item["id"], question=item["question"], answer=gold,
                  answer_type=AnswerType(item["answer_type"]), options=dict(item["options"]))


def _other_gold(item: dict, gold: str) -> str | None:
    """A different gold of the same kind and language, for the gold-independence check."""
    if item["answer_type"] == "choice":
        return next(k for k in sorted(item["options"]) if k != gold)
    if item["answer_type"] == "closed":
        return {"yes": "no", "no": "yes", "是": "否", "否": "是"}[gold]
    return None


@dataclass(frozen=True)
class ItemResult:
    item: dict
    extraction: Extraction
    outcome: str  # ok | wrong_parse | unparsed_clear | false_decision | status_mismatch | open_inexact
    recall: float | None = None


_LETTER = re.compile(r"\b([A-H])\b")
_VERDICT = re.compile(r"(?i)\b(yes|no)\b|(是|否)")


def last_letter(text: str, sample: Sample) -> Extraction:
    """Baseline (as in ``bench_extract.py``): the last standalone option letter, the last yes/no (是/否) word, or
    the whole text of an open answer; it never declines."""
    if sample.answer_type is AnswerType.CHOICE:
        found = [m.group(1) for m in _LETTER.finditer(text) if m.group(1) in sample.options]
        return Extraction(found[-1], "last_letter") if found else Extraction(None, "unparsed")
    if sample.answer_type is AnswerType.CLOSED:
        words = [(m.group(1) or m.group(2)).lower() for m in _VERDICT.finditer(text)]
        return Extraction(words[-1], "last_letter") if words else Extraction(None, "unparsed")
    return Extraction(text.strip(), "last_letter") if text.strip() else Extraction(None, "unparsed")


def _judge_item(item: dict, reader: Callable[[str, Sample], Extraction] = extract) -> ItemResult:
    label = item["label"]
    gold = label if label not in NO_ANSWER else _placeholder_gold(item)
    sample = _sample(item, gold)
    ext = reader(item["text"], sample)
    if label in NO_ANSWER:
        if ext.answer is not None:
            return ItemResult(item, ext, "false_decision")
        return ItemResult(item, ext, "ok" if ext.status.value == label else "status_mismatch")
    if ext.answer is None:
        return ItemResult(item, ext, "unparsed_clear", 0.0 if item["answer_type"] == "open" else None)
    score = grade(sample, ext, Generation(text=item["text"]))
    if item["answer_type"] == "open":
        return ItemResult(item, ext, "ok" if score.correct else "open_inexact", score.recall)
    return ItemResult(item, ext, "ok" if score.correct else "wrong_parse")


def _excerpt(text: str, width: int = 150) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else f"{flat[:55]} … {flat[-(width - 58):]}"


def _row(name: str, results: list[ItemResult]) -> str:
    c = Counter(r.outcome for r in results)
    n = len(results)
    clear = [r for r in results if r.item["label"] not in NO_ANSWER]
    graded_clear = [r for r in clear if r.item["answer_type"] != "open"]
    none = n - len(clear)
    agree = c["ok"]
    lenient = agree + c["status_mismatch"]
    unp = sum(r.outcome == "unparsed_clear" for r in clear)
    return (f"{name:<11} {n:>4} {len(clear):>5} {none:>4}  {agree / n:>6.3f} {lenient / n:>7.3f}  "
            f"{unp:>3} ({unp / max(len(clear), 1):>5.1%})  {c['wrong_parse']:>5} "
            f"({1000 * c['wrong_parse'] / max(len(graded_clear), 1):>4.0f}‰)  {c['false_decision']:>4}/{none:<3} "
            f"{c['status_mismatch']:>4}  {c['open_inexact']:>4}")


def _shown(path: Path) -> str:
    """The path as the header names it: relative to ``benchmarks/`` for the bundled files, else as given."""
    try:
        return str(path.resolve().relative_to(CORPUS.parent))
    except ValueError:
        return str(path)


def part_a(show_failures: bool, path: Path = CORPUS / "redteam_extract.jsonl") -> dict[str, float]:
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    results = [_judge_item(it) for it in items]
    print(f"== Part A: answer extraction on {len(items)} hand-written outputs ({_shown(path)})")
    print("agree: label matched exactly (answer, or the same no-answer status); lenient: any no-answer status"
          " accepted for a no-answer label;")
    print("unparsed: clear label, no answer; wrong: clear label, different answer (per 1,000 graded choice/closed);"
          " false dec.: answer where the label has none")
    header = (f"{'group':<11} {'n':>4} {'clear':>5} {'none':>4}  {'agree':>6} {'lenient':>7}  {'unparsed':>12}  "
              f"{'wrong':>12}  {'false dec.':>8} {'stat':>4}  {'open≠':>4}")
    print(header)
    print("-" * len(header))
    print(_row("ALL", results))
    for batch in ("blind", "probe"):  # a set without one of the batches (a later blind set) leaves its row out
        group = [r for r in results if r.item["batch"] == batch]
        if group:
            print(_row(batch, group))
    baseline = [_judge_item(it, last_letter) for it in items]
    print(_row("last-letter", baseline) + "   (baseline, all items)")
    blind_base = [r for r in baseline if r.item["batch"] == "blind"]
    if blind_base:
        print(_row("  blind", blind_base) + "   (baseline)")
    by_type: dict[str, list[ItemResult]] = defaultdict(list)
    by_family: dict[str, list[ItemResult]] = defaultdict(list)
    for r in results:
        by_type[r.item["answer_type"]].append(r)
        by_family[r.item["family"]].append(r)
    for name in ("choice", "closed", "open"):
        if by_type[name]:
            print(_row(name, by_type[name]))
    print("-" * len(header))
    for name in sorted(by_family):
        print(_row(name, by_family[name]))

    opens = [r for r in by_type["open"] if r.item["label"] not in NO_ANSWER]
    recalls = [r.recall for r in opens if r.recall is not None]
    print(f"\nopen answers with a clear label: {len(opens)}, exact match {sum(r.outcome == 'ok' for r in opens)}, "
          f"mean token recall of the label {sum(recalls) / max(len(recalls), 1):.3f}")

    rules = Counter(r.extraction.rule for r in results)
    print("rules fired:", ", ".join(f"{k} {v}" for k, v in rules.most_common()))

    # Extraction must not depend on the gold answer.
    leaks, lang = [], []
    for it in items:
        gold = it["label"] if it["label"] not in NO_ANSWER else _placeholder_gold(it)
        other = _other_gold(it, gold)
        base = extract(it["text"], _sample(it, gold))
        if other is not None and extract(it["text"], _sample(it, other)) != base:
            leaks.append(it["id"])
        if it["answer_type"] == "closed":
            swapped = {"yes": "是", "no": "否", "是": "yes", "否": "no"}[gold]
            if extract(it["text"], _sample(it, swapped)) != base:
                lang.append(it["id"])
    print(f"gold independence: {len(leaks)} items read differently under another gold of the same language"
          f"{': ' + ', '.join(leaks) if leaks else ''}")
    print(f"gold language: {len(lang)} of {len(by_type['closed'])} closed items read differently when the gold is"
          f" English vs 是/否")

    bad = [r for r in results if r.outcome != "ok"]
    if show_failures:
        order = {"wrong_parse": 0, "false_decision": 1, "unparsed_clear": 2, "open_inexact": 3, "status_mismatch": 4}
        print(f"\nfailures ({len(bad)}), worst first:")
        for r in sorted(bad, key=lambda r: (order[r.outcome], r.item["id"])):
            got = r.extraction.answer if r.extraction.answer is not None else r.extraction.status.value
            print(f"  {r.outcome:<15} {r.item['id']:<9} {r.item['family']:<9} label={r.item['label']!r} "
                  f"got={got!r} rule={r.extraction.rule}  [{r.item['note']}]")
            print(f"      {_excerpt(r.item['text'])}")
    c = Counter(r.outcome for r in results)
    return {"n": len(results), "agree": c["ok"] / len(results), "wrong_parse": c["wrong_parse"],
            "false_decision": c["false_decision"], "gold_leaks": len(leaks)}


def _library_scores(case: dict) -> dict[str, float | None]:
    v = verify(case["chain"], report=case["report"], reference=case["reference_steps"], options=case["options"],
               chosen=case["chosen"], gold=case["gold"], option_evidence=True, question=case["question"])
    s = ReasoningScore.from_verification(v)
    return {"radrscore": s.radrscore, "completeness": s.completeness, "factuality": s.factuality,
            "effectiveness": s.effectiveness, "clinical": s.clinical}


def _output(case: dict) -> str:
    if case["chosen"] is None:
        return case["chain"]
    return f"<think>{case['chain']}</think><answer>{case['chosen']}</answer>"


def _cli_scores(cases: list[dict]) -> dict[str, dict[str, float | None]]:
    """The same chains through ``medstep score`` on a RadRBench-style file (temporary folder)."""
    with tempfile.TemporaryDirectory() as tmp:
        data, preds, out = Path(tmp, "radrbench.json"), Path(tmp, "preds.jsonl"), Path(tmp, "run")
        records = [{"item_id": c["id"], "image_path": [f"images/{c['id']}.png"],
                    "question": c["question"] + "\nOptions:\n" + "\n".join(f"{k}) {t}" for k, t in c["options"].items()),
                    "answer": f"<answer>{c['gold']}</answer>", "answer_content": c["options"][c["gold"]],
                    "dataset_name": "redteam", "reason_steps": c["reference_steps"], "original_report": c["report"]}
                   for c in cases]
        data.write_text(json.dumps(records, indent=1), encoding="utf-8")
        preds.write_text("".join(json.dumps({"id": c["id"], "output": _output(c)}) + "\n" for c in cases),
                         encoding="utf-8")
        proc = subprocess.run([sys.executable, "-m", "medstep.cli", "score", str(preds), "--benchmark", "radrbench",
                               "--data", str(data), "--out", str(out), "--no-report", "--allow-failures"],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            raise SystemExit(f"medstep score failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
        scores = {}
        for line in (out / "samples.jsonl").read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            grade_ = rec["reasoning"]["judges"]["verifier"]
            scores[rec["id"]] = dict(grade_.get("metrics") or {}) | {"status": grade_["status"],
                                                                    "answer": rec["answer"]}
        return scores


def _fmt(x: float | None) -> str:
    return "  —  " if x is None else f"{x:5.3f}"


def part_b(use_cli: bool, quiet: bool, path: Path = CORPUS / "redteam_verify.jsonl") -> dict[str, float]:
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    lib = {c["id"]: _library_scores(c) for c in cases}
    print(f"\n== Part B: clinical verifier on {len(cases)} hand-written chains in "
          f"{len({c['case'] for c in cases})} cases ({_shown(path)})")
    if use_cli:
        cli = _cli_scores(cases)
        diffs = [(c["id"], m, lib[c["id"]][m], cli[c["id"]].get(m)) for c in cases for m in METRICS
                 if lib[c["id"]][m] is not None and cli[c["id"]].get(m) is not None
                 and abs(lib[c["id"]][m] - cli[c["id"]][m]) > 1e-9]
        undefined = [(c["id"], m) for c in cases for m in METRICS
                     if (lib[c["id"]][m] is None) != (cli[c["id"]].get(m) is None)]
        chosen = [c["id"] for c in cases if cli[c["id"]]["answer"] != c["chosen"]]
        print(f"medstep score vs library: {len(diffs)} metric values differ, {len(undefined)} defined in one only, "
              f"{len(chosen)} chains whose extracted letter differs from the intended one"
              f"{': ' + ', '.join(chosen) if chosen else ''}")
        for d in diffs[:10]:
            print(f"  differs: {d[0]} {d[1]} library {_fmt(d[2])} cli {_fmt(d[3])}")
    if not quiet:
        print(f"\n{'id':<7} {'case':<4} {'kind':<18} tier " + " ".join(f"{m[:9]:>9}" for m in METRICS))
        for c in cases:
            s = lib[c["id"]]
            print(f"{c['id']:<7} {c['case']:<4} {c['kind']:<18} {c['tier']:>4} "
                  + " ".join(f"{_fmt(s[m]):>9}" for m in METRICS))
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for c in cases:
        by_kind[c["kind"]].append(c)
    print(f"\nmean by kind (library; undefined values left out, n defined in brackets)\n"
          f"{'kind':<18} tier  n " + " ".join(f"{m[:9]:>12}" for m in METRICS))
    for kind, group in sorted(by_kind.items(), key=lambda kv: (-kv[1][0]["tier"], kv[0])):
        cells = []
        for m in METRICS:
            vals = [lib[c["id"]][m] for c in group if lib[c["id"]][m] is not None]
            cells.append(f"{sum(vals) / len(vals):7.3f} ({len(vals)})" if vals else f"{'—':>7} (0)")
        print(f"{kind:<18} {group[0]['tier']:>4} {len(group):>2} " + " ".join(f"{x:>12}" for x in cells))

    totals = {}
    by_case: dict[str, list[dict]] = defaultdict(list)
    for c in cases:
        by_case[c["case"]].append(c)
    # The simple baseline beside the verifier, run on the same pairs: token F1 of the chain against the reference
    # steps joined (what a lexical-overlap grader would give), so an ordering count has something to beat.
    for c in cases:
        lib[c["id"]]["token_f1 baseline"] = token_f1(c["chain"], " ".join(c.get("reference_steps") or []))
    for metric in ("radrscore", "clinical", "token_f1 baseline"):
        counts: dict[tuple[int, int], Counter] = defaultdict(Counter)
        found = []
        for group in by_case.values():
            for hi in group:
                for lo in group:
                    if hi["tier"] <= lo["tier"]:
                        continue
                    a, b = lib[hi["id"]][metric], lib[lo["id"]][metric]
                    tiers = (hi["tier"], lo["tier"])
                    if a is None or b is None:
                        counts[tiers]["undefined"] += 1
                    elif b > a + 1e-9:
                        counts[tiers]["inverted"] += 1
                        found.append((hi, lo, a, b, "inverted"))
                    elif abs(a - b) <= 1e-9:
                        counts[tiers]["tied"] += 1
                        if hi["tier"] == 3:
                            found.append((hi, lo, a, b, "tied"))
                    else:
                        counts[tiers]["ordered"] += 1
        totals[metric] = sum(c["inverted"] for c in counts.values())
        print(f"\n{metric}: same-case pairs of a higher and a lower tier")
        if metric.endswith("baseline"):
            found = []
        for tiers in sorted(counts, reverse=True):
            c = counts[tiers]
            print(f"  tier {tiers[0]} vs tier {tiers[1]}: {sum(c.values()):>3} pairs, {c['ordered']:>3} ordered, "
                  f"{c['inverted']:>2} inverted, {c['tied']:>2} tied, {c['undefined']} undefined")
        for hi, lo, a, b, how in sorted(found, key=lambda f: (-f[0]["tier"], -f[1]["tier"], f[4], f[1]["id"])):
            sign = ">" if how == "inverted" else "="
            print(f"  {how:<8} [{hi['case']}] {lo['id']} {lo['kind']} (tier {lo['tier']}) {b:.3f} {sign} "
                  f"{hi['id']} {hi['kind']} (tier {hi['tier']}) {a:.3f}")
    return {"inversions_radrscore": totals["radrscore"], "inversions_clinical": totals["clinical"],
            "inversions_token_f1": totals["token_f1 baseline"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-cli", action="store_true", help="skip the medstep score subprocess in part B")
    ap.add_argument("--failures", action="store_true", help="print every part A failure with an excerpt")
    ap.add_argument("--quiet", action="store_true", help="part B: no per-chain table")
    ap.add_argument("--extract", type=Path, default=CORPUS / "redteam_extract.jsonl", metavar="PATH",
                    help="part A outputs (JSON lines in the schema of corpus/redteam_extract.jsonl)")
    ap.add_argument("--verify", type=Path, default=CORPUS / "redteam_verify.jsonl", metavar="PATH",
                    help="part B chains (JSON lines in the schema of corpus/redteam_verify.jsonl)")
    ap.add_argument("--dev-sets", action="store_true",
                    help="part B also on the development sets: " + ", ".join(DEV_SETS))
    args = ap.parse_args()
    for path in (args.extract, args.verify):
        if not path.is_file():
            ap.error(f"no such file: {path}")
    part_a(args.failures, args.extract)
    part_b(not args.no_cli, args.quiet, args.verify)
    if args.dev_sets:
        for name in DEV_SETS:
            part_b(not args.no_cli, args.quiet, CORPUS / name)


if __name__ == "__main__":
    main()
