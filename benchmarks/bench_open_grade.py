"""Open-answer grader: precision and recall of the match ladder on hand-written (answer, gold) pairs, beside plain
exact match; and on the corpus sets, how the extracted open answers match their labels, by rung.

Part A (``corpus/open_grade_probes.jsonl``): pairs written by hand across radiology, pathology, ECG, ophthalmology,
dermatology and obstetric ultrasound, each marked whether a careful grader would call the answer the gold. Near
misses that must stay wrong are most of the negatives: another side, lobe, level or number, a negation, a hedge, a
differential "X or Y", a word that makes the gold another thing ("old", "pseudo", "non-", "-like"). A gold narrowed
inside its noun phrase ("tension pneumothorax", "pneumonia of the left lower lobe" for "pneumothorax", "pneumonia")
is marked as matching; the line "without narrower" leaves that rung out. The rows marked "typed: ..." are the
wrong answers a review found the ``typed`` rung accepting (a denial or a normal word after the value, a side of
another structure, a correction, a number that counts nothing, a list of siblings): all must stay unmatched. Recall is the share of the pairs
marked as matching that the grader matches; precision the share of its matches that are marked as matching. The
baseline is plain exact match (the normalised strings equal, :func:`medstep.answers.text.normalize_text`).

Part B (``--dev-sets``): every open item with a clear label of each ``corpus/*_extract.jsonl`` set, extracted with
:func:`medstep.extract.extract` and graded against its label: exact by plain match and by the ladder, with the rung
that matched. The holdout set (``retired_blind3``) is printed as aggregate counts only.

Part C (``--control``): the grader's false matches. The readings gate cannot see a grader that accepts wrong answers
(an open item's ``ok`` comes from the grader itself), so every extracted open answer of Part B is graded against the
golds of OTHER open items: every other gold whose question asks the same closed type
(:func:`medstep.score.open_typed.asked_type`: side, count, level, site, modality) and a fixed random sample of the
rest. A match where the two golds are not one answer (by the ladder's first four rungs) is a FALSE MATCH, counted by
rung; "before typed" leaves the ``typed`` rung out (it is the last rung, so the others match alike without it). It
grades real answers against other items' golds, so it cannot see a denial, a normal word, a side of another structure
or a list read as the gold's value: Part A's "typed: ..." rows measure those.

    PYTHONPATH=src python benchmarks/bench_open_grade.py [--failures] [--dev-sets] [--control]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from medstep.answers.text import normalize_text
from medstep.extract import extract
from medstep.score.open_grade import MatchStep, grade_open
from medstep.score.open_typed import asked_type
from medstep.types import AnswerType, Sample

CORPUS = Path(__file__).resolve().parent / "corpus"
NO_ANSWER = frozenset({"ambiguous", "refused", "truncated", "unparsed"})
HOLDOUT = "retired_blind3"


def _plain(answer: str, gold: str) -> bool:
    return normalize_text(answer) == normalize_text(gold)


def _pr(hits: list[tuple[bool, bool]]) -> str:
    """``hits``: (marked as matching, matched) per pair -> "recall r (tp/pos), precision p (tp/tp+fp), fp n"."""
    pos = sum(m for m, _ in hits)
    tp = sum(m and g for m, g in hits)
    fp = sum(g and not m for m, g in hits)
    prec = tp / (tp + fp) if tp + fp else 1.0
    return f"recall {tp / pos:.3f} ({tp}/{pos}), precision {prec:.3f} ({tp}/{tp + fp}), false matches {fp}"


def probes(failures: bool) -> None:
    rows = [json.loads(line) for line in (CORPUS / "open_grade_probes.jsonl").read_text(encoding="utf-8").splitlines()]
    graded = [(r, grade_open(r["answer"], r["gold"], r["question"])) for r in rows]
    print(f"Part A: {len(rows)} hand-written pairs ({sum(r['match'] for r in rows)} marked as matching)")
    print(f"  plain exact match : {_pr([(r['match'], _plain(r['answer'], r['gold'])) for r in rows])}")
    print(f"  ladder            : {_pr([(r['match'], g.matched) for r, g in graded])}")
    print(f"  without narrower  : {_pr([(r['match'], g.matched and g.step is not MatchStep.NARROWER) for r, g in graded])}")
    steps = Counter(g.step.value for _, g in graded if g.step is not None)
    print("  matched by rung   : " + ", ".join(f"{steps[m.value]} {m.value}" for m in MatchStep))
    by_domain: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    for r, g in graded:
        by_domain[r["domain"]].append((r["match"], g.matched))
    for domain, hits in sorted(by_domain.items()):
        print(f"    {domain:5} {len(hits):3} pairs: {_pr(hits)}")
    if failures:
        for r, g in graded:
            if r["match"] != g.matched:
                tag = "FALSE MATCH" if g.matched else "missed"
                print(f"  {tag:11} {r['id']} [{r['kind']}] {r['answer']!r} vs {r['gold']!r}"
                      + (f" ({g.step.value})" if g.step else ""))


def dev_sets() -> None:
    print("\nPart B: open items with a clear label, extracted and graded against the label")
    print(f"  {'set':20} {'clear':>5} {'read':>5} {'plain':>5} {'ladder':>6}  by rung")
    for path in sorted(CORPUS.glob("*_extract.jsonl")):
        name = path.name[:-len("_extract.jsonl")]
        items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        opens = [it for it in items if it["answer_type"] == "open" and it["label"] not in NO_ANSWER]
        if not opens:
            continue
        read = plain = 0
        steps: Counter[str] = Counter()
        for it in opens:
            sample = Sample(id=it["id"], question=it["question"], answer=it["label"], answer_type=AnswerType.OPEN)
            answer = extract(it["text"], sample).answer
            if answer is None:
                continue
            read += 1
            plain += _plain(answer, it["label"])
            step = grade_open(answer, it["label"], it["question"]).step
            if step is not None:
                steps[step.value] += 1
        rungs = ", ".join(f"{steps[m.value]} {m.value}" for m in MatchStep if steps[m.value])
        label = f"{name} (holdout)" if name == HOLDOUT else name
        print(f"  {label:20} {len(opens):5} {read:5} {plain:5} {sum(steps.values()):6}  {rungs}")


# The other golds drawn at random for each answer in Part C (beside every gold of the same asked type), and the seed.
_SAMPLE = 12
_SEED = 26
_ONE_ANSWER = frozenset({MatchStep.EXACT, MatchStep.FORMS, MatchStep.NUMBER, MatchStep.SYNONYM})


def _read_opens() -> list[tuple[str, dict, str]]:
    """(set, item, extracted answer) of every open item with a clear label and an answer read, of every set."""
    out = []
    for path in sorted(CORPUS.glob("*_extract.jsonl")):
        name = path.name[:-len("_extract.jsonl")]
        for line in path.read_text(encoding="utf-8").splitlines():
            it = json.loads(line)
            if it["answer_type"] != "open" or it["label"] in NO_ANSWER:
                continue
            sample = Sample(id=it["id"], question=it["question"], answer=it["label"], answer_type=AnswerType.OPEN)
            answer = extract(it["text"], sample).answer
            if answer is not None:
                out.append((name, it, answer))
    return out


def control(show: bool) -> None:
    import random

    opens = _read_opens()
    kinds = [asked_type(it["question"]) for _, it, _ in opens]
    golds = sorted({it["label"] for _, it, _ in opens})
    rng = random.Random(_SEED)
    pairs = 0
    false: Counter[str] = Counter()
    listed: list[str] = []
    one_answer: dict[tuple[str, str], bool] = {}
    by_kind: dict[str, set[str]] = defaultdict(set)
    for (_, o, _), k in zip(opens, kinds):
        if k is not None:
            by_kind[k].add(o["label"])
    for (name, it, answer), kind in zip(opens, kinds):
        same_kind = by_kind[kind] if kind is not None else set()
        others = (same_kind | set(rng.sample(golds, _SAMPLE))) - {it["label"]}
        for gold in sorted(others):
            pairs += 1
            step = grade_open(answer, gold, it["question"]).step
            if step is None:
                continue
            key = (it["label"], gold)
            if key not in one_answer:
                one_answer[key] = grade_open(gold, it["label"], it["question"]).step in _ONE_ANSWER \
                    or grade_open(it["label"], gold, it["question"]).step in _ONE_ANSWER
            if one_answer[key]:
                continue
            false[step.value] += 1
            if show and step is MatchStep.TYPED:
                listed.append(f"    {name}:{it['id']} [{kind}] {answer[:90]!r} vs other gold {gold!r} "
                              f"(own {it['label']!r})")
    before = sum(n for step, n in false.items() if step != MatchStep.TYPED.value)
    print(f"\nPart C: {len(opens)} extracted open answers graded against {pairs} other golds "
          f"({sum(k is not None for k in kinds)} answers to a typed question)")
    print(f"  false matches before typed: {before}; after: {sum(false.values())}; by rung: "
          + ", ".join(f"{false[m.value]} {m.value}" for m in MatchStep if false[m.value]))
    for line in listed:
        print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list the probe pairs graded against their mark")
    parser.add_argument("--dev-sets", action="store_true", help="also grade the corpus sets' open items")
    parser.add_argument("--control", action="store_true",
                        help="grade each extracted open answer against other items' golds: the false matches")
    args = parser.parse_args()
    probes(args.failures)
    if args.dev_sets:
        dev_sets()
    if args.control:
        control(args.failures)


if __name__ == "__main__":
    main()
