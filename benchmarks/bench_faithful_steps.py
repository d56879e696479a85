"""Steps of faithful chains the verifier gives no support, beside the good chain of the same case (issue #8).

A paraphrase or terse chain that states the report's findings in words of its own should score near the good chain
of its case; where it does not, some step of it went unread (a lay word the vocabulary lacks), was read as another
concept, or was set aside. For every good, paraphrase and terse chain of the given verification sets (default:
retired blind 30-59) this prints each step without a supported claim, with its claims and their verdict rules, and
then counts the claims the evidence did not bear out by rule. Run it before and after a vocabulary change and diff
the outputs.

    python benchmarks/bench_faithful_steps.py [--sets NAME ...] [--kinds good paraphrase terse] [--quiet]

Offline, deterministic, a few seconds on one core.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from medstep.judges.verifier import ReasoningScore
from medstep.verify import verify

CORPUS = Path(__file__).resolve().parent / "corpus"
SETS = tuple(f"retired_blind{n}" for n in range(30, 60))
FAITHFUL = ("good", "paraphrase", "terse")


def run(sets: list[str], kinds: list[str], quiet: bool) -> Counter[str]:
    """Print the unsupported steps (unless ``quiet``) and return the count of unborne claims by verdict rule."""
    rules: Counter[str] = Counter()
    means: dict[str, list[float]] = defaultdict(list)
    for name in sets:
        rows = [json.loads(line) for line in (CORPUS / f"{name}_verify.jsonl").read_text(encoding="utf-8").splitlines()]
        for r in rows:
            if r["kind"] not in kinds:
                continue
            v = verify(
                r["chain"],
                report=r["report"],
                reference=r["reference_steps"],
                options=r["options"],
                chosen=r["chosen"],
                gold=r["gold"],
                option_evidence=True,
                question=r["question"],
            )
            s = ReasoningScore.from_verification(v)
            means[r["kind"]].append(s.radrscore or 0.0)
            if not quiet:
                print(f"### {r['id']} {r['kind']} case={r['case']} radrscore={s.radrscore}")
            for st in v.steps:
                for fv in st.verdicts:
                    if fv.consistent is False:
                        rules[fv.rule] += 1
                if quiet or any(fv.consistent is True for fv in st.verdicts) or not st.text.strip():
                    continue
                print(f"  [{st.verdict.value:<12}] {st.role.value}: {' '.join(st.text.split())[:240]}")
                for fv in st.verdicts:
                    f = fv.finding
                    print(f"      {f.concept}/{f.polarity.value} {f.text!r} -> {fv.verdict.value} ({fv.rule})")
    for kind, xs in means.items():
        print(f"{kind:<11} n={len(xs):>3} mean RadRScore {sum(xs) / len(xs):.4f}")
    print(f"claims the evidence did not bear out, by rule ({sum(rules.values())}): {dict(rules.most_common())}")
    return rules


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", default=list(SETS), help="verification sets under corpus/ (no suffix)")
    ap.add_argument("--kinds", nargs="+", default=list(FAITHFUL), help="chain kinds to list")
    ap.add_argument("--quiet", action="store_true", help="only the means and the rule counts")
    args = ap.parse_args()
    run(args.sets, args.kinds, args.quiet)


if __name__ == "__main__":
    main()
