"""Whether the verifier finds the one clinical error of each one-error chain (issue #8, lane errdetect36).

The retired blind verify sets hold, per case, a faithful chain (kind ``good``, tier 3) and chains with one error of a
known kind (``err-negation``, ``err-location``, ``err-size``, ...; tier 2), whose ``note`` names the wrong fact. A
RadRScore that ties or inverts such a pair usually means the verifier did not see the error. This reads every chain as
``bench_redteam``'s Part B does (report, reference steps, options, chosen and gold, option evidence, question) and
counts, per error kind:

* ``found``: a step has a contradicted claim (the step contradicted, a claim of it contradicted and inconsistent);
* ``on_error``: a contradicted step's text lies in a line the good chain of the case lacks (the erroneous line);
* ``on_fact``: a contradicted claim's own extent covers a word that the erroneous line changed relative to the good
  chain's most similar line, among those the note's account of the error names (``error_facts.py``): the error
  itself was read, not another reworded line (session 55: two blind 55 chains "found" only through an option
  heading read as a finding present, their real errors never read);
* ``missed``: no contradicted step and no false committed answer: the error was not seen at all.

It also counts the contradicted claims of the tier-3 chains (good, paraphrase, terse): a change that finds more
errors must not contradict more faithful claims. ``--list KIND`` prints the missed chains of a kind with their notes.

Usage: ``PYTHONPATH=src:benchmarks python benchmarks/bench_error_detection.py [--list err-location] [FILES...]``
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from error_facts import changed_words, claim_extent, covers
from medstep.verify import verify
from medstep.verify.steps import split_steps
from medstep.verify.verdicts import Verdict

CORPUS = Path(__file__).parent / "corpus"
_TAG_ONLY = re.compile(r"</?\w+>")
DEFAULT = tuple(CORPUS / f"retired_blind{k}_verify.jsonl" for k in range(30, 60))


def _read(case: dict) -> tuple[list[tuple[str, int]], bool, list[tuple[int, int]]]:
    """The (text, contradicted claims) of each contradicted step, whether the committed answer is false, and the
    extent in the chain (``error_facts.claim_extent``) of each contradicted claim of those steps."""
    chain = case["chain"]
    v = verify(chain, report=case["report"], reference=case["reference_steps"], options=case["options"],
               chosen=case["chosen"], gold=case["gold"], option_evidence=True, question=case["question"])
    con = Verdict.CONTRADICTED
    starts = {st.index: st.start for st in split_steps(chain) if chain[st.start:st.end] == st.text}
    steps = []
    extents = []
    for s in v.steps:
        bad = [fv.finding for fv in s.verdicts if fv.verdict is con and fv.consistent is False]
        if s.verdict is con and bad:
            steps.append((s.text, len(bad)))
            offset = starts.get(s.index, chain.find(s.text))
            for f in bad:
                a, b = claim_extent(s.text, f.start, f.end)
                extents.append((offset + a, offset + b))
    return steps, v.decision is not None and v.decision.consistent is False, extents


def _parts(text: str) -> list[str]:
    """The opening (60 characters) of each line of a step's text, tag-only lines ("<think>") left out: a step that
    opens a think block starts with the tag and a newline, which no line of the chain contains whole."""
    parts = [line.strip()[:60] for line in text.split("\n")]
    return [p for p in parts if p and _TAG_ONLY.fullmatch(p) is None]


def measure(paths: tuple[Path, ...], unread: dict[str, list[str]] | None = None
            ) -> tuple[dict[str, Counter[str]], Counter[str], dict[str, list[str]]]:
    """Per error kind the counts of the module docstring, the tier-3 counts, and the missed chains per kind;
    ``unread`` (when given) collects per kind the chains whose error is not ``on_fact``."""
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    faithful: Counter[str] = Counter()
    missed: dict[str, list[str]] = defaultdict(list)
    for path in paths:
        cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        good = {c["case"]: c["chain"] for c in cases if c["kind"] == "good"}
        for c in cases:
            if c["tier"] == 3:
                steps, _false, _extents = _read(c)
                faithful["chains"] += 1
                faithful["contradicted claims"] += sum(n for _t, n in steps)
                faithful["chains with one"] += bool(steps)
            elif c["kind"].startswith("err-"):
                steps, false, extents = _read(c)
                lines = set(good.get(c["case"], "").split("\n"))
                changed = [line for line in c["chain"].split("\n") if line not in lines]
                k = kinds[c["kind"]]
                k["n"] += 1
                k["found"] += bool(steps)
                k["on_error"] += any(part in line for text, _n in steps for part in _parts(text) for line in changed)
                fact = changed_words(c["chain"], good.get(c["case"], ""), c.get("note", ""))
                on_fact = any(covers(extent, fact) for extent in extents)
                k["on_fact"] += on_fact
                if unread is not None and not on_fact:
                    unread.setdefault(c["kind"], []).append(f"{c['id']}: {c.get('note', '')}")
                if not steps and not false:
                    k["missed"] += 1
                    missed[c["kind"]].append(f"{c['id']}: {c.get('note', '')}")
    return kinds, faithful, missed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*", type=Path, default=list(DEFAULT))
    ap.add_argument("--list", metavar="KIND", help="print the missed chains of this error kind")
    ap.add_argument("--unread", metavar="KIND", help="print the chains of this error kind ('all': every kind) "
                                                       "whose error is not on_fact")
    args = ap.parse_args()
    unread: dict[str, list[str]] = {}
    kinds, faithful, missed = measure(tuple(args.files), unread)
    print(f"{'kind':<16} {'n':>4} {'found':>6} {'on_error':>9} {'on_fact':>8} {'missed':>7}")
    total: Counter[str] = Counter()
    for kind in sorted(kinds):
        k = kinds[kind]
        total.update(k)
        print(f"{kind:<16} {k['n']:>4} {k['found']:>6} {k['on_error']:>9} {k['on_fact']:>8} {k['missed']:>7}")
    print(f"{'all':<16} {total['n']:>4} {total['found']:>6} {total['on_error']:>9} {total['on_fact']:>8} "
          f"{total['missed']:>7}")
    print(f"tier-3 chains {faithful['chains']}: {faithful['contradicted claims']} contradicted claims in "
          f"{faithful['chains with one']} chains")
    for kind in sorted(unread) if args.unread else ():
        if args.unread in ("all", kind):
            for line in unread[kind]:
                print(f"  unread {kind} {line}")
    if args.list:
        for line in missed.get(args.list, []):
            print(f"  {line}")


if __name__ == "__main__":
    main()
