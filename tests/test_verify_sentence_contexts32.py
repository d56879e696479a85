"""A warm verifier against a cold one on reports that repeat sentences in other contexts (issue #12, speed32).

Why: the verifier's speed on a benchmark rests on memos of what it read before, many of them per sentence or per
line (``pieces.py``, ``memo.owner_memo``, the attribute readings) while some readings look across sentences: a
denial's scope, a section header ("History:", "Comparison: none"), a pronoun or "the <noun>" subject standing for
the sentence before ("It is unchanged"), a normal statement that yields to a finding the whole report names ("The
lungs are clear" beside "Right lower lobe consolidation"). Each report below is verified by the shared verifier, in a
lines-only batch as ``medstep score`` grades, after the other reports (and itself, with other chains) have filled its
memos, and by a fresh ``Verifier`` that met no other report: every observable output must be the same. Sentences of
our own.
"""

from __future__ import annotations

import pytest

from medstep.jsontext import dumps
from medstep.judges.verifier import ReasoningScore
from medstep.verify import Verifier, default_verifier

HEART = "The heart is enlarged."
DENIAL = "No pleural effusion or pneumothorax."
SAME = "It is unchanged from the prior study."
CLEAR = "The lungs are clear."

REPORTS = [
    f"Findings: {DENIAL} {HEART} {SAME} Impression: Cardiomegaly.",
    f"History: pneumonia. Findings: {HEART} {DENIAL} {SAME} Impression: No acute process.",
    f"{CLEAR} Right lower lobe consolidation. {DENIAL} {HEART}",
    f"Comparison: none. Left pleural effusion. {SAME} {HEART}",
    f"Clinical history: pleural effusion. Findings: {CLEAR} The heart size is normal. {DENIAL}",
    f"No previous radiograph for comparison. {DENIAL}\n{HEART} {SAME}\nThe effusion has increased in size.",
    f"{HEART}\nThe heart size is normal.\n{DENIAL} {CLEAR}",
]
CHAINS = [
    "1. There is a left pleural effusion.\n2. The heart is enlarged.\n3. No pneumothorax is seen.\n"
    "4. The effusion has increased since the prior study.",
    "1. The lungs are clear.\n2. There is right lower lobe consolidation.\n3. The heart size is normal.\n"
    "4. No pleural effusion.",
    "1. The cardiac silhouette is enlarged, unchanged from before.\n2. There is no pneumothorax or effusion.\n"
    "3. Findings consistent with cardiomegaly.",
]


def _observed(v) -> str:
    """Everything a caller sees of a verification: its JSON, the stored grade, the clinical score, each step's
    findings and clauses."""
    steps = [[s.index, [repr(f) for f in s.findings], list(s.clauses), s.supported, s.effective] for s in v.steps]
    clinical = None if v.clinical is None else repr(v.clinical.score)
    return dumps([v.to_json(), dumps(ReasoningScore.from_verification(v).to_grade()), clinical, steps])


def _run(verifier: Verifier, chain: str, report: str, with_reference: bool) -> str:
    reference = [s for s in report.replace("\n", " ").split(". ") if s] if with_reference else None
    return _observed(verifier.verify(chain, report=report, reference=reference))


@pytest.fixture(scope="module")
def warm() -> dict[tuple[int, int, bool], str]:
    shared = default_verifier()
    out = {}
    with shared.batch(lines_only=True):
        for rounds in range(2):  # the second round finds every report, line and sentence in the memos
            for j, report in enumerate(REPORTS if rounds == 0 else REPORTS[::-1]):
                j = j if rounds == 0 else len(REPORTS) - 1 - j
                for k, chain in enumerate(CHAINS):
                    for ref in (False, True):
                        got = _run(shared, chain, report, ref)
                        assert out.setdefault((j, k, ref), got) == got  # warm from its own report: as the first time
    return out


@pytest.mark.parametrize("j", range(len(REPORTS)))
def test_a_report_of_sentences_met_elsewhere_reads_as_a_cold_verifier_reads_it(warm, j: int) -> None:
    cold = Verifier()  # (its own memos: it met no other report)
    for k, chain in enumerate(CHAINS):
        for ref in (False, True):
            assert _run(cold, chain, REPORTS[j], ref) == warm[(j, k, ref)], (j, k, ref)


def test_the_reports_repeat_sentences_in_other_contexts() -> None:
    """(The cases above test something: each shared sentence stands after different text in different reports.)"""
    for sentence in (HEART, DENIAL, SAME, CLEAR):
        before = {r[:r.index(sentence)][-20:] for r in REPORTS if sentence in r}
        assert len(before) >= 2, sentence
