"""Session 46 (vspeed46, issue #12): readings of a text shared by the verifier's readers, each exact.

* ``scan.sentence_spans``: the ``SENTENCE`` spans every attribute reader loops over, found once per text;
* ``memo.marks_pieces``: the pieces ``found_in_pieces`` / ``true_in_pieces`` ask their patterns of, split once per text;
* ``organ_sides._sides``: a text's side words read inside its memo.

Each is checked against the expression it replaced (kept here as the oracle) on every development corpus text
(chains, steps, reports, reference steps, their scan forms) and on random texts of the characters the patterns turn on,
and the verifier's results on a fixed eighth of the development corpus chains against digests recorded on the base
tree (``benchmarks/verify_corpus_digests.py``, which checks them all).
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path


from medstep.verify import organ_sides
from medstep.verify.memo import found_in_pieces, marks_pieces, true_in_pieces
from medstep.verify.scan import SENTENCE, lower_text, sentence_spans

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import verify_corpus_digests  # noqa: E402

_OLD_MARKS = re.compile(r"[.;:!?,()]")
_TOKENS = ["3", "3.5", ".", ". ", ";", "!", "?", "\n", " ", "cm", "left", "Right", ",", ":", "(", ")", "1.", ".2",
           "No effusion", "A.", "\u2019", "-", "->", "#", "\u0130", "\t", "vs.", "e.g."]


def _texts() -> list[str]:
    out: set[str] = set()
    for _name, _i, kw in verify_corpus_digests.calls():
        for t in (kw["chain"], kw["report"], *(kw["reference"] or ()), *(kw["options"] or {}).values()):
            if isinstance(t, str) and t:
                out.add(t)
                out.add(lower_text(t))
                out.update(line for line in t.split("\n") if line)
    rng = random.Random(46)
    out.update("".join(rng.choice(_TOKENS) for _ in range(rng.randint(0, 40))) for _ in range(3000))
    out.add("3.5 cm. " * 1000)  # (over the memoised length: split each time, the same spans)
    return sorted(out)


TEXTS = _texts()


def test_sentence_spans_are_sentence_matches() -> None:
    for t in TEXTS:
        assert sentence_spans(t) == tuple(m.span() for m in SENTENCE.finditer(t)), t
        assert sentence_spans(t) == tuple(m.span() for m in SENTENCE.finditer(t))  # (a memo hit: the same)


def test_marks_pieces_are_the_split() -> None:
    for t in TEXTS:
        assert marks_pieces(t) == tuple(_OLD_MARKS.split(t)), t
        assert marks_pieces(t) is marks_pieces(t) or len(t) > 4096


def test_found_and_true_in_pieces_unchanged() -> None:
    earlier = re.compile(r"\b(?:prior|previous|earlier)\b")
    for t in TEXTS[:4000]:
        low = t.lower()
        assert found_in_pieces(earlier, low) == any(earlier.search(p) is not None for p in _OLD_MARKS.split(low))
        assert true_in_pieces(lambda p: "left" in p, low) == any("left" in p for p in _OLD_MARKS.split(low))


def test_side_words_read_in_the_memo() -> None:
    from medstep.verify import default_verifier

    scanner = default_verifier().extractor.scanner
    for t in TEXTS[:3000]:
        assert organ_sides._sides(scanner, t)[2] == frozenset(w.lower() for w in organ_sides._SIDE_WORDS.findall(t))
    ev = organ_sides.evidence_sides([("report", "Left effusion. RIGHT lung clear."), ("reference[0]", "")], scanner)
    assert ev[2] == frozenset({"left", "right"})


def test_report_antecedent_as_uncached() -> None:
    """``aligned._report_antecedent`` (memoised for short pairs) reads each consecutive pair of corpus report
    sentences as ``_antecedent`` does, a memo hit included."""
    from medstep.verify import default_verifier
    from medstep.verify.aligned import _report_antecedent
    from medstep.verify.aligned_words import _antecedent, _not_thing

    not_thing = _not_thing(default_verifier().extractor.scanner.attr_words)
    pairs = 0
    for t in TEXTS:
        sents = [t[a:b] for a, b in sentence_spans(t) if t[a:b].strip()]
        for before, sent in zip(sents, sents[1:]):
            want = _antecedent(sent, before, not_thing, superlative=True)
            assert _report_antecedent(sent, before, not_thing) == want
            assert _report_antecedent(sent, before, not_thing) == want
            pairs += 1
    assert pairs > 1000
