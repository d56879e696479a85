"""The clinical verifier against public human labels, side by side with a keyword baseline.

Reads ``../shared/datasets/`` (relative to the repository root; another folder
may be given as the first argument). The folder holds third-party data that is
never copied into the repository; on a user's clone it is usually absent, and
this script then says so and exits 0.

* **NegEx test kit** (``negex/``, Apache-2.0): 2,376 concept mentions in
  sentences of 120 clinical reports, each labelled Negated or Affirmed; the
  ConText version adds temporality (Historical / Recent / Not particular).
  For each labelled phrase the verifier's scoping rules decide its polarity
  (``Extractor.span_status``); "negated" is the positive class. Published
  reference: NegEx's own rules reach about 0.85 PPV / 0.78 sensitivity.
  Reports are split by number: reports whose number is a multiple of 3 are
  held back (never inspected while the rules were written); the rest are the
  development part. ``--errors`` prints development-part mistakes only.
* **RadJudge** (``radjudge/``, MIT): 30 radiologist-written ranking cases; a
  metric passes a case when its scores order the candidates as expected
  (``=`` means within ``--tie`` of each other). The verifier's clinical error
  score is used, with the patient context when a case gives one.

The baseline, run in the same process: NegEx-style keyword negation (a short
trigger list, a five-word window before or after the phrase, stopped by
"but"/"however"/...), and for RadJudge the F1 between the sets of positive
concepts it finds in the two reports (same lexicon, keyword negation).

    python benchmarks/bench_verify_gold.py [DATASETS_DIR] [--errors] [--tie 0.02]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from medstep.verify import Polarity, default_verifier

DEFAULT_DIR = Path(__file__).resolve().parents[1] / ".." / "shared" / "datasets"
HELD_BACK_EVERY = 3  # report numbers divisible by this are the held-back part


# ---------------------------------------------------------------- keyword baseline

_B_PRE = ("no", "not", "denies", "denied", "without", "negative for", "no evidence of", "no signs of",
          "absence of", "free of", "never", "none", "nor", "neither")
_B_POST = ("ruled out", "is ruled out", "unlikely", "absent", "not seen", "resolved", "negative", "free")
_B_STOP = ("but", "however", "although", "though", "except", "aside from", "which", "yet", "still")
_B_WINDOW = 5
_B_HIST = ("history of", "h o", "hx", "past medical history", "previous", "previously", "prior", "status post", "s p",
           "old", "remote", "past")


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def _has_phrase(words: list[str], phrases: tuple[str, ...]) -> int:
    """Index just after the last phrase of ``phrases`` found in ``words`` (-1: none)."""
    best = -1
    for p in phrases:
        pw = p.split()
        for i in range(len(words) - len(pw) + 1):
            if words[i:i + len(pw)] == pw:
                best = max(best, i + len(pw))
    return best


def baseline_negated(sentence: str, start: int, end: int) -> bool:
    """NegEx-style keyword negation of ``sentence[start:end]``."""
    before = _words(re.split(r"[.;:!?]", sentence[:start])[-1])
    after = _words(re.split(r"[.;:!?]", sentence[end:])[0])
    stop = _has_phrase(before, _B_STOP)
    window = before[max(stop, 0):][-_B_WINDOW:] if stop >= 0 else before[-_B_WINDOW:]
    if _has_phrase(window, _B_PRE) >= 0:
        return True
    first_stop = next((i for i, w in enumerate(after) if w in _B_STOP), len(after))
    return _has_phrase(after[:min(first_stop, _B_WINDOW + 2)], _B_POST) >= 0


def baseline_historical(sentence: str, start: int) -> bool:
    """ConText-style keyword temporality: a history word in the five words before the phrase (same clause)."""
    before = _words(re.split(r"[.;:!?]", sentence[:start])[-1])
    stop = _has_phrase(before, _B_STOP)
    window = before[max(stop, 0):][-_B_WINDOW:] if stop >= 0 else before[-_B_WINDOW:]
    return _has_phrase(window, _B_HIST) >= 0


# ---------------------------------------------------------------- NegEx kit

@dataclass(frozen=True)
class Mention:
    report: int
    sentence: str
    start: int
    end: int
    negated: bool
    historical: bool | None  # None: temporality not labelled for this mention

    @property
    def held_back(self) -> bool:
        return self.report % HELD_BACK_EVERY == 0


def _locate(concept: str, sentence: str) -> tuple[int, int] | None:
    """The labelled phrase is written in capitals inside the sentence."""
    words = concept.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    m = re.search(rf"(?<![A-Za-z0-9]){pattern.upper()}(?![a-z0-9])", sentence) or re.search(pattern, sentence, re.IGNORECASE)
    return (m.start(), m.end()) if m else None


def load_negex(folder: Path) -> tuple[list[Mention], int]:
    """Mentions of the kit (temporality joined from the ConText file) and how many could not be located."""
    ann = folder / "Annotations-1-120.txt"
    with ann.open(encoding="utf-8", errors="replace", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))[1:]
    temporality: dict[tuple[str, str], str] = {}
    ctx = folder / "rsAnnotations-1-120-random.txt"
    if ctx.exists():
        with ctx.open(encoding="utf-8", errors="replace", newline="") as fh:
            for r in csv.reader(fh, delimiter="\t"):
                if len(r) >= 6:
                    temporality[(r[2].strip().lower(), r[3].strip())] = r[5].strip()
    out, lost = [], 0
    for r in rows:
        report, concept, sentence, label = int(r[0]), r[1].strip(), r[2].strip(), r[3].strip()
        span = _locate(concept, sentence)
        if span is None:
            lost += 1
            continue
        t = temporality.get((concept.lower(), sentence))
        out.append(Mention(report, sentence, span[0], span[1], label == "Negated",
                           None if t is None else t == "Historical"))
    return out, lost


def _prf(pred: list[bool], gold: list[bool]) -> dict[str, float]:
    tp = sum(p and g for p, g in zip(pred, gold))
    fp = sum(p and not g for p, g in zip(pred, gold))
    fn = sum(g and not p for p, g in zip(pred, gold))
    tn = len(gold) - tp - fp - fn
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return {"n": len(gold), "ppv": prec, "sensitivity": rec,
            "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
            "specificity": tn / (tn + fp) if tn + fp else 0.0, "accuracy": (tp + tn) / len(gold) if gold else 0.0}


def run_negex(folder: Path, show_errors: bool, parts: tuple[str, ...] = ("development", "held-back", "all")) -> None:
    mentions, lost = load_negex(folder)
    ex = default_verifier().extractor
    ours: list[bool] = []
    ours_hist: list[bool] = []
    for m in mentions:
        st = ex.span_status(m.sentence, [(m.start, m.end)])[0]
        ours.append(st.polarity is Polarity.ABSENT)
        ours_hist.append(st.historical)
    base = [baseline_negated(m.sentence, m.start, m.end) for m in mentions]
    print(f"NegEx test kit: {len(mentions)} labelled mentions ({lost} could not be located in their sentence)")
    print("  negation (positive class = negated)       PPV   sens.    F1   spec.   acc.")
    for part, keep in (("development", lambda m: not m.held_back), ("held-back", lambda m: m.held_back),
                       ("all", lambda m: True)):
        if part not in parts:
            continue
        idx = [i for i, m in enumerate(mentions) if keep(m)]
        gold = [mentions[i].negated for i in idx]
        for name, pred in (("medstep verifier", ours), ("keyword baseline", base)):
            r = _prf([pred[i] for i in idx], gold)
            print(f"  {part:<12} {name:<18} n={r['n']:4d}  {r['ppv']:.3f}  {r['sensitivity']:.3f}"
                  f"  {r['f1']:.3f}  {r['specificity']:.3f}  {r['accuracy']:.3f}")
    # temporality (ConText labels): "historical" is the positive class; "not particular" counts as not historical
    timed = [i for i, m in enumerate(mentions) if m.historical is not None]
    if timed:
        base_hist = [baseline_historical(m.sentence, m.start) for m in mentions]
        print(f"  temporality, {len(timed)} mentions with a ConText label (positive class = historical)")
        for part, keep in (("development", lambda m: not m.held_back), ("held-back", lambda m: m.held_back),
                           ("all", lambda m: True)):
            if part not in parts:
                continue
            idx = [i for i in timed if keep(mentions[i])]
            gold = [bool(mentions[i].historical) for i in idx]
            for name, pred in (("medstep verifier", ours_hist), ("keyword baseline", base_hist)):
                r = _prf([pred[i] for i in idx], gold)
                print(f"  {part:<12} {name:<18} n={r['n']:4d}  {r['ppv']:.3f}  {r['sensitivity']:.3f}"
                      f"  {r['f1']:.3f}  {r['specificity']:.3f}  {r['accuracy']:.3f}")
    # failure classes of the held-back part, as counts only (its sentences are never shown): a missed
    # negation the keyword window catches points at a scope that ended before the phrase
    classes: dict[str, int] = {}
    for m, p, q in zip(mentions, ours, base) if "held-back" in parts else ():
        if m.held_back and p != m.negated:
            key = (f"{'missed negation' if m.negated else 'false negation'}, "
                   f"keyword baseline {'right' if q == m.negated else 'wrong too'}")
            classes[key] = classes.get(key, 0) + 1
    if classes:
        print("  held-back mistakes by class: " + "; ".join(f"{k} {v}" for k, v in sorted(classes.items())))
    if show_errors and timed:
        print("\n  development-part temporality mistakes (held-back mistakes are never printed):")
        for i in timed:
            m = mentions[i]
            if not m.held_back and ours_hist[i] != m.historical:
                a, b = m.start, m.end
                print(f"   [{'FN' if m.historical else 'FP'}] r{m.report}: ...{m.sentence[max(0, a - 90):a]}"
                      f"[[{m.sentence[a:b]}]]{m.sentence[b:b + 50]}...")
    if show_errors:
        print("\n  development-part mistakes (held-back mistakes are never printed):")
        for m, p in zip(mentions, ours):
            if not m.held_back and p != m.negated:
                a, b = m.start, m.end
                print(f"   [{'FN' if m.negated else 'FP'}] r{m.report}: ...{m.sentence[max(0, a - 90):a]}"
                      f"[[{m.sentence[a:b]}]]{m.sentence[b:b + 70]}...")

# ---------------------------------------------------------------- RadJudge

def baseline_concepts(text: str) -> set[str]:
    """Positive concepts by keyword: every lexicon phrase, negated by the keyword rule above."""
    ver = default_verifier()
    concepts = ver.lexicon.concepts
    out = set()
    for start, end, kind, payload, _attrs in ver.extractor.scanner.events(text):
        if kind == 0 and concepts[payload].category in ("finding", "device") \
                and not baseline_negated(text, start, end):
            out.add(payload)
    return out


def baseline_score(pred: str, truth: str) -> float:
    """F1 of the positive concept sets (1.0 when both are empty)."""
    p, t = baseline_concepts(pred), baseline_concepts(truth)
    if not p and not t:
        return 1.0
    tp = len(p & t)
    return 2 * tp / (len(p) + len(t))


def _holds(relation: str, scores: dict[str, float], tie: float) -> bool:
    m = re.fullmatch(r"\s*(\w+)\s*([>=<])\s*(\w+)\s*", relation)
    if m is None:
        raise SystemExit(f"unreadable expected ranking {relation!r}")
    a, op, b = scores[m.group(1)], m.group(2), scores[m.group(3)]
    if op == "=":
        return abs(a - b) <= tie
    return a > b + 1e-9 if op == ">" else b > a + 1e-9


def run_radjudge(path: Path, tie: float, show: bool) -> None:
    from medstep.verify import PatientContext

    cats = json.loads(path.read_text(encoding="utf-8"))
    ver = default_verifier()
    passed = {"medstep clinical error score": 0, "keyword baseline (concept F1)": 0}
    total = 0
    lines = []
    for cat in cats:
        for case in cat["tests"]:
            total += 1
            expected = case["expected_ranking"]
            rels = [expected] if isinstance(expected, str) else list(expected)
            ours = {k: ver.compare_reports(c["text"], case["ground_truth"],
                                           PatientContext.from_mapping(c.get("context"))).score
                    for k, c in case["candidates"].items()}
            base = {k: baseline_score(c["text"], case["ground_truth"]) for k, c in case["candidates"].items()}
            ok_ours = all(_holds(r, ours, tie) for r in rels)
            ok_base = all(_holds(r, base, tie) for r in rels)
            passed["medstep clinical error score"] += ok_ours
            passed["keyword baseline (concept F1)"] += ok_base
            lines.append(f"   {case['id']:>4} {'ok ' if ok_ours else 'BAD'} {' ; '.join(rels):<22} "
                         + "  ".join(f"{k}={v:.3f}" for k, v in ours.items())
                         + f"   | baseline {'ok ' if ok_base else 'BAD'}")
    print(f"RadJudge: {total} radiologist ranking cases ('=' means within {tie} of each other)")
    for name, n in passed.items():
        print(f"  {name:<32} {n:2d}/{total} ordered as radiologists expect")
    if show:
        print("\n".join(lines))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("datasets", nargs="?", type=Path, default=DEFAULT_DIR,
                    help="folder holding negex/ and radjudge/ (default: ../shared/datasets)")
    ap.add_argument("--errors", action="store_true",
                    help="print the development-part NegEx mistakes and every RadJudge case")
    ap.add_argument("--tie", type=float, default=0.02, help="RadJudge: scores this close count as equal")
    ap.add_argument("--only", choices=("negex", "radjudge"), help="run one of the two sets")
    ap.add_argument("--dev", action="store_true",
                    help="NegEx: print the development part only (while rules are written, so the held-back "
                         "part stays unseen until a final measurement)")
    args = ap.parse_args()
    folder = args.datasets.resolve()
    if not folder.is_dir():
        print(f"No gold data: {folder} does not exist. These public sets are read at benchmark time only "
              "and are not part of the repository; pass the folder holding negex/ and radjudge/.")
        return
    ran = False
    if args.only in (None, "negex") and (folder / "negex" / "Annotations-1-120.txt").is_file():
        run_negex(folder / "negex", args.errors, ("development",) if args.dev else ("development", "held-back", "all"))
        ran = True
    if args.only in (None, "radjudge") and (folder / "radjudge" / "ranking_tests.json").is_file():
        run_radjudge(folder / "radjudge" / "ranking_tests.json", args.tie, args.errors)
        ran = True
    if not ran:
        print(f"No gold data in {folder}: expected negex/Annotations-1-120.txt or radjudge/ranking_tests.json.")


if __name__ == "__main__":
    sys.exit(main())
