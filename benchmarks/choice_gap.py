"""Where medstep's multiple-choice reader and the last-letter baseline part ways, on one extraction set.

For the choice items of a set in the schema of ``corpus/redteam_extract.jsonl``
it prints one row each for medstep and the last-letter baseline (unparsed
among clear labels, wrong parses, false decisions), then how the clear items
medstep leaves unparsed split by the baseline's outcome:

* ``recoverable``: the baseline reads the labelled letter (the gap a better
  reader can close without guessing beyond what the last letter already does);
* ``baseline wrong``: the baseline reads another letter (a precision trap any
  new reader must still refuse or read correctly);
* ``baseline none``: no standalone letter at all (the answer given by text).

``--items`` lists those items with an excerpt. Do not pass it for a set kept
as a holdout (its items must not be read while tuning): the aggregate rows
alone do not reveal them.

    PYTHONPATH=src python benchmarks/choice_gap.py corpus/retired_blind4_extract.jsonl [--items]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from bench_redteam import NO_ANSWER, _excerpt, _placeholder_gold, _sample, last_letter

from medstep.extract import extract


def _outcome(label: str, got: str | None) -> str:
    if label in NO_ANSWER:
        return "ok" if got is None else "false_decision"
    if got is None:
        return "unparsed"
    return "ok" if got == label else "wrong"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path)
    ap.add_argument("--items", action="store_true", help="list the unparsed items by baseline outcome")
    args = ap.parse_args()
    items = [json.loads(line) for line in args.path.read_text(encoding="utf-8").splitlines() if line.strip()]
    items = [it for it in items if it["answer_type"] == "choice"]
    rows: dict[str, Counter] = {"medstep": Counter(), "last-letter": Counter()}
    groups: dict[str, list[tuple[dict, str, str | None]]] = {"recoverable": [], "baseline wrong": [],
                                                              "baseline none": []}
    for it in items:
        label = it["label"]
        sample = _sample(it, label if label not in NO_ANSWER else _placeholder_gold(it))
        ours, base = extract(it["text"], sample), last_letter(it["text"], sample)
        mine, theirs = _outcome(label, ours.answer), _outcome(label, base.answer)
        rows["medstep"][mine] += 1
        rows["last-letter"][theirs] += 1
        if mine == "unparsed":
            key = "recoverable" if theirs == "ok" else "baseline wrong" if theirs == "wrong" else "baseline none"
            groups[key].append((it, ours.rule, base.answer))
    clear = sum(it["label"] not in NO_ANSWER for it in items)
    print(f"{args.path.name}: {len(items)} choice items, {clear} clear")
    for name, c in rows.items():
        print(f"  {name:<12} unparsed {c['unparsed']:>3} ({c['unparsed'] / max(clear, 1):5.1%})  "
              f"wrong {c['wrong']:>3}  false decisions {c['false_decision']:>3}/{len(items) - clear}")
    print("  medstep unparsed by baseline outcome: "
          + ", ".join(f"{k} {len(v)}" for k, v in groups.items()))
    if args.items:
        for key, group in groups.items():
            print(f"\n== {key} ({len(group)})")
            for it, rule, base in group:
                print(f"  {it['id']:<9} {it['family']:<12} label={it['label']} last-letter={base} rule={rule}"
                      f"  [{it['note']}]\n      {_excerpt(it['text'], 400)}")


if __name__ == "__main__":
    main()
