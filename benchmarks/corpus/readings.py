"""Every corpus reading, dumped and compared: the regression check run before an extraction change lands.

A rule change that fixes one phrasing can silently move answers elsewhere in the corpus. ``dump`` reads every
``*_extract.jsonl`` file here (both schemas: labelled ``expect`` items and blind ``label`` items) and writes one
line per item with the extractor's answer, status, rule and its agreement with the label; ``diff`` compares two
dumps and counts answers lost, new wrong answers, answers gained and agreement transitions, listing each moved
item so a reviewer reads them all.

    PYTHONPATH=src:benchmarks/corpus python benchmarks/corpus/readings.py dump /tmp/before.jsonl
    (change the code)
    PYTHONPATH=src:benchmarks/corpus python benchmarks/corpus/readings.py dump /tmp/after.jsonl
    PYTHONPATH=src:benchmarks/corpus python benchmarks/corpus/readings.py diff /tmp/before.jsonl /tmp/after.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import items as corpus_items

from medstep.extract import extract
from medstep.types import AnswerType

NO_ANSWER = ("ambiguous", "refused", "truncated", "unparsed")


def _placeholder_gold(d: dict) -> str:
    """A gold for blind items whose label is a no-answer status (extraction does not read the gold)."""
    if d["answer_type"] == "choice":
        return sorted(d["options"])[0]
    if d["answer_type"] == "closed":
        return "是" if any("\u4e00" <= ch <= "\u9fff" for ch in d["question"]) else "yes"
    return "none"


def _item(d: dict) -> corpus_items.Item:
    if "expect" in d:
        return corpus_items.Item(d["id"], d["family"], AnswerType(d["answer_type"]), d["question"], d["options"],
                                 d["gold"], d["text"], d.get("finish_reason"), d["expect"]["status"],
                                 d["expect"]["answer"], tuple(d.get("tags", ())), d.get("task", ""))
    label = d["label"]
    status, answer = (label, None) if label in NO_ANSWER else ("scored", label)
    gold = answer if answer is not None else _placeholder_gold(d)
    return corpus_items.Item(d["id"], d["family"], AnswerType(d["answer_type"]), d["question"], d["options"], gold,
                             d["text"], d.get("finish_reason"), status, answer, (), d.get("task", ""))


def dump(out: Path) -> int:
    rows = []
    for path in sorted(corpus_items.HERE.glob("*_extract.jsonl")) + [corpus_items.DEV, corpus_items.HELDOUT,
                                                                       corpus_items.HELDOUT2, corpus_items.HELDOUT3]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = _item(json.loads(line))
            ext = extract(item.text, item.sample(), finish_reason=item.finish_reason)
            rows.append({"file": path.name, "id": item.id, "type": item.answer_type.value, "answer": ext.answer, "status": ext.status.value,
                         "rule": ext.rule, "judge": corpus_items.judge(item, ext.answer, ext.status.value)})
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} readings written to {out}")
    for kind in ("choice", "closed", "open"):
        print(f"  {kind}: " + ", ".join(f"{k} {v}" for k, v in sorted(
            Counter(r["judge"] for r in rows if r["type"] == kind).items())))
    print("  (an open answer agrees only when its normalised text equals the label's)")
    return 0


def diff(before: Path, after: Path) -> int:
    def load(p: Path) -> dict[tuple[str, str], dict]:
        return {(r["file"], r["id"]): r for r in map(json.loads, p.read_text(encoding="utf-8").splitlines())}

    old, new = load(before), load(after)
    moves: Counter[str] = Counter()
    for key in sorted(old.keys() & new.keys()):
        a, b = old[key], new[key]
        if (a["answer"], a["status"]) == (b["answer"], b["status"]):
            continue
        moves[f"{a['judge']} -> {b['judge']}"] += 1
        kind = ("LOST" if a["answer"] is not None and b["answer"] is None else
                "GAINED" if a["answer"] is None and b["answer"] is not None else "CHANGED")
        print(f"{kind:8} {key[0]}:{key[1]}  {a['answer']}/{a['status']} ({a['judge']}) -> "
              f"{b['answer']}/{b['status']} ({b['judge']}) [{b['rule']}]")
    lost = sum(1 for k in old.keys() & new.keys() if old[k]["answer"] is not None and new[k]["answer"] is None)
    new_wrong = sum(1 for k in old.keys() & new.keys() if new[k]["judge"] == corpus_items.WRONG
                    and old[k]["judge"] != corpus_items.WRONG)
    print(f"\n{len(old.keys() & new.keys())} items compared ({len(old.keys() ^ new.keys())} in one dump only); "
          f"moved {sum(moves.values())}: " + (", ".join(f"{k} {v}" for k, v in sorted(moves.items())) or "none"))
    print(f"answers lost {lost}; new wrong answers {new_wrong}")
    return 1 if new_wrong else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("dump").add_argument("out", type=Path)
    d = sub.add_parser("diff")
    d.add_argument("before", type=Path)
    d.add_argument("after", type=Path)
    args = parser.parse_args()
    return dump(args.out) if args.cmd == "dump" else diff(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
