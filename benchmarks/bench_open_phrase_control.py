"""Precision control of the open answer's phrase narrowing (``extract/open_phrase.py``): texts where it must NOT read
the first phrase.

Each text is built from a pair of corpus golds (two open items' labels X and Y, drawn with a fixed seed) in a
template where X is rejected, denied, or one of two alternatives ("Not X — this is Y.", "X was considered, but this
is Y.", "X or Y, can't say which."), and in templates with no veto word before X (``QUESTIONED``: X inside
reported speech or an earlier report, a bold X that has cleared or that modifies the noun after it, X kept open by
"yet" or "remains a consideration", a where-question's denied location), each under its own question. Every text is
read by :func:`medstep.extract.extract` as an open answer. Counted:

* ``narrowed to X``: readings by the narrowing rule (``open_phrase``) equal to X — the wrong candidate. Must be 0.
* ``narrowed``: readings by the narrowing rule at all (to Y, where the template commits to Y, that is right).
* ``any reading X``: readings of any rule equal to X (the reader as a whole; compare with main's figure).

    PYTHONPATH=src python benchmarks/bench_open_phrase_control.py [--pairs N] [--show]
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

from medstep.answers.text import normalize_answer
from medstep.extract import extract
from medstep.types import AnswerType, Sample

CORPUS = Path(__file__).resolve().parent / "corpus"
_SEED = 27
# A neutral closing sentence: it makes each text long enough for the narrowing to apply (short readings are left as
# the reader made them), so the control exercises it.
_PADDING = " The remaining structures were reviewed in the full report of this study."
_NO_ANSWER = frozenset({"unparsed", "refused", "ambiguous", "truncated", "none"})

# X is the rejected / denied / alternative candidate, Y the other. Templates name each form once.
TEMPLATES = (
    "Not {x} — this is {y}.",
    "Not {x}. This is {y}.",
    "{x} was considered, but this is {y}.",
    "{x} or {y}, can't say which.",
    "This is {x} or {y}; I cannot tell them apart here.",
    "This is not {x}; I'd call this {y}.",
    "This isn't {x} — it is consistent with {y}.",
    "This is {y}, not {x}.",
    "{x} — no, this is {y} on a second look.",
    "Differential: {x}. This is most in keeping with {y}.",
    "**{x}** was my first thought, but this is **{y}**.",
    "I'd call this {x} if the patient is febrile; otherwise {y}.",
    "This is {x}, although {y} can look the same.",
    "Either {x} or {y} — both fit the appearance.",
    "At first glance this looks like {x}, but it's actually {y}.",
    "Rather than {x}, this is {y}.",
    "This could be {x}. I'd favour {y}.",
    "The findings are suggestive of {x} versus {y}.",
    "It is not consistent with {x}. There is {y}.",
    "**{x}** is ruled out; this is {y}.",
    "{x}? No — {y}.",
    "Neither {x} nor {y} fits; the appearance is nonspecific.",
)
# Texts with no veto word before the wrong candidate (review27 of lane openspan27): a mark inside words reported from
# someone else or an earlier time, a bold candidate set aside by what follows it, a candidate held open in words of
# their own ("yet", "remains on the list / a consideration"); each with the question it is asked under.
_DX = "What is the diagnosis?"
_WHERE = "Where is the tip of the catheter?"
_ABN = "What is the abnormality?"
QUESTIONED = (
    (_DX, "Residents often say this is {x}. It is {y}, given the appearance here."),
    (_DX, "Some say this is {x}. It is {y}."),
    (_DX, "The referring clinician suspected this is {x}. The images show {y}."),
    (_DX, "The report from last year said this is {x}. Today the appearance is that of {y}."),
    (_DX, "{x} was suspected; the scan shows {y}."),
    (_ABN, "Previously reported **{x}** has cleared. The current film demonstrates {y}."),
    (_DX, "**{x}** has resolved; new {y} is seen."),
    (_DX, "I'd call this {y}, yet {x} remains on the list."),
    (_DX, "I'd call this {x}, yet {y} remains on the list."),
    (_DX, "This appears to be {x}; {y} remains a consideration."),
    (_DX, "This is {x}; {y} is still a possibility."),
    (_DX, "The referring clinician suspected this is {x}, yet the study shows {y}."),
    (_WHERE, "The tip is not located in {x} — it has been advanced too far."),
    (_WHERE, "The tip is not located in {x}; it lies beyond it."),
    (_WHERE, "Previously the tip was located in {x}; it has since moved to {y}."),
    (_ABN, "The **{x}** view is limited; there is {y}."),
    (_ABN, "The **{x}** lesion is unchanged; there is {y}."),
)


def _golds() -> list[str]:
    """The distinct clear labels of the corpus' open items, in a fixed order."""
    out: set[str] = set()
    for path in sorted(CORPUS.glob("*_extract.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            it = json.loads(line)
            if it.get("answer_type") == "open" and it.get("label") and it["label"] not in _NO_ANSWER:
                out.add(it["label"])
    return sorted(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=150, help="gold pairs drawn (each read in every template)")
    parser.add_argument("--show", action="store_true", help="list the texts narrowed to the wrong candidate")
    args = parser.parse_args()
    golds = _golds()
    rng = random.Random(_SEED)
    counts: Counter[str] = Counter()
    shown: list[str] = []
    for _ in range(args.pairs):
        x, y = rng.sample(golds, 2)
        nx = normalize_answer(x)
        if not nx or nx == normalize_answer(y):
            continue
        for question, template in [(_DX, t) for t in TEMPLATES] + list(QUESTIONED):
            text = template.format(x=x, y=y) + _PADDING
            sample = Sample(id="ctl", question=question, answer=y, answer_type=AnswerType.OPEN)
            got = extract(text, sample)
            counts["texts"] += 1
            narrowed = got.rule == "open_phrase"
            counts["narrowed"] += narrowed
            if got.answer == nx:
                counts["any reading X"] += 1
                if narrowed:
                    counts["narrowed to X"] += 1
                    shown.append(f"    {text!r} -> {got.answer!r}")
    print(f"open_phrase control: {counts['texts']} texts from {args.pairs} gold pairs x {len(TEMPLATES) + len(QUESTIONED)} templates")
    print(f"  narrowed to X (wrong candidate): {counts['narrowed to X']}; narrowed: {counts['narrowed']}; "
          f"any reading X: {counts['any reading X']}")
    if args.show:
        for line in shown:
            print(line)


if __name__ == "__main__":
    main()
