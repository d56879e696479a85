"""Linear readings of the verifier's super-linear shapes (issues #8, #12, lane slow36b): a reward batch must not hang
on any reply. Each rewrite reads every text as before (the old code kept here as the oracle, on random texts of the
tokens it turns on), the shapes grow linearly (``support.timing``), and a normal sentence reads as it did.

* ``prior_state._EARLIER`` ("two days ago"): "gap-" * n, "antero-" * n (a count ``\\b[\\w-]+`` tried from each
  boundary of a run of hyphen-joined words scanned the run again from each);
* ``scan.Scanner._recover``: one huge word ("dorso" * 4000: each rejected phrase inside it walked and scanned the rest
  of the word again);
* ``relative_sides.resolve``: "left effusion on the other side " * n (each relative word scanned the text before it
  and every finding of the text), and then ``sides.side_errors`` and ``completeness.recall_units`` on it (each sided
  claim of one concept read all the statements of that concept again).
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

import pytest
from support.timing import grows_linearly, reads_linearly, rep

from medstep.answers import hedges
from medstep.verify import Verdict, default_verifier, verify
from medstep.verify import prior_state, relative_sides
from medstep.verify.findings import Finding, Polarity
from medstep.verify.scan import Scanner

# The code as it was (the oracles).
OLD_EARLIER = re.compile(
    r"\b[\w-]+\s+(?:hours?|days?|weeks?|months?|years?)\s+ago\b|"
    + hedges.words(w for w in hedges.EARLIER_TIME if w not in prior_state._MAYBE_THIS_STUDY)
    + r"|\b(?:on|in)\s+(?:the\s+|an?\s+)?(?:" + hedges.alternation(hedges.EARLIER_WORDS, ("old", "initial"))
    + r")\s+(?:[\w-]+\s+){0,2}?(?:film|radiograph|x-?ray|study|scan|ct|examination|exam|image|images|imaging|one)\b"
    r"|\b(?:previously|before)\b")


def old_resolve(text: str, findings: Sequence[Sequence[Finding]], offsets: Sequence[int]) -> list[list[Finding]] | None:
    low = text.lower()
    hits = list(relative_sides._RELATIVE.finditer(low))
    if not hits:
        return None
    starts = relative_sides._sentence_starts(low)
    out = [list(fs) for fs in findings]
    changed = False
    for m in hits:
        k = max(i for i, s in enumerate(starts) if s <= m.start())
        a = starts[k - 1] if k else 0
        ref = None
        for s in relative_sides._SIDE.finditer(low, a, m.start()):
            ref = "left" if s.group(1) else "right"
        if ref is None:
            continue
        side = relative_sides._OTHER[ref] if m.group(1) else ref
        b = starts[k + 1] if k + 1 < len(starts) else len(low)
        best = None
        for si, fs in enumerate(out):
            for fi, f in enumerate(fs):
                pos = f.start + offsets[si]
                if f.laterality is None and f.category == "finding" and f.source == "mention" and starts[k] <= pos < b:
                    d = abs(pos - m.start())
                    if best is None or d < best[0]:
                        best = (d, si, fi)
        if best is not None:
            out[best[1]][best[2]] = replace(out[best[1]][best[2]], laterality=side)
            changed = True
    return out if changed else None


EARLIER_TOKENS = ["two", "2", "-", "--", "a-b", "3-4", " ", "  ", "\n", "days", "day", "ago", "agox", ".", ",", "é",
                  "x", "_", "weeks", "hours", "years ago", "-x", "ago.", "previously", "on the prior film"]


def test_the_earlier_time_reads_as_before() -> None:
    rng = random.Random(36)
    for _ in range(20_000):
        text = "".join(rng.choice(EARLIER_TOKENS) for _ in range(rng.randint(1, 9)))
        end = rng.randint(0, len(text))
        for pos, endpos in ((0, len(text)), (0, end)):
            assert (prior_state._EARLIER.search(text, pos, endpos) is None) == (
                OLD_EARLIER.search(text, pos, endpos) is None), (text, endpos)


SIDE_TOKENS = ["left", "right", "l", "r", "lt", "effusion", "other side", "contralateral", "ipsilateral", "same side",
               "opposite side", "minor fissure", "the", ".", "\n", ";", ",", "2 l"]


def _finding(rng: random.Random, start: int) -> Finding:
    return Finding("c", "c", rng.choice(("finding", "finding", "device")), Polarity.PRESENT, "x", start, start + 1,
                   laterality=rng.choice((None, None, None, "left")), source=rng.choice(("mention", "mention", "normal")))


def test_relative_sides_resolve_as_before() -> None:
    rng = random.Random(8)
    resolved = 0
    for _ in range(5_000):
        text = " ".join(rng.choice(SIDE_TOKENS) for _ in range(rng.randint(1, 14)))
        offsets = [0] + sorted(rng.sample(range(len(text) + 1), rng.randint(0, 2)))
        if rng.random() < 0.2:
            rng.shuffle(offsets)  # (segments out of text order: ties go to the first in the segments' order)
        findings = [[_finding(rng, rng.randint(0, max(0, len(text) - off))) for _ in range(rng.randint(0, 4))]
                    for off in offsets]
        want = old_resolve(text, findings, offsets)
        assert relative_sides.resolve(text, findings, offsets) == want, (text, offsets)
        resolved += want is not None
    assert resolved > 1_000  # (the texts do resolve sides, often)


def test_a_huge_word_scans_as_before() -> None:
    scanner = default_verifier().extractor.scanner
    parts = ["dors", "dorso", "effusion", "pleural", "no", "acute infarct", "ion", "al", "é", "x", " ", "-", "cardio",
             "megaly", "left", "nodule", "mid", "lung", "s", "2", "cm", "there is no", "dal", ".", ","]
    recover = Scanner._recover

    def unlearnt(self: Scanner, padded: str, first: int, last: int, failed: tuple, solid: list[int]
                 ) -> tuple[list, int | None]:
        return recover(self, padded, first, last, failed, [0, -1])  # (learns nothing: the scan as it was)

    rng = random.Random(12)
    texts = ["".join(rng.choice(parts) for _ in range(rng.randint(1, 25))) for _ in range(3_000)]
    now = [scanner.events_lower(t) for t in texts]
    try:
        Scanner._recover = unlearnt  # type: ignore[method-assign]
        before = [scanner.events_lower(t) for t in texts]
    finally:
        Scanner._recover = recover  # type: ignore[method-assign]
    assert now == before


_fresh = itertools.count()


def _verify_shape(unit: str) -> Callable[[int], object]:
    """``verify`` of a chain step and report of ``unit * n``, each call a text not read before (the verifier memoises
    per sentence: a repeat would time a lookup)."""
    def run(n: int) -> object:
        text = f"q{next(_fresh)} " + unit * n
        return verify("1. " + text + "\nFinal answer: effusion", report=text)
    return run


@pytest.mark.parametrize(("unit", "small", "large"), [
    ("gap-", 800, 8_000),
    ("antero-", 800, 8_000),
    ("dorso", 800, 8_000),
    ("left effusion on the other side ", 100, 1_000),  # (also each sided claim's family: ``sides``, ``completeness``)
], ids=["gap-run", "antero-run", "huge-word", "relative-sides"])
def test_the_shapes_verify_in_linear_time(unit: str, small: int, large: int) -> None:
    grows_linearly(_verify_shape(unit), small, large)


def test_the_earlier_time_alone_reads_in_linear_time() -> None:
    reads_linearly(prior_state._EARLIER.search, rep("antero-", 20_000, tail=" days agox"))


def _relative(n: int) -> list[list[Finding]] | None:
    unit = "left effusion on the other side "
    text = unit * n
    findings = [Finding("pleural_effusion", "effusion", "finding", Polarity.PRESENT, "effusion", i * len(unit) + 5,
                        i * len(unit) + 13) for i in range(n)]
    return relative_sides.resolve(text, [findings], [0])


def test_many_relative_sides_resolve_in_linear_time() -> None:
    grows_linearly(_relative, 300, 3_000)


def test_a_normal_sentence_verifies_as_before() -> None:
    report = ("Large left pneumothorax. The mediastinum is shifted to the right. A small effusion two days ago has "
              "resolved.")
    chain = ("There is a large left pneumothorax. The mediastinum is shifted to the contralateral side. "
             "The antero-posterior film shows the dorsolateral ribs intact.")
    v = verify(chain + "\nFinal answer: left pneumothorax", report=report)
    assert all(s.verdict is not Verdict.CONTRADICTED for s in v.steps)
    wrong = verify("There is a large left pneumothorax. The mediastinum is shifted to the ipsilateral side.",
                   report=report)
    assert wrong.steps[-1].verdict is Verdict.CONTRADICTED
    assert prior_state.past_spans("A small effusion two days ago was seen.") != ()
    assert prior_state.past_spans("A small effusion is seen on the antero-posterior film.") == ()
    resolved = _relative(2)  # (each "other side" sides an effusion: the first the one before it, at the same distance)
    assert resolved is not None and [f.laterality for f in resolved[0]] == ["right", "right"]
