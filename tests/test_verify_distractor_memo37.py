"""The distractor rule's evidence words composed from memoised sentences read as the whole text read cold (issue #12).

Why: ``distractor_text._distractor_forms`` drops a distractor's claim form when the case's affirming sentences already
use all its words. A new report's words are now the union of its sentences' (``_said``, each sentence memoised),
not a reading of the whole text; that is exact only because a sentence is read on its own text. These reports put
the same sentences after a section heading, beside a "the same" anaphora and in a comparison clause, and the
sentences that set a finding aside ("rather than", "less likely than") next to ones that affirm it: the composed
words must equal a cold reading of the whole text, and a warm verifier must grade as a cold one. Sentences of our own.
"""

from __future__ import annotations

import pytest

from medstep.jsontext import dumps
from medstep.verify import Verifier, default_verifier
from medstep.verify import distractor_text as dt

INTERPOSED = "Colonic interposition between the liver and the diaphragm is seen."
ASIDE = "Colonic interposition between the liver and the diaphragm is less likely than free gas."
SAME = "The right pleural effusion is the same size."
COMPARED = "Compared with the prior study, colonic interposition between the liver and the diaphragm is unchanged."
REPORTS = [
    f"Findings: Right pleural effusion. {INTERPOSED}\nImpression: Right pleural effusion.",
    f"Findings: Right pleural effusion. {ASIDE}\nImpression: Right pleural effusion.",
    f"Comparison: none. {SAME} {INTERPOSED}",
    f"History: colonic interposition. {SAME}\nFindings: No pneumothorax.",
    f"{COMPARED} {SAME}",
    f"Right pleural effusion rather than colonic interposition between the liver and the diaphragm. {SAME}",
    f"IMPRESSION: {ASIDE} {SAME};{INTERPOSED}",
]
OPTIONS = {"A": "Right pleural effusion", "B": "Colonic interposition between liver and diaphragm",
           "C": "Left lower lobe collapse with volume loss"}
CHAIN = ("1. There is colonic interposition between the liver and the diaphragm.\n"
         "2. Blunting of the right costophrenic angle indicates a right pleural effusion.\n3. No pneumothorax is seen.\n"
         "4. The heart size is normal.")


def _cold_said(text: str) -> frozenset[str]:
    """The words of the affirming sentences as the rule read them before the memo: the whole text cut at each
    sentence mark, every sentence read in turn."""
    out: set[str] = set()
    last = 0
    for i, ch in enumerate(text + "."):
        if ch in dt._SENTENCE_END:
            sentence = text[last:i]
            last = i + 1
            if sentence.strip() and not dt._sets_aside(sentence):
                out |= dt._words(sentence)
    return frozenset(out)


def _clear() -> None:
    for memo in (dt._said, dt._affirmed, dt._distractor_forms):
        memo.cache_clear()


def test_composed_words_equal_a_cold_reading_of_the_whole_text() -> None:
    _clear()
    cold = [_cold_said(r) for r in REPORTS]
    for r in REPORTS[::-1]:  # the sentences met in other reports first
        dt._said(r)
    dt._said.cache_clear()  # (the texts new again: composed from the sentences' memo)
    assert [dt._said(r) for r in REPORTS] == cold
    assert dt._affirmed.cache_info().hits > 0


def test_the_reports_affirm_and_set_aside_the_same_words() -> None:
    """(The cases above test something: the distractor's words are affirmed by some reports, set aside by others.)"""
    form = dt._words(OPTIONS["B"])
    said = [form <= _cold_said(r) for r in REPORTS]
    assert said.count(True) >= 2 and said.count(False) >= 2, said


def _graded(v: Verifier, report: str) -> str:
    got = v.verify(CHAIN, report=report, reference=None, options=OPTIONS, chosen="A", gold="A", option_evidence=True)
    return dumps([got.to_json(), [[v.rule for v in s.verdicts] for s in got.steps]])


@pytest.fixture(scope="module")
def warm() -> list[str]:
    shared = default_verifier()
    with shared.batch(lines_only=True):
        for r in REPORTS[::-1]:
            _graded(shared, r)
        return [_graded(shared, r) for r in REPORTS]


def test_a_warm_verifier_grades_distractors_as_a_cold_one(warm: list[str]) -> None:
    fired = []
    for r, want in zip(REPORTS, warm):
        _clear()
        got = _graded(Verifier(), r)
        assert got == want, r
        fired.append(dt.RULE in got)
    assert any(fired) and not all(fired), fired  # the rule fires on some reports and is vetoed on others


def test_a_long_hostile_text_is_cut_in_linear_time() -> None:
    text = ("a." * 10_000) + ("b" * 20_000)
    assert dt._said(text) == _cold_said(text)
