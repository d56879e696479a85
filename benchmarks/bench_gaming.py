"""Gaming probe: chains that answer the gold letter with no real reading of the film, scored against each case's
faithful chains.

Reads ``corpus/gaming_probe.json`` (templates written for this probe, not taken from a corpus set) and fills each
template for every case of the verification sets: the gold letter, the gold option's words, its first finding
without a side, the distractors' texts, and three common findings the case's report and gold option do not state present (true
absences every normal film shares). Every chain is scored with :func:`medstep.verify.verify` (RadRBench
convention: options, the gold letter as the chain's answer, gold option as evidence). A gaming chain *games* a
case when its score reaches the median of the case's tier-3 (faithful) chains; an undefined score never does.
Per style it prints how many (chain, case) pairs game RadRScore and the clinical score, and the mean clinical
score of the styles beside the faithful chains' mean.

    python benchmarks/bench_gaming.py [--sets NAME ...] [--holdout] [--show STYLE] [--open]

``--holdout`` adds retired_blind3 (aggregate counts only); ``--show`` prints the gaming pairs of one style;
``--open`` scores every chain as an open question's (no options, no answer letter; with a mean RadRScore per style).
Offline, deterministic, a few seconds on one core.
"""

from __future__ import annotations

import argparse
import json
import statistics
from collections import defaultdict
from pathlib import Path

from medstep.judges.verifier import ReasoningScore
from medstep.verify import Polarity, default_verifier, extract_findings, verify

CORPUS = Path(__file__).resolve().parent / "corpus"
DEV = ("redteam", "redteam2", "gaming_dev", "onerror_dev", "onerror_dev2", "onerror_dev3", "retired_blind2",
       "retired_blind4", "retired_blind5", "retired_blind8", "retired_blind9", "retired_blind10")
HOLDOUT = "retired_blind3"
SIDES = ("left", "right", "bilateral", "both", "l", "r")


def _present(text: str) -> set[str]:
    return {f.concept for f in extract_findings(text) if f.polarity is not Polarity.ABSENT}


def _related(concept: str) -> set[str]:
    c = default_verifier().lexicon.concepts[concept]
    return {concept, *c.ancestors, *c.descendants}


def _fill(text: str, case: dict, absences: list[str], finding: str) -> str:
    opts = case["options"]
    others = [v for k, v in sorted(opts.items()) if k != case["gold"]]  # the distractors, for {D1} {D2} {D3}
    values = {"{L}": case["gold"], "{G}": opts[case["gold"]].lower(), "{X}": finding,
              **{f"{{D{i}}}": v for i, v in enumerate(others[:3], 1)},
              "{N1}": absences[0], "{N2}": absences[1], "{N3}": absences[2],
              "{ALL}": ", ".join(f"({k}) {v}" for k, v in opts.items())}
    for key, value in values.items():
        text = text.replace(key, value)
    return text[0].upper() + text[1:]


def _finding(gold_text: str) -> str | None:
    """The gold option's first finding in its own words, its side dropped (None: the option names none)."""
    for f in extract_findings(gold_text):
        if f.category == "finding" and f.polarity is not Polarity.ABSENT:
            words = [w for w in f.text.split() if w.lower() not in SIDES]
            return " ".join(words) or None
    return None


def _score(case: dict, chain: str, open_: bool = False) -> tuple[float | None, float | None]:
    if open_:  # an open question: no options, the chain judged on its own words (games39: the holes were there)
        v = verify(chain, report=case["report"], reference=case["reference_steps"], question=case["question"])
    else:
        v = verify(chain, report=case["report"], reference=case["reference_steps"], options=case["options"],
                   chosen=case["gold"], gold=case["gold"], option_evidence=True, question=case["question"])
    s = ReasoningScore.from_verification(v)
    return s.radrscore, s.clinical


