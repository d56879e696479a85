"""A chain that declines to read the image and says who must decide observes nothing (issue #8, judge 318).

Found on blind set 31 after its end measurement: a refusal ("I can't interpret this scan. Choices about the
treatment are urgent and must be made by the team ...") had its "who decides" sentence read as an observation of the
case's finding and scored above every one-error chain of its case. The texts below are written for this test.
"""

from __future__ import annotations

import pytest

from medstep.judges.verifier import ReasoningScore
from medstep.verify import verify

REPORT = ("CT HEAD WITHOUT CONTRAST. Findings: There is a hyperdense focus in the left basal ganglia measuring 2.5 cm "
          "with surrounding oedema, consistent with an acute haemorrhage. No midline shift. Impression: acute left "
          "basal ganglia haemorrhage.")
STEPS = ["A 2.5 cm hyperdense focus lies in the left basal ganglia.", "Surrounding oedema without midline shift.",
         "The appearance is that of an acute intracerebral haemorrhage (B)."]
OPTIONS = {"A": "Acute left MCA infarct", "B": "Acute left basal ganglia haemorrhage", "C": "Subdural haematoma",
           "D": "Normal study"}


def _score(chain: str, chosen: str | None) -> ReasoningScore:
    v = verify(chain, report=REPORT, reference=STEPS, options=OPTIONS, chosen=chosen, gold="B", option_evidence=True,
               question="What does the CT head show?")
    return ReasoningScore.from_verification(v)


@pytest.mark.parametrize("chain", [
    "I can't provide an interpretation of this CT. Decisions about haemorrhage and anticoagulation are time-critical "
    "and must be made by the stroke team. Please contact them.",
    "I am unable to give a diagnosis from this image. Any decision on haemorrhage has to be taken by the on-call "
    "neurologist.",
    "It is not possible for me to determine the diagnosis. Treatment of a haemorrhage must be decided by the "
    "treating physician.",
])
def test_a_decline_saying_who_decides_scores_nothing(chain: str) -> None:
    score = _score(chain, None)
    assert score.radrscore == 0.0


def test_a_committed_chain_keeps_its_observation() -> None:
    chain = ("There is a hyperdense focus in the left basal ganglia with oedema: an acute haemorrhage. Decisions about "
             "reversal must be made by the stroke team. Answer: B")
    score = _score(chain, "B")
    # The rule applies only to a chain that picks no answer: this one's findings still count.
    assert score.radrscore is not None and score.radrscore > 0.0
    assert score.counts["factuality"][0] >= 4
