"""Lay and telegraphic probe: how many lay sentences the verifier reads as the finding they state.

Reads ``corpus/lay_probe.json`` (sentences written for this probe, not taken from a corpus set): per finding the
concepts that count as reading it, sentences stating it present and sentences denying it. A sentence is *read* when
:func:`medstep.verify.extract_findings` returns an accepted concept with the intended polarity, and *wrong* when it
returns one with the opposite polarity ("Nothing is broken." read as a fracture present). Why it matters: a faithful
chain in lay words that the verifier reads as stating nothing earns no credit (the commitment rule scores it 0).

    python benchmarks/bench_lay.py [--misses]

Offline, deterministic, about a second.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from medstep.verify import Polarity, extract_findings

CORPUS = Path(__file__).resolve().parent / "corpus"


def run(groups: list[dict], misses: bool) -> tuple[int, int, int]:
    total = read = wrong = 0
    for g in groups:
        accept = set(g["accept"])
        for want, texts in ((Polarity.PRESENT, g["present"]), (Polarity.ABSENT, g["absent"])):
            for text in texts:
                found = extract_findings(text)
                ok = any(f.concept in accept and f.polarity is want for f in found)
                bad = any(f.concept in accept and f.polarity not in (want, Polarity.UNCERTAIN) for f in found)
                total, read, wrong = total + 1, read + ok, wrong + bad
                if misses and not ok:
                    print(f"  {'wrong' if bad else 'miss '} {g['finding']:<26} {want.value:<7} {text!r}")
    return total, read, wrong


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="print every sentence not read")
    args = ap.parse_args()
    spec = json.loads((CORPUS / "lay_probe.json").read_text(encoding="utf-8"))
    for key in [k for k in spec if not k.startswith("_")]:
        groups = spec[key]
        total, read, wrong = run(groups, args.misses)
        print(f"{key:<21} {len(groups):>3} findings {total:>4} sentences  read {read:>4} ({read / total:.1%})  "
              f"wrong polarity {wrong}")


if __name__ == "__main__":
    main()
