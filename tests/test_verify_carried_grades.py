"""A grade given in a sentence of its own to the finding named before, with the side the chain gave it (issue #8,
verify11).

Why: "There's fluid on the left. The fluid is small." (a lay chain states the side once) read the second sentence
as nothing, so a chain that turned a large effusion small that way, or "It is large." after a small one, scored
as the faithful chain.
"""

import pytest

from medstep.verify import Verdict, verify


@pytest.mark.parametrize("chain, report, verdict", [
    ("There's fluid on the left. The fluid is small.", "Large left pleural effusion.", Verdict.CONTRADICTED),
    ("There's fluid on the left. The fluid is small.", "Small left pleural effusion.", Verdict.SUPPORTED),
    ("There is a left effusion. It is large.", "Small left pleural effusion.", Verdict.CONTRADICTED),
    ("Air has leaked around the right lung. The gap is only small.", "Small right pneumothorax.", Verdict.SUPPORTED),
    ("There is fluid on the left. The heart is big. The fluid is small.", "Large left pleural effusion. Cardiomegaly.",
     Verdict.CONTRADICTED),  # the fluid, not the heart named in between
])
def test_a_grade_sentence_grades_the_finding_named_before(chain: str, report: str, verdict: Verdict) -> None:
    last = verify(chain, report=report).steps[-1]
    assert last.verdict is verdict
    assert last.findings[0].concept == "pleural_effusion" or last.findings[0].concept == "pneumothorax"
    assert last.findings[0].laterality in ("left", "right")  # the side stated once is carried
