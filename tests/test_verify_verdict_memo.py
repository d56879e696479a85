"""Verdicts shared across evidence sets (``verify/verdict_memo.py``) are the verdicts a cold judge gives.

Why: ``verdicts.judge`` answers a claim from what an earlier evidence set with findings of the same shapes decided,
whatever report those findings came from. These tests judge reports that share sentences in other orders and with one
attribute changed (a side, a grade, a size, a change, an organ, a hedge, an "other"), each after the others have filled
the memo, and compare every verdict, rule and evidence span with a verifier that never reads the memo; a verifier with
its own lexicon is not answered from another's entries.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from medstep.verify import Verifier, verdicts

# (chain, report): reports built of shared sentences, with one attribute moved between them
_REPORTS = [
    "Small right pleural effusion. No pneumothorax is seen. The heart is enlarged. Impression: effusion.",
    "No pneumothorax is seen. Small right pleural effusion. Impression: right effusion. The heart is enlarged.",
    "Small left pleural effusion. No pneumothorax is seen. The heart size is normal.",
    "Moderate right pleural effusion, increased since the prior study. No pneumothorax.",
    "A 12 mm nodule in the right upper lobe. No other nodules. The lungs are otherwise clear.",
    "A 30 mm mass in the right upper lobe. No other nodules. The lungs are otherwise clear.",
    "Possibly no pneumothorax. Small right pleural effusion.",
    "Possible pneumothorax. Small right pleural effusion.",
    "No focal lesion in the liver. A cyst in the right kidney. The spleen is normal.",
    "No previous imaging for comparison. Small right pleural effusion is unchanged.",
    "There is a healing fracture of the left posterior sixth rib. No pneumothorax is seen.",
    "Comparison: none. Mild cardiomegaly. Trace bilateral effusions.",
]
_CHAINS = [
    # numbered steps (GPT-4o, Qwen-VL style)
    "1. There is a small right pleural effusion.\n2. No pneumothorax is seen.\n3. The heart is enlarged.",
    "1. A left pleural effusion is present.\n2. There is a small pneumothorax at the right apex.",
    # prose (Claude, Gemini style)
    "The right effusion is moderate and has worsened since the prior study. The lungs are otherwise clear.",
    "I see a 12 mm nodule in the right upper lobe, and no other nodules. The heart size is normal.",
    # terse (LLaVA-Med, MedGemma style)
    "Cardiomegaly. Bilateral effusions. No PTX.",
    "Findings: cyst in the liver; the kidneys are normal. No focal lesion in the right kidney.",
    # a <think> chain (DeepSeek-R1 style)
    "<think>Possibly a small pneumothorax. The effusion is unchanged.</think> Fracture of the left sixth rib.",
    # what must not change: a chain of normal statements only
    "The trachea is midline. The mediastinal contours are within normal limits. The bony thorax is intact.",
]
_REFERENCE = ["Small right pleural effusion.", "No pneumothorax is seen."]


@contextmanager
def _cold() -> Iterator[None]:
    """Every shared verdict missed (the judge decides each claim itself)."""
    saved = verdicts.recall
    verdicts.recall = lambda key: None  # type: ignore[assignment]
    try:
        yield
    finally:
        verdicts.recall = saved


def _graded(v: Verifier, chain: str, report: str, reference: list[str] | None) -> str:
    res = v.verify(chain, report=report, reference=reference)
    return json.dumps([res.to_json(), [x.contexts() for s in res.steps for x in s.verdicts],
                       res.factuality_counts(), res.completeness_counts()], sort_keys=True, default=str)


@pytest.fixture(scope="module")
def warm() -> Verifier:
    return Verifier()


@pytest.fixture(scope="module")
def cold() -> Verifier:
    """A verifier only ever called under ``_cold`` (its evidence sets' own memos hold cold verdicts only)."""
    return Verifier()


@pytest.mark.parametrize("reference", [None, _REFERENCE])
def test_shared_verdicts_match_a_cold_judge(warm: Verifier, cold: Verifier, reference: list[str] | None) -> None:
    for report in _REPORTS:  # fill the memo with every report's verdicts first
        for chain in _CHAINS:
            _graded(warm, chain, report, reference)
    for report in reversed(_REPORTS):
        for chain in _CHAINS:
            got = _graded(warm, chain, report + " ", reference)  # a new report (new evidence set), same findings
            with _cold():
                want = _graded(cold, chain, report + " ", reference)
            assert got == want, (chain, report)


def test_the_memo_is_used_and_cites_the_new_reports_words(warm: Verifier) -> None:
    v = warm
    chain = "1. There is a small right pleural effusion.\n2. No pneumothorax is seen."
    v.verify(chain, report="Small right pleural effusion. No pneumothorax is seen.")
    asked: list[bool] = []
    saved = verdicts.recall

    def counted(key: tuple) -> tuple | None:
        hit = saved(key)
        asked.append(hit is not None)
        return hit

    verdicts.recall = counted  # type: ignore[assignment]
    try:
        res = v.verify(chain, report="No pneumothorax is seen here. Small right pleural effusion, as before.")
    finally:
        verdicts.recall = saved
    assert any(asked)
    contexts = [c for s in res.steps for x in s.verdicts for c in x.contexts()]
    assert ("report", "Small right pleural effusion, as before.") in contexts
    assert ("report", "No pneumothorax is seen here.") in contexts


def test_another_lexicon_is_not_answered_from_the_memo(warm: Verifier, cold: Verifier, tmp_path: Path) -> None:
    extra = tmp_path / "extra.tsv"
    extra.write_text("pleural_effusion\t\t\tlung_opacity\t\t\n", encoding="utf-8")  # an effusion is an opacity here
    chain = "1. There is an opacity in the right lung.\n2. A small right pleural effusion."
    report = "Small right pleural effusion. Patchy consolidation in the right lower lobe."
    extended = Verifier(extra_lexicon=extra)
    got = [_graded(v, chain, report + " " * k, None) for k in range(3) for v in (warm, extended)]
    with _cold():  # (new reports again, whose evidence sets hold no verdict yet: each judged cold)
        want = [_graded(v, chain, report + " " * k, None) for k in range(3, 6) for v in (cold, extended)]
    assert got == want
    assert got[0] != got[1]  # (the lexicons read the opacity differently: each kept its own verdicts)