def probe(names: list[str], show: str | None, quiet: bool = False, open_: bool = False) -> dict[str, tuple[int, int, int]]:
    spec = json.loads((CORPUS / "gaming_probe.json").read_text(encoding="utf-8"))
    common = [(w, _related(next(iter(extract_findings(w))).concept)) for w in spec["common"]]
    cases: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for name in names:
        for line in (CORPUS / f"{name}_verify.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                c = json.loads(line)
                cases[(name, c["case"])].append(c)
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # pairs, radrscore games, clinical games
    means: dict[str, list[float]] = defaultdict(list)
    rads: dict[str, list[float]] = defaultdict(list)  # RadRScore per style (printed with --open)
    for (name, cid), chains in cases.items():
        faithful = [c for c in chains if c["tier"] == 3]
        if not faithful:
            continue
        case = faithful[0]
        scores = [_score(c, c["chain"], open_) for c in faithful]
        med = [statistics.median(x for x in col if x is not None) if any(x is not None for x in col) else None
               for col in zip(*scores)]
        means["(faithful)"] += [s[1] for s in scores if s[1] is not None]
        rads["(faithful)"] += [s[0] for s in scores if s[0] is not None]
        said = _present(case["report"]) | _present(case["options"][case["gold"]])
        absences = [w for w, rel in common if not rel & said][:3]
        finding = _finding(case["options"][case["gold"]])
        for t in spec["templates"]:
            if len(absences) < 3 or ("{X}" in t["text"] and finding is None) or (
                    "{D3}" in t["text"] and len(case["options"]) < 4):
                continue
            chain = _fill(t["text"], case, absences, finding or "")
            got = _score(case, chain, open_)
            key = f"{t['style']}/{t['name']}"
            tally[key][0] += 1
            means[key].append(got[1] if got[1] is not None else float("nan"))
            rads[key].append(got[0] if got[0] is not None else 0.0)
            for i in (0, 1):
                if got[i] is not None and med[i] is not None and got[i] >= med[i] - 1e-9:
                    tally[key][i + 1] += 1
                    if show and t["style"] == show and not quiet:
                        print(f"  games {('radrscore', 'clinical')[i]} [{name} {cid}] {got[i]:.3f} >= {med[i]:.3f}: "
                              f"{chain!r}")
    if not quiet:
        print(f"\n{'style/template':<26} pairs  radrscore>=median  clinical>=median  mean clinical (undefined)")
        for key in sorted(tally):
            vals = means[key]
            defined = [x for x in vals if x == x]
            mean = f"{statistics.fmean(defined):.3f}" if defined else "  —  "
            rad = f"  mean RadRScore {statistics.fmean(rads[key]):.3f}" if open_ and rads[key] else ""
            print(f"{key:<26} {tally[key][0]:>5} {tally[key][1]:>18} {tally[key][2]:>17}  {mean} "
                  f"({len(vals) - len(defined)}){rad}")
        rad = f"  mean RadRScore {statistics.fmean(rads['(faithful)']):.3f}" if open_ and rads["(faithful)"] else ""
        print(f"{'(faithful tier 3)':<26} {len(means['(faithful)']):>5} {'':>18} {'':>17}  "
              f"{statistics.fmean(means['(faithful)']):.3f}{rad}")
    return {k: (v[0], v[1], v[2]) for k, v in tally.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", default=list(DEV), metavar="NAME", help="verification sets (corpus/NAME_verify.jsonl)")
    ap.add_argument("--holdout", action="store_true", help=f"also {HOLDOUT}, aggregate counts only")
    ap.add_argument("--show", metavar="STYLE", help="print the gaming pairs of one style")
    ap.add_argument("--open", action="store_true", help="score as open questions (no options, no answer letter)")
    args = ap.parse_args()
    print(f"== gaming probe on {', '.join(args.sets)}{' (open questions)' if args.open else ''}")
    probe(args.sets, args.show, open_=args.open)
    if args.holdout:
        total = probe([HOLDOUT], None, quiet=True)
        pairs, rad, clin = (sum(v[i] for v in total.values()) for i in range(3))
        print(f"\n== holdout {HOLDOUT}: {pairs} pairs, {rad} game RadRScore, {clin} game the clinical score")


if __name__ == "__main__":
    main()
