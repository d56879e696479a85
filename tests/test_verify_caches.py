"""The verifier's speed-ups give the results of a cold computation.

Why: the memos (evidence, restated-decision spans, step-grade evidence records) and the
option-quote filters skip work that, by argument, cannot change a result; these tests hold
that argument to account on the red-team chains (options, reports, reference steps, decisions).
``benchmarks/verify_golden.py`` checks the same over ~6,000 calls before and after a change.
"""

from __future__ import annotations

import json
from pathlib import Path

from medstep.answers import option_key
from medstep.verify import Verifier
from medstep.verify.quotes import quoted_in, restates as _restates

CORPUS = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus"


def _items() -> list[dict]:
    out = []
    for name in ("redteam_verify.jsonl", "redteam2_verify.jsonl"):
        out += [json.loads(line) for line in (CORPUS / name).read_text(encoding="utf-8").splitlines()]
    return out


def _call(v: Verifier, it: dict) -> str:
    res = v.verify(it["chain"], report=it.get("report"), reference=it.get("reference_steps"),
                   options=it.get("options"), chosen=it.get("chosen"), gold=it.get("gold"), option_evidence=True,
                   question=it.get("question"))
    counts = [res.factuality_counts(), res.effectiveness_counts(), res.completeness_counts()]
    return json.dumps([res.to_json(), counts], sort_keys=True, default=str)


def test_warm_verifier_matches_a_cold_one() -> None:
    items = _items()
    warm = Verifier()
    for it in items:  # fill every memo with other samples' evidence, options and decisions first
        _call(warm, it)
    for it in items[::3]:
        assert _call(warm, it) == _call(Verifier(), it), it["id"]


def test_option_filter_keeps_every_option_a_clause_may_quote() -> None:
    seen = 0
    for it in _items():
        quoted = tuple(sorted({option_key(t) for t in (it.get("options") or {}).values()}, key=len, reverse=True))
        if not quoted:
            continue
        for text in [it["chain"], *(it.get("reference_steps") or [])]:
            kept = quoted_in(text, quoted)
            for clause in text.replace("\n", ". ").split(". "):
                seen += 1
                assert _restates(clause, kept) is _restates(clause, quoted), clause
    assert seen > 200


def test_a_batch_memo_answers_as_no_memo() -> None:
    """Every chain twice in one batch, after the others: the second time each step comes from the
    segment memo (clauses.py), keyed on the step's whole input; the answer must not move."""
    items = _items()
    plain = Verifier()
    want = [_call(plain, it) for it in items]
    batched = Verifier()
    with batched.batch():
        first = [_call(batched, it) for it in items]
        memo = batched.extractor._memo
        assert memo is not None and len(memo.values) > 100
        again = [_call(batched, it) for it in items]
    assert batched.extractor._memo is None  # dropped with the batch
    assert first == want and again == want


_LINES = ["No pleural effusion.", "There is a small left pleural effusion.", "vs. atelectasis", "Likely pneumonia",
          "CTR greater than 0.5, so cardiomegaly.", "Indication: cough.", "Findings: the lungs are clear.",
          "A) Pleural effusion: the angles are sharp", "right-sided pneumothorax", "2 cm nodule", "cm nodule",
          "Step 2: consolidation", "Impression: no acute process.", "Effusion: none", "\u53f3\u4fa7\u6c14\u80f8\u3002",
          "no  pneumothorax", "Heart size is normal.. Lungs clear", "e.g. edema", "- edema", "(B) Cardiomegaly",
          "the nodule measures 2", "mm nodule in the right lung", "on the right", "lung is clear", "1.5 x", "by 3",
          "Effusion:", "large", "effusion, significant", "B.", "A. Pneumothorax", "the left"]
_LEADS = ["", "", "1. ", "2) ", "* ", "10. ", "3.  ", " ", "-", "\u2022 ", "7. "]


def test_line_cut_segments_answer_as_the_whole_text_scan() -> None:
    """A segment that starts a line (or follows a list marker) is scanned and memoised on its own text
    (``Scanner.line_cut``); its findings, clauses and skip state must be those of the whole-text scan."""
    import random

    from medstep.verify.steps import split_steps

    rng = random.Random(7)
    plain, batched = Verifier(), Verifier()
    line_cuts = 0
    with batched.batch():
        for _ in range(600):
            text = "\n".join(rng.choice(_LEADS) + rng.choice(_LINES) for _ in range(rng.randint(1, 7)))
            starts = [s.start for s in split_steps(text)] or [0]
            quoted = ("pleural effusion", "cardiomegaly") if rng.random() < 0.5 else ()
            want = plain.extractor.analyse(text, starts, claims_only=True, quoted=quoted)
            low = text.lower().replace("-", " ")
            line_cuts += "  " not in low and all(batched.extractor.scanner.line_cut(low, s) for s in starts)
            for _twice in range(2):  # the second time from the memo
                assert batched.extractor.analyse(text, starts, claims_only=True, quoted=quoted) == want, text
    assert line_cuts > 100


def test_sentence_readings_memoised_per_scanner_answer_as_computed() -> None:
    import gc
    import weakref

    from medstep.verify import changes
    from medstep.verify.devices import devices_in, normalise

    sentences = ["It is unchanged from two days ago.", "The heart size is unchanged.", "This is new compared with "
                 "the preoperative radiograph.", "It has not changed.", "The cardiac silhouette has doubled in size "
                 "since 2019.", "Overall the appearances have improved.", "The tube tip lies above the carina.",
                 "Its tip is in the stomach.", "No change.", "measuring 9.5 cm, compared with 6.5 cm previously"]
    v = Verifier()
    scanner = v.extractor.scanner
    for _twice in range(2):
        for s in sentences:
            assert changes.first_change(scanner, s) == changes.first_change.__wrapped__(scanner, s)  # type: ignore[attr-defined]
            low = s.lower()
            assert changes._first_concept(scanner, low) == changes._first_concept.__wrapped__(scanner, low)  # type: ignore[attr-defined]
            for last in (None, "enteric", "airway"):
                assert devices_in(normalise(s), last) == devices_in.__wrapped__(normalise(s), last)
    # a verifier's memo goes with it: the memos hold its scanner weakly
    gone = weakref.ref(scanner)
    del v, scanner
    gc.collect()
    assert gone() is None
